"""Measure what learners cost a teaching hub: memory and CPU per notebook, an idle learner, and ten at once.

Usage: python tools/measure_learners.py [--learners 10] [--crowd-notebook 04_claims_meet_the_evidence.ipynb]

One learner is one Jupyter server and one kernel. For every notebook, a fresh kernel runs it top to bottom while
its resident memory (RSS) is sampled every 50 ms; the peak, the kernel's CPU seconds and the wall time are kept.
The idle learner is a Jupyter server started with no kernel, and a kernel that has imported nothing, each
measured after it settles. The crowd is ``--learners`` kernels running one notebook at the same moment: the time
until the last one finishes and the peak of their summed memory, each also as a ratio to one learner, since
machines differ. Prints Markdown tables; instructor/hub/README.md records one run and the sizing derived from it.
Maintainers only; nothing is written into the course.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient
from series import NOTEBOOKS, ROOT

MB = 1024 * 1024


class PeakMemory(threading.Thread):
    """Sample the summed RSS of this process's children (the kernels) until stopped; keep the peak."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak, self._stop_event = interval, 0, threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.is_set():
            total = 0
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def stop(self) -> int:
        """Stop sampling and return the peak in bytes."""
        self._stop_event.set()
        self.join()
        return self.peak


def run_notebook(path: Path) -> dict[str, float]:
    """Run one notebook in a fresh kernel; return its wall seconds and the kernel's CPU seconds."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        kernel = psutil.Process(client.km.provisioner.process.pid)
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        times = kernel.cpu_times()
    return {"wall": time.perf_counter() - start, "cpu": times.user + times.system}


def per_notebook() -> list[tuple[str, float, float, float]]:
    """(notebook, peak kernel MB, kernel CPU s, wall s) for every notebook, one after another."""
    rows = []
    for path in NOTEBOOKS:
        sampler = PeakMemory()
        sampler.start()
        result = run_notebook(path)
        rows.append((path.name, sampler.stop() / MB, result["cpu"], result["wall"]))
    return rows


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def idle_learner(settle: float = 8.0) -> tuple[float, float]:
    """Resident MB of an idle Jupyter server (no kernel) and of an idle kernel, each after ``settle`` seconds."""
    with tempfile.TemporaryDirectory() as home:
        command = [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={free_port()}"]
        command += ["--ip=127.0.0.1", "--ServerApp.token=measure", f"--ServerApp.root_dir={home}"]
        command += ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []  # a container as root
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(settle)
            server_mb = psutil.Process(server.pid).memory_info().rss / MB
        finally:
            server.terminate()
            server.wait(timeout=30)
    nb = nbformat.v4.new_notebook()
    client = NotebookClient(nb, kernel_name="python3")
    with client.setup_kernel():
        time.sleep(settle)
        kernel_mb = psutil.Process(client.km.provisioner.process.pid).memory_info().rss / MB
    return server_mb, kernel_mb


def crowd(path: Path, learners: int) -> tuple[float, float]:
    """Wall seconds until ``learners`` kernels running ``path`` at once all finish, and their peak summed MB."""
    sampler = PeakMemory()
    sampler.start()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=learners) as pool:
        list(pool.map(lambda _: run_notebook(path), range(learners)))
    return time.perf_counter() - start, sampler.stop() / MB


def main(argv: list[str] | None = None) -> None:
    """Measure, then print the per-notebook table, the idle learner and the crowd with its ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10, help="kernels running one notebook at once (default 10)")
    parser.add_argument("--crowd-notebook", default="04_claims_meet_the_evidence.ipynb", help="the notebook they run")
    args = parser.parse_args(argv)
    rows = per_notebook()
    print("| notebook | peak kernel memory (MB) | kernel CPU (s) | wall (s) |")
    print("|---|---:|---:|---:|")
    for name, peak, cpu, wall in rows:
        print(f"| {name[:2]} | {peak:.0f} | {cpu:.1f} | {wall:.1f} |")
    print(f"\nlargest peak {max(r[1] for r in rows):.0f} MB; CPU for the whole series {sum(r[2] for r in rows):.1f} s")
    server_mb, kernel_mb = idle_learner()
    print(f"idle learner: Jupyter server {server_mb:.0f} MB, idle kernel {kernel_mb:.0f} MB")
    path = ROOT / "notebooks" / args.crowd_notebook
    one_wall, one_peak = crowd(path, 1)
    many_wall, many_peak = crowd(path, args.learners)
    print(f"\n| {path.name[:2]} | learners | wall (s) | peak summed kernel memory (MB) |")
    print("|---|---:|---:|---:|")
    print(f"| one | 1 | {one_wall:.1f} | {one_peak:.0f} |")
    print(f"| crowd | {args.learners} | {many_wall:.1f} | {many_peak:.0f} |")
    print(f"| ratio | {args.learners} | {many_wall / one_wall:.1f}x | {many_peak / one_peak:.1f}x |")
    print(f"cores: {psutil.cpu_count()}, memory: {psutil.virtual_memory().total / MB / 1024:.0f} GiB")


if __name__ == "__main__":
    main()
