"""Sentence similarity for the repetition heatmap."""

import pandas as pd
import pytest

from healthclaims.repetition import content_words, similarity_matrix


def test_content_words_drop_stopwords():
    assert content_words("Kratom and melatonin may offer relief.") == ["kratom", "melatonin", "offer", "relief"]


def test_similarity_is_one_for_same_words_and_zero_for_none_shared():
    texts = pd.Series(["Kratom offers relief.", "Relief, kratom offers!", "Sleep matters."], index=["a", "b", "c"])
    sim = similarity_matrix(texts)
    assert sim.loc["a", "b"] == pytest.approx(1.0)
    assert sim.loc["a", "c"] == 0.0
    assert (sim.values == sim.values.T).all()


def test_seed_restates_the_synergy_claim(seed):
    sim = similarity_matrix(seed.sentences.set_index("sentence_id")["text"])
    # "Kratom and melatonin offer a promising natural approach..." (s32) echoes the opening sentence s01.
    assert sim.loc["s01", "s32"] > 0.4
    assert sim.loc["s01", "s32"] == sim.loc["s32", "s01"]
