"""A class's ratings read from a folder of one CSV per learner (columns ``item`` and ``rating``).

A bad file is skipped with a one-line reason, never a traceback; a learner's own file is never overwritten.
"""

from __future__ import annotations

import re
import shutil
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from healthclaims import paths
from healthclaims.instrument_items import (
    NAMES,
    TEMPLATE,
    instruments_path,
    load_course_ratings,
    load_instrument,
    scale_values,
)


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


def compare_with_course(my_file: str | Path | None, name: str = "discern") -> pd.DataFrame | None:
    """One learner's ratings beside the course's, item by item, with the course's reason where they differ by 2+."""
    if my_file is None:
        print("… Not ready yet: start your rating file above (set my_name), fill it in, save it, then run this cell.")
        return None
    instrument = load_instrument(name)
    items = instrument["item"].tolist()
    mine = _read_one(Path(my_file), items, scale_values(instrument["scale"].iloc[0]), name)
    if isinstance(mine, str):
        print(f"ℹ {Path(my_file).name} cannot be compared yet: {mine}")
        return None
    course = load_course_ratings(name).set_index("item")
    table = pd.DataFrame({"question": course["short_title"], "you": mine, "course": course["rating"].astype(int)})
    table["difference"] = table["you"] - table["course"]
    far = table["difference"].abs() >= 2
    table["the course's reason (where you differ by 2 or more)"] = course["justification"].where(far, "")
    close = int((~far).sum())
    print(f"You and the course are within one point on {close} of {len(table)} questions; "
          f"your total is {int(table['you'].sum())}, the course's {int(table['course'].sum())}.")  # fmt: skip
    return table
