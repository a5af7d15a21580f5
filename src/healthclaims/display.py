"""Showing an article's structure as labelled, wrapped plain text (readable without colour)."""

from __future__ import annotations

import html
import textwrap

import pandas as pd

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


ROLE_TINTS = {
    "benefit": "rgba(0, 114, 178, 0.22)",
    "mechanism": "rgba(86, 180, 233, 0.25)",
    "safety": "rgba(0, 158, 115, 0.25)",
    "concession": "rgba(213, 94, 0, 0.25)",
    "advice": "rgba(204, 121, 167, 0.28)",
    "promotion": "rgba(230, 159, 0, 0.28)",
    "background": "rgba(0, 0, 0, 0.08)",
}
"""Light Okabe–Ito tints for each primary role; every sentence also carries a text label."""


def role_label(roles: str, primary: str) -> str:
    """Return a text label such as 'BENEFIT +promotion' (primary role first, in capitals)."""
    others = [r for r in roles.split(";") if r != primary]
    return " ".join([primary.upper(), *(f"+{r}" for r in others)])


def roles_html(coded: pd.DataFrame, article: Article) -> str:
    """Return the article as HTML, each sentence tinted by primary role and labelled in words."""
    by_id = coded.set_index("sentence_id")
    blocks = []
    for part in article.parts.itertuples():
        if part.kind == "heading":
            blocks.append(f"<h4>{html.escape(part.text, quote=False)}</h4>")
        elif part.kind in ("summary", "body"):
            spans = []
            for sid in article.sentences.loc[article.sentences["part_id"] == part.part_id, "sentence_id"]:
                row = by_id.loc[sid]
                label = role_label(row["roles"], row["primary_role"])
                spans.append(
                    f'<span style="background-color:{ROLE_TINTS[row["primary_role"]]}; padding:1px 2px">'
                    f"<b>[{sid} {label}]</b> {html.escape(row['text'], quote=False)}</span>"
                )
            blocks.append("<p>" + " ".join(spans) + "</p>")
    return '<div style="line-height:1.7; max-width:60em">' + "\n".join(blocks) + "</div>"
