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


def fleiss_kappa(counts: pd.DataFrame | np.ndarray) -> Kappa:
    """Return Fleiss' kappa from a subjects × categories table of how many raters chose each category."""
    table = np.asarray(counts, dtype=float)
    raters = table.sum(axis=1)
    if not np.allclose(raters, raters[0]) or raters[0] < 2:
        raise ValueError("every subject needs the same number of raters, at least two.")
    m = raters[0]
    per_subject = ((table**2).sum(axis=1) - m) / (m * (m - 1))
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
