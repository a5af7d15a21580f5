"""Readability: the Flesch Reading Ease and Flesch–Kincaid Grade Level, computed in the open.

Both formulas use only three counts: sentences, words and syllables. Sentences
and words come from :mod:`healthclaims.sentences`; syllables come from a simple
vowel-group rule (:func:`count_syllables`), which is right for most everyday
words and wrong for some (it hears "analgesia" as 4 syllables, not 5).
Sources of the formulas: see ``flesch1948`` and ``kincaid1975`` in data/references.csv.
"""

from __future__ import annotations

import re
from functools import cache

from healthclaims.sentences import split_sentences, words

_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@cache  # a long text repeats its words: count each spelling once
def count_syllables(word: str) -> int:
    """Estimate the syllables in one word: count vowel groups, drop a silent final 'e'."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 1 if any(ch.isdigit() for ch in word) else 0
    count = len(_VOWEL_GROUP.findall(letters))
    consonant_le = letters.endswith("le") and len(letters) > 2 and letters[-3] not in "aeiouy"
    if count > 1 and letters.endswith("e") and not letters.endswith(("ee", "ye")) and not consonant_le:
        count -= 1
    return max(count, 1)


def flesch_reading_ease(n_sentences: int, n_words: int, n_syllables: int) -> float:
    """Return 206.835 − 1.015 × words/sentence − 84.6 × syllables/word (higher is easier)."""
    return 206.835 - 1.015 * (n_words / n_sentences) - 84.6 * (n_syllables / n_words)


def flesch_kincaid_grade(n_sentences: int, n_words: int, n_syllables: int) -> float:
    """Return 0.39 × words/sentence + 11.8 × syllables/word − 15.59 (a US school grade)."""
    return 0.39 * (n_words / n_sentences) + 11.8 * (n_syllables / n_words) - 15.59


def readability(text: str | list[str]) -> dict[str, float]:
    """Return the counts and both scores for a text (or for a list of sentences)."""
    sentences = split_sentences(text) if isinstance(text, str) else list(text)
    tokens = [w for s in sentences for w in words(s)]
    if not sentences or not tokens:
        raise ValueError("readability needs at least one sentence with words in it.")
    n_s, n_w = len(sentences), len(tokens)
    n_syl = sum(count_syllables(w) for w in tokens)
    return {
        "sentences": n_s,
        "words": n_w,
        "syllables": n_syl,
        "words_per_sentence": n_w / n_s,
        "syllables_per_word": n_syl / n_w,
        "flesch_reading_ease": flesch_reading_ease(n_s, n_w, n_syl),
        "flesch_kincaid_grade": flesch_kincaid_grade(n_s, n_w, n_syl),
    }
