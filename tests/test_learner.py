"""A learner's first impression is appended, never overwritten, and bad answers save nothing."""

import pytest

from healthclaims.learner import load_first_impressions, save_first_impression


@pytest.fixture
def learner_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHCLAIMS_LEARNER_DIR", str(tmp_path / "my_work"))
    return tmp_path / "my_work"


def test_unanswered_saves_nothing(learner_dir, capsys):
    save_first_impression(None, "")
    assert capsys.readouterr().out.startswith("… Not answered yet")
    assert not learner_dir.exists()


@pytest.mark.parametrize("rating", ["4", 0, 6, 3.5, True])
def test_bad_rating_saves_nothing(learner_dir, capsys, rating):
    save_first_impression(rating, "sounds scientific")
    assert "Nothing was saved" in capsys.readouterr().out
    assert not learner_dir.exists()


def test_ratings_are_appended_and_kept(learner_dir, capsys):
    save_first_impression(4, "It sounds scientific.")
    save_first_impression(2, "  No sources at all.  ")
    out = capsys.readouterr().out.splitlines()
    assert (
        out[1]
        == "✔ Saved your rating (2/5) to my_work/first_impression.csv; it now holds 2 entries (earlier ones are kept)."
    )
    table = load_first_impressions()
    assert table["rating"].tolist() == [4, 2]
    assert table["reason"].tolist() == ["It sounds scientific.", "No sources at all."]


def test_no_file_gives_an_empty_table(learner_dir):
    assert load_first_impressions().empty


def test_final_impression_and_comparison(learner_dir, capsys):
    from healthclaims.learner import compare_impressions, save_final_impression

    compare_impressions()
    assert capsys.readouterr().out.splitlines() == [
        "… No first impression saved yet: notebook 00 asks for one (my_work/first_impression.csv).",
        "… No final rating saved yet: fill in my_final_rating and my_final_reason above.",
    ]
    save_first_impression(4, "Sounds scientific.")
    save_final_impression(None, "")
    assert "set my_final_rating" in capsys.readouterr().out.splitlines()[-1]
    save_final_impression(2, "It concedes its own evidence is thin.")
    capsys.readouterr()
    compare_impressions()
    assert capsys.readouterr().out.splitlines() == [
        "First impression (notebook 00): 4/5, because: Sounds scientific.",
        "Now: 2/5, because: It concedes its own evidence is thin.",
        "Your rating is down by 2. What made the difference?",
    ]


def test_a_file_edited_by_hand_without_a_final_newline_gets_a_new_line(learner_dir, capsys):
    learner_dir.mkdir()
    (learner_dir / "first_impression.csv").write_text("saved_at,rating,reason\n2026-01-01,3,hmm", encoding="utf-8")
    save_first_impression(4, "new reason")
    assert "it now holds 2 entries" in capsys.readouterr().out
    table = load_first_impressions()
    assert table["rating"].tolist() == [3, 4]
    assert table["reason"].tolist() == ["hmm", "new reason"]


def test_an_empty_file_gets_its_header_back(learner_dir, capsys):
    learner_dir.mkdir()
    (learner_dir / "first_impression.csv").write_bytes(b"")
    save_first_impression(4, "new reason")
    assert "it now holds 1 entry " in capsys.readouterr().out
    assert load_first_impressions()["reason"].tolist() == ["new reason"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xef\xbb\xbfsaved_at;rating;reason\r\n2026-01-01;3;hmm\r\n", "does not start with the line"),
        ("saved_at,rating,reason\n2026-01-01,3,café\n".encode("cp1252"), "is no longer UTF-8 text"),
        (b"saved_at,rating,reason\n2026-01-01,3\n", "line 2 does not have three fields"),
    ],
)
def test_a_file_in_another_format_is_left_untouched(learner_dir, capsys, content, reason):
    learner_dir.mkdir()
    target = learner_dir / "first_impression.csv"
    target.write_bytes(content)
    save_first_impression(4, "new reason")
    out = capsys.readouterr().out.strip()
    assert out.startswith("ℹ my_work/first_impression.csv") and reason in out and out.endswith("Nothing was saved.")
    assert "\n" not in out
    assert target.read_bytes() == content
    assert load_first_impressions().empty
    assert reason in capsys.readouterr().out


def test_my_work_that_is_a_file_or_a_folder_in_the_wrong_place(learner_dir, capsys):
    learner_dir.write_text("notes", encoding="utf-8")
    save_first_impression(4, "new reason")
    assert capsys.readouterr().out.strip() == (
        "ℹ my_work is a file, not a folder: move or rename it (your earlier answers stay in it), "
        "then run the cell again. Nothing was saved."
    )
    assert learner_dir.read_text(encoding="utf-8") == "notes"
    learner_dir.unlink()
    (learner_dir / "first_impression.csv").mkdir(parents=True)
    save_first_impression(4, "new reason")
    assert "is a folder, not a file" in capsys.readouterr().out


def test_comparison_with_a_rating_that_is_not_a_number(learner_dir, capsys):
    from healthclaims.learner import compare_impressions, save_final_impression

    learner_dir.mkdir()
    (learner_dir / "first_impression.csv").write_text("saved_at,rating,reason\n2026-01-01,three,hmm\n", "utf-8")
    save_final_impression(2, "Thin evidence.")
    capsys.readouterr()
    compare_impressions()
    assert capsys.readouterr().out.splitlines()[-1] == (
        "ℹ One of the saved ratings is not a whole number, so the change cannot be worked out."
    )
