"""Estimate how long each notebook section takes a pharmacy student new to Python, and keep
instructor/timing.csv current.

The estimate is a stated model, not a measurement: reading at 100 words a minute (technical prose,
read carefully, with the code beside it), 1 minute to run and read each code cell, 1.5 minutes for
each figure, 10 minutes for each exercise (writing code, checking, often a second try), plus the
minutes of any open task (drafting, rating, answering a quiz) entered by hand in `task_minutes`.
The part of a notebook outside its numbered sections (opening, setup, key takeaways, glossary) is the
row with section `frame`; the reference list is not counted. The `path` column (core or optional) is
chosen by hand; the core path of a notebook is its frame plus its core sections.

Usage: python tools/timing.py   (rewrites the table, then the times it implies in each notebook's opening
cell and optional-section notes, data/notebooks.csv and the README's series table; tests/test_timing.py
fails if any of them is out of date)
"""

from __future__ import annotations

import csv
import json
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


MARK = re.compile(r"\n\n\*Optional deep dive, about \d+ minutes\.[^\n]*\*")
OVER_NOTE = (
    " (this notebook's core path is longer than the course's 60-minute limit and is due to be split in two;"
    " take it in two sittings)"
)


def section_list(numbers: list[str]) -> str:
    """Name sections compactly: 'section 4', 'sections 1–3, 5 and 7'."""
    values = [int(n) for n in numbers]
    runs: list[str] = []
    start = prev = values[0]
    for n in [*values[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        runs.append(str(start) if start == prev else f"{start}–{prev}" if prev - start > 1 else f"{start}, {prev}")
        if n is not None:
            start = prev = n
    text = ", ".join(runs)
    if ", " in text:
        head, last = text.rsplit(", ", 1)
        text = f"{head} and {last}"
    return ("sections " if len(values) > 1 else "section ") + text


def stated_time(rows: list[dict[str, object]], core: int, optional: int) -> str:
    """Return the opening cell's '**Estimated time:** …' text (up to the ' · ' before the prerequisites)."""
    sections = [r for r in rows if r["section"] != "frame"]
    if not sections or all(r["path"] == "core" for r in sections):
        return f"**Estimated time:** about {core} minutes for someone new to Python "
    core_ids = [str(r["section"]) for r in sections if r["path"] == "core"]
    optional_ids = [str(r["section"]) for r in sections if r["path"] == "optional"]
    text = (
        f"**Estimated time:** about {core} minutes on the core path ({section_list(core_ids)}) and {optional} more "
        f"for the optional deep dives ({section_list(optional_ids)}), for someone new to Python"
    )
    return text + (OVER_NOTE if core > 60 else "") + " "


def sync_notebook(path: Path, rows: list[dict[str, object]], core: int, optional: int) -> None:
    """Write the stated time into the opening cell and the optional-section notes under their headings."""
    book = json.loads(path.read_text(encoding="utf-8"))
    minutes_of = {str(r["section"]): r["minutes"] for r in rows if r["path"] == "optional"}
    for cell in book["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        text = MARK.sub("", source(cell))
        heading = re.match(r"## (\d+)\. [^\n]+", text)
        if heading and heading.group(1) in minutes_of:
            note = (
                f"\n\n*Optional deep dive, about {minutes_of[heading.group(1)]} minutes. The core path skips this "
                "section; the sections after it run without it.*"
            )
            text = text[: heading.end()] + note + text[heading.end() :]
        if "**Estimated time:**" in text:
            text = re.sub(r"\*\*Estimated time:\*\*[^·]*", stated_time(rows, core, optional), text)
        if text != source(cell):
            cell["source"] = text.splitlines(keepends=True)
    path.write_text(json.dumps(book, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def sync_series(found: dict[str, tuple[int, int]]) -> None:
    """Write the core and optional minutes into data/notebooks.csv and the README's series table."""
    series_path = ROOT / "data" / "notebooks.csv"
    with series_path.open(encoding="utf-8", newline="") as handle:
        series = list(csv.DictReader(handle))
    for row in series:
        row["core_minutes"], row["optional_minutes"] = found[row["number"]]
    with series_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(series[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(series)
    readme = ROOT / "README.md"

    def shown(match: re.Match[str]) -> str:
        core, optional = found[match.group(1)]
        return match.group(0)[: match.start(2) - match.start(0)] + (f"{core} + {optional}" if optional else f"{core}")

    table_row = r"^\| (\d\d) \| `[^`]+` \| .* \| (\d+(?: \+ \d+)?)(?= min \| available \|$)"
    text = re.sub(table_row, shown, readme.read_text(encoding="utf-8"), flags=re.M)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    for _ in range(2):  # the notes add words, so the second pass settles the minutes they imply
        table = render()
        write(table)
        found = totals(table)
        for book_path in NOTEBOOKS:
            mine = [r for r in table if r["notebook"] == book_path.name[:2]]
            sync_notebook(book_path, mine, *found[book_path.name[:2]])
    write(render())
    sync_series(totals(read()))
    for number, (core, optional) in totals(read()).items():
        print(f"{number}: core {core} min, optional {optional} min, total {core + optional} min")
