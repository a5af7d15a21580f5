"""Claims, evidence, searches and references: complete, linked, traceable, one row per study, every source used."""

import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="module")
def tables():
    read = lambda name: pd.read_csv(DATA / name, dtype=str, keep_default_na=False)  # noqa: E731
    return read("claims.csv"), read("evidence.csv"), read("references.csv"), read("sentences.csv")


@pytest.fixture(scope="module")
def searches():
    return pd.read_csv(DATA / "searches.csv", dtype=str, keep_default_na=False)


def test_claims_cover_every_assertion_once_each(tables):
    claims, _, _, sentences = tables
    assert claims["claim_id"].tolist() == [f"k{n:02d}" for n in range(1, len(claims) + 1)]
    assert len(claims) == 19
    assert claims["claim"].is_unique
    cited = {s for ids in claims["sentence_ids"] for s in ids.split(";")}
    assert cited <= set(sentences["sentence_id"])
    asserting = sentences[sentences["roles"].str.contains("benefit|mechanism|safety")]
    assert set(asserting["sentence_id"]) <= cited, set(asserting["sentence_id"]) - cited
    text = " ".join(sentences["text"])
    assert all(quote in text for quote in claims["quote"])


def test_the_two_safety_claims_of_s28_are_checked_separately(tables):
    claims, evidence, _, _ = tables
    safety = claims.set_index("claim_id").loc[["k13", "k19"]]
    assert safety["subject"].tolist() == ["kratom", "melatonin"]
    assert safety["sentence_ids"].tolist() == ["s28", "s28"]
    refs = evidence.groupby("claim_id")["reference_id"].apply(set)
    assert "olsen2019" in refs["k13"] and "nccih_melatonin" in refs["k19"]
    assert not refs["k13"] & {"erland2017", "cohen2023", "foley2019"}


def test_strongest_strength_matches_the_sentence_coding(tables):
    claims, _, _, sentences = tables
    order = ["none", "hedged", "can", "direct"]
    strength = sentences.set_index("sentence_id")["claim_strength"]
    text = sentences.set_index("sentence_id")["text"]
    for row in claims.itertuples():
        levels = [strength[s] for s in row.sentence_ids.split(";")]
        if row.strength_basis == "sentence coding":
            assert row.strongest_strength == max(levels, key=order.index), row.claim_id
        else:  # the claim sits in a subordinate clause whose own wording sets its strength (codebook §8)
            clause = row.strength_basis.removeprefix("clause: ")
            assert any(clause in text[s] for s in row.sentence_ids.split(";")), row.claim_id
    k12 = claims.set_index("claim_id").loc["k12"]
    assert (k12["strongest_strength"], k12["strength_basis"]) == (
        "hedged",
        "clause: when pain intensity tends to increase",
    )


def test_every_evidence_row_points_to_a_claim_and_a_reference(tables):
    claims, evidence, references, _ = tables
    assert evidence["evidence_id"].is_unique
    assert set(evidence["claim_id"]) <= set(claims["claim_id"])
    assert (evidence["reference_id"] != "").all()
    assert set(evidence["reference_id"]) <= set(references["id"])


def test_one_row_per_study_and_claim(tables):
    _, evidence, references, _ = tables
    assert not evidence.duplicated(["claim_id", "reference_id"]).any()
    # successive versions or reprints of one work are one reference: no DOI, PMID or title twice
    for column in ("doi", "pmid", "title"):
        filled = references.loc[references[column] != "", column].str.casefold()
        assert filled.is_unique, filled[filled.duplicated()].tolist()


def test_allowed_values_and_context_rows(tables):
    _, evidence, _, _ = tables
    kinds = {"human study", "pharmacovigilance or case report", "product testing", "mechanistic", "evidence summary",
             "regulatory or legal", "vendor claim"}  # fmt: skip
    assert set(evidence["kind"]) == kinds
    assert set(evidence["direction"]) == {"supports", "contradicts", "mixed", "indirect", "context"}
    assert set(evidence["certainty"]) <= {"high", "moderate", "low", "very low", "not rated"}
    context = evidence["kind"].isin(["regulatory or legal", "vendor claim"])
    assert (evidence.loc[context, "direction"] == "context").all()
    assert (evidence.loc[~context, "direction"] != "context").all()
    assert (evidence.loc[context, "certainty"] == "not rated").all()
    assert (evidence["certainty_reason"].str.len() > 10).all()


def test_single_substance_rows_are_indirect_for_claims_about_the_pair(tables):
    claims, evidence, _, _ = tables
    pair = set(claims.loc[claims["subject"] == "combination", "claim_id"])
    rows = evidence[evidence["claim_id"].isin(pair)]
    assert set(rows["direction"]) <= {"indirect", "context", "contradicts", "mixed"}
    assert not (rows["direction"] == "supports").any()


def test_overlapping_rows_are_marked_both_ways_within_a_claim(tables):
    _, evidence, _, _ = tables
    rows = evidence.set_index("evidence_id")
    pairs = [(a, b) for a, ids in rows["overlaps_with"].items() for b in ids.split(";") if b]
    assert ("e068", "e071") in pairs  # two analyses of the same national poison-centre database
    for a, b in pairs:
        assert a in rows.loc[b, "overlaps_with"].split(";"), (a, b)
        assert rows.loc[a, "claim_id"] == rows.loc[b, "claim_id"], (a, b)


def test_every_claim_has_evidence_or_a_recorded_search(tables, searches):
    claims, evidence, _, _ = tables
    searched = {c for ids in searches["claim_ids"] for c in ids.split(";")}
    assert set(claims["claim_id"]) == set(evidence["claim_id"]) | searched
    assert {"k10", "k15"} <= searched - set(evidence["claim_id"])  # claims with nothing but a search


def test_every_search_can_be_repeated_in_three_public_databases(searches):
    assert searches["search_id"].tolist() == ["x01", "x02", "x03"]
    for column in ("question", "pubmed_query", "clinicaltrials_query", "cochrane_query", "course_search", "result"):
        assert (searches[column].str.len() > 15).all(), column
    assert searches["pubmed_query"].str.contains(r"\bAND\b").all()
    assert searches["searched_on"].str.fullmatch(r"\d{4}-\d{2}-\d{2}(; \d{4}-\d{2}-\d{2})*").all()
    assert searches["course_search"].str.contains("not a bibliographic database").all()
    combination = searches.set_index("search_id").loc["x01"]
    assert combination["pubmed_query"] == '(kratom OR Mitragyna OR mitragynine OR "7-hydroxymitragynine") AND melatonin'
    assert combination["result"].startswith("No study of the combination")


def test_no_reference_is_left_unused(tables):
    _, evidence, references, _ = tables
    used = set(evidence["reference_id"]) - {""}
    files = [*(ROOT / "notebooks").glob("*.ipynb"), *DATA.glob("*.md"), *DATA.glob("*.csv"),
             *(DATA / "instruments").glob("*.*"), ROOT / "seeds" / "README.md", *(ROOT / "instructor").glob("*.md"),
             *(ROOT / "src" / "healthclaims").glob("*.py")]  # fmt: skip
    text = "\n".join(p.read_text(encoding="utf-8") for p in files if p.name != "references.csv")
    for ref in references["id"]:
        if re.search(rf"\b{re.escape(ref)}\b", text):
            used.add(ref)
    assert set(references["id"]) == used, sorted(set(references["id"]) - used)
