"""Claims, evidence and references: complete, linked, traceable, and every source used."""

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


def test_claims_cover_every_assertion_once_each(tables):
    claims, _, _, sentences = tables
    assert claims["claim_id"].tolist() == [f"k{n:02d}" for n in range(1, len(claims) + 1)]
    assert claims["claim"].is_unique
    cited = {s for ids in claims["sentence_ids"] for s in ids.split(";")}
    assert cited <= set(sentences["sentence_id"])
    asserting = sentences[sentences["roles"].str.contains("benefit|mechanism|safety")]
    assert set(asserting["sentence_id"]) <= cited, set(asserting["sentence_id"]) - cited
    text = " ".join(sentences["text"])
    assert all(quote in text for quote in claims["quote"])


def test_strongest_strength_matches_the_sentence_coding(tables):
    claims, _, _, sentences = tables
    order = ["none", "hedged", "can", "direct"]
    strength = sentences.set_index("sentence_id")["claim_strength"]
    for row in claims.itertuples():
        levels = [strength[s] for s in row.sentence_ids.split(";")]
        assert row.strongest_strength == max(levels, key=order.index), row.claim_id


def test_every_evidence_row_points_to_a_claim_and_a_reference(tables):
    claims, evidence, references, _ = tables
    assert evidence["evidence_id"].is_unique
    assert set(evidence["claim_id"]) <= set(claims["claim_id"])
    found = evidence[evidence["direction"] != "nothing found"]
    assert (found["reference_id"] != "").all()
    assert set(found["reference_id"]) <= set(references["id"])
    searches = evidence[evidence["direction"] == "nothing found"]
    assert (searches["reference_id"] == "").all()
    assert searches["finding"].str.contains("2026-11-26").all() and searches["finding"].str.contains("corpus").all()


def test_every_claim_has_evidence_or_a_recorded_search(tables):
    claims, evidence, _, _ = tables
    assert set(claims["claim_id"]) == set(evidence["claim_id"])


def test_allowed_values(tables):
    _, evidence, _, _ = tables
    assert set(evidence["direction"]) <= {"supports", "contradicts", "mixed", "nothing found"}
    assert set(evidence["certainty"]) <= {"high", "moderate", "low", "very low"}
    assert (evidence["certainty_reason"].str.len() > 10).all()


def test_the_combination_was_searched_for_and_not_found(tables):
    _, evidence, _, _ = tables
    synergy = evidence[evidence["claim_id"] == "k10"]  # "has shown promise"
    assert synergy["direction"].tolist() == ["nothing found"]
    assert "No study of kratom" in synergy["finding"].iloc[0]


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
