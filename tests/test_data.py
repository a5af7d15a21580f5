"""Data integrity: every CSV is documented, references are traceable, values are allowed."""

import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CSVS = sorted(DATA.glob("*.csv"))
README = (DATA / "README.md").read_text(encoding="utf-8")
INSTRUMENT_CSVS = sorted((DATA / "instruments").glob("*.csv"))  # not the example_class_ratings/ folder
INSTRUMENTS_README = (DATA / "instruments" / "README.md").read_text(encoding="utf-8")


def documented_columns(name: str, readme: str = README) -> list[str]:
    """Columns listed in the README section for ``name``."""
    section = readme.split(f"## `{name}`", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", section, flags=re.M)


@pytest.mark.parametrize("path", CSVS, ids=lambda p: p.name)
def test_every_column_is_documented(path):
    assert f"## `{path.name}`" in README, f"data/README.md has no section for {path.name}"
    columns = pd.read_csv(path, nrows=0).columns.tolist()
    assert documented_columns(path.name) == columns


@pytest.mark.parametrize("path", INSTRUMENT_CSVS, ids=lambda p: p.name)
def test_every_instrument_column_is_documented(path):
    assert f"## `{path.name}`" in INSTRUMENTS_README, f"data/instruments/README.md has no section for {path.name}"
    columns = pd.read_csv(path, nrows=0).columns.tolist()
    assert documented_columns(path.name, INSTRUMENTS_README) == columns


@pytest.mark.parametrize("path", CSVS + INSTRUMENT_CSVS, ids=lambda p: p.name)
def test_csv_is_utf8_with_unix_newlines(path):
    raw = path.read_bytes()
    raw.decode("utf-8")
    assert b"\r\n" not in raw and not raw.startswith(b"\xef\xbb\xbf")


def test_references_are_traceable_and_unique():
    refs = pd.read_csv(DATA / "references.csv", dtype=str, keep_default_na=False)
    assert refs["id"].is_unique
    assert (refs["id"] == refs["id"].str.lower()).all()
    missing = refs[(refs["doi"] == "") & (refs["pmid"] == "") & (refs["url"] == "")]
    assert missing.empty, missing["id"].tolist()
    assert refs["pmid"].str.fullmatch(r"\d*").all()
    assert refs["doi"].str.fullmatch(r"(10\.\d{4,9}/\S+)?").all()
    assert refs["year"].str.fullmatch(r"(\d{4})?").all()
    assert refs["checked_at"].str.contains(r"\d{4}-\d{2}-\d{2}").all(), "each check is dated"
    allowed = set(re.findall(r"`([a-z -]+)`", README.split("| `type` |", 1)[1].split("\n", 1)[0]))
    assert set(refs["type"]) <= allowed, set(refs["type"]) - allowed


def test_the_seed_source_is_recorded():
    refs = pd.read_csv(DATA / "references.csv", dtype=str, keep_default_na=False).set_index("id")
    assert refs.loc["kratomplanet_match", "url"].endswith("natural-solutions-for-chronic-pain-management-3")
    assert refs.loc["kratomplanet_match", "type"] == "vendor page"


def test_series_map_values():
    series = pd.read_csv(DATA / "notebooks.csv", dtype={"number": str})
    assert series["number"].tolist() == [f"{n:02d}" for n in range(len(series))]
    assert set(series["status"]) <= {"available", "planned"}
    assert (series["file"].str.slice(0, 3) == series["number"] + "_").all()
    assert (series["core_minutes"] > 0).all() and (series["optional_minutes"] >= 0).all()


def test_every_cited_reference_id_exists():
    refs = set(pd.read_csv(DATA / "references.csv", dtype=str)["id"])
    texts = [DATA / "CODEBOOK.md", DATA / "README.md", DATA / "lexicon.csv", ROOT / "seeds" / "README.md"]
    texts += sorted((ROOT / "notebooks").glob("*.ipynb"))
    cited = set()
    for path in texts:
        text = path.read_text(encoding="utf-8")
        cited |= set(re.findall(r"`([a-z]+\d{4}[a-z]?)`", text))
        cited |= set(re.findall(r"references? `([a-z0-9_]+)`", text))
    assert len(cited) >= 20
    assert cited <= refs, sorted(cited - refs)


def test_checklist_questions_cite_real_references():
    checklist = pd.read_csv(DATA / "checklist.csv", dtype=str)
    refs = set(pd.read_csv(DATA / "references.csv", dtype=str)["id"])
    assert checklist["question_id"].tolist() == [f"q{n:02d}" for n in range(1, 15)]
    cited = {r for cell in checklist["reference"] for r in cell.split(";")}
    assert cited <= refs, cited - refs
