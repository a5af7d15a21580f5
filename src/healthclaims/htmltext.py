"""Reducing an HTML page to the text a reader sees (scripts, styles and markup dropped)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
CELLS = frozenset({"td", "th"})
BLOCKS = frozenset(
    """p div section article header footer main aside nav blockquote pre figure figcaption
    h1 h2 h3 h4 h5 h6 ul ol li table tr dl dt dd br hr form fieldset details summary""".split()
)


class _VisibleText(HTMLParser):
    """Collect visible text, starting a new line at block elements and marking list items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_head = False  # browsers end the head at <body> or at the first visible element, </head> or not

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "body" or tag in BLOCKS:
            self.in_head = False
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in CELLS:
            self.parts.append(" ")
        elif tag in BLOCKS:
            self.parts.append("\n\n" if tag not in ("li", "br", "tr", "dt", "dd") else "\n")
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n\n" if tag not in ("li", "br", "tr", "dt", "dd") else "\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden and not self.in_head:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Return True if the text starts like an HTML document, or has HTML tags that open and close."""
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = re.findall(r"<(/?)(p|div|h[1-6]|li|body)\b[^>]*>", head)
    return len(tags) >= 2 and any(slash for slash, _ in tags)


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML page: one paragraph per block, blank lines between."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
