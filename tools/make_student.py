"""Write learner versions of the notebooks: solutions replaced by placeholders, outputs cleared.

Usage: python tools/make_student.py [OUTPUT_DIR]   (default: student/, next to notebooks/)
The learner notebooks sit at the same depth as notebooks/, so their '../data' paths still work.
An existing learner notebook is never overwritten: delete it first to regenerate it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from series import NOTEBOOKS, ROOT

PLACEHOLDER = (
    "# Solution removed from the learner version.\n"
    "# Work out your answer in the exercise cell above and run its check() for a hint.\n"
)
NOTE = (
    "In the full course the next cell holds a worked solution; in this learner version it has been removed. "
    "Work out your answer above: the check says when you are right and gives a hint when you are not."
)


def learner_version(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy with solutions replaced by placeholders, notes about them reworded, and no outputs."""
    out = nbformat.from_dict(nb)
    for cell in out.cells:
        if "solution-note" in cell.metadata.get("tags", []):
            cell.source = NOTE  # the note about opening a collapsed solution would point at nothing
        if cell.cell_type != "code":
            continue
        if "solution" in cell.metadata.get("tags", []):
            cell.source = PLACEHOLDER
            cell.metadata = {"tags": ["solution-placeholder"]}
        cell.outputs = []
        cell.execution_count = None
    return out


def main(args: list[str]) -> int:
    """Write every numbered notebook's learner version; return the number written."""
    target = Path(args[0]) if args else ROOT / "student"
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in NOTEBOOKS:
        destination = target / path.name
        if destination.exists():
            print(f"kept {destination} (it exists: delete it to regenerate)")
            continue
        nbformat.write(learner_version(nbformat.read(path, as_version=4)), destination)
        written += 1
        print(f"wrote {destination}")
    return written


if __name__ == "__main__":
    main(sys.argv[1:])
