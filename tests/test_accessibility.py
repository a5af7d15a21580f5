"""Accessibility of every notebook: text descriptions, palette, no colour-only meaning, headings, links."""

import re
from pathlib import Path

import pytest
from series import NOTEBOOKS, cells, source

from healthclaims.style import OKABE_ITO

ROOT = Path(__file__).resolve().parents[1]
GREYS = {"#000000", "#666666", "#999999", "#BBBBBB", "#CCCCCC", "#E6E6E6", "#FFFFFF"}  # neutral greys


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_figure_descriptions_are_real_sentences(path):
    nb = cells(path)
    for i, cell in enumerate(nb):
        if any("image/png" in o.get("data", {}) for o in cell.get("outputs", [])):
            description = source(nb[i + 1]).split("*Figure description:*", 1)[1].split("\n")[0]
            assert len(description.split()) >= 15, description


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_colours_come_from_the_okabe_ito_palette(path):
    allowed = {c.upper() for c in OKABE_ITO.values()} | GREYS
    code = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "code")
    used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b", code)}
    assert used <= allowed, used - allowed
    assert not re.search(r"cmap\s*=\s*['\"](jet|rainbow|hsv|RdYlGn|RdBu)", code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_colour_is_never_the_only_cue_in_a_legend(path):
    # A plotting cell that draws a legend also varies markers, hatches, line styles or direct labels.
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "code" and "legend(" in text:
            assert re.search(r"marker|hatch|linestyle|ls=|bar_label|annotate|\.text\(|Patch\(", text), text[:80]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_headings_go_down_one_level_at_a_time(path):
    levels = []
    for cell in cells(path):
        if cell["cell_type"] == "markdown":
            levels += [len(m) for m in re.findall(r"^(#{1,6}) ", source(cell), flags=re.M)]
    assert levels[0] == 1 and levels.count(1) == 1
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, f"heading jumps from H{previous} to H{current}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_link_text_is_descriptive(path):
    for cell in cells(path):
        if cell["cell_type"] == "markdown":
            for text, _ in re.findall(r"\[([^\]]+)\]\(([^)]+)\)", source(cell)):
                assert text.strip().lower() not in {"here", "click here", "link", "this", "this link", "more"}
                assert not text.startswith("http"), text
