"""Renumber notebooks: shift every notebook from a given number on, and every reference to them.

Usage: python tools/renumber.py --from 1 [--by 1] [--mark] [--dry-run]

Moves notebooks/NN_*.ipynb (with git mv) and rewrites, in every tracked text file outside seeds/,
the places where a notebook's number is written:
- file names (``01_anatomy_of_the_article.ipynb``) and exercise ids (``"01.total_words"``);
- exercise numbers (``Exercise 1.4``, ``Exercises 3.1 and 3.2``);
- "notebook 06", "notebooks 03 and 04", "Notebook 08's", a notebook's title line (``# 04 · ...``),
  section comments (``# 01 Anatomy``) and table cells (``| 06 |``, ``| 06 §2``);
- the notebook column of the course's CSV tables (CSV_TABLES).
``--mark`` wraps each rewritten number in ⟦ ⟧, so that a search for a bare 0N afterwards finds only what
the patterns missed (prose such as "in 06"); run without it once the misses are fixed by hand.
Generated files (answer key, solutions, section pages, timing) are best regenerated afterwards.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = ("seeds/", "requirements", "environment.yml", ".png", ".lock", "renumber")  # not its own examples
CSV_TABLES = {  # the course tables that name a notebook, and the column that does
    "data/notebooks.csv": "number",
    "data/quiz.csv": "notebook",
    "instructor/plans.csv": "notebook",
    "instructor/section_notes.csv": "notebook",
    "instructor/timing.csv": "notebook",
    "instructor/objective_assessment.csv": "notebook",
}
NN = r"(?:0\d|1\d)"  # notebooks 00 to 19
LIST_TAIL = r"(?:(?:,|,? and|,? or| to|–|-|/)\s*{})*"


def shifter(start: int, by: int, mark: bool):
    """Return functions that map a two-digit and a one-digit notebook number."""

    def two(text: str) -> str:
        n = int(text)
        new = f"{n + by:02d}" if n >= start else text
        return f"⟦{new}⟧" if mark and new != text else new

    def one(text: str) -> str:
        n = int(text)
        new = str(n + by) if n >= start else text
        return f"⟦{new}⟧" if mark and new != text else new

    return two, one


def rewrite(text: str, path: str, two, one) -> str:
    """Rewrite every notebook number the patterns recognise in one file's text."""
    sub_two = lambda m: m.group(1) + two(m.group(2)) + m.group(3)  # noqa: E731
    text = re.sub(rf"((?<![\w./\-]))({NN})(_[a-z][a-z_]*)", sub_two, text)  # file names
    text = re.sub(rf"((?<![\w./\-]))({NN})(\.[a-z][a-z0-9_]*)", sub_two, text)  # exercise ids
    text = re.sub(rf"(# )({NN})( ·)", sub_two, text)  # a notebook's title line
    text = re.sub(rf"(?m)(^\s*# )({NN})( [A-Z])", sub_two, text)  # a section comment in exercises.py
    text = "\n".join(_table_line(line, two) for line in text.split("\n"))

    def numbers_in(m: re.Match, pattern: str, fix) -> str:
        return re.sub(pattern, lambda n: fix(n.group()), m.group())

    notebook_list = rf"\b(?:[Nn]otebooks?|NOTEBOOKS?):?\s+{NN}\b" + LIST_TAIL.format(rf"{NN}\b")
    text = re.sub(notebook_list, lambda m: numbers_in(m, rf"(?<=\s|–|-|/){NN}\b", two), text)
    exercise_list = r"\b(?:Exercises?|Ex\.?)\s+\d{1,2}\.\d+\b" + LIST_TAIL.format(r"\d{1,2}\.\d+\b")
    text = re.sub(exercise_list, lambda m: numbers_in(m, r"(?<![\d.])\d{1,2}(?=\.\d)", one), text)
    if path in CSV_TABLES:
        text = _rewrite_column(text, CSV_TABLES[path], two)
    return text


def _table_line(line: str, two) -> str:
    """Shift the notebook cells of one Markdown table row: a row of numbers, a series-map row, a plan's column."""
    if not line.startswith("| "):
        return line
    cell = lambda m: two(m.group())  # noqa: E731
    if re.fullmatch(rf"(?:\| {NN} )+\|", line):  # a header of notebook numbers
        return re.sub(NN, cell, line)
    line = re.sub(rf"(?<=\| ){NN}(?= \| `| §)", cell, line)  # a series-map row; a plan's "06 §2"
    return re.sub(rf"(?<=\| ){NN}(?= \|$)", cell, line)  # a plan table's last (notebook) column


def _rewrite_column(text: str, column: str, two) -> str:
    """Shift the notebook numbers in one column of a CSV table, leaving every other field as written."""
    rows = list(csv.reader(io.StringIO(text)))
    index = rows[0].index(column)
    for row in rows[1:]:
        if len(row) > index and re.fullmatch(NN, row[index]):
            row[index] = two(row[index])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def tracked() -> list[str]:
    """The repository's tracked files, as paths relative to its root."""
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [p for p in out.splitlines() if not any(s in p for s in SKIP)]


def main(argv: list[str] | None = None) -> None:
    """Move the notebooks, then rewrite every tracked text file; print what changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", type=int, required=True, help="first notebook number to shift")
    parser.add_argument("--by", type=int, default=1, help="how far to shift (default 1)")
    parser.add_argument("--mark", action="store_true", help="wrap rewritten numbers in ⟦ ⟧ for review")
    parser.add_argument("--dry-run", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    two, one = shifter(args.start, args.by, args.mark)
    moves = []
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"), reverse=True):
        n = int(path.name[:2])
        if n >= args.start:
            moves.append((path, path.with_name(f"{n + args.by:02d}{path.name[2:]}")))
    changed = 0
    for name in tracked():
        file = ROOT / name
        try:
            text = file.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        new = rewrite(text, name, two, one)
        if new != text:
            changed += 1
            print(f"rewrote {name}")
            if not args.dry_run:
                file.write_text(new, encoding="utf-8")
    for old, new in moves:
        print(f"move {old.name} -> {new.name}")
        if not args.dry_run:
            subprocess.run(["git", "mv", str(old), str(new)], cwd=ROOT, check=True)
    print(f"{changed} files rewritten, {len(moves)} notebooks moved")


if __name__ == "__main__":
    main()
