"""A learner's own answers, kept in a git-ignored folder (my_work/) and never overwritten."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from healthclaims import paths
from healthclaims.errors import InputError

FIRST_IMPRESSION = "first_impression.csv"
FINAL_IMPRESSION = "final_impression.csv"
_FIELDS = ["saved_at", "rating", "reason"]
_VARIABLES = {FIRST_IMPRESSION: ("my_rating", "my_reason"), FINAL_IMPRESSION: ("my_final_rating", "my_final_reason")}
_FIX = "move or rename it (your earlier answers stay in it), then run the cell again"


def _read_saved(target: Path) -> list[list[str]]:
    """Return the saved rows of a my_work file, or raise InputError if it is not in the course's format."""
    where = f"my_work/{target.name}"
    if target.is_dir():
        raise InputError(f"{where} is a folder, not a file: {_FIX}.")
    try:
        text = target.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{where} is no longer UTF-8 text (was it saved from a spreadsheet?): {_FIX}.") from None
    except OSError as exc:
        raise InputError(f"{where} could not be read ({exc.strerror}).") from None
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    if not rows:
        return []
    if rows[0] != _FIELDS:
        raise InputError(f"{where} does not start with the line saved_at,rating,reason: {_FIX}.")
    broken = [n for n, row in enumerate(rows[1:], start=2) if len(row) != len(_FIELDS)]
    if broken:
        raise InputError(f"{where} line {broken[0]} does not have three fields: {_FIX}.")
    return rows[1:]


def _table(rows: list[list[str]]) -> pd.DataFrame:
    """Turn saved rows into a table with whole-number ratings (blank where a rating is not a number)."""
    table = pd.DataFrame(rows, columns=_FIELDS)
    table["rating"] = pd.to_numeric(table["rating"], errors="coerce").astype("Int64")
    return table


def _save(filename: str, rating: int | None, reason: str | None) -> None:
    """Append a 1–5 rating and its reason to my_work/<filename>, printing one line of feedback."""
    rating_name, reason_name = _VARIABLES[filename]
    if rating is None and not (reason or "").strip():
        print(
            f"… Not answered yet: set {rating_name} to a number from 1 to 5 and write {reason_name}, "
            "then run this cell again."
        )
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        print(f"ℹ {rating_name} should be a whole number from 1 to 5 (no quotes); it is {rating!r}. Nothing was saved.")
        return
    if not isinstance(reason, str) or not reason.strip():
        print(f"ℹ Please write a short reason in {reason_name} (between the quotes). Nothing was saved.")
        return
    folder = paths.learner_dir()
    target = folder / filename
    try:
        if folder.exists() and not folder.is_dir():
            raise InputError(f"my_work is a file, not a folder: {_FIX}.")
        earlier = _read_saved(target) if target.exists() else []
        existing = target.read_bytes() if target.exists() else b""
        line = io.StringIO()
        writer = csv.writer(line, lineterminator="\n")
        if not earlier and not existing.strip():
            writer.writerow(_FIELDS)
        saved_at = datetime.now(UTC).isoformat(timespec="seconds")
        writer.writerow([saved_at, rating, reason.strip()])
        folder.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8", newline="") as fh:
            if existing and not existing.endswith(b"\n"):
                fh.write("\n")  # the file was edited by hand: start a new line rather than join the last one
            fh.write(line.getvalue())
    except InputError as exc:
        print(f"ℹ {exc} Nothing was saved.")
        return
    except OSError as exc:
        print(f"ℹ my_work/{filename} could not be written ({exc.strerror}). Nothing was saved.")
        return
    n = len(earlier) + 1
    entries = "1 entry" if n == 1 else f"{n} entries"
    print(f"✔ Saved your rating ({rating}/5) to my_work/{filename}; it now holds {entries} (earlier ones are kept).")


def _load(filename: str) -> pd.DataFrame:
    """Return every rating saved in my_work/<filename>; an empty table, with a one-line note, if unreadable."""
    target = paths.learner_dir() / filename
    if not target.exists():
        return _table([])
    try:
        return _table(_read_saved(target))
    except InputError as exc:
        print(f"ℹ {exc}")
        return _table([])


def save_first_impression(rating: int | None, reason: str | None) -> None:
    """Append a 1–5 rating of the article and its reason to my_work/first_impression.csv."""
    _save(FIRST_IMPRESSION, rating, reason)


def save_final_impression(rating: int | None, reason: str | None) -> None:
    """Append an end-of-series 1–5 rating and its reason to my_work/final_impression.csv."""
    _save(FINAL_IMPRESSION, rating, reason)


def load_first_impressions() -> pd.DataFrame:
    """Return every first-impression rating saved so far (an empty table if none)."""
    return _load(FIRST_IMPRESSION)


def load_final_impressions() -> pd.DataFrame:
    """Return every end-of-series rating saved so far (an empty table if none)."""
    return _load(FINAL_IMPRESSION)


def compare_impressions() -> None:
    """Print the first and the latest final rating side by side, or say what is missing."""
    first, final = load_first_impressions(), load_final_impressions()
    if first.empty:
        print("… No first impression saved yet: notebook 00 asks for one (my_work/first_impression.csv).")
    else:
        row = first.iloc[0]
        print(f"First impression (notebook 00): {row['rating']}/5, because: {row['reason']}")
    if final.empty:
        print("… No final rating saved yet: fill in my_final_rating and my_final_reason above.")
    else:
        row = final.iloc[-1]
        print(f"Now: {row['rating']}/5, because: {row['reason']}")
    if first.empty or final.empty:
        return
    before, now = first.iloc[0]["rating"], final.iloc[-1]["rating"]
    if pd.isna(before) or pd.isna(now):
        print("ℹ One of the saved ratings is not a whole number, so the change cannot be worked out.")
        return
    change = int(now) - int(before)
    word = "unchanged" if change == 0 else f"{'up' if change > 0 else 'down'} by {abs(change)}"
    print(f"Your rating is {word}. What made the difference?")
