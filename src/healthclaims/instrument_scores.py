"""Scores of the appraisal instruments, worked out in the open from one rater's ratings."""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from typing import NamedTuple

import pandas as pd

from healthclaims.instrument_items import INSTRUMENTS, NAMES


class Score(NamedTuple):
    """An instrument's score, its possible range, and how far up that range it sits (0–100 %)."""

    instrument: str
    score: float
    minimum: float
    maximum: float
    percent: float
    label: str


def _by_item(ratings: Mapping[int, object] | pd.Series | pd.DataFrame) -> dict[int, object]:
    """Turn ratings (a mapping item → rating, a Series, or a frame with item and rating columns) into a dict."""
    if isinstance(ratings, pd.DataFrame):
        return dict(zip(ratings["item"].astype(int), ratings["rating"], strict=True))
    return {int(item): value for item, value in dict(ratings).items()}


def score_discern(ratings: Mapping[int, object] | pd.Series | pd.DataFrame) -> dict[str, int]:
    """Return DISCERN sums: reliability (Q1–8, 8–40), treatment choices (Q9–15, 7–35), Q16 and total (16–80)."""
    values = {item: int(value) for item, value in _by_item(ratings).items()}
    if sorted(values) != list(range(1, 17)):
        raise ValueError("DISCERN needs a rating for each of its 16 questions.")
    if not all(1 <= v <= 5 for v in values.values()):
        raise ValueError("DISCERN ratings run from 1 to 5.")
    reliability = sum(values[i] for i in range(1, 9))
    treatment = sum(values[i] for i in range(9, 16))
    return {
        "reliability": reliability,
        "treatment_choices": treatment,
        "overall": values[16],
        "total": reliability + treatment + values[16],
    }


def hnr_stars(satisfactory: int, applicable: int) -> int:
    """Return HealthNewsReview's stars for a share: 0 % = 0, 1–20 % = 1, 21–40 % = 2, … 81–100 % = 5."""
    return math.ceil(Fraction(5 * satisfactory, applicable))


def score_hnr(ratings: Mapping[int, object] | pd.Series | pd.DataFrame) -> dict[str, float | int | None]:
    """Return HealthNewsReview's score: satisfactory of applicable, the share, and the stars (None if >2 N/A)."""
    values = {item: str(value).strip().lower() for item, value in _by_item(ratings).items()}
    if sorted(values) != list(range(1, 11)):
        raise ValueError("HealthNewsReview needs a rating for each of its 10 criteria.")
    allowed = {"satisfactory", "unsatisfactory", "not applicable"}
    if not set(values.values()) <= allowed:
        raise ValueError("HealthNewsReview ratings are satisfactory, unsatisfactory or not applicable.")
    satisfactory = sum(v == "satisfactory" for v in values.values())
    applicable = sum(v != "not applicable" for v in values.values())
    if applicable < 8:
        return {"satisfactory": satisfactory, "applicable": applicable, "share": None, "stars": None}
    stars = hnr_stars(satisfactory, applicable)
    return {"satisfactory": satisfactory, "applicable": applicable, "share": satisfactory / applicable, "stars": stars}


def score_jama(ratings: Mapping[int, object] | pd.Series | pd.DataFrame) -> int:
    """Return the number of JAMA benchmarks met (0–4)."""
    values = {item: str(value).strip().lower() for item, value in _by_item(ratings).items()}
    if sorted(values) != [1, 2, 3, 4]:
        raise ValueError("The JAMA benchmarks need a rating for each of the 4 benchmarks.")
    if not set(values.values()) <= {"met", "not met"}:
        raise ValueError("JAMA benchmark ratings are met or not met.")
    return sum(v == "met" for v in values.values())


def score(name: str, ratings: Mapping[int, object] | pd.Series | pd.DataFrame) -> Score:
    """Return one instrument's headline score with its range, as a percentage of the way from worst to best."""
    if name == "discern":
        total, low, high = score_discern(ratings)["total"], 16, 80
        label = f"{total} of 16–80"
    elif name == "healthnewsreview":
        result = score_hnr(ratings)
        if result["share"] is None:
            raise ValueError("HealthNewsReview posts no score when more than 2 criteria are not applicable.")
        total, low, high = result["satisfactory"], 0, result["applicable"]
        label = f"{total} of {high} satisfactory, {result['stars']} star{'s' if result['stars'] != 1 else ''}"
    elif name == "jama_benchmarks":
        total, low, high = score_jama(ratings), 0, 4
        label = f"{total} of 4 met"
    else:
        raise ValueError(f"unknown instrument {name!r}; choose one of: {', '.join(INSTRUMENTS)}.")
    return Score(NAMES[name], float(total), float(low), float(high), 100 * (total - low) / (high - low), label)
