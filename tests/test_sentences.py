"""The sentence splitter on tricky plain text."""

import pytest

from healthclaims.sentences import split_sentences, words

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
