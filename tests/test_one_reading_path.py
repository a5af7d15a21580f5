"""One reading path: the notebook API and the command line read a file through load_article and agree."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from healthclaims import load_article
from healthclaims.analyze import load_for_analysis

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [
    ROOT / "data" / "practice" / "restaleaf_marketing.html",
    ROOT / "tests" / "fixtures" / "marketing_cp1252.txt",
]


def cli_sentences(path: Path) -> list[str]:
    """The body sentences that `python -m healthclaims analyze --format csv` finds, in order."""
    done = subprocess.run(
        [sys.executable, "-m", "healthclaims", "analyze", str(path), "--format", "csv"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    return [row["text"] for row in rows if row["kind"] != "heading"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_notebook_api_and_command_line_give_the_same_sentences(path):
    api = load_article(path).sentences["text"].tolist()
    assert len(api) >= 5
    assert api == cli_sentences(path)
    assert api == load_for_analysis(str(path)).sentences["text"].tolist()


def test_load_article_reads_html_as_visible_text_and_says_so():
    article = load_article(FIXTURES[0])
    assert not article.sentences["text"].str.contains("<|>").any()
    assert article.sentences["text"].iloc[0] != "centuries."  # the raw-markup reading the issue reported
    assert any("is HTML" in notice for notice in article.notices)


def test_load_article_reads_cp1252_with_a_notice():
    article = load_article(FIXTURES[1])
    assert any("cp1252" in notice for notice in article.notices)


def test_every_entry_point_calls_load_article():
    cli = (ROOT / "src" / "healthclaims" / "cli.py").read_text(encoding="utf-8")
    analyze = (ROOT / "src" / "healthclaims" / "analyze.py").read_text(encoding="utf-8")
    assert "load_article(path)" in cli and "read_document" not in cli
    assert "load_article(source)" in analyze and "read_document" not in analyze
