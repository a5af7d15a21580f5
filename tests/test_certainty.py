"""The certainty review: each claim judged as a body of evidence, every domain with a reason, arithmetic adding up."""

from pathlib import Path

import pandas as pd
import pytest

from healthclaims.evidence import gap_table, vote_counts

DATA = Path(__file__).resolve().parents[1] / "data"
LEVELS = ["very low", "low", "moderate", "high"]
DOMAINS = ["risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias"]


@pytest.fixture(scope="module")
def review():
    return pd.read_csv(DATA / "certainty.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def evidence():
    return pd.read_csv(DATA / "evidence.csv", dtype=str, keep_default_na=False)


def test_one_review_per_claim(review):
    claims = pd.read_csv(DATA / "claims.csv", dtype=str)
    assert review["claim_id"].tolist() == claims["claim_id"].tolist()


def test_every_domain_has_a_rating_and_a_one_sentence_reason(review):
    for domain in DOMAINS:
        allowed = (
            {"undetected", "suspected"} if domain == "publication_bias" else {"not serious", "serious", "very serious"}
        )
        assert set(review[domain]) <= allowed | {"not applicable"}, domain
        reasons = review[domain + "_reason"]
        assert (reasons.str.len() > 10).all() and reasons.str.endswith(".").all(), domain
    assert set(review["rating_up"]) <= {"none", "large effect", "dose-response", "opposing confounding"}
    assert (review["rating_up_reason"].str.len() > 10).all()
    assert (review["verdict"].str.len() > 30).all()


def test_final_certainty_follows_from_start_and_ratings(review):
    steps = {"not serious": 0, "serious": 1, "very serious": 2, "undetected": 0, "suspected": 1}
    rated = review[review["start"].isin(["high", "low"])]
    assert len(rated) == 12 and set(review["start"]) == {"high", "low", "not applicable"}
    for row in rated.itertuples():
        level = LEVELS.index(row.start) - sum(steps[getattr(row, d)] for d in DOMAINS)
        level += row.rating_up != "none"
        assert row.certainty == LEVELS[max(level, 0)], row.claim_id


def test_no_body_is_rated_up_while_rated_down_for_risk_of_bias(review):
    rated_up = review[review["rating_up"] != "none"]
    assert (rated_up["risk_of_bias"] == "not serious").all(), rated_up["claim_id"].tolist()


def test_claims_without_a_study_say_so(review):
    none = review[review["certainty"] == "no evidence"]
    assert none["claim_id"].tolist() == ["k08", "k09", "k10", "k11", "k14", "k15", "k16"]
    assert (none["evidence_says"] == "no study").all()
    assert none["verdict"].str.startswith("No study").all()
    assert none["verdict"].str.contains(r"was found \(search x0\d\)|No study was found").all()
    assert (none[DOMAINS] == "not applicable").all().all()


def test_rows_judged_and_rows_shown_as_context_are_the_claims_own(review, evidence):
    claim_of = evidence.set_index("evidence_id")["claim_id"]
    listed = []
    for row in review.itertuples():
        for column in ("evidence_ids", "mechanistic_ids", "context_ids"):
            ids = [x for x in getattr(row, column).split(";") if x]
            assert all(claim_of[x] == row.claim_id for x in ids), row.claim_id
            listed += ids
    assert sorted(listed) == sorted(evidence["evidence_id"])
    context = {x for ids in review["context_ids"] for x in ids.split(";") if x}
    assert context == set(evidence.loc[evidence["direction"] == "context", "evidence_id"])
    # laboratory and animal rows are plausibility beside a clinical claim, judged only for the mechanism claim k01
    mechanistic = {x for ids in review["mechanistic_ids"] for x in ids.split(";") if x}
    kinds = evidence.set_index("evidence_id")["kind"]
    assert mechanistic and all(kinds[x] == "mechanistic" for x in mechanistic)
    judged = {x for row in review.itertuples() if row.claim_id != "k01" for x in row.evidence_ids.split(";") if x}
    assert not any(kinds[x] == "mechanistic" for x in judged)


def test_verdicts_that_the_issue_asked_to_rejudge(review, evidence):
    by_claim = review.set_index("claim_id")
    assert by_claim.loc["k18", ["certainty", "evidence_says"]].tolist() == ["very low", "indirect only"]
    assert "palimi2022" in set(evidence.loc[evidence["claim_id"] == "k18", "reference_id"])
    assert by_claim.loc["k19", ["certainty", "evidence_says"]].tolist() == ["low", "supports"]
    assert by_claim.loc["k13", "evidence_says"] == "contradicts"
    assert by_claim.loc["k02", "indirectness"] == "very serious"


def test_vote_counting_disagrees_with_the_review_where_the_notebook_says(review, evidence):
    votes = vote_counts(evidence, review["claim_id"].tolist())
    assert votes["k19"] == "contradicted by most" and votes["k13"] == "contradicted"
    assert votes["k11"] == votes["k16"] == "nothing to count"  # melatonin-only rows are indirect for the pair
    assert votes["k10"] == votes["k15"] == "nothing to count"


def test_gap_uses_only_supporting_bodies_of_evidence(review):
    claims = pd.read_csv(DATA / "claims.csv", dtype=str)
    gap = gap_table(claims, review)
    assert int((gap["gap"] > 0).sum()) == 17
    assert gap.loc[gap["gap"] == 0].index.tolist() == ["k01", "k05"]
    assert gap.loc["k13", "supported"] == 0 and gap.loc["k19", "supported"] == 2


def _markdown(name: str) -> str:
    import nbformat

    path = DATA.parent / "notebooks" / name
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")


def test_notebook_03_prose_agrees_with_the_review(review):
    claims = pd.read_csv(DATA / "claims.csv", dtype=str)
    prose = _markdown("04_claims_meet_the_evidence.ipynb")
    gap = gap_table(claims, review)
    assert f"{int((gap['gap'] > 0).sum())} of {len(claims)} claims are stated more strongly" in prose
    assert f"The article's 35 sentences make {len(claims)} distinct claims" in prose
    moderate = review[(review["certainty"] == "moderate") & (review["evidence_says"] == "supports")]
    assert moderate["claim_id"].tolist() == ["k01", "k05"] and "Only two claims are supported with moderate" in prose
    combination = claims.loc[claims["subject"] == "combination", "claim_id"]
    assert (review.set_index("claim_id").loc[combination, "evidence_says"] == "no study").all()
    assert "Every claim about the **combination** has no study at all." in prose
    assert "17 of the 19 rows show a gap" in prose  # the figure description
