"""Every number stated in the prose of the evidence notebooks comes from the data tables.

Numbers in markdown cells of notebooks 04 and 07 to 11 must appear in the evidence, claims, references, certainty,
searches, shelf, reporting or risk_trials tables. Structural numbers are exempt: ids (s28, k03, e014), notebook and
section numbers, list markers, the estimated time, and numbers inside `code`.
"""

import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
FACT_NOTEBOOKS = [
    "04_claims_meet_the_evidence.ipynb",
    "07_the_pharmacists_view.ipynb",
    "08_interactions_and_liver_injury.ipynb",
    "09_behind_the_shelf.ipynb",
    "10_numbers_motives_and_counselling.ipynb",
    "11_at_the_counter.ipynb",
]
NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
EXEMPT = [
    r"`[^`]*`",  # code
    r"\b[skec]\d{2,3}\b",  # sentence, claim, evidence and ledger ids
    r"\bnotebooks? \d\d(?:(?:,| and| to|–)\s*\d\d)*",  # cross-references to notebooks
    r"^#+ .*$",  # headings (notebook and section numbers)
    r"^\s*\d+\.\s",  # numbered-list markers
    r"\*\*Estimated time:\*\*[^·]*",
    r"\b\d+(?:–\d+)? min(?:utes)?\b",
    r"\([a-z_]+\d{4}[a-z]?\)|`[a-z_]+\d{4}[a-z]?`|\b[a-z_]+\d{4}[a-z]?\b",  # reference ids
    r"\bCYP\d[A-Z]\d+\b|\b7-OH\b|\b7-hydroxy",  # enzyme and compound names
    r"\bR\d\b|\bq\d\d\b",  # rubric and checklist ids
]


def data_numbers() -> set[str]:
    """Every number written anywhere in the evidence, claims and references tables."""
    text = " ".join(
        pd.read_csv(ROOT / "data" / name, dtype=str, keep_default_na=False).to_string()
        for name in (
            "evidence.csv",
            "claims.csv",
            "references.csv",
            "certainty.csv",
            "searches.csv",
            "shelf.csv",
            "reporting.csv",
            "risk_trials.csv",
        )
    )
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def prose_numbers(path: Path) -> list[str]:
    """Numbers in a notebook's markdown cells, after removing the exempt patterns."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "markdown":
            continue
        text = cell.source
        for pattern in EXEMPT:
            text = re.sub(pattern, " ", text, flags=re.M)
        found += [n.replace(",", "") for n in NUMBER.findall(text)]
    return found


@pytest.mark.parametrize("name", [n for n in FACT_NOTEBOOKS if (ROOT / "notebooks" / n).exists()])
def test_numbers_in_prose_come_from_the_data(name):
    known = data_numbers()
    numbers = prose_numbers(ROOT / "notebooks" / name)
    assert numbers, "the notebook states numbers from the evidence"
    missing = sorted({n for n in numbers if n not in known}, key=float)
    assert not missing, f"numbers in the prose of {name} not found in the data tables: {missing}"


def test_the_checker_catches_an_invented_number(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Kratom was detected in 123456789 deaths (s28, notebook 03).")]
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    assert prose_numbers(path) == ["123456789"]
    assert "123456789" not in data_numbers()
