"""Render instructor/plans.csv into the lesson-plan tables of instructor/README.md (maintainers).

Usage: python tools/render_plans.py [--check]   (with --check: exit 1 if the guide is out of date, write nothing)
Each table sits between <!-- plan: NAME --> and <!-- /plan --> in the guide.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "instructor" / "plans.csv"
GUIDE = ROOT / "instructor" / "README.md"


def load_plans(path: Path = PLANS) -> dict[str, list[dict[str, str]]]:
    """The plans, each a list of steps in order."""
    plans: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            plans.setdefault(row["plan"], []).append(row)
    return plans


def table(steps: list[dict[str, str]]) -> str:
    """One plan as a Markdown table: minutes (teaching + exercises), activity, notebook and sections."""
    lines = ["| Minutes | Activity | Notebook |", "|---|---|---|"]
    for step in steps:
        minutes = int(step["teaching_minutes"]) + int(step["exercise_minutes"])
        where = step["notebook"] or "—"
        if step["sections"]:
            where += " " + ", ".join(f"§{s}" for s in step["sections"].split(";"))
        lines.append(f"| {minutes} | {step['activity']} | {where} |")
    total = sum(int(s["teaching_minutes"]) + int(s["exercise_minutes"]) for s in steps)
    return "\n".join(lines) + f"\n\nTotal: {total} minutes. The buffer is part of it."


def render(guide: str, plans: dict[str, list[dict[str, str]]]) -> str:
    """The guide with every plan's table replaced by the one generated from the CSV."""
    for name, steps in plans.items():
        pattern = re.compile(rf"(<!-- plan: {re.escape(name)} -->\n).*?(\n<!-- /plan -->)", re.S)
        guide, n = pattern.subn(lambda m, s=steps: m.group(1) + table(s) + m.group(2), guide)
        if n != 1:
            raise SystemExit(f"instructor/README.md has {n} places for the plan {name!r}; it needs exactly one.")
    return guide


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) the generated tables."""
    current = GUIDE.read_text(encoding="utf-8")
    wanted = render(current, load_plans())
    if "--check" in argv:
        return 0 if wanted == current else 1
    GUIDE.write_text(wanted, encoding="utf-8")
    print(f"wrote the plan tables in {GUIDE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
