"""Robust input and splitting on the command line, and the JSON schema of `analyze`."""

import json
import subprocess
import sys

from healthclaims.analyze import COLUMNS, SCHEMA_VERSION
from healthclaims.rules import ROLES


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "healthclaims", *args], cwd=root, capture_output=True, text=True)


def analyze_json(root, path):
    result = run(root, "analyze", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_pdf_is_refused_with_one_line(root, tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nKratom is a plant. It is sold online.\n")
    result = run(root, "analyze", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"healthclaims: {path}: PDF is not supported: save the page as text or HTML.\n"


def test_utf16_without_a_byte_order_mark_is_read_with_a_notice(root, tmp_path):
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes("Melatonin may help. Ask your pharmacist.\n".encode(encoding))
        report, notes = analyze_json(root, path)
        assert f"UTF-16 text without a byte-order mark; it was read as {encoding.upper()}" in notes
        assert [r["roles"] for r in report["sentences"]] == ["benefit", "advice"]


def test_lines_without_sentence_ends_become_sentences_with_a_notice(root, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes on kratom\n\nit helps my back pain a lot\nit made me sick once\nask a pharmacist first\n")
    report, notes = analyze_json(root, path)
    assert "3 lines had no sentence end (. ! ?), so each line was read as one sentence." in notes
    texts = [r["text"] for r in report["sentences"] if r["kind"] != "heading"]
    assert texts == ["it helps my back pain a lot", "it made me sick once", "ask a pharmacist first"]
    assert report["sentences"][-1]["roles"] == "advice"


def test_a_long_text_without_punctuation_is_cut_at_the_limit_with_a_notice(root, tmp_path):
    path = tmp_path / "wall.txt"
    path.write_text(" ".join(["kratom leaf tea"] * 2000) + "\n")
    report, notes = analyze_json(root, path)
    assert "33 sentences are pieces of text that ran over 1,000 characters without a sentence end" in notes
    assert report["summary"]["sentences"] == 33 and max(len(r["text"]) for r in report["sentences"]) <= 1000


def test_a_headings_only_file_gets_an_accurate_message(root, tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text("Kratom Cures Pain\nThe Natural Way to Sleep\n")
    result = run(root, "analyze", str(path), "--format", "json")
    assert result.returncode == 0
    assert result.stderr == (
        f"healthclaims: note: {path}: no sentences found, only 2 headings (short lines without a full stop); "
        "they were analysed as headlines.\n"
    )
    report = json.loads(result.stdout)
    assert [(r["sentence_id"], r["roles"]) for r in report["sentences"]] == [("h01", "benefit"), ("h02", "promotion")]
    refused = run(root, "sentences", str(path))
    assert refused.returncode == 2 and "only 2 headings (short lines without a full stop)" in refused.stderr


def test_a_headline_and_a_question_are_analysed(root, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Miracle Leaf Ends Back Pain\n\nDoes it work? Nobody has tested it.\n")
    report, _ = analyze_json(root, path)
    rows = [(r["kind"], r["roles"], r["strength"]) for r in report["sentences"]]
    assert rows == [
        ("heading", "benefit;promotion", "direct"),
        ("body", "question", "none"),
        ("body", "concession", "direct"),
    ]


def test_json_schema(root):
    report, _ = analyze_json(root, "seeds/kratom_melatonin_article.txt")
    assert report["schema_version"] == SCHEMA_VERSION == 2
    summary = report["summary"]
    assert list(summary["share"]) == list(ROLES) and all(0 <= v <= 1 for v in summary["share"].values())
    assert 0 <= summary["overclaim_index"] <= 100
    assert set(summary["strength"]) == {"none", "hedged", "can", "direct"}
    assert sum(summary["strength"].values()) == summary["sentences"] + summary["headlines"] == 38
    assert all(list(row) == COLUMNS for row in report["sentences"])


def test_the_command_line_does_not_import_matplotlib(root):
    code = (
        "import sys, io, contextlib\n"
        "from healthclaims.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['analyze', 'seeds/kratom_melatonin_article.txt', '--format', 'html'])\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
