"""The command line, run as a learner would run it: as a separate process."""

import json
import os
import subprocess
import sys

import pytest

SEED = "seeds/kratom_melatonin_article.txt"


def run(root, *args):
    return subprocess.run([sys.executable, "-m", "healthclaims", *args], cwd=root, capture_output=True, text=True)


def test_help_lists_the_commands(root):
    result = run(root, "--help")
    assert result.returncode == 0
    for command in ("sentences", "parts", "readability"):
        assert command in result.stdout


def test_sentences_as_json(root):
    result = run(root, "sentences", SEED, "--format", "json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 35 and rows[27]["text"].startswith("While both substances are generally considered safe")


def test_sentences_as_csv_to_a_new_file_and_never_overwrite(root, tmp_path):
    out = tmp_path / "s.csv"
    assert run(root, "sentences", SEED, "--format", "csv", "--output", str(out)).returncode == 0
    first = out.read_text(encoding="utf-8")
    assert first.splitlines()[0] == "sentence_id,part_id,kind,section,n_words,text" and len(first.splitlines()) == 36
    again = run(root, "sentences", SEED, "--output", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert out.read_text(encoding="utf-8") == first


def test_readability_prints_the_scores(root):
    result = run(root, "readability", SEED)
    assert result.returncode == 0
    assert "flesch_reading_ease: 16.43" in result.stdout


BAD_INPUTS = [
    (None, "no such file"),
    ("DIR", "is a folder"),
    (b"", "is empty"),
    (b" \n\t \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08 control bytes, no NUL", "binary"),
    (b"Neither UTF-8 nor cp1252: \x81\x8d\x8f", "not UTF-8 or cp1252"),
    (b"<html><head><script>var x = 1;</script></head><body></body></html>", "no visible text"),
    (b"...", "no sentences found"),
    ("BIG", "the limit is 2,000,000 bytes"),
    ("FIFO", "is not a regular file"),
    ("LOOP", "a broken or looping link"),
    ("LONG", "could not be read (File name too long)"),
]


@pytest.mark.parametrize(("content", "message"), BAD_INPUTS, ids=[m for _, m in BAD_INPUTS])
def test_bad_input_gives_one_line_exit_2_and_writes_nothing(root, tmp_path, content, message):
    check_bad_input(root, tmp_path, "analyze", content, message)


@pytest.mark.parametrize(("content", "message"), [BAD_INPUTS[1], BAD_INPUTS[4]], ids=["folder", "binary"])
def test_every_command_shares_the_input_checks(root, tmp_path, content, message):
    check_bad_input(root, tmp_path, "sentences", content, message)


def check_bad_input(root, tmp_path, command, content, message):
    target = tmp_path / "input.txt"
    if content == "FIFO":
        os.mkfifo(target)  # reading it would wait for ever
    elif content == "LOOP":
        (tmp_path / "other.txt").symlink_to(target)
        target.symlink_to(tmp_path / "other.txt")
    elif content == "LONG":
        target = tmp_path / ("y" * 300 + ".txt")
    elif content == "DIR":
        target.mkdir()
    elif content == "BIG":
        target.write_bytes(b"Words. " * 300_000)
    elif content is not None:
        target.write_bytes(content)
    out = tmp_path / "report.csv"
    result = run(root, command, str(target), "--output", str(out))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("healthclaims: ") and message in lines[0], lines
    assert not out.exists()


FIXTURES = "tests/fixtures"


def test_analyze_the_seed_summary(root):
    result = run(root, "analyze", SEED)
    assert result.returncode == 0 and result.stderr == ""
    assert "35 sentences, 640 words, 9 paragraphs, 3 headlines" in result.stdout
    assert "concession 16%, advice 13%, promotion 40%" in result.stdout
    assert "overclaim index: 80.6 of 100" in result.stdout
    assert "claim strength: none 11, hedged 10, can 5, direct 12" in result.stdout


def test_analyze_a_news_report_with_abbreviations_quotes_and_a_numbered_list(root):
    result = run(root, "analyze", f"{FIXTURES}/news_report.txt", "--format", "json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    texts = [row["text"] for row in report["sentences"]]
    assert report["summary"]["sentences"] == 15 and report["summary"]["headlines"] == 1
    assert "Dr. Amina Osei, a pharmacist in St. Albans, said many customers ask about it." in texts
    assert "2. Check the label for the amount per capsule (e.g. 0.5 mg or 3 mg)." in texts
    however = next(r for r in report["sentences"] if r["text"].startswith("However"))
    assert however["concession"] == 1 and however["roles"] == "background"  # the word list's marker; users' claim
    assert [r["roles"] for r in report["sentences"] if r["text"][:2] in ("1.", "2.", "3.")] == ["advice"] * 3


def test_analyze_html_keeps_only_visible_text_and_says_so(root):
    result = run(root, "analyze", f"{FIXTURES}/fact_sheet.html", "--format", "csv")
    assert result.returncode == 0
    assert result.stderr.strip() == (
        f"healthclaims: note: {FIXTURES}/fact_sheet.html is HTML; only its visible text was kept "
        "(scripts and styles dropped)."
    )
    assert "miracle" not in result.stdout and "font-family" not in result.stdout and "JavaScript" not in result.stdout
    assert "There is limited evidence that Zentrol improves sleep." in result.stdout


def test_analyze_cp1252_text_with_a_notice(root):
    result = run(root, "analyze", f"{FIXTURES}/marketing_cp1252.txt", "--format", "json")
    assert result.returncode == 0
    assert "is not UTF-8; it was read as cp1252" in result.stderr
    report = json.loads(result.stdout)
    assert report["sentences"][0]["text"] == "Zentrol – nature’s answer to sleepless nights"  # the headline
    assert report["sentences"][1]["text"] == "“I sleep like a baby!” says one happy customer."
    assert report["summary"]["share"]["promotion"] == 0.667


def test_analyze_html_report_to_a_new_file_only(root, tmp_path):
    out = tmp_path / "report.html"
    assert run(root, "analyze", SEED, "--format", "html", "--output", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<script" not in page
    assert page.count("<tr>") == 39 and "game-changer" in page  # header, 35 sentences, 3 headlines
    assert "overclaim index: 80.6 of 100" in page
    again = run(root, "analyze", SEED, "--format", "html", "--output", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert out.read_text(encoding="utf-8") == page


def test_utf16_text_is_read_with_a_notice(root, tmp_path):
    article = tmp_path / "notepad.txt"
    article.write_bytes("Kratom may help sleep. Studies show it is safe.\n".encode("utf-16"))
    result = run(root, "sentences", str(article), "--format", "csv")
    assert result.returncode == 0
    assert result.stderr == f"healthclaims: note: {article} is UTF-16 text (Windows 'Unicode'); it was read as such.\n"
    assert "Studies show it is safe." in result.stdout


def test_html_without_a_closing_head_tag_keeps_its_text(root, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Kratom news</title>\n"
        "<body><p>Kratom may help sleep.</p><p>Studies show melatonin is safe.</p></body></html>",
        encoding="utf-8",
    )
    result = run(root, "sentences", str(page), "--format", "csv")
    assert result.returncode == 0
    assert "Kratom may help sleep." in result.stdout and "Kratom news" not in result.stdout


def test_output_folders_are_made_but_links_and_files_never_overwritten(root, tmp_path):
    report = tmp_path / "my_work" / "report.html"
    assert run(root, "analyze", SEED, "--format", "html", "--output", str(report)).returncode == 0
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "elsewhere.csv")
    result = run(root, "sentences", SEED, "--output", str(link))
    assert result.returncode == 2 and "already exists" in result.stderr
    assert not (tmp_path / "elsewhere.csv").exists()
    blocker = tmp_path / "a_file"
    blocker.write_text("keep me", encoding="utf-8")
    result = run(root, "sentences", SEED, "--output", str(blocker / "out.csv"))
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        f"healthclaims: {blocker} is not a folder (nothing was written)."
    ]
    assert blocker.read_text(encoding="utf-8") == "keep me"


def test_a_mistyped_command_line_gets_one_line(root):
    result = run(root, "analyze", SEED, "--format", "xml")
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()  # argparse words the middle differently across Python versions
    assert line.startswith("healthclaims: argument --format: invalid choice: 'xml'")
    assert line.endswith("(see: python -m healthclaims --help)")


def test_one_paragraph_is_counted_in_the_singular(root, tmp_path):
    article = tmp_path / "short.txt"
    article.write_text("One paragraph only here.\n", encoding="utf-8")
    result = run(root, "analyze", str(article))
    assert "1 sentence, 4 words, 1 paragraph, 0 headlines" in result.stdout


def test_the_word_counts_are_left_out_only_where_they_are_not_shown(root):
    from healthclaims.analyze import COLUMNS, analyze
    from healthclaims.article import load_seed
    from healthclaims.lexicon import CATEGORIES

    article = load_seed()
    full, lean = analyze(article), analyze(article, word_counts=False)
    assert list(full.sentences.columns) == COLUMNS
    assert list(lean.sentences.columns) == [c for c in COLUMNS if c not in CATEGORIES]
    assert lean.summary == full.summary
    assert lean.sentences.equals(full.sentences.drop(columns=list(CATEGORIES)))
    csv_header = run(root, "analyze", "seeds/kratom_melatonin_article.txt", "--format", "csv").stdout.splitlines()[0]
    assert csv_header.split(",") == COLUMNS  # CSV and JSON still carry the six counts
