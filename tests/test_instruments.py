"""Appraisal instruments: item counts, the course's ratings, scores by hand, the class-folder reader, Fleiss."""

import re

import pandas as pd
import pytest

from healthclaims import paths
from healthclaims.instruments import (
    EXAMPLE_FOLDER,
    INSTRUMENTS,
    TEMPLATE,
    class_kappa,
    hnr_stars,
    instruments_path,
    item_agreement,
    load_course_ratings,
    load_instrument,
    read_rating_folder,
    scale_values,
    score,
    score_discern,
    score_hnr,
    score_jama,
    start_my_rating,
)

EXAMPLE = instruments_path(EXAMPLE_FOLDER)

# --- The instruments as data -------------------------------------------------------------------------------


def test_item_counts():
    counts = {name: len(load_instrument(name)) for name in INSTRUMENTS}
    assert counts == {"discern": 16, "healthnewsreview": 10, "jama_benchmarks": 4}
    for name in INSTRUMENTS:
        items = load_instrument(name)
        assert items["item"].tolist() == list(range(1, len(items) + 1)), name
        assert (items["instrument"] == name).all()
        assert items["short_title"].is_unique and (items["paraphrase"].str.len() > 20).all()


def test_discern_sections_and_scales():
    discern = load_instrument("discern")
    assert discern.groupby("section")["item"].apply(list).to_dict() == {
        "reliability": list(range(1, 9)),
        "treatment choices": list(range(9, 16)),
        "overall": [16],
    }
    assert scale_values("1–5") == (1, 2, 3, 4, 5)
    assert scale_values(load_instrument("healthnewsreview")["scale"].iloc[0]) == (
        "satisfactory",
        "unsatisfactory",
        "not applicable",
    )
    assert scale_values(load_instrument("jama_benchmarks")["scale"].iloc[0]) == ("met", "not met")
    assert load_instrument("jama_benchmarks")["short_title"].tolist() == [
        "Authorship",
        "Attribution",
        "Disclosure",
        "Currency",
    ]


def test_paraphrases_do_not_copy_the_published_question_wording():
    # DISCERN's question wording is copyrighted; a few of its phrasings (as listed in discern_table2023) must
    # not appear in the course's paraphrases.
    text = " ".join(load_instrument("discern")["paraphrase"]).lower()
    for published in ["are the aims clear", "does it achieve its aims", "is it balanced and unbiased"]:
        assert published not in text


def test_every_source_is_a_reference():
    refs = set(pd.read_csv(paths.data_path("references.csv"), dtype=str)["id"])
    for name in INSTRUMENTS:
        cited = {ref for cell in load_instrument(name)["source"] for ref in cell.split(";")}
        assert cited <= refs, (name, sorted(cited - refs))
    assert {"charnock1999", "schwitzer2008", "silberg1997"} <= refs


# --- The course's ratings of the article -------------------------------------------------------------------

SENTENCE_ID = re.compile(r"\bs(0[1-9]|[12]\d|3[0-5])\b")
ABSENCE = re.compile(r"\b(no|nothing|none|never)\b", re.IGNORECASE)


def test_every_item_has_a_course_rating_on_its_scale():
    ratings = load_course_ratings()
    assert len(ratings) == 30
    for name in INSTRUMENTS:
        items = load_instrument(name)
        rated = ratings[ratings["instrument"] == name]
        assert rated["item"].tolist() == items["item"].tolist(), name
        allowed = {str(v) for v in scale_values(items["scale"].iloc[0])}
        assert set(rated["rating"]) <= allowed, name


def test_every_justification_cites_a_sentence_or_names_an_absence():
    for row in load_course_ratings().itertuples():
        text = row.justification
        assert SENTENCE_ID.search(text) or ABSENCE.search(text), (row.instrument, row.item)
        assert 40 < len(text) < 420, (row.instrument, row.item)
    # the cited sentence ids exist (s01–s35) and a few key citations are where they should be
    cited = {m.group(0) for text in load_course_ratings()["justification"] for m in SENTENCE_ID.finditer(text)}
    assert {"s21", "s29", "s30", "s34", "s35"} <= cited


def test_the_article_gets_credit_where_the_rules_give_it():
    ratings = load_course_ratings().set_index(["instrument", "item"])["rating"]
    assert ratings[("discern", 8)] == "4"  # it names areas of uncertainty (s28, s29, s34)
    assert ratings[("discern", 15)] == "3"  # it advises consulting professionals (s03, s30)
    assert ratings[("healthnewsreview", 5)] == "satisfactory"  # no disease mongering
    assert ratings[("discern", 4)] == ratings[("discern", 5)] == "1"  # no sources, no dates


def test_course_scores_by_hand():
    # DISCERN: reliability 4+2+2+1+1+2+2+4 = 18; treatment choices 4+3+2+1+2+2+3 = 17; Q16 = 1;
    # total 18 + 17 + 1 = 36 of 16–80, i.e. (36 − 16) / 64 = 31.25 % of the way from worst to best.
    assert score_discern(load_course_ratings("discern")) == {
        "reliability": 18,
        "treatment_choices": 17,
        "overall": 1,
        "total": 36,
    }
    assert score("discern", load_course_ratings("discern")).percent == pytest.approx(31.25)
    # HealthNewsReview: only criterion 5 satisfactory, none not applicable: 1/10 = 10 % → 1 star.
    assert score_hnr(load_course_ratings("healthnewsreview")) == {
        "satisfactory": 1,
        "applicable": 10,
        "share": 0.1,
        "stars": 1,
    }
    # JAMA: no benchmark met.
    assert score_jama(load_course_ratings("jama_benchmarks")) == 0
    assert score("jama_benchmarks", load_course_ratings("jama_benchmarks")).label == "0 of 4 met"


def test_scoring_rules_on_made_up_ratings():
    assert score_discern({i: 5 for i in range(1, 17)})["total"] == 80
    assert score("discern", {i: 1 for i in range(1, 17)}).percent == 0.0
    with pytest.raises(ValueError, match="16 questions"):
        score_discern({i: 3 for i in range(1, 16)})
    with pytest.raises(ValueError, match="1 to 5"):
        score_discern({i: 6 for i in range(1, 17)})
    # HNR stars: 0 % = 0; 1–20 % = 1; 21–40 % = 2; 41–60 % = 3; 61–80 % = 4; 81–100 % = 5 (hnr_starscores)
    assert [hnr_stars(k, 10) for k in range(11)] == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert hnr_stars(2, 9) == 2 and hnr_stars(4, 9) == 3 and hnr_stars(7, 8) == 5
    two_na = {i: "satisfactory" for i in range(1, 11)} | {1: "not applicable", 2: "not applicable"}
    assert score_hnr(two_na) == {"satisfactory": 8, "applicable": 8, "share": 1.0, "stars": 5}
    three_na = two_na | {3: "not applicable"}
    assert score_hnr(three_na)["stars"] is None  # no score is posted with more than two N/A
    assert score_jama({1: "met", 2: "Met ", 3: "not met", 4: "not met"}) == 2


# --- Reading a folder of learners' rating files ------------------------------------------------------------


def write(folder, name, rows, header="item,rating"):
    """Write a rating file from (item, rating) pairs."""
    lines = [header] + [f"{item},{rating}" for item, rating in rows]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


GOOD = [(i, 1 + i % 5) for i in range(1, 17)]


def test_reader_on_good_files(tmp_path, capsys):
    write(tmp_path, "ana.csv", GOOD)
    write(tmp_path, "ben.csv", [(i, 3) for i in range(1, 17)])
    (tmp_path / "notes.txt").write_text("not a rating file", encoding="utf-8")
    result = read_rating_folder(tmp_path)
    assert capsys.readouterr().out.startswith("✔ Read 2 rating files from ")
    assert result.n_raters == 2 and result.skipped == {}
    assert result.ratings.columns.tolist() == ["ana", "ben"]
    assert result.ratings.loc[4].tolist() == [5, 3]
    assert result.counts.columns.tolist() == [1, 2, 3, 4, 5]
    assert (result.counts.sum(axis=1) == 2).all()


def test_reader_accepts_the_filled_in_template_and_semicolons(tmp_path, capsys):
    target = start_my_rating("Ana M.", folder=tmp_path)
    assert target.name == "ana_m.csv" and "Copied the blank template" in capsys.readouterr().out
    filled = pd.read_csv(target).assign(rating=[r for _, r in GOOD])
    filled.to_csv(target, index=False)
    # a spreadsheet's "CSV UTF-8" with semicolons and a byte-order mark
    (tmp_path / "excel.csv").write_text(
        "\ufeffitem;short_title;rating\n" + "".join(f"{i};x;{r}\n" for i, r in GOOD), encoding="utf-8"
    )
    result = read_rating_folder(tmp_path)
    assert result.n_raters == 2, capsys.readouterr().out


def sixteen(changes=None, items=range(1, 17)):
    """A rating file's text: every item rated 2, except the ratings in ``changes``."""
    changes = changes or {}
    return "item,rating\n" + "".join(f"{i},{changes.get(i, 2)}\n" for i in items)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (sixteen(items=range(1, 15)), "2 items have no rating (items 15, 16)."),
        (sixteen({7: ""}), "1 item has no rating (item 7)."),
        (sixteen({3: 6}), "the rating 6 for item 3 is outside the scale 1–5."),
        (sixteen({2: "good"}), "the rating 'good' for item 2 is not a number"),
        (sixteen({9: 2.5}), "the rating 2.5 for item 9 is not a whole number"),
        (sixteen(items=range(1, 18)), "'17' is not a DISCERN item number"),
        ("item,rating\n1,3\n" + sixteen().split("\n", 1)[1], "item 1 is rated more than once"),
        ("question,score\n1,2\n", "it needs the columns item and rating (it has: question, score)."),
        ("", "the file is empty."),
        ("item,short_title,rating\n1,Clear aims,\n2,Aims achieved,\n", "no ratings are filled in yet."),
    ],
    ids=["missing", "blank", "out-of-scale", "text", "half", "unknown-item", "twice", "columns", "empty", "template"],
)
def test_reader_skips_a_bad_file_says_why_and_goes_on(tmp_path, capsys, content, reason):
    write(tmp_path, "good_1.csv", GOOD)
    write(tmp_path, "good_2.csv", [(i, 2) for i in range(1, 17)])
    (tmp_path / "bad.csv").write_text(content, encoding="utf-8")
    result = read_rating_folder(tmp_path)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ℹ Skipped bad.csv: ") and reason in lines[0], lines
    assert lines[1].startswith("✔ Read 2 rating files")
    assert result.n_raters == 2 and list(result.skipped) == ["bad.csv"]


def test_reader_on_non_utf8_and_empty_or_missing_folders(tmp_path, capsys):
    (tmp_path / "latin.csv").write_bytes("item,rating\n1,caf\xe9\n".encode("latin-1"))
    result = read_rating_folder(tmp_path)
    out = capsys.readouterr().out
    assert "ℹ Skipped latin.csv: it is not UTF-8 text" in out and "None of the 1 files" in out
    assert result.n_raters == 0 and class_kappa(result) is None
    assert "needs at least two usable rating files; there are 0" in capsys.readouterr().out
    empty = tmp_path / "empty"
    empty.mkdir()
    assert read_rating_folder(empty).n_raters == 0
    assert "holds no rating files (*.csv) yet" in capsys.readouterr().out
    assert read_rating_folder(tmp_path / "nowhere").n_raters == 0
    assert capsys.readouterr().out.startswith("ℹ There is no folder ")


def test_start_my_rating_never_overwrites(tmp_path, capsys):
    assert start_my_rating(None, folder=tmp_path) is None
    assert capsys.readouterr().out.startswith("… Not answered yet")
    target = start_my_rating("ana", folder=tmp_path / "ratings")
    target.write_text("my work", encoding="utf-8")
    again = start_my_rating("ana", folder=tmp_path / "ratings")
    assert again == target and target.read_text(encoding="utf-8") == "my work"
    assert "already exists" in capsys.readouterr().out.splitlines()[-1]


# --- The invented example class ------------------------------------------------------------------------------


def test_fleiss_kappa_on_the_example_folder_matches_the_hand_calculation(capsys):
    # 6 raters × 16 items, categories 1–5. Per item, the sums of squared category counts are
    #   14, 18, 14, 36, 36, 18, 14, 12, 10, 14, 20, 26, 18, 18, 12, 20  (total 300),
    # so the mean per-item agreement is P̄ = (300/16 − 6) / (6 × 5) = 12.75 / 30 = 0.425.
    # Category totals over all 96 ratings are 31, 34, 18, 9, 4, so chance agreement is
    # Pe = (31² + 34² + 18² + 9² + 4²) / 96² = 2538 / 9216 = 0.275390625, and
    # kappa = (0.425 − 0.275390625) / (1 − 0.275390625) = 0.149609375 / 0.724609375 = 383/1855 ≈ 0.2065.
    result = read_rating_folder(EXAMPLE)
    assert result.n_raters == 6 and result.skipped == {}
    assert result.counts.sum(axis=0).tolist() == [31, 34, 18, 9, 4]
    kappa = class_kappa(result)
    assert kappa.observed == pytest.approx(0.425)
    assert kappa.expected == pytest.approx(0.275390625)
    assert kappa.kappa == pytest.approx(383 / 1855)


def test_item_agreement_on_the_example_folder():
    table = item_agreement(read_rating_folder(EXAMPLE, quiet=True))
    assert table.loc[4, ["modal_share", "pair_agreement", "spread"]].tolist() == [1.0, 1.0, 0]
    # item 9: ratings 4, 3, 4, 2, 5, 3 → counts 0, 1, 2, 2, 1 → agreeing pairs (1 + 1) / 15
    assert table.loc[9, "pair_agreement"] == pytest.approx(2 / 15)
    assert table["pair_agreement"].idxmin() == 9
    assert table.loc[9, ["lowest", "highest", "spread", "mode"]].tolist() == [2, 5, 3, 3]
    assert table.loc[6, "mode"] == 1  # a 3–3 tie reports the lower rating
    assert table["pair_agreement"].mean() == pytest.approx(0.425)


def test_the_example_folder_is_marked_as_invented():
    readme = (EXAMPLE / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme.lower() and "No learner produced them" in readme
    template = pd.read_csv(instruments_path(TEMPLATE), keep_default_na=False)
    assert template.columns.tolist() == ["item", "short_title", "rating"]
    assert template["item"].tolist() == list(range(1, 17)) and (template["rating"] == "").all()


def test_reader_notices_spreadsheets_upper_case_names_and_twins(tmp_path, capsys):
    write(tmp_path, "ana.csv", GOOD)
    write(tmp_path, "ANA (1).CSV", GOOD)
    (tmp_path / "ben.xlsx").write_bytes(b"PK\x03\x04")
    result = read_rating_folder(tmp_path)
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "ℹ Skipped ben.xlsx: save it as CSV (UTF-8) to include it.",
        "ℹ Note: ana has exactly the same ratings as ANA (1); is it the same learner twice?",
        f"✔ Read 2 rating files from {tmp_path}.",
    ]
    assert result.n_raters == 2


def test_reader_skips_a_file_with_a_superscript_digit(tmp_path, capsys):
    write(tmp_path, "ana.csv", [(i if i != 2 else "²", r) for i, r in GOOD])
    result = read_rating_folder(tmp_path)
    assert (
        capsys.readouterr().out.splitlines()[0]
        == "ℹ Skipped ana.csv: '²' is not a DISCERN item number (they run 1–16)."
    )
    assert result.n_raters == 0


def test_agreement_of_an_empty_class_says_why(tmp_path, capsys):
    result = read_rating_folder(tmp_path)
    capsys.readouterr()
    assert item_agreement(result).empty
    assert capsys.readouterr().out == "ℹ Agreement needs at least two usable rating files; there are 0.\n"


def test_a_name_with_accents_keeps_its_letters(tmp_path, capsys):
    assert start_my_rating("Zoé", tmp_path).name == "zoé.csv"
    assert start_my_rating("Zoë", tmp_path).name == "zoë.csv"
    assert start_my_rating("x" * 300, tmp_path).name == "x" * 40 + ".csv"


def test_a_row_with_extra_fields_is_named_as_such(tmp_path, capsys):
    (tmp_path / "ana.csv").write_text("item,short_title,rating\n1,aims,3,EXTRA,MORE\n", encoding="utf-8")
    read_rating_folder(tmp_path)
    out = capsys.readouterr()
    assert (
        out.out.splitlines()[0] == "ℹ Skipped ana.csv: a line has more fields than the header row (check the commas)."
    )
    assert out.err == ""


def test_per_item_agreement_averages_to_the_observed_agreement_of_fleiss_kappa():
    ratings = read_rating_folder(EXAMPLE, quiet=True)
    assert item_agreement(ratings)["pair_agreement"].mean() == pytest.approx(class_kappa(ratings).observed)
    assert class_kappa(ratings).observed == pytest.approx(0.425)


def test_a_learner_sees_their_rating_beside_the_course_item_by_item(tmp_path, capsys):
    from healthclaims.instruments import compare_with_course, load_course_ratings

    course = load_course_ratings("discern")
    mine = course[["item", "rating"]].copy()
    first = int(mine.loc[mine["item"] == 1, "rating"].iloc[0])
    mine.loc[mine["item"] == 1, "rating"] = str(first + 3 if first <= 2 else first - 3)
    path = tmp_path / "ana.csv"
    mine.to_csv(path, index=False)
    table = compare_with_course(path)
    out = capsys.readouterr().out
    assert "within one point on 15 of 16 questions" in out and "the course's 36" in out
    assert (
        abs(table.loc[1, "difference"]) == 3
        and table.loc[1].iloc[-1] == course.set_index("item").loc[1, "justification"]
    )
    assert (table.drop(index=1).iloc[:, -1] == "").all()
    assert compare_with_course(None) is None and "Not ready yet" in capsys.readouterr().out
    (tmp_path / "empty.csv").write_text("item,rating\n", encoding="utf-8")
    assert compare_with_course(tmp_path / "empty.csv") is None
    assert "cannot be compared yet: no ratings are filled in yet." in capsys.readouterr().out
