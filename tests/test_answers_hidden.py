"""No exercise's answer is on screen before it is asked: not in a figure title above it, not in the cell below it."""

import re

import nbformat
import pytest
from series import NOTEBOOKS

from healthclaims.exercises import QUESTIONS

CHECK = re.compile(r'check\("(\d\d\.[a-z0-9_]+)"')


def answer_tokens(answer) -> list[str]:
    """How an answer would be written out on screen (small whole numbers are too common to search for)."""
    if isinstance(answer, list):
        return [str(a) for a in answer]
    if isinstance(answer, bool):
        return []
    if isinstance(answer, int):
        return [str(answer)] if abs(answer) >= 10 else []
    if isinstance(answer, float):
        return [f"{answer:.1f}", f"{answer:.2f}"] if abs(answer) >= 1 else [f"{answer:.2f}"]
    return [str(answer)]


def exercises(path):
    """(question id, cells before the question's own markdown, the first non-solution cell after the check)."""
    cells = nbformat.read(path, as_version=4).cells
    for i, cell in enumerate(cells):
        match = CHECK.search(cell.source)
        if cell.cell_type != "code" or not match or "solution" in cell.metadata.get("tags", []):
            continue
        question = max(j for j in range(i) if cells[j].cell_type == "markdown")
        after = [c for c in cells[i + 1 :] if "solution" not in c.metadata.get("tags", [])][:1]
        yield match.group(1), cells[:question], after


def figure_titles(cells) -> str:
    """The titles of every figure stored in these cells (IPython's plain-text stand-in: [Figure: title])."""
    plain = " ".join(
        "".join(out.get("data", {}).get("text/plain", "")) for c in cells if c.cell_type == "code" for out in c.outputs
    )
    return " ".join(re.findall(r"\[Figure: ([^\]]*)\]", plain))


# A plotting exercise ("figure" kind) draws data already on screen; what it assesses (an axis label with its
# unit, a title that states the finding) has no single answer to hide, so it is not scanned here.
CASES = [
    (p, qid, before, after) for p in NOTEBOOKS for qid, before, after in exercises(p) if QUESTIONS[qid].kind != "figure"
]


@pytest.mark.parametrize("path, qid, before, after", CASES, ids=[c[1] for c in CASES])
def test_answer_is_not_on_screen_before_it_is_asked(path, qid, before, after):
    shown = {"figure titles above": figure_titles(before), "the cell just below": " ".join(c.source for c in after)}
    for token in answer_tokens(QUESTIONS[qid].answer()):
        pattern = rf"(?<![\w.\-]){re.escape(token)}(?![\w]|\.\d)"
        for where, text in shown.items():
            assert not re.search(pattern, text, flags=re.IGNORECASE), f"{qid}: {token!r} in {where}"


def test_the_scan_finds_an_answer_in_a_figure_title():
    nb = nbformat.v4.new_notebook()
    figure = nbformat.v4.new_code_cell("plot()")
    figure.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": "[Figure: the longest, s03, has 32]"})]
    assert "s03" in figure_titles([figure]) and answer_tokens(["s03"]) == ["s03"]
    assert answer_tokens(6) == [] and answer_tokens(640) == ["640"] and answer_tokens("dose") == ["dose"]
    assert len(nb.cells) == 0
