"""Write src/healthclaims/solutions.json: each exercise's worked solution, taken from the notebooks' solution cells.

Usage: python tools/solutions.py [--check]   (with --check: exit 1 if the file is out of date, write nothing)
The check shows a learner the worked solution after three wrong tries, so learner versions, which remove the
solution cells, still offer it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from series import NOTEBOOKS, cells, source, write_or_check

TARGET = Path(__file__).resolve().parents[1] / "src" / "healthclaims" / "solutions.json"


def solutions() -> dict[str, str]:
    """Exercise id → the source of its solution cell, in series order."""
    found: dict[str, str] = {}
    for path in NOTEBOOKS:
        for cell in cells(path):
            if "solution" in cell.get("metadata", {}).get("tags", []):
                match = re.search(r'check\("(\d\d\.[a-z0-9_]+)"', source(cell))
                if match:
                    found[match.group(1)] = source(cell)
    return found


def main(argv: list[str]) -> int:
    """Write the file, or with --check compare it."""
    wanted = json.dumps(solutions(), ensure_ascii=False, indent=1) + "\n"
    return write_or_check(TARGET, wanted, argv, f" ({len(json.loads(wanted))} solutions)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
