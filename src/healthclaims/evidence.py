"""Bodies of evidence: the certainty review, the vote count it replaces, the overclaiming gap and the evidence map."""

from __future__ import annotations

import pandas as pd

from healthclaims.paths import data_path

CERTAINTY_RANK = {"very low": 1, "low": 2, "moderate": 3, "high": 4}
STRENGTH_RANK = {"none": 0, "hedged": 1, "can": 2, "direct": 3}
DOMAINS = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")
KINDS = (
    "human study",
    "pharmacovigilance or case report",
    "product testing",
    "mechanistic",
    "evidence summary",
    "regulatory or legal",
    "vendor claim",
)


def load_table(name: str) -> pd.DataFrame:
    """One of the course's evidence tables (claims, evidence, certainty, searches), blanks as empty strings."""
    return pd.read_csv(data_path(f"{name}.csv"), dtype=str, keep_default_na=False)


def vote_count(rows: pd.DataFrame) -> str:
    """The verdict that counting rows gives (the method the certainty review replaces): context rows are not counted."""
    supports = rows[rows["direction"] == "supports"]
    contradicts = rows[rows["direction"] == "contradicts"]
    if not len(rows[rows["direction"] != "context"]):
        return "nothing to count"
    if len(contradicts) and not len(supports):
        return "contradicted"
    if len(contradicts) and len(supports):
        return "contradicted by most" if len(contradicts) > len(supports) else "conflicting"
    best = supports["certainty"].map(CERTAINTY_RANK).max() if len(supports) else 0
    if best >= 3:
        return "supported"
    return "weakly supported" if best >= 1 else "indirect or mixed evidence only"


def vote_counts(evidence: pd.DataFrame, claim_ids: list[str]) -> pd.Series:
    """The vote-count verdict for every claim, in the order given."""
    return pd.Series({c: vote_count(evidence[evidence["claim_id"] == c]) for c in claim_ids}, name="vote_count")


def gap_table(claims: pd.DataFrame, certainty: pd.DataFrame) -> pd.DataFrame:
    """Stated strength against supporting certainty, one row per claim: only a body that supports the claim counts."""
    table = claims.set_index("claim_id")[["claim", "strongest_strength"]].join(
        certainty.set_index("claim_id")[["certainty", "evidence_says"]]
    )
    table["stated"] = table["strongest_strength"].map(STRENGTH_RANK)
    supported = table["certainty"].map(CERTAINTY_RANK).fillna(0).clip(upper=3)
    table["supported"] = supported.where(table["evidence_says"] == "supports", 0).astype(int)
    table["gap"] = table["stated"] - table["supported"]
    return table
