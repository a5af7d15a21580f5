"""start.py, the two commands without make: its pure parts for Windows and POSIX, then both run for real."""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import start  # noqa: E402


def test_the_environment_python_is_in_scripts_on_windows_and_in_bin_elsewhere():
    assert start.venv_python(PureWindowsPath(r"C:\course\.venv"), "nt") == PureWindowsPath(
        r"C:\course\.venv\Scripts\python.exe"
    )
    assert start.venv_python(PurePosixPath("/home/a/course/.venv"), "posix") == PurePosixPath(
        "/home/a/course/.venv/bin/python"
    )


@pytest.mark.parametrize(("os_name", "layout"), [("nt", ("Scripts", "python.exe")), ("posix", ("bin", "python"))])
def test_an_environment_is_current_only_with_its_python_and_the_same_stamp(tmp_path, os_name, layout):
    venv = tmp_path / ".venv"
    venv.mkdir()
    (venv / start.STAMP_NAME).write_text("abc\n", encoding="utf-8")
    assert not start.is_current(venv, os_name, "abc")  # no Python in this layout yet
    (venv / layout[0]).mkdir()
    (venv / layout[0] / layout[1]).write_bytes(b"")
    assert start.is_current(venv, os_name, "abc")
    assert not start.is_current(venv, os_name, "abd")  # the lock changed since the install
    other = "posix" if os_name == "nt" else "nt"
    assert not start.is_current(venv, other, "abc")  # the other operating system's layout is not there


def test_the_fingerprint_follows_the_lock_and_pyproject_but_not_line_endings(tmp_path):
    (tmp_path / "requirements.lock").write_bytes(b"pandas==3.1.1\n")
    (tmp_path / "pyproject.toml").write_bytes(b"[project]\n")
    first = start.fingerprint(tmp_path)
    (tmp_path / "requirements.lock").write_bytes(b"pandas==3.1.1\r\n")
    assert start.fingerprint(tmp_path) == first  # a Windows checkout does not trigger a reinstall
    (tmp_path / "requirements.lock").write_bytes(b"pandas==3.1.2\n")
    assert start.fingerprint(tmp_path) != first
    (tmp_path / "requirements.lock").write_bytes(b"pandas==3.1.1\n")
    (tmp_path / "pyproject.toml").write_bytes(b"[project]\nname = 'x'\n")
    assert start.fingerprint(tmp_path) != first


def test_a_python_older_than_311_gets_one_line_naming_a_command_for_its_system():
    assert start.python_problem((3, 11, 0), "nt") is None and start.python_problem((3, 13, 1), "posix") is None
    windows = start.python_problem((3, 10, 11), "nt")
    assert "3.11 or newer" in windows and "3.10.11" in windows and "py -3.12 start.py lab" in windows
    posix = start.python_problem((3, 9, 6), "posix")
    assert "3.9.6" in posix and "python3.12 start.py lab" in posix and "\n" not in posix


def test_main_refuses_an_old_python_with_one_line_and_exit_code_1(monkeypatch, capsys):
    monkeypatch.setattr(sys, "version_info", (3, 10, 4, "final", 0))
    assert start.main(["test"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Python 3.11 or newer" in err


def test_a_debian_python_without_ensurepip_is_told_to_install_python3_venv():
    assert start.venv_problem(True, True, "posix") is None
    debian = start.venv_problem(True, False, "posix")
    assert "install python3-venv" in debian and "\n" not in debian
    assert "python.org" in start.venv_problem(False, False, "nt")


def test_main_without_ensurepip_says_install_python3_venv_and_creates_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(start, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(start, "_has_module", lambda name: name != "ensurepip")
    assert start.main(["install"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sudo apt install python3-venv" in err
    assert not (tmp_path / ".venv").exists()


def test_install_is_from_the_lock_with_hashes_then_the_course_package_without_dependencies():
    steps = [c[1:] for c in start.install_commands(PurePosixPath(".venv/bin/python"))]
    assert steps[1][-3:] == ["--require-hashes", "-r", "requirements.lock"]
    assert steps[2][-3:] == ["--no-deps", "-e", "."]
    assert steps[3] == ["-m", "pip", "uninstall", "--quiet", "--yes", "rfc3987-syntax"]
    assert steps[4] == ["-m", "compileall", "-q", "src/healthclaims"]  # no kernel compiles the package from source


def test_every_name_in_a_lock_is_found_once_whatever_its_markers_or_spelling():
    text = (
        "# header: pandas==0.0 in a comment is not a package\n"
        "Jinja2==3.1.6 \\\n    --hash=sha256:00\n    # via nbconvert\n"
        "soupsieve==2.10 ; python_full_version < '3.11.5' \\\n    --hash=sha256:11\n"
        "soupsieve==4.1.3 ; python_full_version >= '3.11.5' \\\n    --hash=sha256:22\n"
        "typing_extensions==4.16.0 \\\n    --hash=sha256:33\n"
    )
    assert start.locked_names(text) == {"jinja2", "soupsieve", "typing-extensions"}


def test_leftovers_are_what_the_lock_no_longer_lists_except_pip_and_the_course_package():
    locked = {"pandas", "typing-extensions", "rfc3987-syntax"}
    installed = ["pandas", "Typing_Extensions", "pip", "setuptools", "healthclaims", "tomli", "rfc3987_syntax"]
    assert start.leftovers(installed, locked) == ["rfc3987_syntax", "tomli"]
    assert start.leftovers(["pandas", "pip"], locked) == []


def test_the_test_step_lints_then_runs_one_strict_pytest_over_tests_notebooks_and_learner_versions():
    python = PureWindowsPath(r"C:\c\.venv\Scripts\python.exe")
    assert [c[3] for c in start.lint_commands(python)] == ["check", "format"]
    assert start.lint_commands(python)[1][4:] == ["--check", "start.py", "src", "tests", "tests_browser", "tests_hub",
                                                  "tools", "notebooks"]  # fmt: skip
    assert start.pytest_command(python) == [
        r"C:\c\.venv\Scripts\python.exe", "-m", "pytest", "-n", "2", "--dist", "loadfile", "--nbval",
        "--nbval-current-env", "--nbval-sanitize-with", "tests/sanitize.cfg", "tests", "notebooks", ".student_check",
    ]  # fmt: skip


def test_lab_adds_allow_root_only_for_root_and_passes_extra_options_last():
    python, here = PurePosixPath("/c/.venv/bin/python"), PurePosixPath("/c")
    plain = start.lab_command(python, here, 9999, here, False, ["--no-browser"])
    assert plain[:5] == ["/c/.venv/bin/python", "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1", "--ServerApp.port=9999"]
    assert "--allow-root" not in plain and plain[-1] == "--no-browser"
    assert "--allow-root" in start.lab_command(python, here, 9999, here, True, [])
    assert "--ServerApp.root_dir=/c" in plain and "--LabApp.app_settings_dir=/c/lab-settings" in plain


def test_a_stale_environment_with_no_install_is_one_line_not_an_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(start, "VENV", tmp_path / ".venv")
    assert start.main(["lint", "--no-install"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing or older than requirements.lock" in err
    assert not (tmp_path / ".venv").exists()


def test_options_for_jupyterlab_are_refused_after_other_steps():
    result = subprocess.run([sys.executable, "start.py", "test", "--no-browser"], cwd=ROOT, capture_output=True,
                            text=True)  # fmt: skip
    assert result.returncode == 2 and "unrecognized arguments: --no-browser" in result.stderr


def test_help_names_both_commands_for_every_system():
    result = subprocess.run([sys.executable, "start.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert "py start.py lab" in result.stdout and "python3 start.py test" in result.stdout
    assert "install (first time only) and open JupyterLab" in result.stdout


def test_start_py_runs_a_step_end_to_end_in_the_installed_environment():
    result = subprocess.run([sys.executable, "start.py", "lint", "--no-install"], cwd=ROOT, capture_output=True,
                            text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "+ python -m ruff format --check start.py src" in result.stdout
    assert "files already formatted" in result.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_start_py_lab_serves_on_127_0_0_1_and_refuses_requests_without_the_token(tmp_path):
    course = tmp_path / "course"
    for folder in ("notebooks", "data", "seeds"):
        shutil.copytree(ROOT / folder, course / folder)
    token, port, home = secrets.token_hex(16), free_port(), tmp_path / "home"
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "IPYTHON", "MPL", "XDG_"))}
    env = {**inherited, "HOME": str(home), "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_RUNTIME_DIR": str(home / "runtime")}  # fmt: skip
    command = [sys.executable, str(ROOT / "start.py"), "lab", "--no-install", "--port", str(port), "--root",
               str(course), "--", "--no-browser", f"--IdentityProvider.token={token}"]  # fmt: skip
    log = tmp_path / "lab.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1) as answer:
                    assert answer.status == 200
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, log.read_text(encoding="utf-8", errors="replace")
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 2 minutes: " + log.read_text(errors="replace")[-2000:])
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/api/contents", timeout=5)
        assert refused.value.code == 403
        (info,) = (home / "runtime").glob("jpserver-*.json")
        server_info = json.loads(info.read_text(encoding="utf-8"))
        assert server_info["url"] == f"{base}/" and server_info["token"] == token
        assert server_info["root_dir"] == str(course)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
