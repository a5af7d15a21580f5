"""A transparent word list (data/lexicon.csv) and a detector that finds its terms in sentences."""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from healthclaims import paths

CATEGORIES = ("hedge", "booster", "concession", "promotion", "advice", "nature_appeal")
"""The lexicon's categories, in the order the course reports them."""


def load_lexicon() -> pd.DataFrame:
    """Return data/lexicon.csv: one row per term with its category, match rule and source."""
    return pd.read_csv(paths.data_path("lexicon.csv"), dtype=str, keep_default_na=False)


@cache
def term_pattern(term: str, match: str = "word") -> re.Pattern[str]:
    """Return the regex for one term: a whole word or phrase, or any word starting with a prefix."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term.strip().lower())]
    body = r"[\s-]+".join(parts)
    tail = r"\w*" if match == "prefix" else r"\b"
    return re.compile(r"(?<![\w'’-])" + body + tail, re.IGNORECASE)


def find_terms(sentences: pd.Series, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Return one row per match: sentence label, term, match rule, category, matched text and offset."""
    rows = []
    for label, text in sentences.items():
        plain = text.replace("’", "'")
        for entry in lexicon.itertuples():
            for m in term_pattern(entry.term, entry.match).finditer(plain):
                rows.append(
                    {
                        "sentence": label,
                        "term": entry.term,
                        "match": entry.match,
                        "category": entry.category,
                        "matched": text[m.start() : m.end()],
                        "start": m.start(),
                    }
                )
    columns = ["sentence", "term", "match", "category", "matched", "start"]
    return pd.DataFrame(rows, columns=columns).sort_values(["sentence", "start"], kind="stable").reset_index(drop=True)


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
