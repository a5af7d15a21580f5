"""The instructor guide: generated parts are current, lesson plans add up, every notebook is mapped."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from answer_key import render, render_map  # noqa: E402
from series import NOTEBOOKS  # noqa: E402

GUIDE = (ROOT / "instructor" / "README.md").read_text(encoding="utf-8")


def test_answer_key_is_up_to_date():
    committed = (ROOT / "instructor" / "answer_key.md").read_text(encoding="utf-8")
    assert committed == render(), "run: .venv/bin/python tools/answer_key.py"


def test_objectives_map_is_up_to_date():
    committed = (ROOT / "instructor" / "objectives_map.md").read_text(encoding="utf-8")
    assert committed == render_map(), "run: .venv/bin/python tools/answer_key.py"


def test_answer_key_covers_every_self_check():
    from healthclaims.exercises import QUESTIONS

    key = render()
    notebooks = {p.name[:2] for p in NOTEBOOKS}
    for name in QUESTIONS:
        if name[:2] in notebooks:
            assert f"`{name}`" in key, name


@pytest.mark.parametrize(
    ("heading", "total"),
    [("### A 50-minute class", 50), ("### A 90-minute workshop", 90), ("### A 3-hour workshop", 180)],
)
def test_lesson_plan_timings_add_up(heading, total):
    section = GUIDE.split(heading, 1)[1].split("\n### ", 1)[0]
    minutes = [int(m) for m in re.findall(r"^\| (\d+) \|", section, flags=re.M)]
    assert sum(minutes) == total
    assert f"Total: {total} minutes." in section


def test_every_notebook_has_a_rubric_criterion():
    rubric = (ROOT / "instructor" / "rubric.md").read_text(encoding="utf-8")
    covered = {n for line in re.findall(r"^Notebooks: ([0-9, ]+)$", rubric, flags=re.M) for n in line.split(", ")}
    on_ramp = {"01"}  # Python skills only: its objectives are assessed by its self-checks (next test)
    assert covered | on_ramp >= {p.name[:2] for p in NOTEBOOKS}
    assert len(re.findall(r"^## R\d · ", rubric, flags=re.M)) == 6


def test_every_objective_is_assessed():
    """Each learning objective has a self-check, a quiz item or an anchored rubric criterion."""
    import nbformat
    from answer_key import objectives, other_assessments

    from healthclaims.exercises import QUESTIONS

    extra = other_assessments()
    unassessed = []
    for path in NOTEBOOKS:
        number = path.name[:2]
        listed = objectives(nbformat.read(path, as_version=4).cells[0].source)
        for i in range(1, len(listed) + 1):
            checks = [k for k, q in QUESTIONS.items() if k.startswith(f"{number}.") and q.objective == i]
            if not checks and not [a for a in extra.get((number, i), ([], ""))[0] if a]:
                unassessed.append(f"{number} objective {i}")
        assert all(n <= len(listed) for (nb, n) in extra if nb == number), f"{number}: row for a missing objective"
    assert unassessed == []


def test_assessment_ids_exist():
    """Every id in objective_assessment.csv names a real self-check, quiz item or rubric criterion."""
    import csv

    from answer_key import other_assessments

    from healthclaims.exercises import QUESTIONS

    with (ROOT / "data" / "quiz.csv").open(encoding="utf-8", newline="") as handle:
        quiz = {row["item_id"] for row in csv.DictReader(handle)}
    rubric = (ROOT / "instructor" / "rubric.md").read_text(encoding="utf-8")
    items = [a for ids, _ in other_assessments().values() for a in ids]
    assert len(items) >= 20
    for item in items:
        if item.startswith("quiz:"):
            assert item[5:] in {"before", "after"} | quiz, item
        elif re.fullmatch(r"R\d", item):
            assert f"## {item} · " in rubric, item
        else:
            assert item in QUESTIONS, item


def test_every_rubric_level_has_an_anchor():
    """Each of the four levels of every rubric criterion gives an example answer at that level."""
    rubric = (ROOT / "instructor" / "rubric.md").read_text(encoding="utf-8")
    criteria = re.split(r"^## (?=R\d · )", rubric, flags=re.M)[1:]
    assert len(criteria) == 6
    for block in criteria:
        assert block.count("*Anchor:*") == 4, block.splitlines()[0]
