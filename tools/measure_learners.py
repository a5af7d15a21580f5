"""Measure what learners cost a teaching hub: memory and CPU per notebook, an idle learner, and ten at once.

Usage: python tools/measure_learners.py [--learners 10] [--crowd-notebook 04_claims_meet_the_evidence.ipynb]

One learner is one Jupyter server and one kernel. A Jupyter server starts a fresh kernel for every notebook, as a
learner's server does, and the notebook's cells run in it top to bottom through the server's websocket, as
JupyterLab sends them, while the resident memory (RSS) of the server and of the kernel is sampled every 50 ms;
their peaks, the kernel's CPU seconds and the wall time are kept. The idle learner is a Jupyter server started
with no kernel, and a kernel that has imported nothing, each measured after it settles. The crowd is
``--learners`` kernels running one notebook at the same moment: the time until the last one finishes and the
peak of their summed memory, each also as a ratio to one learner, since machines differ. Prints Markdown
tables; instructor/hub/README.md records one run and the sizing derived from it. Maintainers only; nothing is
written into the course.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import psutil
import requests
import websocket
from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from series import NOTEBOOKS, ROOT

MB = 1024 * 1024


class PeakMemory(threading.Thread):
    """Sample resident memory until stopped and keep the peak: of this process's children (the kernels) summed,
    or, given ``watch``, of each named process separately."""

    def __init__(self, watch: dict[str, psutil.Process] | None = None, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.watch, self.interval, self._stop_event = watch, interval, threading.Event()
        self.peak = 0
        self.peaks = dict.fromkeys(watch or {}, 0)

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.is_set():
            if self.watch:
                for name, process in self.watch.items():
                    try:
                        self.peaks[name] = max(self.peaks[name], process.memory_info().rss)
                    except psutil.Error:
                        continue
            else:
                total = 0
                for child in me.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        continue
                self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def stop(self) -> int:
        """Stop sampling and return the peak in bytes (the summed one)."""
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


def start_server(root: Path) -> tuple[subprocess.Popen, str, dict[str, str]]:
    """Start a Jupyter server on 127.0.0.1 serving ``root``; return it, its address and its auth header."""
    token, port = "measure", free_port()
    command = [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={port}"]
    command += ["--ip=127.0.0.1", f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}"]
    command += ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []  # a container as root
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base, headers = f"http://127.0.0.1:{port}", {"Authorization": f"token {token}"}
    for _ in range(120):
        try:
            if requests.get(f"{base}/api/status", headers=headers, timeout=2).ok:
                return server, base, headers
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("the Jupyter server did not start within a minute")


def run_through_server(channel: websocket.WebSocket, code: str, name: str) -> None:
    """Run one cell through the server's websocket, as JupyterLab does, and read every message until it is done."""
    msg_id = uuid.uuid4().hex
    header = {"msg_id": msg_id, "msg_type": "execute_request", "username": "measure", "session": "measure"}
    content = {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False}
    message = {"header": {**header, "version": "5.3", "date": ""}, "parent_header": {}, "metadata": {}}
    channel.send(json.dumps({**message, "content": {**content, "stop_on_error": True}, "channel": "shell"}))
    replied = idle = False
    while not (replied and idle):
        reply = json.loads(channel.recv())
        if reply.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = reply["header"]["msg_type"]
        if kind == "execute_reply":
            if reply["content"]["status"] != "ok":
                raise SystemExit(f"{name}: a cell failed: {reply['content'].get('ename')}")
            replied = True
        idle = idle or (kind == "status" and reply["content"]["execution_state"] == "idle")


def per_notebook() -> list[tuple[str, float, float, float, float]]:
    """(notebook, peak server MB, peak kernel MB, kernel CPU s, wall s): each notebook run cell by cell by a fresh
    kernel that a Jupyter server started for it, its cells sent and every output read back through the server's
    websocket as JupyterLab does, while server and kernel are sampled."""
    server, base, headers = start_server(ROOT)
    rows = []
    try:
        server_process = psutil.Process(server.pid)
        for path in NOTEBOOKS:
            body = {"path": path.relative_to(ROOT).as_posix(), "type": "notebook", "name": path.name}
            session = requests.post(
                f"{base}/api/sessions", json={**body, "kernel": {"name": "python3"}}, headers=headers
            )
            session = session.json()
            connection = Path(jupyter_runtime_dir()) / f"kernel-{session['kernel']['id']}.json"
            for _ in range(120):
                kernels = [
                    p for p in server_process.children(recursive=True) if connection.name in " ".join(p.cmdline())
                ]
                if kernels and connection.exists():
                    break
                time.sleep(0.25)
            socket_url = f"ws://127.0.0.1:{base.rsplit(':', 1)[1]}/api/kernels/{session['kernel']['id']}/channels"
            channel = websocket.create_connection(socket_url, header=[f"{k}: {v}" for k, v in headers.items()])
            sampler = PeakMemory({"server": server_process, "kernel": kernels[0]})
            sampler.start()
            start = time.perf_counter()
            for cell in nbformat.read(path, as_version=4).cells:
                if cell.cell_type == "code":
                    run_through_server(channel, cell.source, path.name)
            wall = time.perf_counter() - start
            times = kernels[0].cpu_times()
            sampler.stop()
            channel.close()
            requests.delete(f"{base}/api/sessions/{session['id']}", headers=headers)
            peaks = sampler.peaks
            rows.append((path.name, peaks["server"] / MB, peaks["kernel"] / MB, times.user + times.system, wall))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return rows


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def idle_learner(settle: float = 8.0) -> tuple[float, float]:
    """Resident MB of an idle Jupyter server (no kernel) and of an idle kernel, each after ``settle`` seconds."""
    with tempfile.TemporaryDirectory() as home:
        server, _, _ = start_server(Path(home))
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
    print("| notebook | peak server memory (MB) | peak kernel memory (MB) | kernel CPU (s) | wall (s) |")
    print("|---|---:|---:|---:|---:|")
    for name, server, kernel, cpu, wall in rows:
        print(f"| {name[:2]} | {server:.0f} | {kernel:.0f} | {cpu:.1f} | {wall:.1f} |")
    largest = max(r[1] + r[2] for r in rows)
    print(f"\nlargest server + kernel {largest:.0f} MB; CPU for the whole series {sum(r[3] for r in rows):.1f} s")
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
