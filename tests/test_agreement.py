"""Kappa against published worked examples, and precision/recall by hand."""

import math

import numpy as np
import pytest

from healthclaims.agreement import cohen_kappa, crosstab, fleiss_kappa, kappa_from_table, precision_recall


def test_cohen_kappa_york_sex_example():
    # University of York exercise (references.csv: york_kapsex): Stata prints
    # agreement 98.91%, expected 54.52%, kappa 0.9760.
    result = kappa_from_table([[118, 1], [1, 63]])
    assert round(result.observed * 100, 2) == 98.91
    assert round(result.expected * 100, 2) == 54.52
    assert round(result.kappa, 4) == 0.9760


def test_cohen_kappa_queens_swollen_knee_example():
    # Queen's University module (queensu_kappa): observed 0.8, chance 0.54, kappa printed as 0.57.
    result = kappa_from_table([[25, 15], [5, 55]])
    assert result.observed == pytest.approx(0.80)
    assert result.expected == pytest.approx(0.54)
    assert round(result.kappa, 2) == 0.57


def test_cohen_kappa_three_categories_sas_example():
    # SAS printout reproduced in statsmodels' tests (perktold2012): simple kappa 0.4842.
    assert round(kappa_from_table([[0, 4, 1], [0, 8, 0], [0, 1, 5]]).kappa, 4) == 0.4842


def test_cohen_kappa_from_labels_matches_the_table():
    first = ["f"] * 118 + ["f"] + ["m"] + ["m"] * 63
    second = ["f"] * 118 + ["m"] + ["f"] + ["m"] * 63
    table = crosstab(first, second)
    assert table.to_numpy().tolist() == [[118, 1], [1, 63]]
    assert cohen_kappa(first, second).kappa == pytest.approx(kappa_from_table(table).kappa)


def test_perfect_and_chance_agreement():
    assert cohen_kappa(list("abcab"), list("abcab")).kappa == 1.0
    assert cohen_kappa(list("aabb"), list("abab")).kappa == pytest.approx(0.0)
    assert math.isnan(cohen_kappa(list("aaaa"), list("aaaa")).kappa)  # no variation: kappa undefined


def test_crosstab_keeps_unused_labels_and_rejects_unequal_lengths():
    table = crosstab(["can"], ["can"], labels=["none", "hedged", "can", "direct"])
    assert table.shape == (4, 4) and table.loc["can", "can"] == 1
    with pytest.raises(ValueError, match="different lengths"):
        crosstab(["a", "b"], ["a"])


FLEISS_WIKIPEDIA = np.array(
    [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
)


def test_fleiss_kappa_fourteen_raters_example():
    # 14 raters, 10 subjects, 5 categories (cardillo2007; perktold2012): kappa 0.210 (0.2099).
    result = fleiss_kappa(FLEISS_WIKIPEDIA)
    assert round(result.observed, 3) == 0.378
    assert round(result.expected, 3) == 0.213
    assert round(result.kappa, 3) == 0.210


def test_fleiss_kappa_needs_equal_raters():
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa([[1, 1], [2, 1]])


def test_precision_and_recall_by_hand():
    truth = [True, True, True, False, False, False]
    found = [True, True, False, True, False, False]
    result = precision_recall(truth, found)
    assert (result["true_pos"], result["false_pos"], result["false_neg"], result["true_neg"]) == (2, 1, 1, 2)
    assert result["precision"] == pytest.approx(2 / 3) and result["recall"] == pytest.approx(2 / 3)
