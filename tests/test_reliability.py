"""Agreement with the independent codings: computed by code, and the codebook reports exactly what the code gives."""

from pathlib import Path

import pandas as pd
import pytest

from healthclaims.agreement import coding_agreement, kappa_interval

DATA = Path(__file__).resolve().parents[1] / "data"
CODERS = {"B": "coder_b_with_examples.csv", "C": "coder_c_without_examples.csv"}


@pytest.fixture(scope="module")
def agreement():
    course = pd.read_csv(DATA / "sentences.csv", dtype=str)
    return {c: coding_agreement(course, pd.read_csv(DATA / "reliability" / f, dtype=str)) for c, f in CODERS.items()}


def test_the_independent_codings_cover_the_same_35_sentences_verbatim():
    course = pd.read_csv(DATA / "sentences.csv", dtype=str)
    for name in CODERS.values():
        other = pd.read_csv(DATA / "reliability" / name, dtype=str)
        assert other["sentence_id"].tolist() == course["sentence_id"].tolist()
        assert other["text"].tolist() == course["text"].tolist()
        for column in ("primary_role", "subject", "claim_strength", "evidence_cited"):
            assert set(other[column]) <= set(course[column]) | {"combination", "general"}, (name, column)


def test_disagreements_are_the_ones_the_codebook_names(agreement):
    assert agreement["B"].loc["claim_strength", "agree"] == 34
    assert agreement["C"].loc["subject", "agree"] == 32
    assert (agreement["B"]["kappa"] >= 0.6).all() and (agreement["C"]["kappa"] >= 0.6).all()


def test_codebook_reports_the_computed_figures(agreement):
    text = (DATA / "CODEBOOK.md").read_text(encoding="utf-8")
    for field in ("primary_role", "subject", "claim_strength", "topic", "evidence_cited"):
        cells = [
            f"{int(t.loc[field, 'agree'])} of 35, {t.loc[field, 'kappa']:.2f} ({t.loc[field, 'low']:.2f} to "
            f"{t.loc[field, 'high']:.2f})"
            for t in (agreement["B"], agreement["C"])
        ]
        assert f"| `{field}` | {cells[0]} | {cells[1]} |" in text, field


def test_bootstrap_interval_is_seeded_and_brackets_kappa():
    first = ["a"] * 10 + ["b"] * 10
    second = ["a"] * 8 + ["b"] * 2 + ["b"] * 9 + ["a"]
    kappa, low, high = kappa_interval(first, second)
    assert kappa == pytest.approx(0.7)  # po 0.85, pe 0.5
    assert low <= kappa <= high and (low, high) == kappa_interval(first, second)[1:]
    assert kappa_interval(["x", "y"] * 5, ["x", "y"] * 5) == (1.0, 1.0, 1.0)


def test_every_column_of_the_codings_is_documented():
    import re

    readme = (DATA / "reliability" / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", readme, flags=re.M)
    for name in CODERS.values():
        assert pd.read_csv(DATA / "reliability" / name, nrows=0).columns.tolist() == documented
        assert f"`{name}`" in readme
