"""A transparent word list (data/lexicon.csv) and a detector that finds its terms in sentences."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import pandas as pd

from healthclaims import paths
from healthclaims.trie import trie_regex

CATEGORIES = ("hedge", "booster", "concession", "promotion", "advice", "nature_appeal")
"""The lexicon's categories, in the order the course reports them."""


@cache
def _lexicon_file() -> pd.DataFrame:
    """data/lexicon.csv as read once per session."""
    return pd.read_csv(paths.data_path("lexicon.csv"), dtype=str, keep_default_na=False)


def load_lexicon() -> pd.DataFrame:
    """Return data/lexicon.csv: one row per term with its category, match rule and source (a fresh copy)."""
    return _lexicon_file().copy()


def _term_regex(term: str, match: str = "word") -> str:
    """Return the regex source for one term: a whole word or phrase, or any word starting with a prefix."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term.strip().lower())]
    body = r"[\s-]+".join(parts)
    tail = r"\w*" if match == "prefix" else r"\b"
    return r"(?<![\w'’-])" + body + tail


_WORD_START = re.compile(r"(?<![\w'’-])\w+")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}  # A-Z to a-z only: every offset stays put
"""A word where a lexicon term could begin (the same left edge as every term's pattern)."""


@cache
def term_pattern(term: str, match: str = "word") -> re.Pattern[str]:
    """Return the compiled regex for one term (see _term_regex)."""
    return re.compile(_term_regex(term, match), re.IGNORECASE)


def _first_word(term: str) -> str:
    """The first word of a term, lower case ("tends to" → "tends")."""
    first = re.match(r"\w+", term.strip().lower())
    return first.group() if first else ""


@cache
def _term_index(
    entries: tuple[tuple[str, str, str], ...],
) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int], re.Pattern[str] | None]:
    """Index a word list once: entries by first word, by prefix, the prefix lengths and one gate pattern."""
    by_word: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    for i, (term, match, _) in enumerate(entries):
        single = re.fullmatch(r"\w+", term.strip().lower()) is not None
        target = by_prefix if match == "prefix" and single else by_word
        target.setdefault(_first_word(term), []).append(i)
    # One pass finds every place where some term could begin: a first word, or a word starting with a prefix.
    starts_of_terms = sorted(set(by_word) | set(by_prefix))
    gate = re.compile(r"(?<![\w'-])" + trie_regex(starts_of_terms)) if starts_of_terms else None
    return by_word, by_prefix, sorted({len(p) for p in by_prefix}), gate


def find_terms(sentences: pd.Series, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Return one row per match: sentence label, term, match rule, category, matched text and offset.

    The sentences are joined and scanned once for the places where a term could begin (its first
    word, or a word starting with its prefix); only there is the term's own pattern tried, so the
    cost grows with the length of the text, not with the length of the text times the number of terms.
    """
    entries = tuple(lexicon[["term", "match", "category"]].itertuples(index=False, name=None))
    by_word, by_prefix, prefix_lengths, gate = _term_index(entries)
    labels, texts = list(sentences.index), [str(t) for t in sentences]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 2
    joined = "\n\n".join(texts).replace("’", "'")
    lower_text = joined.translate(_ASCII_LOWER)
    rows = []
    for found in gate.finditer(lower_text) if gate else ():
        word = _WORD_START.match(lower_text, found.start())
        lower = word.group()
        candidates = list(by_word.get(lower, ()))
        for n in prefix_lengths:
            candidates += by_prefix.get(lower[:n], ())
        for i in sorted(set(candidates)):
            term, match, category = entries[i]
            m = term_pattern(term, match).match(joined, word.start())
            if m:
                k = bisect_right(starts, m.start()) - 1
                start = m.start() - starts[k]
                rows.append((labels[k], term, match, category, texts[k][start : start + len(m.group())], start))
    columns = ["sentence", "term", "match", "category", "matched", "start"]
    order = {label: n for n, label in enumerate(labels)}
    table = pd.DataFrame(rows, columns=columns)
    table["_order"] = table["sentence"].map(order)
    table["_term"] = table["term"].map({term: n for n, (term, _, _) in enumerate(entries)})
    table = table.sort_values(["_order", "start", "_term"], kind="stable").drop(columns=["_order", "_term"])
    return table.reset_index(drop=True)


def marker_counts(sentences: pd.Series, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Return one row per sentence and one column per category: how many lexicon terms matched."""
    found = find_terms(sentences, lexicon)
    table = found.groupby(["sentence", "category"]).size().unstack(fill_value=0)
    return table.reindex(index=sentences.index, columns=list(CATEGORIES), fill_value=0).rename_axis(columns=None)


def strength_by_words(text: str, counts: pd.Series) -> str:
    """Guess claim strength from marker words alone: hedge → hedged; can/help → can; advice only → none; else direct."""
    if counts["hedge"] > 0:
        return "hedged"
    if re.search(r"\bcan\b|\bhelps?\b", text, re.IGNORECASE):
        return "can"
    if counts["advice"] > 0:
        return "none"
    return "direct"
