"""A class on a JupyterHub, end to end, on this machine only (127.0.0.1): sign in, pull, run, update, isolation.

The hub runs the course's own configuration (instructor/hub/jupyterhub_config.py: limits, the idle culler,
JupyterLab's offline settings) with a test sign-in and local ports on top. Three learner accounts are created
(home folders readable only by their owner), the course is served by a local git daemon from a bare clone of
this repository, and JupyterHub (from requirements-hub.lock, with configurable-http-proxy from
tests_hub/package-lock.json) spawns each learner's server as that learner. Each learner opens the nbgitpuller
link in the browser, which clones the course and opens notebook 00, and runs it. One learner edits a
notebook, the instructor commits a change to another, both learners pull again: the update arrives for each
and the edit survives. A learner cannot read another learner's files. The hub, the proxy, the git daemon and
the accounts are removed at the end, even after a failure. Needs root (it creates accounts) and Linux;
`make test-hub` builds what it needs.
"""

from __future__ import annotations

import json
import os
import pwd
import signal
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from conftest import ROOT, SCREENSHOTS
from lab_harness import PANEL, run_all_cells

HUB_VENV = ROOT / ".venv-hub"
PROXY = ROOT / "tests_hub" / "node_modules" / ".bin" / "configurable-http-proxy"
LEARNERS = ["hclearner1", "hclearner2", "hclearner3"]
PASSWORD = "test-only-password"  # DummyAuthenticator: only in this test's own configuration, never the course's


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), check=True, capture_output=True, text=True, **kwargs)


def wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """Accounts, a bare course repository behind git daemon, and a running hub; all removed afterwards."""
    assert os.geteuid() == 0, "the hub test creates learner accounts: run it as root (make test-hub, as CI does)"
    assert (HUB_VENV / "bin" / "jupyterhub").exists() and PROXY.exists(), "run make test-hub (it builds .venv-hub)"
    work = tmp_path_factory.mktemp("hub")
    os.chmod(work, 0o755)
    processes: list[subprocess.Popen] = []
    try:
        for user in LEARNERS:
            subprocess.run(["userdel", "-r", user], capture_output=True)  # a leftover from an interrupted run
            run("useradd", "-m", "-K", "HOME_MODE=0700", "-s", "/bin/bash", user)
        repos = work / "git"
        repos.mkdir()
        run("git", "clone", "--quiet", "--bare", str(ROOT), str(repos / "course.git"))
        git_port = free_port()
        daemon = ["git", "daemon", "--reuseaddr", f"--base-path={repos}", "--export-all", "--listen=127.0.0.1"]
        processes.append(subprocess.Popen([*daemon, f"--port={git_port}", str(repos)], start_new_session=True))
        port, hub_port, api_port = free_port(), free_port(), free_port()
        config = work / "jupyterhub_config.py"
        config.write_text(
            "\n".join(
                [
                    "import os",
                    "os.environ['HUB_AUTH'] = 'oauth'  # the course's configuration refuses to start without a choice",
                    f"load_subconfig('{ROOT / 'instructor' / 'hub' / 'jupyterhub_config.py'}')  # noqa: F821",
                    "c = get_config()  # noqa: F821",
                    "# What differs on this machine: ports, a test sign-in, and where the hub keeps its files.",
                    f"c.JupyterHub.bind_url = 'http://127.0.0.1:{port}'",
                    f"c.JupyterHub.hub_bind_url = 'http://127.0.0.1:{hub_port}'",
                    f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{api_port}'",
                    f"c.ConfigurableHTTPProxy.command = ['{PROXY}']",
                    "c.JupyterHub.authenticator_class = 'dummy'  # this test only",
                    f"c.DummyAuthenticator.password = '{PASSWORD}'",
                    f"c.Authenticator.allowed_users = {set(LEARNERS)!r}",
                    f"c.Spawner.cmd = ['{HUB_VENV / 'bin' / 'jupyterhub-singleuser'}']",
                    f"c.Spawner.environment = {{'PATH': '{HUB_VENV / 'bin'}:/usr/bin:/bin'}}",
                    "c.Spawner.default_url = '/lab'",
                    "c.Spawner.start_timeout = c.Spawner.http_timeout = 120",
                    f"c.JupyterHub.cookie_secret_file = '{work / 'cookie_secret'}'",
                    f"c.JupyterHub.db_url = 'sqlite:///{work / 'jupyterhub.sqlite'}'",
                    f"c.JupyterHub.pid_file = '{work / 'jupyterhub.pid'}'",
                ]
            )
            + "\n"
        )
        log = work / "hub.log"
        with log.open("wb") as sink:
            hub_process = subprocess.Popen(
                [str(HUB_VENV / "bin" / "jupyterhub"), "-f", str(config)],
                cwd=work,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        processes.append(hub_process)
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: b"is now running" in log.read_bytes(), 60, "JupyterHub to start:\n" + log.read_text())
        yield {"base": base, "repo": f"git://127.0.0.1:{git_port}/course.git", "bare": repos / "course.git", "log": log}
    finally:
        for process in reversed(processes):  # the hub stops its learners' servers and its proxy on the way out
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for user in LEARNERS:
            subprocess.run(["pkill", "-KILL", "-u", user], capture_output=True)
            subprocess.run(["userdel", "-r", user], capture_output=True)


def signed_in(hub: dict, user: str) -> requests.Session:
    """A learner's session: signed in, with their server started and its sign-in finished."""
    session = requests.Session()
    session.get(f"{hub['base']}/hub/login", timeout=30)
    form = {"username": user, "password": PASSWORD, "_xsrf": session.cookies.get("_xsrf")}
    session.post(f"{hub['base']}/hub/login", data=form, timeout=60)

    def lab_open() -> bool:
        reply = session.get(f"{hub['base']}/user/{user}/lab", timeout=60)
        return reply.status_code == 200 and f"/user/{user}/lab" in reply.url

    wait_for(lab_open, 120, f"{user}'s server")
    return session


def pull(hub: dict, session: requests.Session, user: str) -> list[str]:
    """Open the nbgitpuller link's API as the learner; return its progress messages (the last says finished)."""
    query = f"repo={quote(hub['repo'], safe='')}&branch=main&targetpath=course"
    with session.get(f"{hub['base']}/user/{user}/git-pull/api?{query}", stream=True, timeout=180) as reply:
        messages = [line.decode() for line in reply.iter_lines() if line]
    assert messages and '"phase": "finished"' in messages[-1], messages[-5:]
    return messages


def learner_file(user: str, path: str) -> Path:
    return Path(pwd.getpwnam(user).pw_dir) / "course" / path


def test_three_learners_pull_the_course_and_run_notebook_00(hub, browser):
    for user in LEARNERS:
        session = signed_in(hub, user)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.add_cookies(
            [{"name": c.name, "value": c.value, "domain": "127.0.0.1", "path": c.path or "/"} for c in session.cookies]
        )
        page = context.new_page()
        query = f"repo={quote(hub['repo'], safe='')}&branch=main&targetpath=course"
        query += "&urlpath=lab/tree/course/notebooks/00_start_here.ipynb"
        page.goto(f"{hub['base']}/hub/user-redirect/git-pull?{query}")
        page.wait_for_url("**/lab/tree/course/notebooks/00_start_here.ipynb*", timeout=120_000)
        notebook = learner_file(user, "notebooks/00_start_here.ipynb")
        assert notebook.stat().st_uid == pwd.getpwnam(user).pw_uid  # cloned as the learner, not as root
        run_all_cells(page, page.url)
        errors = page.locator(f"{PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        assert errors.count() == 0, errors.all_inner_texts()
        assert page.locator(f"{PANEL} .jp-OutputArea-output:has-text('Traceback')").count() == 0
        assert page.locator(f"{PANEL} .jp-OutputArea-output:has-text('✔ Correct.')").count() == 2
        assert page.get_by_text("official Jupyter news").count() == 0  # the course's settings reach the hub
        page.screenshot(path=str(SCREENSHOTS / f"hub_{user}_00.png"))
        context.close()


def append_cell(path: Path, text: str) -> None:
    book = json.loads(path.read_text(encoding="utf-8"))
    book["cells"].append({"cell_type": "markdown", "id": f"added{len(book['cells'])}", "metadata": {}, "source": text})
    path.write_text(json.dumps(book, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def test_a_pull_keeps_the_learners_edit_and_brings_the_update(hub, tmp_path):
    editor, other = LEARNERS[0], LEARNERS[1]
    sessions = {user: signed_in(hub, user) for user in (editor, other)}
    for user, session in sessions.items():
        pull(hub, session, user)  # the link's own request, as the page behind the link makes it
    append_cell(learner_file(editor, "notebooks/01_python_on_ramp.ipynb"), "My own note.")
    instructor = tmp_path / "instructor"
    run("git", "clone", "--quiet", str(hub["bare"]), str(instructor))
    append_cell(instructor / "notebooks" / "02_anatomy_of_the_article.ipynb", "Instructor's update for session 2.")
    git = ["git", "-C", str(instructor), "-c", "user.name=Instructor", "-c", "user.email=instructor@example.org"]
    run(*git, "commit", "--quiet", "-am", "Instructor's update to notebook 02")
    run(*git, "push", "--quiet", "origin", "HEAD:main")
    for user, session in sessions.items():
        pull(hub, session, user)
        updated = learner_file(user, "notebooks/02_anatomy_of_the_article.ipynb").read_text(encoding="utf-8")
        assert "Instructor's update for session 2." in updated  # the update arrives for everyone
    edited = learner_file(editor, "notebooks/01_python_on_ramp.ipynb").read_text(encoding="utf-8")
    assert "My own note." in edited  # and the learner's edit survives the pull


def test_a_learner_cannot_read_another_learners_files(hub):
    owner, other = LEARNERS[0], LEARNERS[1]
    secret = learner_file(owner, "notebooks/00_start_here.ipynb")
    assert secret.exists()
    home = Path(pwd.getpwnam(owner).pw_dir)
    assert oct(home.stat().st_mode & 0o777) == "0o700"
    attempt = subprocess.run(["runuser", "-u", other, "--", "cat", str(secret)], capture_output=True, text=True)
    assert attempt.returncode != 0 and "Permission denied" in attempt.stderr
    own = subprocess.run(["runuser", "-u", owner, "--", "cat", str(secret)], capture_output=True, text=True)
    assert own.returncode == 0 and '"cells"' in own.stdout


def test_the_idle_culler_runs_with_its_permissions(hub):
    """The course's culler service starts and may list users: its role grants what it needs."""
    wait_for(
        lambda: (
            b"200 GET /hub/api/users" in hub["log"].read_bytes() and b"idle-culler-service@" in hub["log"].read_bytes()
        ),
        60,
        "the idle culler's first request",
    )
