"""How long the notebook series takes under nbval, against as many kernels that only import pandas and matplotlib.

Usage: python tools/notebook_ratio.py [--rounds 3] [--each]
Runs pytest --nbval (one process, the strict comparison of `make test`) on notebooks/ and on a baseline folder of
as many one-cell notebooks (``import pandas``, ``import matplotlib.pyplot``), alternating the two so that other
load on the machine falls on both, and prints each round and the median ratio. Beside the wall-clock time it
prints the CPU time of pytest and its kernels (where the ``resource`` module exists: Linux and macOS), which other
load on a shared machine disturbs less. ``--each`` also times every notebook on its own, once, against one
baseline notebook. Maintainers only; nothing is written into the course.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from series import NOTEBOOKS, ROOT

BASELINE_CELL = "import matplotlib.pyplot as plt\nimport pandas as pd"
NBVAL = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", str(ROOT / "tests" / "sanitize.cfg")]


def write_baseline(folder: Path, count: int) -> list[Path]:
    """Write ``count`` notebooks whose one cell imports pandas and matplotlib; return their paths."""
    paths = []
    for i in range(count):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(BASELINE_CELL, execution_count=1)]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        path = folder / f"{i:02d}_baseline.ipynb"
        nbformat.write(nb, path)
        paths.append(path)
    return paths


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes and the descendants they waited for; 0 if unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cpu(paths: list[Path]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one pytest process running the given notebooks under nbval (kernels included)."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", *NBVAL]
    cpu, start = _children_cpu(), time.perf_counter()
    result = subprocess.run([*command, *map(str, paths)], cwd=ROOT, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"nbval failed on {paths[0].parent}:\n{result.stdout[-2000:]}")
    return seconds, cpu


def timed(paths: list[Path]) -> float:
    """Seconds that one pytest process takes to run the given notebooks under nbval; fail loudly if a test fails."""
    return timed_cpu(paths)[0]


def main(argv: list[str] | None = None) -> float:
    """Print the series time, the baseline time and their ratio for each round; return the median ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--each", action="store_true", help="also time each notebook against one baseline kernel")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        baseline = write_baseline(Path(tmp), len(NOTEBOOKS))
        if args.each:
            one = timed(baseline[:1])
            for path in NOTEBOOKS:
                seconds = timed([path])
                print(f"{path.name:40s} {seconds:6.2f} s  ({seconds / one:.2f}× one baseline kernel, {one:.2f} s)")
        ratios, cpu_ratios = [], []
        for round_ in range(1, args.rounds + 1):
            (series, series_cpu), (base, base_cpu) = timed_cpu(NOTEBOOKS), timed_cpu(baseline)
            ratios.append(series / base)
            line = f"round {round_}: series {series:6.2f} s, baseline {base:6.2f} s, ratio {series / base:.2f}"
            if base_cpu:
                cpu_ratios.append(series_cpu / base_cpu)
                line += f"; CPU {series_cpu:6.2f} s against {base_cpu:6.2f} s, ratio {series_cpu / base_cpu:.2f}"
            print(line)
    ratio = statistics.median(ratios)
    print(f"median ratio over {len(ratios)} rounds ({len(NOTEBOOKS)} notebooks each): {ratio:.2f}")
    if cpu_ratios:
        print(f"median CPU-time ratio: {statistics.median(cpu_ratios):.2f}")
    return ratio


if __name__ == "__main__":
    main()
