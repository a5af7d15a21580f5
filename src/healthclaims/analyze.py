"""The toolkit on any article: a sentence table with roles, claim strength and evidence, and a short summary."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from healthclaims.article import Article
from healthclaims.lexicon import CATEGORIES, load_lexicon, marker_counts
from healthclaims.readability import readability
from healthclaims.rules import ROLES, STRENGTHS, label_sentences

SCHEMA_VERSION = 2
"""Version of the JSON output: 2 added roles, strength, evidence, headlines, summary.share and overclaim_index."""

PROFILE_SYMBOLS = {"none": "·", "hedged": "h", "can": "c", "direct": "D"}
"""One character per sentence for the certainty profile: readable without colour."""

CLAIM_WEIGHT = {"none": 0.0, "hedged": 0.5, "can": 0.75, "direct": 1.0}
"""How firmly a claim is made, for the overclaim index."""

EVIDENCE_WEIGHT = {"none": 1.0, "vague": 0.75, "named": 0.25}
"""How much of a claim's weight is left when it names its evidence, for the overclaim index."""

TABLE_COLUMNS = ["sentence_id", "roles", "strength", "evidence", "markers", "text"]
"""Columns shown in the text table and the HTML report."""

COLUMNS = ["sentence_id", "kind", "section", "n_words", "roles", "strength", "evidence", *CATEGORIES, "markers", "text"]
"""Columns of the sentence table, in order; the six word-list counts come from data/lexicon.csv (notebook 03)."""


@dataclass(frozen=True)
class Analysis:
    """A sentence table and a summary of one article."""

    sentences: pd.DataFrame
    summary: dict


def units(article: Article) -> pd.DataFrame:
    """Return the sentences and the headlines of an article in reading order (headlines get ids h01, h02 ...)."""
    parts = article.parts.reset_index(drop=True)
    headings = parts[parts["kind"] == "heading"]
    width = max(2, len(str(len(headings))))
    heads = pd.DataFrame(
        {
            "sentence_id": [f"h{n:0{width}d}" for n in range(1, len(headings) + 1)],
            "part_id": headings["part_id"].to_numpy(),
            "kind": "heading",
            "section": headings["section"].to_numpy(),
            "text": headings["text"].str.strip().to_numpy(),
        }
    )
    from healthclaims.sentences import words

    heads["n_words"] = [len(words(t)) for t in heads["text"]]
    table = pd.concat([heads, article.sentences[heads.columns]], ignore_index=True)
    order = {part: n for n, part in enumerate(parts["part_id"])}
    table["_part"] = table["part_id"].map(order)
    return table.sort_values("_part", kind="stable").drop(columns=["_part", "part_id"]).reset_index(drop=True)


def labelled_units(article: Article) -> pd.DataFrame:
    """Return the sentences and headlines (see units) with the rules' roles, strength, evidence and cue words."""
    table = units(article)
    labels = label_sentences(table["text"].tolist(), (table["kind"] == "heading").tolist())
    table["roles"] = [";".join(label.roles) for label in labels]
    table["strength"] = [label.strength for label in labels]
    table["evidence"] = [label.evidence for label in labels]
    table["markers"] = ["; ".join(label.cues) for label in labels]
    return table


def analyze(article: Article, lexicon: pd.DataFrame | None = None, word_counts: bool = True) -> Analysis:
    """Label every sentence and headline with roles, claim strength and evidence; summarise the article.

    ``word_counts=False`` leaves out the six word-list columns (hedge ... nature_appeal), which the
    summary does not use: the command line's table and HTML report do not show them.
    """
    table = labelled_units(article)
    if word_counts:
        lexicon = load_lexicon() if lexicon is None else lexicon
        table = table.join(marker_counts(table.set_index("sentence_id")["text"], lexicon), on="sentence_id")
    return Analysis(sentences=table[[c for c in COLUMNS if c in table]], summary=_summary(article, table))


def role_shares(table: pd.DataFrame) -> dict[str, float]:
    """Return, for each role, the share of sentences (headlines included) that carry it."""
    n = len(table)
    sets = [set(cell.split(";")) for cell in table["roles"].tolist()]  # a list: quicker to walk than a column
    return {role: round(sum(role in roles for roles in sets) / n, 3) if n else 0.0 for role in ROLES}


def overclaim_index(table: pd.DataFrame) -> float:
    """Return the overclaim index, 0–100: firm, unsourced benefit and safety claims against concessions and harms.

    pressure  = Σ over sentences with a benefit or safety_reassurance role of
                CLAIM_WEIGHT[strength] × EVIDENCE_WEIGHT[evidence], plus 0.5 per sentence with promotion;
    restraint = the number of sentences with a concession, plus the number with a harm;
    index     = 100 × pressure / (pressure + restraint), and 0 when both are 0.
    """
    pressure = restraint = 0.0
    columns = (table[name].tolist() for name in ("roles", "strength", "evidence"))
    for cell, strength, evidence in zip(*columns, strict=True):
        roles = set(cell.split(";"))
        if "benefit" in roles or "safety_reassurance" in roles:
            pressure += CLAIM_WEIGHT[strength] * EVIDENCE_WEIGHT[evidence]
        pressure += 0.5 * ("promotion" in roles)
        restraint += ("concession" in roles) + ("harm" in roles)
    return round(100 * pressure / (pressure + restraint), 1) if pressure + restraint else 0.0


def _summary(article: Article, table: pd.DataFrame) -> dict:
    """Counts, role shares, the overclaim index, strengths, the certainty profile and readability."""
    body = table[table["kind"] != "heading"]
    summary: dict = {
        "sentences": len(body),
        "headlines": len(table) - len(body),
        "words": int(body["n_words"].sum()),
        "paragraphs": int(article.parts["kind"].isin(["summary", "body"]).sum()),
        "share": role_shares(table),
        "overclaim_index": overclaim_index(table),
    }
    strengths = table["strength"].value_counts()
    summary["strength"] = {level: int(strengths.get(level, 0)) for level in STRENGTHS}
    summary["certainty_profile"] = "".join(PROFILE_SYMBOLS[s] for s in table["strength"].tolist())
    if len(body) and body["n_words"].sum():
        scores = readability(body["text"].tolist())
        summary["flesch_reading_ease"] = round(scores["flesch_reading_ease"], 1)
        summary["flesch_kincaid_grade"] = round(scores["flesch_kincaid_grade"], 1)
    return summary


def _count(n: int, noun: str) -> str:
    """'1 paragraph', '2 paragraphs'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary_lines(summary: dict) -> list[str]:
    """Render the summary as short human-readable lines."""
    counts = [_count(summary[key], key[:-1]) for key in ("sentences", "words", "paragraphs", "headlines")]
    shares = ", ".join(f"{role.replace('_', ' ')} {share:.0%}" for role, share in summary["share"].items() if share)
    lines = [
        ", ".join(counts),
        f"share of sentences (headlines included) with each role: {shares or 'none'}",
        f"overclaim index: {summary['overclaim_index']:g} of 100 (firm, unsourced benefit and safety claims "
        "against concessions and harms; see README)",
        "claim strength: " + ", ".join(f"{level} {n}" for level, n in summary["strength"].items()),
        f"certainty profile, start to end (· none, h hedged, c can, D direct): {summary['certainty_profile']}",
    ]
    if "flesch_reading_ease" in summary:
        lines.append(
            f"readability: Flesch Reading Ease {summary['flesch_reading_ease']}, "
            f"Flesch-Kincaid grade {summary['flesch_kincaid_grade']}"
        )
    lines.append(
        "Roles come from readable rules (healthclaims/rules.py): a first pass to check by reading, not a verdict."
    )
    return lines


def load_for_analysis(source: str) -> Article | None:
    """Load an article from a file path or from pasted text; on bad input print one line and return None."""
    from pathlib import Path

    from healthclaims.article import load_article, no_sentences_message, parse_article
    from healthclaims.errors import InputError

    try:
        looks_like_path = "\n" not in source and len(source) < 300 and Path(source).suffix != ""
        article = load_article(source) if looks_like_path else parse_article(source)
        for notice in article.notices:
            print(f"note: {notice}")
        problem = no_sentences_message(article)
        if problem and "headings" in problem:
            print(f"note: {problem}; they are analysed as headlines.")
        elif problem:
            raise InputError(f"{problem}, so there is nothing to analyse.")
    except InputError as exc:
        print(f"ℹ {exc}")
        return None
    return article
