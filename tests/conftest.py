"""Shared fixtures for the unit and data tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from healthclaims import load_seed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))  # the tools, and tools/series.py (the notebook list and cell helpers)


@pytest.fixture(scope="session")
def seed():
    """The parsed seed article."""
    return load_seed()


@pytest.fixture(scope="session")
def root() -> Path:
    """The course folder."""
    return ROOT
