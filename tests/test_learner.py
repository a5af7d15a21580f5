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
