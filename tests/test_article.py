"""The article loader: exact counts for the seed, counted by hand, and verbatim sentences."""

import pytest

from healthclaims.article import parse_article

# Counted by hand from seeds/kratom_melatonin_article.txt (15 lines):
# line 1 summary; line 2 introduction; lines 3-5 contents; lines 6, 9, 12 headings;
# lines 7, 8, 10, 11, 13, 14, 15 body paragraphs.
SENTENCES_PER_PART = {"p01": 3, "p02": 5, "p07": 3, "p08": 3, "p10": 4, "p11": 4, "p13": 4, "p14": 5, "p15": 4}


def test_seed_has_fifteen_parts_of_the_expected_kinds(seed):
    assert len(seed.parts) == 15
    assert seed.parts["kind"].value_counts().to_dict() == {"body": 8, "contents": 3, "heading": 3, "summary": 1}
    assert seed.parts["kind"].tolist() == (
        ["summary", "body"] + ["contents"] * 3 + ["heading", "body", "body"] * 3 + ["body"]
    )


def test_seed_headings_and_contents_agree(seed):
    headings = seed.parts.query("kind == 'heading'")["text"].tolist()
    contents = seed.parts.query("kind == 'contents'")["text"].str.removeprefix("- ").tolist()
    assert (
        headings
        == contents
        == [
            "What is Kratom and How Can it Help with Chronic Pain?",
            "The Role of Melatonin in Chronic Pain Management",
            "Combining Kratom and Melatonin: Potential Benefits and Safety Considerations",
        ]
    )


def test_seed_has_35_sentences_with_stable_ids(seed):
    s = seed.sentences
    assert len(s) == 35
    assert s["sentence_id"].tolist() == [f"s{n:02d}" for n in range(1, 36)]
    assert s.groupby("part_id").size().to_dict() == SENTENCES_PER_PART


def test_seed_sentences_are_verbatim_and_in_reading_order(seed):
    s = seed.sentences
    assert all(seed.text[a:b] == t for a, b, t in zip(s["start"], s["end"], s["text"], strict=True))
    assert s["start"].is_monotonic_increasing
    assert s["text"].iloc[0].startswith("Kratom (Mitragyna speciosa) and melatonin, natural compounds")
    assert s.set_index("sentence_id").loc["s28", "text"] == (
        "While both substances are generally considered safe when used alone, "
        "their interaction is not yet fully understood."
    )
    assert s["text"].iloc[-1] == (
        "For those seeking alternative solutions, combining kratom and melatonin "
        "could be a game-changer in managing persistent pain."
    )


def test_headings_and_contents_are_not_sentences(seed):
    texts = set(seed.sentences["text"])
    assert not any(t.startswith("- ") for t in texts)
    assert "The Role of Melatonin in Chronic Pain Management" not in texts


def test_seed_sections_and_word_count(seed):
    assert seed.sentences.groupby("section").size().to_dict() == {0: 8, 1: 6, 2: 8, 3: 13}
    assert seed.sentences["n_words"].sum() == 640


def test_other_article_with_blank_lines_lists_and_wrapped_lines():
    text = (
        "Melatonin: what to know\n\n"
        "Melatonin is a hormone. Dr. Lee says\nmost people need little.\n\n"
        "Tips\n"
        "- Start low.\n"
        "- Ask a pharmacist.\n\n"
        "Sleep matters (e.g. for pain). It is not a cure."
    )
    article = parse_article(text)
    assert article.parts["kind"].tolist() == ["heading", "body", "heading", "body", "body", "body"]
    assert article.sentences["text"].tolist() == [
        "Melatonin is a hormone.",
        "Dr. Lee says\nmost people need little.",
        "- Start low.",
        "- Ask a pharmacist.",
        "Sleep matters (e.g. for pain).",
        "It is not a cure.",
    ]


@pytest.mark.parametrize("text", ["one line with no stop", "A. B. C."])
def test_odd_texts_do_not_crash(text):
    article = parse_article(text)
    assert "".join(article.sentences["text"]).replace(" ", "") in text.replace(" ", "")


def test_short_questions_standing_alone_are_headings():
    text = "Is it safe?\n\nWe do not know. Nobody has tested it.\n\nWhy would it work? Nobody can say."
    article = parse_article(text)
    assert article.parts["kind"].tolist() == ["heading", "body", "body"]
    assert article.sentences["text"].tolist() == [
        "We do not know.", "Nobody has tested it.", "Why would it work?", "Nobody can say.",
    ]  # fmt: skip
