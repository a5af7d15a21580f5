"""Agreement between coders, written out step by step: Cohen's kappa, Fleiss' kappa, precision and recall.

Cohen's kappa (``cohen1960``) compares two coders: kappa = (po − pe) / (1 − pe), where po is the
share of items they coded alike and pe the share they would code alike by chance, given how often
each uses each category. Fleiss' kappa (``fleiss1971``) extends the idea to many raters.
The tests check both against published worked examples (``york_kapsex``, ``queensu_kappa``,
``perktold2012``, ``cardillo2007`` in data/references.csv).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd


class Kappa(NamedTuple):
    """Observed agreement, chance agreement and kappa."""

    observed: float
    expected: float
    kappa: float


def crosstab(first: Sequence[str], second: Sequence[str], labels: Sequence[str] | None = None) -> pd.DataFrame:
    """Return the table of counts: rows are the first coder's codes, columns the second's."""
    if len(first) != len(second):
        raise ValueError(f"the two codings have different lengths ({len(first)} and {len(second)}).")
    labels = list(labels) if labels is not None else sorted(set(first) | set(second))
    table = pd.crosstab(
        pd.Categorical(first, categories=labels), pd.Categorical(second, categories=labels), dropna=False
    )
    return table.rename_axis(index="first coder", columns="second coder")


def kappa_from_table(table: pd.DataFrame | np.ndarray) -> Kappa:
    """Return Cohen's kappa from a square table of counts (rows: coder 1, columns: coder 2)."""
    counts = np.asarray(table, dtype=float)
    n = counts.sum()
    observed = np.trace(counts) / n
    expected = float((counts.sum(axis=1) * counts.sum(axis=0)).sum() / n**2)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else float("nan")
    return Kappa(float(observed), expected, float(kappa))


def cohen_kappa(first: Sequence[str], second: Sequence[str], labels: Sequence[str] | None = None) -> Kappa:
    """Return Cohen's kappa for two coders' labels of the same items."""
    return kappa_from_table(crosstab(first, second, labels))


def fleiss_item_agreement(counts: pd.DataFrame | np.ndarray) -> np.ndarray:
    """Per subject, the share of pairs of raters who chose the same category: (Σ n² − m) / (m(m − 1))."""
    table = np.asarray(counts, dtype=float)
    m = table.sum(axis=1)
    return ((table**2).sum(axis=1) - m) / (m * (m - 1))


def fleiss_kappa(counts: pd.DataFrame | np.ndarray) -> Kappa:
    """Return Fleiss' kappa from a subjects × categories table of how many raters chose each category."""
    table = np.asarray(counts, dtype=float)
    raters = table.sum(axis=1)
    if not np.allclose(raters, raters[0]) or raters[0] < 2:
        raise ValueError("every subject needs the same number of raters, at least two.")
    per_subject = fleiss_item_agreement(table)
    shares = table.sum(axis=0) / table.sum()
    observed, expected = float(per_subject.mean()), float((shares**2).sum())
    return Kappa(observed, expected, (observed - expected) / (1 - expected))


def precision_recall(truth: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    """Return true/false positives and negatives, precision and recall for a yes/no detector."""
    truth, predicted = np.asarray(truth, dtype=bool), np.asarray(predicted, dtype=bool)
    tp = int((truth & predicted).sum())
    fp = int((~truth & predicted).sum())
    fn = int((truth & ~predicted).sum())
    tn = int((~truth & ~predicted).sum())
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return {"true_pos": tp, "false_pos": fp, "false_neg": fn, "true_neg": tn, "precision": precision, "recall": recall}


def kappa_interval(
    first: Sequence[str], second: Sequence[str], level: float = 0.95, n_boot: int = 2000, seed: int = 20261201
) -> tuple[float, float, float]:
    """Cohen's kappa with a percentile bootstrap interval (items resampled with replacement; seeded)."""
    labels = sorted(set(first) | set(second))
    index = {label: i for i, label in enumerate(labels)}
    a = np.array([index[x] for x in first])
    b = np.array([index[x] for x in second])
    k = len(labels)

    def kappa_of(x: np.ndarray, y: np.ndarray) -> float:
        table = np.bincount(x * k + y, minlength=k * k).reshape(k, k)
        kappa = kappa_from_table(table).kappa
        return 1.0 if np.isnan(kappa) else kappa  # a resample where both coders used one category throughout

    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(a), (n_boot, len(a)))
    draws = [kappa_of(a[pick], b[pick]) for pick in picks]
    low, high = np.quantile(draws, [(1 - level) / 2, (1 + level) / 2])
    return kappa_of(a, b), float(low), float(high)


ROLES = ("benefit", "mechanism", "safety", "concession", "advice", "promotion", "background")
FIELDS = ("primary_role", "subject", "claim_strength", "topic", "evidence_cited")


def coding_agreement(reference: pd.DataFrame, other: pd.DataFrame) -> pd.DataFrame:
    """Per-field Cohen's kappa (95% bootstrap interval) between two codings of the same sentences; roles one by one."""
    other = other.set_index("sentence_id").loc[reference["sentence_id"]].reset_index()
    columns = {f: (reference[f].tolist(), other[f].tolist()) for f in FIELDS}
    for role in ROLES:
        columns[f"roles: {role}"] = tuple(
            [role in str(c).split(";") for c in coding["roles"]] for coding in (reference, other)
        )
    rows = []
    for field, (a, b) in columns.items():
        kappa, low, high = kappa_interval(a, b)
        agree = sum(x == y for x, y in zip(a, b, strict=True))
        rows.append({"field": field, "agree": agree, "of": len(a), "kappa": kappa, "low": low, "high": high})
    return pd.DataFrame(rows).set_index("field")
