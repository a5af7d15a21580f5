"""Estimate how long each notebook section takes a pharmacy student new to Python, and keep
instructor/timing.csv current.

The estimate is a stated model, not a measurement: reading at 100 words a minute (technical prose,
read carefully, with the code beside it), 1 minute to run and read each code cell, 1.5 minutes for
each figure, 10 minutes for each exercise (writing code, checking, often a second try), plus the
minutes of any open task (drafting, rating, answering a quiz) entered by hand in `task_minutes`.
The part of a notebook outside its numbered sections (opening, setup, key takeaways, glossary) is the
row with section `frame`; the reference list is not counted. The `path` column (core or optional) is
chosen by hand; the core path of a notebook is its frame plus its core sections.

Usage: python tools/timing.py   (tests/test_timing.py fails if the committed table is out of date)
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from series import NOTEBOOKS, ROOT, cells, source

TARGET = ROOT / "instructor" / "timing.csv"
WORDS_PER_MINUTE = 100
CODE_CELL, FIGURE, EXERCISE = 1.0, 1.5, 10.0
HAND = ("path", "task_minutes", "task")
FIELDS = ("notebook", "section", "title", *HAND, "words", "code_cells", "figures", "exercises", "minutes")


def counts(path: Path) -> dict[str, dict[str, object]]:
    """Return words, code cells, figures and exercises for the frame and each numbered section."""
    found: dict[str, dict[str, object]] = {}
    where: str | None = "frame"

    def unit(name: str, title: str) -> dict[str, object]:
        return found.setdefault(name, {"title": title, "words": 0, "code_cells": 0, "figures": 0, "exercises": 0})

    unit("frame", "opening, setup, takeaways, glossary")
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "markdown":
            for line in text.splitlines():
                heading = re.match(r"## (\d+)\. (.+)", line)
                if heading:
                    where = heading.group(1)
                    unit(where, heading.group(2).strip())
                elif line.startswith("## "):
                    where = None if line.startswith("## References") else "frame"
                elif where is not None:
                    found[where]["words"] += len(re.findall(r"\w+", line))
            continue
        if where is None:
            continue
        if "solution" in cell.get("metadata", {}).get("tags", []):
            found[where]["exercises"] += 1
            continue
        found[where]["code_cells"] += 1
        found[where]["figures"] += sum("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
    return found


def minutes(row: dict[str, object]) -> int:
    """Return the model's estimate for one row, in whole minutes."""
    estimate = (
        int(row["words"]) / WORDS_PER_MINUTE
        + int(row["code_cells"]) * CODE_CELL
        + int(row["figures"]) * FIGURE
        + int(row["exercises"]) * EXERCISE
        + int(row["task_minutes"] or 0)
    )
    return round(estimate)


def read() -> list[dict[str, str]]:
    """Return the committed table."""
    with TARGET.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def render() -> list[dict[str, object]]:
    """Return the table recomputed from the notebooks, keeping the hand-entered columns."""
    hand = {(r["notebook"], r["section"]): r for r in read()} if TARGET.exists() else {}
    rows: list[dict[str, object]] = []
    for path in NOTEBOOKS:
        number = path.name[:2]
        for section, found in counts(path).items():
            kept = hand.get((number, section), {})
            row = {"notebook": number, "section": section, **found}
            row |= {k: kept.get(k, "core" if k == "path" else "") for k in HAND}
            row["minutes"] = minutes(row)
            rows.append({k: row[k] for k in FIELDS})
    return rows


def totals(rows: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    """Return, for each notebook, (core minutes, optional minutes)."""
    result: dict[str, tuple[int, int]] = {}
    for row in rows:
        core, optional = result.get(str(row["notebook"]), (0, 0))
        if row["path"] == "optional":
            optional += int(row["minutes"])
        else:
            core += int(row["minutes"])
        result[str(row["notebook"])] = (core, optional)
    return result


def write(rows: list[dict[str, object]]) -> None:
    """Write the table."""
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    table = render()
    write(table)
    for number, (core, optional) in totals(table).items():
        print(f"{number}: core {core} min, optional {optional} min, total {core + optional} min")
