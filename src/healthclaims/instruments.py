"""Appraisal instruments in one import: the items as data, scores, a class's rating files, agreement, coverage.

Each concern lives in its own module (instrument_items, instrument_scores, rating_files, rating_agreement,
coverage); this module gathers their public names for the notebooks, as ``from healthclaims.instruments import …``.
"""

from healthclaims.coverage import COVERAGE, coverage_table
from healthclaims.instrument_items import (
    EXAMPLE_FOLDER,
    INSTRUMENTS,
    NAMES,
    TEMPLATE,
    instruments_path,
    load_course_ratings,
    load_instrument,
    scale_values,
)
from healthclaims.instrument_scores import Score, hnr_stars, score, score_discern, score_hnr, score_jama
from healthclaims.rating_agreement import class_kappa, item_agreement
from healthclaims.rating_files import ClassRatings, compare_with_course, read_rating_folder, start_my_rating

__all__ = [
    "COVERAGE",
    "EXAMPLE_FOLDER",
    "INSTRUMENTS",
    "NAMES",
    "TEMPLATE",
    "ClassRatings",
    "Score",
    "class_kappa",
    "coverage_table",
    "hnr_stars",
    "instruments_path",
    "item_agreement",
    "load_course_ratings",
    "load_instrument",
    "read_rating_folder",
    "scale_values",
    "score",
    "score_discern",
    "score_hnr",
    "score_jama",
    "start_my_rating",
    "compare_with_course",
]
