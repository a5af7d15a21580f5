"""Time `python -m healthclaims analyze` on texts of 1 KB, 100 KB, 1 MB and 2 MB.

Usage: .venv/bin/python tools/benchmark.py [--runs 3] [--format json]

The texts are the course's evaluation articles (data/toolkit_eval/texts/) repeated until each size
is reached, so every size has the same mix of sentences. Each size is run --runs times as a new
process, as a learner would run it, the sizes taking turns (1 KB, 100 KB, 1 MB, 2 MB, 1 KB, ...), so
that a change in the machine's speed falls on every size alike. The median wall-clock time of each size
is reported, and its ratio to the 1 KB run as the median of the ratios within each round. Figures
depend on the computer; the README records one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1 KB": 1_000, "100 KB": 100_000, "1 MB": 1_000_000, "2 MB": 2_000_000}


def sample_text(size: int) -> str:
    """Return evaluation articles repeated and cut (at a paragraph end) to at most ``size`` UTF-8 bytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data/toolkit_eval/texts").glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    out, used, i = [], 0, 0
    while True:
        paragraph = paragraphs[i % len(paragraphs)]
        cost = len(paragraph.encode("utf-8")) + 2
        if used + cost > size:
            break
        out.append(paragraph)
        used += cost
        i += 1
    return "\n\n".join(out) + "\n"


def time_run(path: Path, fmt: str) -> float:
    """Return the wall-clock seconds of one analyze run in a new process (output discarded)."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "healthclaims", "analyze", str(path), "--format", fmt],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"analyze failed on {path.name}: {result.stderr.strip()}")
    return elapsed


def main(argv: list[str] | None = None) -> None:
    """Write the sample texts to a temporary folder, time each size and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the median is reported (default 3)")
    parser.add_argument("--format", default="table", choices=["table", "csv", "json", "html"])
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {name: [] for name in SIZES}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, size in SIZES.items():
            paths[name] = Path(folder) / f"sample_{size}.txt"
            paths[name].write_text(sample_text(size), encoding="utf-8")
            sizes[name] = paths[name].stat().st_size
        for _ in range(args.runs):
            for name, path in paths.items():
                times[name].append(time_run(path, args.format))
    base = times["1 KB"]
    print(f"| size | bytes | seconds (median of {args.runs}) | × the 1 KB run (median of {args.runs} rounds) |")
    print("|---|---:|---:|---:|")
    for name, seconds in times.items():
        ratio = statistics.median(t / b for t, b in zip(seconds, base, strict=True))
        print(f"| {name} | {sizes[name]:,} | {statistics.median(seconds):.2f} | {ratio:.1f} |")


if __name__ == "__main__":
    main()
