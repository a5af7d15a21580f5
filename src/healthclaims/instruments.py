"""Published appraisal instruments (DISCERN, HealthNewsReview, JAMA benchmarks) as data, scored in the open.

The items, scales and scoring rules live in data/instruments/ (documented in its README.md); the course's
own rating of the seed article is data/instruments/course_ratings.csv. A class's ratings are read from a
folder of one CSV per learner (columns ``item`` and ``rating``); a bad file is skipped with a one-line
reason, never a traceback.
"""

from __future__ import annotations

import math
import numbers
import re
import shutil
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from healthclaims import paths
from healthclaims.agreement import Kappa, fleiss_kappa

INSTRUMENTS = ("discern", "healthnewsreview", "jama_benchmarks")
"""The instruments the course scores, by file name in data/instruments/."""

NAMES = {"discern": "DISCERN", "healthnewsreview": "HealthNewsReview", "jama_benchmarks": "JAMA benchmarks"}
"""Display names."""

TEMPLATE = "rating_template.csv"
EXAMPLE_FOLDER = "example_class_ratings"


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


# --- A class's ratings: one CSV per learner --------------------------------------------------------------


@dataclass
class ClassRatings:
    """The usable rating files of a folder: ratings (items × raters), counts (items × scale values), skipped files."""

    instrument: str
    ratings: pd.DataFrame
    counts: pd.DataFrame
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def n_raters(self) -> int:
        """How many rating files were usable."""
        return self.ratings.shape[1]


def _shown(path: Path) -> str:
    """A path as a learner would recognise it: relative to the course folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(paths.project_root()))
    except (ValueError, FileNotFoundError):
        return str(path)


def _read_table(path: Path) -> pd.DataFrame | str:
    """Read a learner's CSV as text (commas, or semicolons as some spreadsheets write), or say why it cannot be."""
    options = {"dtype": str, "keep_default_na": False, "encoding": "utf-8-sig", "index_col": False}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            table = pd.read_csv(path, **options)
            if table.shape[1] == 1 and ";" in table.columns[0]:
                table = pd.read_csv(path, sep=";", **options)
        if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
            return "a line has more fields than the header row (check the commas)."
    except UnicodeDecodeError:
        return "it is not UTF-8 text; save it again as CSV (UTF-8)."
    except pd.errors.EmptyDataError:
        return "the file is empty."
    except pd.errors.ParserError:
        return "it could not be read as a CSV table (check the commas)."
    table.columns = [str(c).strip().lower() for c in table.columns]
    return table


def _read_one(path: Path, items: list[int], allowed: tuple, name: str) -> pd.Series | str:
    """Return one learner's ratings indexed by item, or a one-line reason why the file cannot be used."""
    title = NAMES[name]
    table = _read_table(path)
    if isinstance(table, str):
        return table
    if not {"item", "rating"} <= set(table.columns):
        return f"it needs the columns item and rating (it has: {', '.join(table.columns) or 'none'})."
    table = table.assign(item=table["item"].str.strip(), rating=table["rating"].str.strip())
    table = table[(table["item"] != "") | (table["rating"] != "")]
    if (table["item"] == "").any():
        return "a row has a rating but no item number."
    not_items = [i for i in table["item"] if not (i.isascii() and i.isdigit()) or int(i) not in items]
    if not_items:
        return f"{not_items[0]!r} is not a {title} item number (they run {items[0]}–{items[-1]})."
    table["item"] = table["item"].astype(int)
    twice = sorted(table.loc[table["item"].duplicated(), "item"].unique())
    if twice:
        return f"item {twice[0]} is rated more than once."
    rated = table[table["rating"] != ""]
    if rated.empty:
        return "no ratings are filled in yet."
    missing = [i for i in items if i not in set(rated["item"])]
    if missing:
        shown = ", ".join(map(str, missing[:5])) + (", …" if len(missing) > 5 else "")
        several = len(missing) > 1
        return f"{len(missing)} item{'s have' if several else ' has'} no rating (item{'s' if several else ''} {shown})."
    numeric = all(isinstance(v, int) for v in allowed)
    values = {}
    for item, text in zip(rated["item"], rated["rating"], strict=True):
        if not numeric:
            if text.lower() not in allowed:
                return f"the rating {text!r} for item {item} is not one of: {', '.join(allowed)}."
            values[item] = text.lower()
            continue
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return (
                f"the rating {text!r} for item {item} is not a number; use a whole number {allowed[0]}–{allowed[-1]}."
            )
        if not number.is_integer():
            return f"the rating {text} for item {item} is not a whole number; use {allowed[0]}–{allowed[-1]}."
        if int(number) not in allowed:
            return f"the rating {text} for item {item} is outside the scale {allowed[0]}–{allowed[-1]}."
        values[item] = int(number)
    return pd.Series(values, name=path.stem).reindex(items)


def read_rating_folder(folder: str | Path, name: str = "discern", quiet: bool = False) -> ClassRatings:
    """Read every *.csv in a folder as one rater's ratings; skip bad files with a one-line reason each."""
    instrument = load_instrument(name)
    items = instrument["item"].tolist()
    allowed = scale_values(instrument["scale"].iloc[0])
    folder = Path(folder)
    empty = ClassRatings(name, pd.DataFrame(index=pd.Index(items, name="item")), pd.DataFrame(), {})
    if not folder.is_dir():
        print(f"ℹ There is no folder {_shown(folder)}; check the path (or copy the template first).")
        return empty
    everything = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    files = [p for p in everything if p.suffix.lower() == ".csv"]
    for other in everything:
        if other.suffix.lower() in (".xlsx", ".xls", ".ods", ".numbers"):
            print(f"ℹ Skipped {other.name}: save it as CSV (UTF-8) to include it.")
    if not files:
        print(f"ℹ The folder {_shown(folder)} holds no rating files (*.csv) yet.")
        return empty
    columns, skipped = [], {}
    for path in files:
        result = _read_one(path, items, allowed, name)
        if isinstance(result, str):
            skipped[path.name] = result
            print(f"ℹ Skipped {path.name}: {result}")
        else:
            columns.append(result)
    if not columns:
        print(f"ℹ None of the {len(files)} files in {_shown(folder)} could be used.")
        return ClassRatings(name, empty.ratings, empty.counts, skipped)
    seen: dict[tuple, str] = {}
    for column in columns:
        twin = seen.setdefault(tuple(column.tolist()), str(column.name))
        if twin != column.name:
            print(f"ℹ Note: {column.name} has exactly the same ratings as {twin}; is it the same learner twice?")
    ratings = pd.concat(columns, axis=1).rename_axis(index="item", columns="rater")
    counts = ratings.apply(lambda row: row.value_counts().reindex(allowed, fill_value=0), axis=1)
    counts = counts.rename_axis(index="item", columns="rating").astype(int)
    if not quiet:
        print(f"✔ Read {len(columns)} rating file{'s' if len(columns) != 1 else ''} from {_shown(folder)}.")
    return ClassRatings(name, ratings, counts, skipped)


def item_agreement(class_ratings: ClassRatings) -> pd.DataFrame:
    """Per item: the modal rating, the share of raters choosing it, the range, and the share of agreeing pairs.

    ``mode`` is the lowest of tied ratings. ``pair_agreement`` is the share of pairs of raters who gave the item
    the same rating: the per-item quantity that Fleiss' kappa averages.
    """
    counts = class_ratings.counts
    if class_ratings.n_raters < 2:
        print(f"ℹ Agreement needs at least two usable rating files; there are {class_ratings.n_raters}.")
        return pd.DataFrame(columns=["short_title", "raters", "mode", "modal_share", "pair_agreement"])
    m = counts.sum(axis=1)
    table = pd.DataFrame(
        {
            "raters": m,
            "mode": counts.idxmax(axis=1),
            "modal_share": counts.max(axis=1) / m,
            "pair_agreement": ((counts**2).sum(axis=1) - m) / (m * (m - 1)),
        }
    )
    if all(isinstance(v, numbers.Real) for v in counts.columns):
        ratings = class_ratings.ratings.astype(float)
        table["lowest"] = ratings.min(axis=1).astype(int)
        table["highest"] = ratings.max(axis=1).astype(int)
        table["spread"] = table["highest"] - table["lowest"]
    titles = load_instrument(class_ratings.instrument).set_index("item")["short_title"]
    table.insert(0, "short_title", titles.reindex(table.index))
    return table


def class_kappa(class_ratings: ClassRatings) -> Kappa | None:
    """Return Fleiss' kappa for a class's ratings, or print why it cannot be computed and return None."""
    if class_ratings.n_raters < 2:
        print(f"ℹ Fleiss' kappa needs at least two usable rating files; there are {class_ratings.n_raters}.")
        return None
    if (class_ratings.counts.sum(axis=0) > 0).sum() < 2:
        print("ℹ Every rater gave every item the same rating, so chance agreement is 100 % and kappa is undefined.")
        return None
    return fleiss_kappa(class_ratings.counts)


def start_my_rating(my_name: str | None, folder: str | Path | None = None) -> Path | None:
    """Copy the blank DISCERN template to my_work/ratings/<my_name>.csv; never overwrite an existing file."""
    if my_name is None or not str(my_name).strip():
        print("… Not answered yet: set my_name to a short name in quotes, e.g. 'ana', then run this cell again.")
        return None
    stem = re.sub(r"[^\w-]+", "_", str(my_name).strip().lower()).strip("_")[:40]
    if not stem:
        print("ℹ Use letters or digits in my_name, e.g. 'ana' or 'group_3'. Nothing was copied.")
        return None
    target_dir = Path(folder) if folder is not None else paths.learner_dir() / "ratings"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{stem}.csv"
    if target.exists():
        print(f"ℹ {_shown(target)} already exists; it was left as it is. Open it to carry on.")
        return target
    shutil.copyfile(instruments_path(TEMPLATE), target)
    print(f"✔ Copied the blank template to {_shown(target)}. Open it, fill in the rating column (1–5), save it.")
    return target


# --- What each instrument asks about ----------------------------------------------------------------------

COVERAGE: dict[str, dict[str, tuple[int, ...]]] = {
    "who wrote it": {"jama_benchmarks": (1,)},
    "sources named": {"discern": (4,), "healthnewsreview": (6,), "jama_benchmarks": (2,)},
    "dates shown": {"discern": (5,), "jama_benchmarks": (4,)},
    "conflicts of interest": {"healthnewsreview": (6,), "jama_benchmarks": (3,)},
    "one-sided or sensational framing": {"discern": (6,), "healthnewsreview": (10,)},
    "size of the benefit": {"discern": (10,), "healthnewsreview": (2,)},
    "harms": {"discern": (11,), "healthnewsreview": (3,)},
    "strength of the evidence": {"discern": (8,), "healthnewsreview": (4,)},
    "alternatives": {"discern": (14,), "healthnewsreview": (7,)},
    "costs": {"healthnewsreview": (1,)},
    "availability and legal status": {"healthnewsreview": (8,)},
    "novelty claims": {"healthnewsreview": (9,)},
    "dose": {},
}
"""Issues a pharmacist checks, and the items (by number) of each instrument that ask about them (course mapping)."""


def coverage_table() -> pd.DataFrame:
    """Return issues × instruments: the short titles of the items that ask about each issue, or '—' for none."""
    titles = {name: load_instrument(name).set_index("item")["short_title"] for name in INSTRUMENTS}
    rows = {
        issue: {
            NAMES[name]: "; ".join(f"{titles[name][i]} ({i})" for i in items.get(name, ())) or "—"
            for name in INSTRUMENTS
        }
        for issue, items in COVERAGE.items()
    }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis(index="issue")
