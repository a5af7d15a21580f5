"""Write environment.yml (conda, Binder) from requirements.lock, the lock of every package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_VERSION = "3.11"

HEADER = """\
# Generated from requirements.lock by `make environment` (and `make lock`); do not edit by hand.
# tests/test_environment.py fails if this file and requirements.lock disagree.
# Conda provides Python and pip only; every other package comes from PyPI at the lock's version, so
# conda, pip and Binder install the same versions (conda-forge builds can lag behind, or be missing).
# Conda:  conda env create -f environment.yml && conda activate reading-health-claims
#         then, in this folder: pip install --no-deps -e .
# Binder: uses this file, then runs postBuild to install the course package.
name: reading-health-claims
channels:
  - conda-forge
dependencies:
"""


def pinned_requirements(path: Path = ROOT / "requirements.txt") -> list[str]:
    """Return the requirement lines of requirements.txt, without comments or blanks."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def locked_requirements(path: Path = ROOT / "requirements.lock") -> list[str]:
    """Return the lock's requirements (`name==version`, with any environment marker), without hashes."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            entries.append(" ".join(line.rstrip("\\").split()))
    return entries


def render() -> str:
    """Return the text of environment.yml."""
    body = [f"  - python={PYTHON_VERSION}", "  - pip", "  - pip:"]
    body += [f'      - "{req}"' for req in locked_requirements()]
    return HEADER + "\n".join(body) + "\n"


if __name__ == "__main__":
    (ROOT / "environment.yml").write_text(render(), encoding="utf-8")
    print("environment.yml written from requirements.lock")
