"""JupyterLab in a real browser: token on, 127.0.0.1 only; 00_start_here runs top to bottom without errors.

JupyterLab serves a temporary copy of the course, so its autosave can never touch the real notebooks.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from conftest import ROOT, SCREENSHOTS

LAB = ROOT / ".venv" / "bin" / "jupyter"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not LAB.exists():
        pytest.skip("the course environment is missing: run make test (or make lab) first")
    course = tmp_path_factory.mktemp("course")
    for folder in ("notebooks", "data", "seeds"):
        shutil.copytree(ROOT / folder, course / folder)
    token, port = secrets.token_hex(16), free_port()
    home = tmp_path_factory.mktemp("home")
    command = [str(LAB), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={course}"]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")
    env = {
        **os.environ,
        "HOME": str(home),
        "HEALTHCLAIMS_ROOT": str(course),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
    }
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("JupyterLab did not start: " + server.stderr.read().decode(errors="replace")[-500:])
    yield base, token, course
    server.terminate()
    server.wait(timeout=20)


def test_lab_refuses_requests_without_the_token(lab):
    base, _, _ = lab
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{base}/api/contents", timeout=5)
    assert refused.value.code == 403


def test_start_here_runs_all_cells_without_errors(browser, lab):
    base, token, course = lab
    real = ROOT / "notebooks" / "00_start_here.ipynb"
    before = real.read_bytes()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/lab/tree/notebooks/00_start_here.ipynb?reset&token={token}")
    panel = ".jp-NotebookPanel:not(.lm-mod-hidden)"
    page.wait_for_selector(f"{panel} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    page.click(".lm-MenuBar-itemLabel:text-is('Edit')")
    page.click(".lm-Menu-itemLabel:text-is('Clear Outputs of All Cells')")
    assert page.locator(f"{panel} .jp-OutputArea-output").count() == 0
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
    last_output = f"{panel} .jp-OutputArea-output:has-text('Not answered yet: set my_rating')"
    page.wait_for_selector(last_output, state="attached", timeout=60_000)
    errors = page.locator(f"{panel} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert errors.count() == 0, errors.all_inner_texts()
    assert page.locator(f"{panel} .jp-OutputArea-output:has-text('Traceback')").count() == 0
    assert page.locator(f"{panel} .jp-OutputArea-output:has-text('✔ Correct.')").count() == 2
    page.screenshot(path=str(SCREENSHOTS / "lab_00_start_here.png"))
    page.close()
    assert real.read_bytes() == before  # JupyterLab served a temporary copy; the course's notebook is untouched
