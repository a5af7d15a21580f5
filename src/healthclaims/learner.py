"""A learner's own answers, kept in a git-ignored folder and never overwritten."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pandas as pd

from healthclaims import paths

FIRST_IMPRESSION = "first_impression.csv"
_FIELDS = ["saved_at", "rating", "reason"]


def save_first_impression(rating: int | None, reason: str | None) -> None:
    """Append a 1–5 rating of the article and its reason to my_work/first_impression.csv."""
    if rating is None and not (reason or "").strip():
        print(
            "… Not answered yet: set my_rating to a number from 1 to 5 and write my_reason, then run this cell again."
        )
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        print(f"ℹ my_rating should be a whole number from 1 to 5 (no quotes); it is {rating!r}. Nothing was saved.")
        return
    if not isinstance(reason, str) or not reason.strip():
        print("ℹ Please write a short reason in my_reason (between the quotes). Nothing was saved.")
        return
    folder = paths.learner_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FIRST_IMPRESSION
    new_file = not target.exists()
    with target.open("a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_FIELDS)
        if new_file:
            writer.writeheader()
        writer.writerow(
            {
                "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "rating": rating,
                "reason": reason.strip(),
            }
        )
    n = len(load_first_impressions())
    entries = "1 entry" if n == 1 else f"{n} entries"
    where = f"my_work/{FIRST_IMPRESSION}"
    print(f"✔ Saved your rating ({rating}/5) to {where}; it now holds {entries} (earlier ones are kept).")


def load_first_impressions() -> pd.DataFrame:
    """Return every first-impression rating saved so far (an empty table if none)."""
    target = paths.learner_dir() / FIRST_IMPRESSION
    if not target.exists():
        return pd.DataFrame(columns=_FIELDS)
    return pd.read_csv(target, encoding="utf-8")
