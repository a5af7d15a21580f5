"""Splitting plain text into sentences, and sentences into words.

The rules are deliberately simple and listed here so a learner can read them:

1. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or
   brackets, and any citation numbers such as ``.2,3`` or ``.[4]``), when
   whitespace follows and the next sentence starts with a capital letter of any
   alphabet (Latin, Greek, Cyrillic ...), a digit or an opening quote or bracket.
   ``。``, ``！``, ``？`` and ``।`` end a sentence whatever follows them.
2. A full stop does not end a sentence after a known abbreviation (``Dr.``,
   ``e.g.``, ``U.S.`` ...), after a middle initial (``Mary J. Smith``), after an
   abbreviation in brackets (the botanist in ``Withania somnifera (L.) Dunal``),
   or after the number of a numbered list item (``1.`` at the start of a line).
3. A line that starts with a list marker (``-``, ``*``, ``•``, ``1.``, ``2)``)
   and a blank line always start a new sentence.
4. Text without sentence ends is cut at line breaks, and anything still longer
   than ``MAX_SENTENCE_CHARS`` characters at the last space before the limit
   (``sentence_cuts`` says where this happened, so a notice can be printed).

Decimals (``2.5 mg``) never split because no space follows the point.
"""

from __future__ import annotations

import re
from itertools import pairwise

ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof sr jr st vs cf fig figs no nos vol approx dept est
    e.g i.e u.s u.k u.n a.k.a p pp
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
"""Words that end in a full stop without ending the sentence (lower case, final dot dropped)."""

MAX_SENTENCE_CHARS = 1_000
"""Longest stretch read as one sentence; longer text without a sentence end is cut at a space."""

# A sentence end, its closing quotes or brackets, optional citation numbers, then the first letter that follows.
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?]+|…)["'”’)\]]*"""
    r"""(?P<cite>\[\d{1,3}(?:[,–-]\d{1,3})*\]|\d{1,3}(?:[,–-]\d{1,3})*)?"""
    r"""(?=\s+["'“‘(\[]*(?P<next>\w))"""
)
_WIDE_STOP = re.compile(r"""[。！？।॥]+["'”’)\]」』]*""")  # Chinese, Japanese and Devanagari sentence ends
_ENDS_SENTENCE = re.compile(r"""(?:[.!?…。！？।॥:;]["'”’)\]」』]*(?:\[?[\d,–-]*\]?)?)$""")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])[ \t]+")
_HARD_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)])[ \t]+)")
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")  # letters of any alphabet, and digits


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return True if the full stop at index ``dot`` closes an abbreviation or initial."""
    lo = max(0, dot - 200)  # look back a bounded stretch, so that very long lines stay fast
    newline = text.rfind("\n", lo, dot)
    start = newline + 1 if newline >= 0 else lo
    before = text[start:dot]
    tokens = before.split()
    raw = tokens[-1] if tokens else ""
    token = raw.lstrip("\"'“‘([")
    if token.lower() in ABBREVIATIONS:
        return True
    if raw.startswith("(") and 0 < len(token) <= 3 and token[0].isupper():  # "(L.) Dunal": a botanist's initial
        return True
    at_line_start = newline >= 0 or lo == 0
    if token.isdigit() and at_line_start and before.strip() == token:  # "1." opening a list item
        return True
    if len(token) == 1 and token.isupper():  # a middle initial: "Mary J. Smith"
        return len(tokens) >= 2 and tokens[-2][:1].isupper()
    return False


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Return True if a candidate sentence end really ends a sentence."""
    stop, cite, following = match.group("stop"), match.group("cite"), match.group("next")
    if cite:  # "problems.2,3 NIDA": citation numbers glued to a full stop, after a word, before a capital
        before = text[match.start() - 1] if match.start() else ""
        if not (before.isalpha() or before in ")\"'”’") or not following.isupper():
            return False
    elif not (following.isupper() or following.isdigit()):
        return False
    single_stop = stop == "."
    return not (single_stop and _is_abbreviation(text, match.start()))


def _cut_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int, str]]:
    """Cut text[start:end] into pieces of at most ``limit`` characters, at the last space before each limit."""
    pieces = []
    while end - start > limit:
        space = text.rfind(" ", start + 1, start + limit)
        cut = space if space > start else start + limit
        pieces.append((start, cut, "limit"))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end, "limit" if pieces else "end"))  # every piece of a cut stretch is marked
    return pieces


def sentence_cuts(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int, str]]:
    """Return (start, end, how) for each sentence; ``how`` is "end", "line" (cut at a line break) or "limit"."""
    cuts = [0]
    for match in _HARD_BREAK.finditer(text):
        cuts.append(match.start())
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            cuts.append(match.end())
    for match in _WIDE_STOP.finditer(text):
        cuts.append(match.end())
    cuts.append(len(text))
    spans: list[tuple[int, int, str]] = []
    for start, end in pairwise(sorted(set(cuts))):
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        s0, s1 = start + lead, start + lead + len(stripped)
        lines = [(s0, s1)]
        if "\n" in stripped and not _ENDS_SENTENCE.search(stripped):  # no sentence end: one sentence per line
            lines, pos = [], s0
            for line in stripped.split("\n"):
                if line.strip():
                    a = pos + len(line) - len(line.lstrip())
                    lines.append((a, a + len(line.strip())))
                pos += len(line) + 1
        how = "line" if len(lines) > 1 else "end"
        for a, b in lines:
            for piece in _cut_long(text, a, b, limit):
                spans.append((piece[0], piece[1], "limit" if piece[2] == "limit" else how))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``, in reading order."""
    return [(start, end) for start, end, _ in sentence_cuts(text)]


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences, keeping each one exactly as written."""
    return [text[start:end] for start, end in sentence_spans(text)]


def words(text: str) -> list[str]:
    """Return the words of ``text`` (letters and digits; ``kratom’s``, ``mind-body`` and ``2.5`` count as one)."""
    return _WORD.findall(text)


def is_list_item(line: str) -> bool:
    """Return True if ``line`` starts with a list marker such as ``-``, ``•`` or ``1.``."""
    return bool(_LIST_MARKER.match(line))


def strip_list_marker(line: str) -> str:
    """Return ``line`` without its leading list marker."""
    return _LIST_MARKER.sub("", line, count=1)
