"""The lexicon detector: whole words, prefixes, phrases, curly apostrophes."""

import pandas as pd

from healthclaims.lexicon import find_terms, load_lexicon, term_pattern

LEXICON = pd.DataFrame(
    {
        "term": ["may", "promis", "game-changer", "not yet", "it's crucial", "natural"],
        "category": ["hedge", "promotion", "promotion", "concession", "booster", "nature_appeal"],
        "match": ["word", "prefix", "word", "word", "word", "word"],
    }
)


def test_whole_words_only():
    assert term_pattern("may").search("It may help")
    assert not term_pattern("may").search("In dismay")
    assert not term_pattern("natural").search("supernatural claims")
    assert not term_pattern("natural").search("naturally")


def test_prefix_and_phrases():
    assert term_pattern("promis", "prefix").search("has shown promise").group() == "promise"
    assert term_pattern("game-changer").search("a game changer")
    assert term_pattern("not yet").search("is not\nyet known")


def test_find_terms_reports_each_match_in_order():
    sentences = pd.Series(
        {"a": "It’s crucial: this may be a game-changer.", "b": "Promising, natural and not yet tested."}
    )
    found = find_terms(sentences, LEXICON)
    assert found[["sentence", "term", "matched"]].values.tolist() == [
        ["a", "it's crucial", "It’s crucial"],
        ["a", "may", "may"],
        ["a", "game-changer", "game-changer"],
        ["b", "promis", "Promising"],
        ["b", "natural", "natural"],
        ["b", "not yet", "not yet"],
    ]


def test_no_match_gives_an_empty_table_with_columns():
    found = find_terms(pd.Series({"a": "Plain words."}), LEXICON)
    assert found.empty and list(found.columns) == ["sentence", "term", "match", "category", "matched", "start"]


def test_load_lexicon_gives_a_fresh_copy_each_time():
    first = load_lexicon()
    first.loc[0, "term"] = "changed by a learner"
    assert load_lexicon().loc[0, "term"] != "changed by a learner"
