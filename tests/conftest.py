"""Shared fixtures for the unit and data tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthclaims import load_seed

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed():
    """The parsed seed article."""
    return load_seed()


@pytest.fixture(scope="session")
def root() -> Path:
    """The course folder."""
    return ROOT
