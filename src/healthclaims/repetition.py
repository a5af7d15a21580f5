"""How often an article says the same thing: word-overlap similarity between sentences."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from healthclaims.sentences import words

STOPWORDS = frozenset(
    """
    a an and are as at be been both but by can could do does for from has have how
    in into is it its it’s it's more most not of on or our such than that the their
    them these they this those to was we were what when where which while who will
    with without would you your also only other over very so too may might
    """.split()
)
"""Common words left out when comparing sentences, so overlap reflects content."""


def content_words(text: str) -> list[str]:
    """Return the lower-cased words of ``text`` that are not stopwords."""
    return [w.lower() for w in words(text) if w.lower() not in STOPWORDS]


def similarity_matrix(texts: pd.Series) -> pd.DataFrame:
    """Return the cosine similarity (0 to 1) of content-word counts for every pair of texts."""
    counts = [Counter(content_words(t)) for t in texts]
    vocabulary = sorted(set().union(*counts))
    matrix = np.array([[c[w] for w in vocabulary] for c in counts], dtype=float)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return pd.DataFrame(unit @ unit.T, index=texts.index, columns=texts.index).round(3)
