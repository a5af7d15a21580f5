"""The word check of a counselling draft: each required element is found when present, and bad input is a message."""

import json
from pathlib import Path

import pytest

from healthclaims.counselling import ELEMENTS, print_review, review_response

ROOT = Path(__file__).resolve().parents[1]

EXAMPLES = {  # element → (a sentence that shows it, a sentence that does not)
    "asks what else the patient takes": ("What else do you take at the moment?", "Thank you for asking."),
    "asks how much and how often": ("How often do you use it?", "I see."),
    "names dependence or withdrawal": ("People can feel withdrawal when they stop.", "It is a plant."),
    "names an interaction": ("Melatonin and fluvoxamine should not be combined.", "Take it with water."),
    "mentions product quality": ("The label is not always the dose.", "It comes in capsules."),
    "says what is not known": ("I couldn't find a single study of the two together.", "It works well."),
    "names urgent warning signs": ("See a doctor today if your skin turns yellow.", "Rest well."),
    "refers where needed": ("Let's talk to your doctor about the pain plan.", "Try it and see."),
    "checks understanding (teach-back)": (
        "Can you tell me which signs mean you should get help?",
        "Do you understand?",
    ),
}


def test_every_element_has_an_example():
    assert [e.name for e in ELEMENTS] == list(EXAMPLES)


@pytest.mark.parametrize("name", EXAMPLES)
def test_element_found_when_present_and_not_otherwise(name):
    present, absent = EXAMPLES[name]
    assert review_response(present)[name], present
    assert not review_response(absent)[name], absent


def test_the_model_answer_has_every_element():
    nb = json.loads((ROOT / "notebooks" / "11_at_the_counter.ipynb").read_text(encoding="utf-8"))
    model = next("".join(c["source"]) for c in nb["cells"] if "".join(c["source"]).startswith("### Model answer"))
    answer = model.split("**What the model answer avoids:**")[0]
    assert all(review_response(answer).values())


def test_shaming_words_are_flagged(capsys):
    print_review("Don't be silly, that's a drug. What else do you take?")
    out = capsys.readouterr().out
    assert "1 of the 9" in out and "may shame the patient: 'silly'" in out


@pytest.mark.parametrize(
    ("draft", "message"),
    [(None, "must be text in quotes"), (42, "not int"), ("", "Not written yet"), ("\n1.\n2.\n3.\n", "Not written yet")],
)
def test_bad_or_empty_input_gets_one_line(draft, message, capsys):
    print_review(draft)
    out = capsys.readouterr().out
    assert message in out and out.count("\n") == 1


def test_review_response_refuses_non_text():
    with pytest.raises(TypeError, match="text in quotes"):
        review_response(["a list"])
