"""Reading Health Claims: the two commands, on Windows, macOS and Linux, with nothing but Python 3.11+.

    python start.py lab     install what is needed (first time only) and open JupyterLab on the first notebook
    python start.py test    install what is needed (first time only) and run every test

On Windows type `py start.py lab`; on macOS and Linux `python3 start.py lab`. The Makefile calls this
file for every step, so `make lab` and `make test` do exactly the same. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePath

MINIMUM = (3, 11)
ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP_NAME = ".installed"
LOCK = "requirements.lock"
KEPT = {"pip", "setuptools", "wheel", "healthclaims"}  # the installer, and the course's own package
NOT_INSTALLED = ["rfc3987-syntax"]  # an optional extra of jsonschema that adds ~2.5 s to every Jupyter start
PIP = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"
LINT_PATHS = ["start.py", "src", "tests", "tests_browser", "tests_hub", "tools", "notebooks"]
STUDENT_CHECK = ".student_check"
# Two workers, one file per worker (a notebook's cells stay together); every notebook under nbval, strictly.
PYTEST = ["-m", "pytest", "-n", "2", "--dist", "loadfile"]
NBVAL = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", "tests/sanitize.cfg"]
# Nothing is fetched from the internet while JupyterLab runs: no news feed, no update check, no extension catalogue.
OFFLINE = [
    "--LabApp.news_url=None",
    "--LabApp.extension_manager=readonly",
    "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
]


class StartError(Exception):
    """A problem the learner can fix, told in one line."""


def python_problem(version: tuple[int, ...], os_name: str) -> str | None:
    """Return a one-line message when this Python is too old for the course, else None."""
    if tuple(version[:2]) >= MINIMUM:
        return None
    found = ".".join(str(part) for part in version[:3])
    retry = "py -3.12 start.py lab" if os_name == "nt" else "python3.12 start.py lab"
    return f"Reading Health Claims needs Python 3.11 or newer; this is {found}. Install a newer one, then: {retry}"


def venv_python(venv: PurePath, os_name: str) -> PurePath:
    """Return the path of the Python inside a virtual environment: Scripts\\python.exe on Windows, else bin/python."""
    return venv / "Scripts" / "python.exe" if os_name == "nt" else venv / "bin" / "python"


def venv_problem(has_venv: bool, has_ensurepip: bool, os_name: str) -> str | None:
    """Return a one-line message when this Python cannot create a virtual environment, else None."""
    if has_venv and has_ensurepip:
        return None
    if os_name == "nt":
        return "This Python cannot create a virtual environment: reinstall it from python.org, then try again."
    return (
        "This Python cannot create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv "
        "(or python3.X-venv for your version), then try again."
    )


def fingerprint(root: Path) -> str:
    """Return a hash of what the environment is built from (the lock and pyproject.toml, line endings ignored)."""
    digest = hashlib.sha256()
    for name in (LOCK, "pyproject.toml"):
        digest.update(name.encode() + b"\0" + (root / name).read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def is_current(venv: Path, os_name: str, wanted: str) -> bool:
    """Return True when the environment exists and was installed from exactly these files."""
    stamp = venv / STAMP_NAME
    ready = Path(venv_python(venv, os_name)).exists() and stamp.exists()
    return ready and stamp.read_text(encoding="utf-8").strip() == wanted


def install_commands(python: PurePath) -> list[list[str]]:
    """Return the commands that install the course into an environment, from the lock only."""
    py = str(python)
    return [
        [py, *PIP, "--upgrade", "pip>=24"],
        [py, *PIP, "--require-hashes", "-r", LOCK],  # every package pinned, with hashes; pip checks nothing is missing
        [py, *PIP, "--no-deps", "-e", "."],  # the course's own package, healthclaims
        [py, "-m", "pip", "uninstall", "--quiet", "--yes", *NOT_INSTALLED],
        compile_command(python),
    ]


def compile_command(python: PurePath) -> list[str]:
    """Byte-compile the course's package, as pip does for every package it installs but not for an editable one.

    Then no notebook kernel compiles it from source again, even where writing bytecode is switched off
    (PYTHONDONTWRITEBYTECODE, as on some CI machines); files that have not changed are skipped.
    """
    return [str(python), "-m", "compileall", "-q", "src/healthclaims"]


def canonical(name: str) -> str:
    """Return a package name as pip compares it (lower case, runs of - _ . as one -)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_names(lock_text: str) -> set[str]:
    """Return the names of every package a lock lists, on any system."""
    return {canonical(m) for m in re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", lock_text, flags=re.MULTILINE)}


def leftovers(installed: list[str], locked: set[str]) -> list[str]:
    """Return installed packages that the lock no longer lists (left from an older lock), to remove."""
    keep = locked.union(KEPT) - {canonical(name) for name in NOT_INSTALLED}
    return sorted(name for name in installed if canonical(name) not in keep)


def remove_leftovers(python: PurePath) -> None:
    """Uninstall what an older lock installed and this one does not list, so every .venv holds the same."""
    listing = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    extra = leftovers([row["name"] for row in json.loads(listing)], locked_names((ROOT / LOCK).read_text("utf-8")))
    if extra:
        run([str(python), "-m", "pip", "uninstall", "--quiet", "--yes", *extra])


def lint_commands(python: PurePath) -> list[list[str]]:
    """Return the lint steps: ruff check, then ruff format --check."""
    return [
        [str(python), "-m", "ruff", "check", *LINT_PATHS],
        [str(python), "-m", "ruff", "format", "--check", *LINT_PATHS],
    ]


def student_command(python: PurePath, folder: str) -> list[str]:
    """Return the command that writes learner notebooks (solutions removed) into a folder."""
    return [str(python), "tools/make_student.py", folder]


def pytest_command(python: PurePath) -> list[str]:
    """Return the one pytest run of `test`: unit and data tests, every notebook, and the learner versions."""
    return [str(python), *PYTEST, *NBVAL, "tests", "notebooks", STUDENT_CHECK]


def lab_command(
    python: PurePath, root: PurePath, port: int, lab_root: PurePath, as_root: bool, extra: list[str]
) -> list[str]:
    """Return the JupyterLab command: token kept, 127.0.0.1 only, offline, opening the first notebook."""
    command = [str(python), "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}"]
    command += ["--allow-root"] if as_root else []
    command += [*OFFLINE, f"--LabApp.app_settings_dir={root / 'lab-settings'}", f"--ServerApp.root_dir={lab_root}"]
    return command + [f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}", *extra]


def run(command: list[str], quiet: bool = False) -> None:
    """Run one step in the course folder; stop with its exit code if it fails."""
    print("+ " + " ".join(shown(command)), flush=True)
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL if quiet else None)
    while True:
        try:
            code = process.wait()
            break
        except KeyboardInterrupt:  # the step got Ctrl+C too; let it finish in its own way
            continue
    if code:
        raise SystemExit(code)


def shown(command: list[str]) -> list[str]:
    """Return a command as a person would type it, with the environment's Python called `python`."""
    return ["python" if part == str(python_path()) else part for part in command]


def python_path() -> PurePath:
    """The Python of the course's environment on this computer."""
    return venv_python(VENV, os.name)


def ensure_environment(install: bool = True) -> PurePath:
    """Create .venv and install from the lock, unless it was already installed from the same lock."""
    wanted = fingerprint(ROOT)
    if is_current(VENV, os.name, wanted):
        return python_path()
    if not install:
        raise StartError(
            f"The environment in {VENV} is missing or older than {LOCK}: run `python start.py test` first."
        )
    python = Path(python_path())
    if not python.exists():
        has_venv = _has_module("venv")
        problem = venv_problem(has_venv, has_venv and _has_module("ensurepip"), os.name)
        if problem:
            raise StartError(problem)
        print(f"Creating {VENV.name} with Python {sys.version.split()[0]} ...", flush=True)
        if subprocess.run([sys.executable, "-m", "venv", str(VENV)]).returncode or not python.exists():
            shutil.rmtree(VENV, ignore_errors=True)
            raise StartError(venv_problem(False, False, os.name))
    (VENV / STAMP_NAME).unlink(missing_ok=True)
    print(f"Installing the locked packages into {VENV.name} (about a minute the first time) ...", flush=True)
    for command in install_commands(python):
        run(command)
    remove_leftovers(python)
    (VENV / STAMP_NAME).write_text(wanted + "\n", encoding="utf-8")
    return python


def _has_module(name: str) -> bool:
    """Return True when this Python can import a module (Debian ships ensurepip apart, in python3-venv)."""
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def do_lint(python: PurePath) -> None:
    for command in lint_commands(python):
        run(command)


def do_test(python: PurePath) -> None:
    """Lint, write the learner versions into .student_check/, then one pytest run over everything."""
    do_lint(python)
    shutil.rmtree(ROOT / STUDENT_CHECK, ignore_errors=True)
    run(student_command(python, STUDENT_CHECK), quiet=True)
    run(compile_command(python), quiet=True)  # source edited since the install: compile it once, not in every kernel
    run(pytest_command(python))


def do_lab(python: PurePath, port: int, lab_root: Path, extra: list[str]) -> None:
    """Open JupyterLab (on POSIX it replaces this process, so a signal reaches it directly)."""
    as_root = os.name == "posix" and os.geteuid() == 0
    command = lab_command(python, ROOT, port, lab_root, as_root, extra)
    if os.name == "posix":
        print("+ " + " ".join(shown(command)), flush=True)
        os.chdir(ROOT)
        os.execv(command[0], command)
    run(command)


STEPS = {
    "lab": "install (first time only) and open JupyterLab on notebooks/00_start_here.ipynb",
    "test": "install (first time only) and run lint, unit, data and notebook tests",
    "install": "only create .venv and install from requirements.lock (when it changed)",
    "lint": "(maintainers) ruff check and ruff format --check",
    "unit": "(maintainers) the unit and data tests only",
    "notebooks": "(maintainers) the notebooks under nbval only",
    "student": "(instructors) write learner notebooks without solutions to student/",
    "execute": "(maintainers) re-run every notebook and store its outputs",
}


def parser() -> argparse.ArgumentParser:
    """The command line: one step name, and for `lab` a port, a folder and JupyterLab options."""
    top = argparse.ArgumentParser(
        prog="start.py",
        allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Reading Health Claims: the two commands.\n"
        "  Windows:         py start.py lab       py start.py test\n"
        "  macOS and Linux: python3 start.py lab  python3 start.py test",
        epilog="Options after `lab` that start.py does not know go to JupyterLab, e.g. --no-browser.",
    )
    steps = top.add_subparsers(dest="step", required=True, metavar="STEP")
    for name, help_text in STEPS.items():
        step = steps.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        step.add_argument("--no-install", action="store_true", help="fail instead of installing when .venv is stale")
        if name == "lab":
            step.add_argument("--port", type=int, default=8888, help="port on 127.0.0.1 (default 8888)")
            step.add_argument("--root", type=Path, default=ROOT, help="folder JupyterLab serves (default: here)")
    return top


def main(argv: list[str] | None = None) -> int:
    """Run one step; a learner-fixable problem is one line on stderr and exit code 1."""
    problem = python_problem(sys.version_info, os.name)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    args, extra = parser().parse_known_args(argv)
    extra = [arg for arg in extra if arg != "--"]
    if extra and args.step != "lab":
        parser().error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        python = ensure_environment(install=not args.no_install)
        if args.step == "lab":
            do_lab(python, args.port, args.root.resolve(), extra)
        elif args.step == "test":
            do_test(python)
        elif args.step == "lint":
            do_lint(python)
        elif args.step == "unit":
            run([str(python), *PYTEST, "tests"])
        elif args.step == "notebooks":
            run(compile_command(python), quiet=True)
            run([str(python), *PYTEST, *NBVAL, "notebooks"])
        elif args.step == "student":
            run(student_command(python, "student"))
        elif args.step == "execute":
            run([str(python), "tools/execute_notebooks.py"])
    except StartError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
