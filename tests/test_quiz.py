"""The twelve questions of notebooks 00 and 13: well formed, saved once, compared with feedback on misconceptions."""

import json

import pytest

from healthclaims.quiz import compare_answers, load_quiz, save_answers


@pytest.fixture
def learner(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHCLAIMS_LEARNER_DIR", str(tmp_path))
    return tmp_path


def test_every_question_has_one_right_answer_and_a_named_misconception_for_each_wrong_one():
    questions, options = load_quiz()
    assert questions["item_id"].tolist() == [f"Q{i:02d}" for i in range(1, 13)]
    assert len(set(questions["answer"])) >= 3  # the right letter varies
    for row in questions.itertuples():
        opts = options[options["item_id"] == row.item_id].set_index("option")
        assert opts.index.tolist() == ["a", "b", "c", "d"]
        assert opts.loc[row.answer, "misconception"] == ""
        wrong = opts.drop(index=row.answer)
        assert (wrong["misconception"].str.len() > 3).all() and (opts["feedback"].str.len() > 20).all()
    assert questions["concept"].str.match(r"IHC |course: notebook \d\d").all()


def test_answers_are_saved_once_and_never_overwritten(learner, capsys):
    questions, _ = load_quiz()
    answers = dict.fromkeys(questions["item_id"], "a")
    save_answers("before", answers)
    assert "✔ Saved" in capsys.readouterr().out
    save_answers("before", dict.fromkeys(questions["item_id"], "b"))
    assert "already saved" in capsys.readouterr().out
    saved = json.loads((learner / "quiz_before.json").read_text(encoding="utf-8"))
    assert set(saved["answers"].values()) == {"a"}


def test_bad_answers_get_one_line_and_nothing_is_written(learner, capsys):
    questions, _ = load_quiz()
    save_answers("before", dict.fromkeys(questions["item_id"]))
    assert capsys.readouterr().out.startswith("… Not answered yet: 12 of 12")
    save_answers("before", {**dict.fromkeys(questions["item_id"], "a"), "Q03": "e"})
    assert "Answer each question with one letter" in capsys.readouterr().out
    save_answers("before", ["a"] * 12)
    assert "should be a dictionary" in capsys.readouterr().out
    assert not list(learner.iterdir())


def test_before_and_after_are_scored_and_misconceptions_named(learner, capsys):
    questions, options = load_quiz()
    key = dict(zip(questions["item_id"], questions["answer"], strict=True))
    before = {q: ("a" if a != "a" else "b") for q, a in key.items()}  # every answer wrong
    after = {**key, "Q05": next(o for o in "abcd" if o != key["Q05"])}  # all right but one
    assert compare_answers() is None and "No 'before' answers" in capsys.readouterr().out
    save_answers("before", before)
    save_answers("after", after)
    capsys.readouterr()
    table = compare_answers()
    assert "Before the course: 0 of 12. After: 11 of 12." in capsys.readouterr().out
    missed = options.set_index(["item_id", "option"]).loc[("Q05", after["Q05"]), "misconception"]
    assert table.loc["Q05", "still missed: the misconception"] == missed
    assert (table.drop(index="Q05")["still missed: the misconception"] == "").all()
