"""A standalone HTML report of an analysis (escaped text, no scripts, no external files)."""

from __future__ import annotations

import html

from healthclaims.analyze import TABLE_COLUMNS, Analysis, summary_lines

STYLE = """body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}"""


def analysis_html(result: Analysis, title: str) -> str:
    """Return a complete HTML page with the summary and the sentence table."""
    escape = html.escape
    summary = "".join(f"<li>{escape(line)}</li>" for line in summary_lines(result.summary))
    columns = TABLE_COLUMNS
    head = "".join(f"<th scope='col'>{escape(c)}</th>" for c in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(str(row[c]))}</td>" for c in columns) + "</tr>"
        for _, row in result.sentences.iterrows()
    )
    return (
        f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'><title>Analysis of {escape(title)}</title>"
        f"<style>{STYLE}</style></head><body>\n<h1>Analysis of {escape(title)}</h1>\n"
        f"<h2>Summary</h2><ul>{summary}</ul>\n<h2>Sentences</h2>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>\n</body></html>\n"
    )
