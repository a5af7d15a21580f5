"""Re-run notebooks top to bottom in a fresh kernel and store their outputs (maintainers only).

Usage: python tools/execute_notebooks.py [NOTEBOOK ...]   (default: every numbered notebook)
Keeps cell tags and other cell metadata, drops execution timestamps, and prints each notebook's time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from series import NOTEBOOKS


def _coalesce_streams(outputs: list) -> list:
    """Merge consecutive stdout (or stderr) pieces into one output, as a reader sees them."""
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if output.output_type == "stream" and previous is not None and previous.output_type == "stream":
            if previous.name == output.name:
                previous.text += output.text
                continue
        merged.append(output)
    return merged


def execute(path: Path) -> float:
    """Execute one notebook in place; return the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    seconds = time.perf_counter() - start
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    nbformat.write(nb, path)
    return seconds


def main(args: list[str]) -> None:
    """Execute the given notebooks, or all numbered ones."""
    notebooks = [Path(a) for a in args] or NOTEBOOKS
    for path in notebooks:
        print(f"{execute(path):6.2f} s  {path.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
