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
    """The verdict that counting rows gives (the method the review replaces): only rows for, against or mixed count."""
    supports = rows[rows["direction"] == "supports"]
    contradicts = rows[rows["direction"] == "contradicts"]
    if not rows["direction"].isin(["supports", "contradicts", "mixed"]).any():
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


DIRECTION_STYLES = {  # marker, Okabe-Ito colour, sideways offset; shape carries the meaning, not colour alone
    "supports": ("^", "#009E73", -0.27),
    "contradicts": ("v", "#D55E00", -0.09),
    "mixed": ("D", "#E69F00", 0.09),
    "indirect": ("o", "#56B4E9", 0.27),
    "context": ("s", "#000000", 0.0),
}


def plot_evidence_map(ax, evidence: pd.DataFrame, claims: pd.DataFrame) -> None:
    """Claims down the side, kinds of evidence across; marker shape = direction, size = best row certainty."""
    rank = {"not rated": 0, **CERTAINTY_RANK}
    groups = (
        evidence.assign(rank=evidence["certainty"].map(rank))
        .groupby(["claim_id", "kind", "direction"])
        .agg(n=("evidence_id", "count"), best=("rank", "max"))
        .reset_index()
    )
    y_of = {c: i for i, c in enumerate(claims["claim_id"])}
    for direction, (marker, colour, dx) in DIRECTION_STYLES.items():
        rows = groups[groups["direction"] == direction]
        x, y = rows["kind"].map(KINDS.index) + dx, rows["claim_id"].map(y_of)
        fill = "none" if direction in ("context", "indirect") else colour
        ax.scatter(x, y, s=35 + 35 * rows["best"], marker=marker, facecolor=fill, edgecolor=colour, label=direction)
        for xi, yi, n in zip(x, y, rows["n"], strict=True):
            if n > 1:
                ax.annotate(str(n), (xi, yi), xytext=(0, 7), textcoords="offset points", fontsize=7, ha="center")
    ax.set_xticks(range(len(KINDS)), KINDS, rotation=30, ha="right")
    ax.set_yticks(range(len(claims)), claims["claim_id"] + "  " + claims["claim"].str.slice(0, 38))
    ax.invert_yaxis()
    ax.legend(title="direction (size = best certainty;\nnumbers count rows, not weight)", loc="upper left",
              bbox_to_anchor=(1.01, 1))  # fmt: skip
