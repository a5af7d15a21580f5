"""The sentence splitter on tricky plain text."""

import pytest

from healthclaims.sentences import MAX_SENTENCE_CHARS, sentence_cuts, split_sentences, words

CASES = [
    ("Dr. Smith recommends rest. Patients agree.", ["Dr. Smith recommends rest.", "Patients agree."]),
    (
        "The U.S. Food and Drug Administration has not approved kratom. It warns consumers.",
        ["The U.S. Food and Drug Administration has not approved kratom.", "It warns consumers."],
    ),
    ("Take 2.5 mg at night. Do not exceed 10 mg.", ["Take 2.5 mg at night.", "Do not exceed 10 mg."]),
    (
        "Common examples (e.g. ibuprofen, i.e. an NSAID) help. Others do not.",
        ["Common examples (e.g. ibuprofen, i.e. an NSAID) help.", "Others do not."],
    ),
    (
        "Steps:\n1. Talk to a pharmacist.\n2. Read the label.",
        ["Steps:", "1. Talk to a pharmacist.", "2. Read the label."],
    ),
    ('She said, "It works." Then she stopped.', ['She said, "It works."', "Then she stopped."]),
    ("“Is it safe?” she asked. Nobody knew.", ["“Is it safe?” she asked.", "Nobody knew."]),
    ("It’s crucial. You’re fine.", ["It’s crucial.", "You’re fine."]),
    ("It helps… Or does it?", ["It helps…", "Or does it?"]),
    ("Low levels of vitamin D. Researchers disagree.", ["Low levels of vitamin D.", "Researchers disagree."]),
    ("Written by Mary J. Smith. Reviewed in 2020.", ["Written by Mary J. Smith.", "Reviewed in 2020."]),
    (
        "Poison centres logged 11 deaths. 51.9% had serious outcomes.",
        ["Poison centres logged 11 deaths.", "51.9% had serious outcomes."],
    ),
    ("Try it today! Results vary.", ["Try it today!", "Results vary."]),
    ("See p. 5 for details. Thanks.", ["See p. 5 for details.", "Thanks."]),
    ("(This is a note.) Next sentence.", ["(This is a note.)", "Next sentence."]),
    ("Half a tablet, i.e. 0.5 mg, is enough.", ["Half a tablet, i.e. 0.5 mg, is enough."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_tricky_cases(text, expected):
    assert split_sentences(text) == expected


def test_sentences_are_substrings_of_the_text():
    text = "A first one.  A second one!\n\nA third?"
    assert split_sentences(text) == ["A first one.", "A second one!", "A third?"]


def test_empty_text_has_no_sentences():
    assert split_sentences("   \n ") == []


def test_words_keep_apostrophes_hyphens_and_decimals_together():
    assert words("Kratom’s mind-body effect: 2.5 mg (it's “natural”).") == [
        "Kratom’s",
        "mind-body",
        "effect",
        "2.5",
        "mg",
        "it's",
        "natural",
    ]


def test_words_of_any_alphabet_count_whole():
    assert words("Café naïve kratom’s mind-body 2.5 مرحبا") == [
        "Café",
        "naïve",
        "kratom’s",
        "mind-body",
        "2.5",
        "مرحبا",
    ]
    assert words("snake_case") == ["snake", "case"]


SPLITTING_CASES = [
    # citation numbers glued to a full stop end the sentence
    (
        "It can cause problems.2,3,4 NIDA lists them. Others agree.[5] Nobody disagrees.",
        ["It can cause problems.2,3,4", "NIDA lists them.", "Others agree.[5]", "Nobody disagrees."],
    ),
    # a botanist's initial in brackets does not
    (
        "Withania somnifera (L.) Dunal is a shrub. It grows in India.",
        ["Withania somnifera (L.) Dunal is a shrub.", "It grows in India."],
    ),
    # capitals of any alphabet start a sentence
    ("Это первое. Это второе.", ["Это первое.", "Это второе."]),
    ("Η μελατονίνη είναι ορμόνη. Ο ύπνος βελτιώνεται.", ["Η μελατονίνη είναι ορμόνη.", "Ο ύπνος βελτιώνεται."]),
    # Chinese, Japanese and Devanagari sentence ends
    ("这是第一句。这是第二句。", ["这是第一句。", "这是第二句。"]),
    ("यह पहला है। यह दूसरा है।", ["यह पहला है।", "यह दूसरा है।"]),
    # decimals and version numbers are not citations
    ("Take 2.5 Most days. Version 2.0 The end.", ["Take 2.5 Most days.", "Version 2.0 The end."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITTING_CASES, ids=[c[0][:30] for c in SPLITTING_CASES])
def test_citations_initials_alphabets_and_wide_stops(text, expected):
    assert split_sentences(text) == expected


def test_text_without_sentence_ends_is_cut_at_line_breaks():
    assert sentence_cuts("first line here\nsecond line here\nthird") == [
        (0, 15, "line"),
        (16, 32, "line"),
        (33, 38, "line"),
    ]
    assert split_sentences("Wrapped text that\ncontinues here.") == ["Wrapped text that\ncontinues here."]


def test_text_without_any_break_is_cut_at_the_length_limit():
    text = "word " * 1000
    cuts = sentence_cuts(text)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end, _ in cuts)
    assert [how for *_, how in cuts] == ["limit"] * 5
    assert "".join(text[s:e] + " " for s, e, _ in cuts).split() == text.split()
