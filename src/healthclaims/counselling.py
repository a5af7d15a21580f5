"""A word check of a written counselling response: which of the required elements it mentions.

The check reads words, not quality: it can tell that a draft mentions withdrawal, not whether it
explains it well or kindly. Each element is one readable pattern, like the rules of notebook 03.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Element:
    """One required element of a counselling response, and the words that show it is there."""

    name: str
    pattern: re.Pattern[str]
    hint: str


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ELEMENTS: tuple[Element, ...] = (
    Element(
        "asks what else the patient takes",
        _p(
            r"\bwhat (?:else )?(?:do|are) you (?:take|taking|use|using)\b|\b(?:other|current"
            r"|prescri\w*) (?:medicines?|medications?|tablets?|drugs?|supplements?)\b"
        ),
        "ask about every medicine and supplement, prescribed or bought",
    ),
    Element(
        "asks how much and how often",
        _p(r"\bhow (?:much|often|long|many)\b"),
        "ask how much, how often and for how long",
    ),
    Element(
        "names dependence or withdrawal",
        _p(r"\b(?:dependen\w*|withdrawal|tolerance|addict\w*)\b"),
        "name tolerance and withdrawal, with how sure we are (notebook 07)",
    ),
    Element(
        "names an interaction",
        _p(
            r"\binteract\w*|\bfluvoxamine\b|\bmidazolam\b|\bCYP\w*|\braises? the (?:level|amount)\b"
            r"|\badds? to the effect\b"
        ),
        "name at least one interaction and whether it was measured (notebook 08)",
    ),
    Element(
        "mentions product quality",
        _p(r"\b(?:contamina\w*|recall\w*|labels?|salmonella|heavy metals?|lead and nickel)\b"),
        "say that the label is not always the dose, and that products have been recalled (notebook 11)",
    ),
    Element(
        "says what is not known",
        _p(
            r"\bno (?:single )?stud(?:y|ies)\b|\bnot (?:been )?(?:studied|tested|known)\b|\bunknown\b"
            r"|\bcould(?:n't| not) find\b|\bnobody knows\b|\blimited\b"
        ),
        "say plainly that no study of the combination was found",
    ),
    Element(
        "names urgent warning signs",
        _p(
            r"\bjaundice\b|\byellow\b|\bdark urine\b|\bitch\w*|\bseizures?\b|\bfits?\b|\bslow breathing\b"
            r"|\bbreathing is slow\b"
        ),
        "name the signs that need help the same day, including those of liver injury (notebook 08)",
    ),
    Element(
        "refers where needed",
        _p(r"\b(?:your |a )?(?:doctor|GP|physician|prescriber)\b|\brefer\w*\b|\burgent\w*\b|\bemergency\b"),
        "agree who else should be involved: the doctor managing the pain, or urgent care",
    ),
    Element(
        "checks understanding (teach-back)",
        _p(
            r"\bin your own words\b|\bcan you tell me\b|\bcould you tell me\b|\bjust to (?:check|be sure)\b"
            r"|\bto be sure I explained\b"
        ),
        "end with a teach-back question (notebook 10)",
    ),
)
"""The required elements, in the order of a consultation."""

SHAMING = _p(r"\b(?:stupid|silly|foolish|crazy|ridiculous|junkie|idiot\w*)\b")
"""Words that shame or belittle the patient: their absence is part of the rubric's criterion R5."""


def review_response(text: object) -> dict[str, list[str]]:
    """Return, for each required element, the words found for it (an empty list when it is missing)."""
    if not isinstance(text, str):
        raise TypeError(f"the draft must be text in quotes, not {type(text).__name__}")
    return {e.name: sorted({m.group(0).lower() for m in e.pattern.finditer(text)}) for e in ELEMENTS}


def print_review(text: object) -> None:
    """Print which required elements a draft mentions, which are missing, and any shaming word; never raises."""
    if not isinstance(text, str):
        print(f"✗ The draft must be text in quotes (a str), not {type(text).__name__}: write it inside the quotes.")
        return
    if not re.search(r"[^\W\d_]", text):  # no letters at all: only the template's numbers, or nothing
        print("… Not written yet: write your draft above, then run this cell again.")
        return
    found = review_response(text)
    present = [name for name, words in found.items() if words]
    print(f"Your draft mentions {len(present)} of the {len(ELEMENTS)} required elements (a word check, not a grade).")
    for element in ELEMENTS:
        words = found[element.name]
        if words:
            print(f"  ✔ {element.name}: " + ", ".join(f"'{w}'" for w in words[:3]))
        else:
            print(f"  · missing, {element.name}: {element.hint}")
    shaming = sorted({m.group(0).lower() for m in SHAMING.finditer(text)})
    if shaming:
        print("  ✗ words that may shame the patient: " + ", ".join(f"'{w}'" for w in shaming))
