"""Where the course's folders are, wherever a notebook or test runs from."""

from __future__ import annotations

import os
from pathlib import Path

SEED_NAME = "kratom_melatonin_article.txt"


def project_root() -> Path:
    """Return the course folder: the nearest parent holding seeds/ and data/."""
    override = os.environ.get("HEALTHCLAIMS_ROOT")
    if override:
        return Path(override).resolve()
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for folder in (start, *start.parents):
            if (folder / "seeds").is_dir() and (folder / "data").is_dir():
                return folder
    raise FileNotFoundError(
        "Could not find the course folder (one with seeds/ and data/ in it); "
        "open the notebook from inside the course, or set HEALTHCLAIMS_ROOT."
    )


def seed_path() -> Path:
    """Return the path of the seed article."""
    return project_root() / "seeds" / SEED_NAME


def data_path(name: str = "") -> Path:
    """Return a path inside data/."""
    return project_root() / "data" / name


def learner_dir() -> Path:
    """Return the git-ignored folder where a learner's own answers are kept."""
    override = os.environ.get("HEALTHCLAIMS_LEARNER_DIR")
    return Path(override) if override else project_root() / "my_work"
