"""A learner's own answers, kept in a git-ignored folder (my_work/) and never overwritten."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pandas as pd

from healthclaims import paths

FIRST_IMPRESSION = "first_impression.csv"
FINAL_IMPRESSION = "final_impression.csv"
_FIELDS = ["saved_at", "rating", "reason"]
_VARIABLES = {FIRST_IMPRESSION: ("my_rating", "my_reason"), FINAL_IMPRESSION: ("my_final_rating", "my_final_reason")}


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
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / filename
    new_file = not target.exists()
    with target.open("a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_FIELDS)
        if new_file:
            writer.writeheader()
        saved_at = datetime.now(UTC).isoformat(timespec="seconds")
        writer.writerow({"saved_at": saved_at, "rating": rating, "reason": reason.strip()})
    n = len(_load(filename))
    entries = "1 entry" if n == 1 else f"{n} entries"
    where = f"my_work/{filename}"
    print(f"✔ Saved your rating ({rating}/5) to {where}; it now holds {entries} (earlier ones are kept).")


def _load(filename: str) -> pd.DataFrame:
    """Return every rating saved in my_work/<filename> (an empty table if none)."""
    target = paths.learner_dir() / filename
    if not target.exists():
        return pd.DataFrame(columns=_FIELDS)
    return pd.read_csv(target, encoding="utf-8")


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
    if not first.empty and not final.empty:
        change = int(final.iloc[-1]["rating"]) - int(first.iloc[0]["rating"])
        word = "unchanged" if change == 0 else f"{'up' if change > 0 else 'down'} by {abs(change)}"
        print(f"Your rating is {word}. What made the difference?")
