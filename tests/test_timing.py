"""Honest time: each notebook's stated time comes from the per-section model, and core paths fit an hour."""

import csv
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from series import NOTEBOOKS, cells, sections, source  # noqa: E402
from timing import minutes, read, render, totals  # noqa: E402

# Notebooks whose core path is known to exceed 60 minutes until they are split (stated in their opening cell).
OVER_LIMIT: set[str] = set()
TOTALS = totals(read())


def test_timing_table_is_up_to_date():
    committed = read()
    fresh = [{k: str(v) for k, v in row.items()} for row in render()]
    assert committed == fresh, "run: .venv/bin/python tools/timing.py"


def test_the_model_adds_its_parts():
    row = {"words": 250, "code_cells": 4, "figures": 2, "exercises": 1, "task_minutes": "15"}
    assert minutes(row) == round(2.5 + 4 + 3 + 10 + 15)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_section_is_timed_and_placed(path):
    rows = [r for r in read() if r["notebook"] == path.name[:2]]
    assert [r["section"] for r in rows] == ["frame"] + [n for n, _, _ in sections(path)[1]]
    assert {r["path"] for r in rows} <= {"core", "optional"}
    assert next(r for r in rows if r["section"] == "frame")["path"] == "core"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_core_path_fits_an_hour(path):
    core, _ = TOTALS[path.name[:2]]
    if path.name[:2] in OVER_LIMIT:
        assert core > 60, "split done? remove it from OVER_LIMIT"
        assert "due to be split in two" in source(cells(path)[0])
    else:
        assert core <= 60


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_opening_cell_states_the_model_times(path):
    number = path.name[:2]
    core, optional = TOTALS[number]
    stated = re.search(r"\*\*Estimated time:\*\*([^·]*)", source(cells(path)[0])).group(1)
    assert f"about {core} minutes" in stated
    if optional:
        assert f"and {optional} more for the optional deep dives" in stated


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_optional_sections_are_marked(path):
    rows = {r["section"]: r for r in read() if r["notebook"] == path.name[:2]}
    for cell in cells(path):
        heading = re.match(r"## (\d+)\. ", source(cell)) if cell["cell_type"] == "markdown" else None
        if not heading:
            continue
        row = rows[heading.group(1)]
        marked = f"*Optional deep dive, about {row['minutes']} minutes." in source(cell)
        assert marked == (row["path"] == "optional"), f"section {heading.group(1)}"


def test_series_map_and_readme_carry_the_same_times():
    with (ROOT / "data" / "notebooks.csv").open(encoding="utf-8", newline="") as handle:
        series = {r["number"]: r for r in csv.DictReader(handle)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for number, (core, optional) in TOTALS.items():
        assert (int(series[number]["core_minutes"]), int(series[number]["optional_minutes"])) == (core, optional)
        shown = f"{core} min" if optional == 0 else f"{core} + {optional} min"
        assert re.search(rf"^\| {number} \| .* \| {re.escape(shown)} \| available \|$", readme, flags=re.M), number
