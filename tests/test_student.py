"""Learner notebooks come from the same source, with no solution text left in them."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from make_student import NOTE, PLACEHOLDER, main  # noqa: E402
from series import NOTEBOOKS, cells  # noqa: E402


@pytest.fixture(scope="module")
def student_dir(tmp_path_factory):
    target = tmp_path_factory.mktemp("student")
    assert main([str(target)]) == len(NOTEBOOKS)
    return target


def is_solution(cell):
    return "solution" in cell["metadata"].get("tags", [])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_text_leaks(student_dir, path):
    original = cells(path)
    learner = cells(student_dir / path.name)
    assert len(learner) == len(original)
    solutions = ["".join(c["source"]) for c in original if is_solution(c)]
    assert solutions, "every notebook has at least one exercise with a solution"
    outside = "\n".join("".join(c["source"]) for c in original if not is_solution(c))
    learner_text = "\n".join("".join(c["source"]) for c in learner)
    for solution in solutions:
        for line in solution.splitlines():
            if len(line.strip()) > 12 and line not in outside:
                assert line not in learner_text, line
    assert learner_text.count(PLACEHOLDER.splitlines()[0]) == len(solutions)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_learner_notebooks_have_no_outputs(student_dir, path):
    for cell in cells(student_dir / path.name):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


def test_existing_learner_notebooks_are_never_overwritten(tmp_path, capsys):
    first = NOTEBOOKS[0].name
    (tmp_path / first).write_text("my own work", encoding="utf-8")
    written = main([str(tmp_path)])
    assert written == len(NOTEBOOKS) - 1
    assert (tmp_path / first).read_text(encoding="utf-8") == "my own work"
    assert f"kept {tmp_path / first}" in capsys.readouterr().out


def test_notes_about_collapsed_solutions_are_reworded_for_learners(student_dir):
    name = "00_start_here.ipynb"
    original = [c for c in cells(ROOT / "notebooks" / name) if "solution-note" in c["metadata"].get("tags", [])]
    assert len(original) == 1 and "click the **⋯**" in "".join(original[0]["source"])
    learner = "\n".join("".join(c["source"]) for c in cells(student_dir / name))
    assert "click the **⋯**" not in learner and NOTE in learner
