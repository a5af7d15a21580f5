"""Write requirements.lock (and requirements-site.lock, requirements-hub.lock) from the pins, then environment.yml.

Maintainers run it with `make lock`, which installs uv into .venv-tools first. By hand:
    python tools/lock.py path/to/uv
The locks hold every package, for every platform, for Python 3.11 and newer, each with its hashes.
Each lock's header records the sha256 of its input's requirement lines; tests/test_environment.py
recomputes it (offline, without uv), so a lock that is older than its input fails the tests.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_FLOOR = "3.11"
LOCKS = {"requirements.txt": "requirements.lock", "requirements-site.txt": "requirements-site.lock"}
# Where learners install the course lock: each must find a wheel for every package (no compiler needed).
PLATFORMS = [
    "x86_64-pc-windows-msvc",
    "aarch64-apple-darwin",
    "x86_64-apple-darwin",
    "x86_64-manylinux_2_28",
    "aarch64-manylinux_2_28",
]
PYTHONS = ["3.11", "3.12", "3.13"]
HASH_LINE = "# input sha256 (requirement lines of {source}): "
HEADER = """\
# {lock}: every package, every platform, Python {floor} and newer, with hashes.
# Generated from {source} by `make lock` (tools/lock.py, uv pip compile --universal); do not edit by hand.
# Install with: python -m pip install --require-hashes -r {lock}
{hash_line}{digest}
"""


def requirement_lines(path: Path) -> list[str]:
    """Return the requirement lines of a requirements file, without comments or blanks."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def input_digest(path: Path) -> str:
    """Return the sha256 of a requirements file's requirement lines (comments and line endings ignored)."""
    return hashlib.sha256("\n".join(requirement_lines(path)).encode("utf-8")).hexdigest()


def recorded_digest(lock: Path, source: str) -> str | None:
    """Return the input digest a lock's header records, or None when it records none."""
    prefix = HASH_LINE.format(source=source)
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    return None


def compile_command(uv: str, source: str, output: Path) -> list[str]:
    """Return the uv command that resolves one requirements file for every platform."""
    return [
        uv,
        "pip",
        "compile",
        "--universal",
        "--python-version",
        PYTHON_FLOOR,
        "--generate-hashes",
        "--no-header",
        "--quiet",
        source,
        "-o",
        str(output),
    ]


def write_lock(uv: str, source: str, lock: str) -> None:
    """Resolve one requirements file with uv and write its lock with the course's header."""
    target = ROOT / lock
    subprocess.run(compile_command(uv, source, target), cwd=ROOT, check=True)
    header = HEADER.format(
        lock=lock,
        source=source,
        floor=PYTHON_FLOOR,
        hash_line=HASH_LINE.format(source=source),
        digest=input_digest(ROOT / source),
    )
    target.write_text(header + target.read_text(encoding="utf-8"), encoding="utf-8")


def wheel_check_command(uv: str, lock: str, platform: str, python: str) -> list[str]:
    """Return the uv command that fails unless every package of a lock has a wheel for one platform."""
    return [
        uv,
        "pip",
        "compile",
        "--python-platform",
        platform,
        "--python-version",
        python,
        "--only-binary",
        ":all:",
        "--no-deps",
        "--quiet",
        lock,
        "-o",
        str(Path(tempfile.gettempdir()) / "healthclaims-wheel-check.txt"),
    ]


def check_wheels(uv: str, lock: str) -> None:
    """Stop with uv's message unless the lock installs from wheels alone on every platform and Python."""
    for platform in PLATFORMS:
        for python in PYTHONS:
            if subprocess.run(wheel_check_command(uv, lock, platform, python), cwd=ROOT).returncode:
                sys.exit(f"{lock}: no wheel for some package on {platform}, Python {python} (see above); pin one")


HUB_SOURCE, HUB_LOCK = "requirements-hub.txt", "requirements-hub.lock"
HUB_PLATFORM = "x86_64-manylinux_2_28"  # the hub test runs on Linux only


def lock_names(lock: Path) -> set[str]:
    """The package names a lock pins."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    return {line.split("==", 1)[0].strip().lower() for line in lines if "==" in line and not line.startswith(" ")}


def write_hub_lock(uv: str) -> None:
    """Resolve the hub's packages within requirements.lock; keep, with hashes, only what that lock lacks."""
    target = ROOT / HUB_LOCK
    command = [uv, "pip", "compile", "--python-version", PYTHON_FLOOR, "--python-platform", HUB_PLATFORM]
    command += ["--generate-hashes", "--no-header", "--quiet", HUB_SOURCE, "-c", "requirements.lock", "-o", str(target)]
    subprocess.run(command, cwd=ROOT, check=True)
    shared = lock_names(ROOT / "requirements.lock")
    kept, keep = [], False
    for line in target.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith(" "):
            keep = line.split("==", 1)[0].strip().lower() not in shared
        if keep and not line.lstrip().startswith("#"):
            kept.append(line)
    header = (
        f"# {HUB_LOCK}: the hub test's packages that requirements.lock does not hold; Linux (x86-64), Python "
        f"{PYTHON_FLOOR}, with hashes.\n"
        f"# Generated from {HUB_SOURCE} within requirements.lock by `make lock` (tools/lock.py); do not edit by hand.\n"
        "# Install after the course lock: python -m pip install --require-hashes -r requirements.lock -r "
        f"{HUB_LOCK}\n"
        f"{HASH_LINE.format(source=HUB_SOURCE)}{input_digest(ROOT / HUB_SOURCE)}\n"
        f"# sha256 of requirements.lock: {hashlib.sha256((ROOT / 'requirements.lock').read_bytes()).hexdigest()}\n"
    )
    target.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/lock.py PATH_TO_UV   (or: make lock)")
    for source, lock in LOCKS.items():
        write_lock(sys.argv[1], source, lock)
        print(f"{lock} written from {source}")
    write_hub_lock(sys.argv[1])
    print(f"{HUB_LOCK} written from {HUB_SOURCE}, within requirements.lock")
    check_wheels(sys.argv[1], "requirements.lock")
    print(f"requirements.lock installs from wheels on {', '.join(PLATFORMS)}, Python {', '.join(PYTHONS)}")
    subprocess.run([sys.executable, str(ROOT / "tools" / "sync_environment.py")], check=True)
