"""Readability formulas and the syllable rule, checked by hand."""

import pytest

from healthclaims.readability import count_syllables, flesch_kincaid_grade, flesch_reading_ease, readability


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("pain", 1),
        ("the", 1),
        ("sleep", 1),
        ("while", 1),
        ("kratom", 2),
        ("chronic", 2),
        ("table", 2),
        ("hormone", 2),
        ("natural", 3),
        ("holistic", 3),
        ("melatonin", 4),
        ("combination", 4),
        ("Mitragyna", 4),
        ("kratom’s", 2),
        ("2.5", 1),
        ("—", 0),
    ],
)
def test_syllable_rule_on_words_counted_by_hand(word, syllables):
    assert count_syllables(word) == syllables


def test_syllable_rule_is_approximate():
    # an-al-ge-si-a has 5 syllables; "ia" is one vowel group to the rule. The notebook says so.
    assert count_syllables("analgesia") == 4


def test_formulas_on_hand_worked_numbers():
    # 2 sentences, 20 words, 30 syllables: 10 words/sentence, 1.5 syllables/word.
    assert flesch_reading_ease(2, 20, 30) == pytest.approx(206.835 - 10.15 - 126.9)
    assert flesch_kincaid_grade(2, 20, 30) == pytest.approx(3.9 + 17.7 - 15.59)


def test_readability_of_a_short_text():
    scores = readability("The cat sat. The dog ran to the mat.")
    assert (scores["sentences"], scores["words"], scores["syllables"]) == (2, 9, 9)
    assert scores["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 4.5 - 84.6)


def test_seed_is_hard_to_read(seed):
    scores = readability(seed.sentences["text"].tolist())
    assert (scores["sentences"], scores["words"], scores["syllables"]) == (35, 640, 1300)
    assert scores["flesch_reading_ease"] == pytest.approx(16.43, abs=0.01)
    assert scores["flesch_kincaid_grade"] == pytest.approx(15.51, abs=0.01)


def test_empty_text_is_refused():
    with pytest.raises(ValueError):
        readability("")
