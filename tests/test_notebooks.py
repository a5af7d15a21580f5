"""Every notebook follows the course conventions and is stored cleanly executed."""

import re
from pathlib import Path

import pandas as pd
import pytest
from series import NOTEBOOKS, cells, source

ROOT = Path(__file__).resolve().parents[1]


def test_the_series_map_matches_the_notebooks_on_disk():
    series = pd.read_csv(ROOT / "data" / "notebooks.csv", dtype={"number": str})
    available = set(series.query("status == 'available'")["file"])
    assert available == {p.name for p in NOTEBOOKS}
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_opening_cell(path):
    first = source(cells(path)[0])
    assert re.match(r"# \d\d · \S", first), "title: '# NN · Title'"
    for part in ("## Learning objectives", "**Estimated time:**", "**Prerequisites:**"):
        assert part in first, part
    hook = first.split("\n\n")[1]
    assert len(hook.split()) >= 40, "a one-paragraph hook follows the title"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_closing_cell(path):
    last = source(cells(path)[-1])
    assert "## Key takeaways" in last and "## What comes next" in last


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_run_is_clean_and_in_order(path):
    code = [c for c in cells(path) if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for cell in code:
        for out in cell["outputs"]:
            assert out["output_type"] != "error", source(cell)[:60]
            assert out.get("name") != "stderr", source(cell)[:60]
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert not re.search(r"<(matplotlib|Figure)[^>]*(at 0x|size)", text), source(cell)[:60]
            assert "Warning" not in text, source(cell)[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_has_a_text_description(path):
    nb = cells(path)
    for i, cell in enumerate(nb):
        makes_figure = any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
        if makes_figure:
            after = source(nb[i + 1]) if i + 1 < len(nb) else ""
            assert nb[i + 1]["cell_type"] == "markdown" and after.startswith("*Figure description:*"), source(cell)[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exercises_have_a_check_and_a_hidden_solution(path):
    nb = cells(path)
    solutions = [c for c in nb if "solution" in c["metadata"].get("tags", [])]
    for cell in solutions:
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True
        assert "check(" in source(cell)
    asked = [c for c in nb if c["cell_type"] == "code" and "check(" in source(c) and c not in solutions]
    assert len(asked) == len(solutions)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_read_data_only_from_the_course_folders(path):
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "code":  # nothing is fetched at run time: no web address in code at all
            assert not re.search(r"https?://|ftp://", text), text[:80]
        assert not re.search(r"\beval\(|\bexec\(|%run|import requests|urlopen|read_html", text)


MAX_FIGURE_CELL_LINES = 25


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_figure_cells_stay_short(path):
    """A cell that draws keeps what teaches (data, labels, title); longer plotting lives in healthclaims.figures."""
    long = []
    for i, cell in enumerate(cells(path)):
        text = source(cell)
        if cell["cell_type"] == "code" and "plt.subplots" in text and "use_course_style()" not in text:
            lines = [line for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
            if len(lines) > MAX_FIGURE_CELL_LINES:
                long.append(f"cell {i}: {len(lines)} lines")
    assert not long, f"{path.name}: figure cells over {MAX_FIGURE_CELL_LINES} lines: {long}"
