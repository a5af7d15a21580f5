"""A transparent word list (data/lexicon.csv) and a detector that finds its terms in sentences."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import pandas as pd

from healthclaims import paths

CATEGORIES = ("hedge", "booster", "concession", "promotion", "advice", "nature_appeal")
"""The lexicon's categories, in the order the course reports them."""


def load_lexicon() -> pd.DataFrame:
    """Return data/lexicon.csv: one row per term with its category, match rule and source."""
    return pd.read_csv(paths.data_path("lexicon.csv"), dtype=str, keep_default_na=False)


def _term_regex(term: str, match: str = "word") -> str:
    """Return the regex source for one term: a whole word or phrase, or any word starting with a prefix."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term.strip().lower())]
    body = r"[\s-]+".join(parts)
    tail = r"\w*" if match == "prefix" else r"\b"
    return r"(?<![\w'’-])" + body + tail


@cache
def term_pattern(term: str, match: str = "word") -> re.Pattern[str]:
    """Return the compiled regex for one term (see _term_regex)."""
    return re.compile(_term_regex(term, match), re.IGNORECASE)


def category_patterns(lexicon: pd.DataFrame) -> dict[str, re.Pattern[str]]:
    """Compile one pattern per category: every term an alternative, longest first, named t0, t1 ... by lexicon row."""
    patterns = {}
    for category, rows in lexicon.reset_index(drop=True).groupby("category", sort=False):
        alternatives = sorted(rows.itertuples(), key=lambda r: -len(r.term))
        body = "|".join(f"(?P<t{r.Index}>{_term_regex(r.term, r.match)})" for r in alternatives)
        patterns[category] = re.compile(body, re.IGNORECASE)
    return patterns


def find_terms(sentences: pd.Series, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Return one row per match: sentence label, term, match rule, category, matched text and offset.

    Each category is one compiled pattern, run once over all the sentences joined together.
    """
    lexicon = lexicon.reset_index(drop=True)
    labels, texts = list(sentences.index), [str(t) for t in sentences]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 2
    joined = "\n\n".join(texts).replace("’", "'")
    rows = []
    for category, pattern in category_patterns(lexicon).items():
        for m in pattern.finditer(joined):
            i = bisect_right(starts, m.start()) - 1
            entry = lexicon.loc[int(m.lastgroup[1:])]
            start = m.start() - starts[i]
            rows.append((labels[i], entry.term, entry.match, category, texts[i][start : start + len(m.group())], start))
    columns = ["sentence", "term", "match", "category", "matched", "start"]
    order = {label: n for n, label in enumerate(labels)}
    table = pd.DataFrame(rows, columns=columns)
    table["_order"] = table["sentence"].map(order)
    table = table.sort_values(["_order", "start"], kind="stable").drop(columns="_order")
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
