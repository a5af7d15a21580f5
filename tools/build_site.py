"""Stage the course as a Jupyter Book 1 project in build/book/ and write its _config.yml and _toc.yml.

Usage: python tools/build_site.py [REPOSITORY_URL]
Then:  jupyter-book build --warningiserror --keep-going build/book     (make site does both)
Notebooks are copied with their stored outputs (nothing is executed); solution cells get the
'hide-input' tag so the site shows them as dropdowns.
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "book"
PLACEHOLDER_URL = "https://github.com/OWNER/REPOSITORY"
PAGES = {  # extra pages: staged path -> source
    "intro.md": "book/intro.md",
    "about/the_article.md": "seeds/README.md",
    "data/CODEBOOK.md": "data/CODEBOOK.md",
    "instructor/README.md": "instructor/README.md",
    "instructor/rubric.md": "instructor/rubric.md",
    "instructor/objectives_map.md": "instructor/objectives_map.md",
}


def available_notebooks() -> list[str]:
    """Return the file names of the notebooks marked available in data/notebooks.csv."""
    with (ROOT / "data" / "notebooks.csv").open(encoding="utf-8") as fh:
        return [row["file"] for row in csv.DictReader(fh) if row["status"] == "available"]


def stage_notebook(name: str) -> None:
    """Copy one notebook, tagging its solution cells 'hide-input' for a dropdown."""
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        if "solution" in tags and "hide-input" not in tags:
            cell.metadata["tags"] = [*tags, "hide-input"]
    nbformat.write(nb, STAGE / "notebooks" / name)


def config(repository_url: str) -> str:
    """Return _config.yml: offline build, no execution, Binder button on JupyterLab."""
    return f"""title: Reading Health Claims
author: The Reading Health Claims developers
copyright: "2026"
only_build_toc_files: true
execute:
  execute_notebooks: "off"
repository:
  url: {repository_url}
  branch: main
launch_buttons:
  binderhub_url: https://mybinder.org
  notebook_interface: jupyterlab
html:
  use_repository_button: false
  use_issues_button: false
  home_page_in_navbar: true
sphinx:
  config:
    html_show_copyright: true
    suppress_warnings: ["mystnb.unknown_mime_type"]
"""


def toc(notebooks: list[str]) -> str:
    """Return _toc.yml: the notebooks in order, then the reference pages."""
    lines = ["format: jb-book", "root: intro", "parts:", "  - caption: The series", "    chapters:"]
    lines += [f"      - file: notebooks/{Path(n).stem}" for n in notebooks]
    lines += [
        "  - caption: Reference",
        "    chapters:",
        "      - file: about/the_article",
        "      - file: data/CODEBOOK",
    ]
    lines += ["  - caption: For instructors", "    chapters:"]
    lines += [f"      - file: instructor/{name}" for name in ("README", "rubric", "objectives_map")]
    return "\n".join(lines) + "\n"


def main(args: list[str]) -> None:
    """Stage everything the book needs."""
    repository_url = args[0] if args else PLACEHOLDER_URL
    if STAGE.exists():
        shutil.rmtree(STAGE)
    (STAGE / "notebooks").mkdir(parents=True)
    notebooks = available_notebooks()
    for name in notebooks:
        stage_notebook(name)
    for target, source in PAGES.items():
        (STAGE / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / source, STAGE / target)
    (STAGE / "_config.yml").write_text(config(repository_url), encoding="utf-8")
    (STAGE / "_toc.yml").write_text(toc(notebooks), encoding="utf-8")
    print(f"staged {len(notebooks)} notebooks and {len(PAGES)} pages in {STAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
