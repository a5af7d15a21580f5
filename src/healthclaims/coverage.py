"""Which items of each instrument ask about the issues a pharmacist checks (the course's mapping)."""

from __future__ import annotations

import pandas as pd

from healthclaims.instrument_items import INSTRUMENTS, NAMES, load_instrument

COVERAGE: dict[str, dict[str, tuple[int, ...]]] = {
    "who wrote it": {"jama_benchmarks": (1,)},
    "sources named": {"discern": (4,), "healthnewsreview": (6,), "jama_benchmarks": (2,)},
    "dates shown": {"discern": (5,), "jama_benchmarks": (4,)},
    "conflicts of interest": {"healthnewsreview": (6,), "jama_benchmarks": (3,)},
    "one-sided or sensational framing": {"discern": (6,), "healthnewsreview": (10,)},
    "size of the benefit": {"discern": (10,), "healthnewsreview": (2,)},
    "harms": {"discern": (11,), "healthnewsreview": (3,)},
    "strength of the evidence": {"discern": (8,), "healthnewsreview": (4,)},
    "alternatives": {"discern": (14,), "healthnewsreview": (7,)},
    "costs": {"healthnewsreview": (1,)},
    "availability and legal status": {"healthnewsreview": (8,)},
    "novelty claims": {"healthnewsreview": (9,)},
    "dose": {},
}
"""Issues a pharmacist checks, and the items (by number) of each instrument that ask about them (course mapping)."""


def coverage_table() -> pd.DataFrame:
    """Return issues × instruments: the short titles of the items that ask about each issue, or '—' for none."""
    titles = {name: load_instrument(name).set_index("item")["short_title"] for name in INSTRUMENTS}
    rows = {
        issue: {
            NAMES[name]: "; ".join(f"{titles[name][i]} ({i})" for i in items.get(name, ())) or "—"
            for name in INSTRUMENTS
        }
        for issue, items in COVERAGE.items()
    }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis(index="issue")
