"""The course's notebook series, for the tools and the tests: which notebooks there are, and their cells.

Used as ``from series import NOTEBOOKS, cells, source`` with tools/ on sys.path (tests/conftest.py puts it there).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
"""Every numbered notebook of the series, in order."""


def cells(path: Path) -> list[dict]:
    """Return a notebook's cells as stored (plain dicts)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    """Return a cell's source as one string."""
    return "".join(cell["source"])


def sections(path: Path) -> tuple[str, list[tuple[str, str, list[str]]]]:
    """Return a notebook's setup code and its numbered sections as (number, title, code cells)."""
    setup: list[str] = []
    found: list[tuple[str, str, list[str]]] = []
    where = None
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "markdown":
            for line in text.splitlines():
                match = re.match(r"## (\d+)\. (.+)", line)
                if line.startswith("## Setup"):
                    where = "setup"
                elif match:
                    found.append((match.group(1), match.group(2).strip(), []))
                    where = "section"
                elif line.startswith("## "):
                    where = None
        elif where == "setup":
            setup.append(text)
        elif where == "section":
            found[-1][2].append(text)
    return "\n".join(setup), found


def write_or_check(target: Path, wanted: str, argv: list[str], note: str = "") -> int:
    """Write ``wanted`` to ``target``, or with --check return 1 if the file differs from it."""
    if "--check" in argv:
        return 0 if target.exists() and target.read_text(encoding="utf-8") == wanted else 1
    target.write_text(wanted, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}{note}")
    return 0
