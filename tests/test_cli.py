"""The command line, run as a learner would run it: as a separate process."""

import json
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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("DIR", "is a folder"),
        (b"", "is empty"),
        (b" \n ", "is empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"\xff\xfe\xfa", "not UTF-8"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(root, tmp_path, content, message):
    target = tmp_path / "input.txt"
    if content == "DIR":
        target.mkdir()
    elif content is not None:
        target.write_bytes(content)
    result = run(root, "sentences", str(target))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("healthclaims: ") and message in lines[0]
