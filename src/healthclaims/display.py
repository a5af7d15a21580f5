"""Showing an article's structure as labelled, wrapped plain text (readable without colour)."""

from __future__ import annotations

import textwrap

from healthclaims.article import Article

LABELS = {"summary": "SUMMARY", "contents": "CONTENTS", "heading": "HEADING", "body": "PARAGRAPH"}


def structure_text(article: Article, width: int = 88) -> str:
    """Return the article with each part labelled by id and kind, and its sentence count."""
    counts = article.sentences.groupby("part_id").size()
    blocks = []
    for part in article.parts.itertuples():
        n = counts.get(part.part_id, 0)
        note = f", {n} sentence{'s' if n != 1 else ''}" if part.kind in ("summary", "body") else ""
        label = f"[{part.part_id} · {LABELS[part.kind]}{note}]"
        if part.kind == "heading":
            blocks.append(f"{label}\n== {part.text} ==")
        else:
            blocks.append(label + "\n" + textwrap.fill(part.text, width=width))
    return "\n\n".join(blocks)


def show_structure(article: Article, width: int = 88) -> None:
    """Print the article with every part labelled (see structure_text)."""
    print(structure_text(article, width))
