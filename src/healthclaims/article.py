"""An article as data: its parts (summary, contents, headings, paragraphs) and its sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from healthclaims import paths
from healthclaims.sentences import MAX_SENTENCE_CHARS, is_list_item, sentence_cuts, strip_list_marker, words
from healthclaims.textio import read_document

PART_KINDS = ("summary", "contents", "heading", "body")
"""The kinds of part: opening summary, table-of-contents line, section heading, body paragraph."""

_TERMINAL = re.compile(r"[.!:;,\"”]$")


@dataclass(frozen=True)
class Article:
    """A parsed article: the raw text, one row per part, one row per sentence."""

    text: str
    parts: pd.DataFrame
    sentences: pd.DataFrame
    notices: tuple[str, ...] = ()

    def __repr__(self) -> str:
        counts = self.parts["kind"].value_counts()
        summary = ", ".join(f"{counts.get(kind, 0)} {kind}" for kind in PART_KINDS)
        return f"<Article: {len(self.parts)} parts ({summary}); {len(self.sentences)} sentences>"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of paragraphs.

    With no blank lines in the text, every line is a paragraph (as in the seed).
    Otherwise blank lines separate paragraphs, and a list item or a one-line
    heading at the top of a block stands on its own.
    """
    blank_mode = re.search(r"\n[ \t]*\n", text) is not None
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None  # [start, end, number of lines]
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw.rstrip())
        pos += len(raw) + 1
        if not raw.strip():
            current = None
            continue
        starts_new = (
            not blank_mode
            or current is None
            or is_list_item(raw)
            or (current[2] == 1 and _heading_above(text[current[0] : current[1]].strip(), raw.strip()))
        )
        if starts_new:
            current = [start, end, 1]
            spans.append((start, end))
        else:
            current[1], current[2] = end, current[2] + 1
            spans[-1] = (current[0], end)
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def _looks_like_heading(line: str) -> bool:
    """Return True for a short line without closing punctuation, a short question, or a title-case question."""
    tokens = line.split()
    if not tokens or len(tokens) > 15 or is_list_item(line):
        return False
    if line.endswith("?"):
        if len(tokens) <= 8 and not re.search(r"[.!?]\s", line):  # a short question standing alone
            return True
        long_words = [t for t in tokens if len(t) >= 4]
        return bool(long_words) and sum(t[0].isupper() for t in long_words) * 2 >= len(long_words)
    return not _TERMINAL.search(line)


def _heading_above(line: str, next_line: str) -> bool:
    """Return True if ``line``, first in a block, is a heading over ``next_line`` rather than wrapped text."""
    if not _looks_like_heading(line) or re.search(r"[.!?]\s", line):
        return False
    return is_list_item(next_line) or (len(line.split()) <= 8 and len(line) <= 0.6 * len(next_line))


def _classify(texts: list[str]) -> list[str]:
    """Assign each paragraph a kind from PART_KINDS."""
    kinds = ["body"] * len(texts)
    entries = {strip_list_marker(t).strip() for t in texts if is_list_item(t)}
    titles = {t.strip() for t in texts if not is_list_item(t)}
    for i, t in enumerate(texts):
        if is_list_item(t):
            if strip_list_marker(t).strip() in titles:
                kinds[i] = "contents"
        elif t.strip() in entries or ("\n" not in t.strip() and _looks_like_heading(t.strip())):  # one line only
            kinds[i] = "heading"
    first_structural = next((i for i, k in enumerate(kinds) if k != "body"), len(kinds))
    if first_structural >= 2:
        kinds[0] = "summary"
    return kinds


def parse_article(text: str) -> Article:
    """Parse plain text into parts and sentences with stable ids in reading order."""
    spans = _paragraphs(text)
    kinds = _classify([text[s:e] for s, e in spans])
    part_width = max(2, len(str(len(spans))))
    part_rows, sentence_rows = [], []
    section, heading = 0, ""
    cut_at = {"line": 0, "limit": 0}
    for n, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True), 1):
        part_id = f"p{n:0{part_width}d}"
        if kind == "heading":
            section += 1
            heading = text[start:end].strip()
        part_rows.append(
            {"part_id": part_id, "kind": kind, "section": section, "heading": heading, "text": text[start:end]}
        )
        if kind in ("summary", "body"):
            for s_start, s_end, how in sentence_cuts(text[start:end]):
                cut_at[how] = cut_at.get(how, 0) + 1
                sentence_rows.append(
                    {
                        "part_id": part_id,
                        "kind": kind,
                        "section": section,
                        "heading": heading,
                        "start": start + s_start,
                        "end": start + s_end,
                    }
                )
    sentence_width = max(2, len(str(len(sentence_rows))))
    for n, row in enumerate(sentence_rows, 1):
        row["sentence_id"] = f"s{n:0{sentence_width}d}"
        row["position"] = n
        row["text"] = text[row["start"] : row["end"]]
        row["n_words"] = len(words(row["text"]))
    sentence_columns = [
        "sentence_id",
        "position",
        "part_id",
        "kind",
        "section",
        "heading",
        "text",
        "n_words",
        "start",
        "end",
    ]
    parts = pd.DataFrame(part_rows, columns=["part_id", "kind", "section", "heading", "text"])
    sentences = pd.DataFrame(sentence_rows, columns=sentence_columns)
    notices = []
    if cut_at["line"]:
        notices.append(f"{cut_at['line']} lines had no sentence end (. ! ?), so each line was read as one sentence.")
    if cut_at["limit"]:
        notices.append(
            f"{cut_at['limit']} sentences are pieces of text that ran over {MAX_SENTENCE_CHARS:,} characters "
            "without a sentence end, cut at a space: check them by reading."
        )
    return Article(text=text, parts=parts, sentences=sentences, notices=tuple(notices))


def no_sentences_message(article: Article) -> str | None:
    """Return why an article has nothing to analyse as sentences (None if it has sentences with words)."""
    if not article.sentences.empty and article.sentences["n_words"].sum() > 0:
        return None
    headings = int((article.parts["kind"] == "heading").sum())
    if headings:
        noun = "heading" if headings == 1 else "headings"
        return f"no sentences found, only {headings} {noun} (short lines without a full stop)"
    return "no sentences found (no words at all)"


def load_article(path: str | Path) -> Article:
    """Read an article file (text or HTML; UTF-8, UTF-16 or cp1252) and parse it: the one reading path of the course."""
    document = read_document(path)
    article = parse_article(document.text)
    return replace(article, notices=(*document.notices, *article.notices))


def load_seed() -> Article:
    """Load the course's seed article (kratom and melatonin for chronic pain)."""
    return load_article(paths.seed_path())
