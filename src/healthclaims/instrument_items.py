"""The published appraisal instruments (DISCERN, HealthNewsReview, JAMA benchmarks) read as data.

The items, scales and scoring rules live in data/instruments/ (documented in its README.md); the course's
own rating of the seed article is data/instruments/course_ratings.csv.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from healthclaims import paths

INSTRUMENTS = ("discern", "healthnewsreview", "jama_benchmarks")
"""The instruments the course scores, by file name in data/instruments/."""

NAMES = {"discern": "DISCERN", "healthnewsreview": "HealthNewsReview", "jama_benchmarks": "JAMA benchmarks"}
"""Display names."""

TEMPLATE = "rating_template.csv"
"""The blank DISCERN rating sheet a learner copies, in data/instruments/."""

EXAMPLE_FOLDER = "example_class_ratings"
"""The folder of invented class ratings in data/instruments/, for the class exercise of notebook 12."""


def instruments_path(name: str = "") -> Path:
    """Return a path inside data/instruments/."""
    return paths.data_path("instruments") / name


def load_instrument(name: str) -> pd.DataFrame:
    """Return one instrument's items (data/instruments/<name>.csv), one row per item."""
    if name not in INSTRUMENTS:
        raise ValueError(f"unknown instrument {name!r}; choose one of: {', '.join(INSTRUMENTS)}.")
    return pd.read_csv(instruments_path(f"{name}.csv"), dtype={"item": int}, keep_default_na=False)


def load_course_ratings(name: str | None = None) -> pd.DataFrame:
    """Return the course's ratings of the seed article, for one instrument or all, with each item's title."""
    ratings = pd.read_csv(instruments_path("course_ratings.csv"), dtype=str, keep_default_na=False)
    ratings["item"] = ratings["item"].astype(int)
    items = pd.concat([load_instrument(n) for n in INSTRUMENTS])[["instrument", "item", "short_title", "scale"]]
    ratings = ratings.merge(items, on=["instrument", "item"], how="left", validate="one_to_one")
    if name is not None:
        ratings = ratings[ratings["instrument"] == name].reset_index(drop=True)
    return ratings[["instrument", "item", "short_title", "scale", "rating", "justification"]]


def scale_values(scale: str) -> tuple[int, ...] | tuple[str, ...]:
    """Return the allowed ratings of a scale: '1–5' gives (1, 2, 3, 4, 5); 'met/not met' gives ('met', 'not met')."""
    numeric = re.fullmatch(r"\s*(\d+)\s*[–-]\s*(\d+)\s*", scale)
    if numeric:
        low, high = int(numeric.group(1)), int(numeric.group(2))
        return tuple(range(low, high + 1))
    return tuple(part.strip() for part in scale.split("/"))
