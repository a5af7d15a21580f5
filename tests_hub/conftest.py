"""The browser for the hub test: the same headless Chromium as tests_browser/ (its conftest and harness)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests_browser"))  # lab_harness: open a notebook and run all its cells

_spec = importlib.util.spec_from_file_location("browser_conftest", ROOT / "tests_browser" / "conftest.py")
_browser_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_browser_conftest)
browser = _browser_conftest.browser
SCREENSHOTS = _browser_conftest.SCREENSHOTS
