"""Lesson plans are data: each adds up to its length with a buffer, and every section it names runs on its own."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from series import NOTEBOOKS, sections

ROOT = Path(__file__).resolve().parents[1]
LENGTHS = {"50-minute class": 50, "90-minute workshop": 90, "3-hour workshop": 180}


def plans() -> dict[str, list[dict[str, str]]]:
    """instructor/plans.csv, grouped by plan."""
    grouped: dict[str, list[dict[str, str]]] = {}
    with (ROOT / "instructor" / "plans.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            grouped.setdefault(row["plan"], []).append(row)
    return grouped


@pytest.mark.parametrize("name", LENGTHS)
def test_plan_adds_up_with_a_buffer(name):
    steps = plans()[name]
    minutes = [int(s["teaching_minutes"]) + int(s["exercise_minutes"]) for s in steps]
    assert sum(minutes) == LENGTHS[name]
    buffer = sum(m for s, m in zip(steps, minutes, strict=True) if s["activity"].startswith("Buffer"))
    assert buffer >= 0.05 * LENGTHS[name], f"{name}: buffer of {buffer} minutes"
    assert [int(s["step"]) for s in steps] == list(range(1, len(steps) + 1))


def test_every_section_a_plan_names_exists_and_runs_alone():
    numbered = {p.name[:2]: {n for n, _, _ in sections(p)[1]} for p in NOTEBOOKS}
    named = 0
    for steps in plans().values():
        for step in steps:
            for section in filter(None, step["sections"].split(";")):
                assert section in numbered[step["notebook"]], (step["plan"], step["notebook"], section)
                named += 1
    assert named >= 20  # and tests/test_sections.py runs each of them after its setup cells alone


def test_the_guide_shows_the_plans_as_generated():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "render_plans.py"), "--check"], cwd=ROOT)
    assert done.returncode == 0, "run: python tools/render_plans.py"


def test_every_section_has_instructor_notes_and_the_page_is_current():
    with (ROOT / "instructor" / "section_notes.csv").open(encoding="utf-8") as fh:
        notes = list(csv.DictReader(fh))
    wanted = [(p.name[:2], n, t) for p in NOTEBOOKS for n, t, _ in sections(p)[1]]
    assert [(r["notebook"], r["section"], r["title"]) for r in notes] == wanted
    for row in notes:
        for field in ("say_before", "where_stuck", "likely_errors"):
            assert len(row[field]) > 30, (row["notebook"], row["section"], field)
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "render_section_notes.py"), "--check"], cwd=ROOT)
    assert done.returncode == 0, "run: python tools/render_section_notes.py"
