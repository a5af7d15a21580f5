"""The toolkit on any article: a sentence table with detected markers, and a short summary."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from healthclaims.article import Article
from healthclaims.coding import STRENGTHS
from healthclaims.lexicon import CATEGORIES, find_terms, load_lexicon, marker_counts, strength_by_words
from healthclaims.readability import readability

PROFILE_SYMBOLS = {"none": "·", "hedged": "h", "can": "c", "direct": "D"}
"""One character per sentence for the certainty profile: readable without colour."""

DETECTED_ROLE = {"concession": "concession", "advice": "advice", "promotion": "promotion", "nature_appeal": "promotion"}


@dataclass(frozen=True)
class Analysis:
    """A sentence table and a summary of one article."""

    sentences: pd.DataFrame
    summary: dict


def analyze(article: Article, lexicon: pd.DataFrame | None = None) -> Analysis:
    """Detect markers and estimate claim strength for every sentence; summarise the article."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    texts = article.sentences.set_index("sentence_id")["text"]
    counts = marker_counts(texts, lexicon)
    found = find_terms(texts, lexicon)
    words = found.groupby("sentence")["matched"].agg(lambda m: "; ".join(dict.fromkeys(w.lower() for w in m)))
    table = article.sentences[["sentence_id", "section", "n_words", "text"]].set_index("sentence_id")
    table = table.join(counts)
    table["markers"] = words.reindex(table.index).fillna("")
    table["roles_detected"] = [
        ";".join(dict.fromkeys(DETECTED_ROLE[c] for c in CATEGORIES if c in DETECTED_ROLE and row[c] > 0))
        for _, row in counts.iterrows()
    ]
    table["strength_estimate"] = [strength_by_words(t, counts.loc[sid]) for sid, t in texts.items()]
    table = table.reset_index()[
        ["sentence_id", "section", "n_words", *CATEGORIES, "roles_detected", "strength_estimate", "markers", "text"]
    ]
    return Analysis(sentences=table, summary=_summary(article, table))


def _summary(article: Article, table: pd.DataFrame) -> dict:
    """Counts of sentences with each kind of marker, the strength estimates and the certainty profile."""
    n = len(table)
    summary: dict = {
        "sentences": n,
        "words": int(table["n_words"].sum()),
        "paragraphs": int(article.parts["kind"].isin(["summary", "body"]).sum()),
        "headings": int((article.parts["kind"] == "heading").sum()),
    }
    for category in CATEGORIES:
        summary[f"sentences_with_{category}"] = int((table[category] > 0).sum())
    strengths = table["strength_estimate"].value_counts()
    for level in STRENGTHS:
        summary[f"strength_{level}"] = int(strengths.get(level, 0))
    summary["certainty_profile"] = "".join(PROFILE_SYMBOLS[s] for s in table["strength_estimate"])
    if n:
        scores = readability(table["text"].tolist())
        summary["flesch_reading_ease"] = round(scores["flesch_reading_ease"], 1)
        summary["flesch_kincaid_grade"] = round(scores["flesch_kincaid_grade"], 1)
    return summary


def _count(n: int, noun: str) -> str:
    """'1 paragraph', '2 paragraphs'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary_lines(summary: dict) -> list[str]:
    """Render the summary as short human-readable lines."""
    counts = [_count(summary[key], key[:-1]) for key in ("sentences", "words", "paragraphs", "headings")]
    lines = [
        ", ".join(counts),
        "sentences with: " + ", ".join(f"{c.replace('_', ' ')} {summary[f'sentences_with_{c}']}" for c in CATEGORIES),
        "claim strength (estimated from words): "
        + ", ".join(f"{level} {summary[f'strength_{level}']}" for level in STRENGTHS),
        f"certainty profile, start to end (· none, h hedged, c can, D direct): {summary['certainty_profile']}",
    ]
    if "flesch_reading_ease" in summary:
        lines.append(
            f"readability: Flesch Reading Ease {summary['flesch_reading_ease']}, "
            f"Flesch-Kincaid grade {summary['flesch_kincaid_grade']}"
        )
    lines.append("Markers are words from data/lexicon.csv: a first pass to check by reading, not a verdict.")
    return lines


def load_for_analysis(source: str) -> Article | None:
    """Load an article from a file path or from pasted text; on bad input print one line and return None."""
    from pathlib import Path

    from healthclaims.article import parse_article
    from healthclaims.errors import InputError
    from healthclaims.textio import read_document

    try:
        looks_like_path = "\n" not in source and len(source) < 300 and Path(source).suffix != ""
        if looks_like_path:
            document = read_document(source)
            for notice in document.notices:
                print(f"note: {notice}")
            text = document.text
        else:
            text = source
        article = parse_article(text)
        if article.sentences.empty or article.sentences["n_words"].sum() == 0:
            raise InputError("no sentences found (no words at all), so there is nothing to analyse.")
    except InputError as exc:
        print(f"ℹ {exc}")
        return None
    return article
