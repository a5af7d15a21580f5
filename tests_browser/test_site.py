"""The built website: every page renders its title and all of its figures, offline."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import ROOT, SCREENSHOTS

HTML = ROOT / "build" / "book" / "_build" / "html"


def available():
    with (ROOT / "data" / "notebooks.csv").open(encoding="utf-8") as fh:
        return [row["file"] for row in csv.DictReader(fh) if row["status"] == "available"]


def plain(text: str) -> str:
    """Undo Sphinx's typographic quotes so titles compare with the notebook source."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("#", "").strip()


def expected_page(name):
    cells = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]
    title = "".join(cells[0]["source"]).splitlines()[0].lstrip("# ").strip()
    figures = sum("image/png" in o.get("data", {}) for c in cells for o in c.get("outputs", []))
    return title, figures


@pytest.mark.parametrize("name", available())
def test_notebook_page_renders_title_and_figures(browser, name):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((HTML / "notebooks" / name.replace(".ipynb", ".html")).as_uri())
    title, figures = expected_page(name)
    assert plain(page.locator("h1").first.inner_text()) == title
    images = page.locator("article img")
    assert images.count() >= figures
    loaded = page.evaluate("Array.from(document.querySelectorAll('article img')).every(i => i.naturalWidth > 0)")
    assert loaded, "an image failed to load"
    page.screenshot(path=str(SCREENSHOTS / f"site_{name.replace('.ipynb', '')}.png"), full_page=False)
    page.close()


def test_home_page_search_and_navigation(browser):
    page = browser.new_page()
    page.goto((HTML / "intro.html").as_uri())
    assert plain(page.locator("h1").first.inner_text()) == "Reading Health Claims"
    nav = plain(page.locator("nav.bd-docs-nav").inner_text())
    for name in available():
        assert expected_page(name)[0] in nav
    assert (HTML / "search.html").exists() and (HTML / "searchindex.js").exists()
    page.screenshot(path=str(SCREENSHOTS / "site_home.png"))
    page.close()


def test_solutions_are_dropdowns_and_binder_button_exists(browser):
    page = browser.new_page()
    page.goto((HTML / "notebooks" / "00_start_here.html").as_uri())
    toggles = page.locator(".cell.tag_solution details")
    assert toggles.count() == 2
    assert not toggles.first.evaluate("d => d.open")
    assert page.locator("a[href*='mybinder.org']").count() >= 1
    page.close()
