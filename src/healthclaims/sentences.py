"""Splitting plain text into sentences, and sentences into words.

The rules are deliberately simple and listed here so a learner can read them:

1. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or
   brackets), when whitespace follows and the next sentence starts with a capital
   letter, a digit or an opening quote or bracket.
2. A full stop does not end a sentence after a known abbreviation (``Dr.``,
   ``e.g.``, ``U.S.`` ...), after a middle initial (``Mary J. Smith``), or after
   the number of a numbered list item (``1.`` at the start of a line).
3. A line that starts with a list marker (``-``, ``*``, ``•``, ``1.``, ``2)``)
   and a blank line always start a new sentence.

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

_BOUNDARY = re.compile(r"""(?:[.!?]+|…)["'”’)\]]*(?=\s+["'“‘(\[]*[A-Z0-9])""")
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
    token = tokens[-1].lstrip("\"'“‘([") if tokens else ""
    if token.lower() in ABBREVIATIONS:
        return True
    at_line_start = newline >= 0 or lo == 0
    if token.isdigit() and at_line_start and before.strip() == token:  # "1." opening a list item
        return True
    if len(token) == 1 and token.isupper():  # a middle initial: "Mary J. Smith"
        return len(tokens) >= 2 and tokens[-2][:1].isupper()
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``, in reading order."""
    cuts = [0]
    for match in _HARD_BREAK.finditer(text):
        cuts.append(match.start())
    for match in _BOUNDARY.finditer(text):
        single_stop = match.group().startswith(".") and not match.group().startswith("..")
        if single_stop and _is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    spans = []
    for start, end in pairwise(sorted(set(cuts))):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


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
