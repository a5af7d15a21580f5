"""The course's exercises: expected answers (computed from the data where possible) and hints.

Each key is ``"<notebook>.<name>"``. A hint points the way without giving the answer away.
"""

from __future__ import annotations

from healthclaims.article import load_seed
from healthclaims.checks import Question
from healthclaims.readability import readability


def _sentences():
    """The seed's sentence table."""
    return load_seed().sentences


QUESTIONS: dict[str, Question] = {
    # 00 Start here
    "00.sentences": Question(
        expected=lambda: len(_sentences()),
        kind="int",
        hint="Each row of article.sentences is one sentence; len(article.sentences) counts the rows.",
        confirm="Headings and contents lines are not sentences, so they are not counted.",
    ),
    "00.most_common_kind": Question(
        expected="body",
        kind="choice",
        choices=("summary", "contents", "heading", "body"),
        hint="Count each kind with article.parts['kind'].value_counts().",
        confirm="8 of the 15 parts are body paragraphs.",
    ),
    # 01 Anatomy of the article
    "01.total_words": Question(
        expected=lambda: int(_sentences()["n_words"].sum()),
        kind="int",
        hint="Add up the n_words column: sentences['n_words'].sum().",
        confirm="About as long as two pages of a textbook.",
    ),
    "01.longest_sentence": Question(
        expected=lambda: [_sentences().set_index("sentence_id")["n_words"].idxmax()],
        kind="ids",
        hint="idxmax() gives the row label of the largest value; sentences.loc[that, 'sentence_id'] gives its id.",
        confirm="It holds a benefit claim, a concession and advice all at once.",
    ),
    "01.summary_reading_ease": Question(
        expected=lambda: readability(_sentences().query("part_id == 'p01'")["text"].tolist())["flesch_reading_ease"],
        kind="float",
        tolerance=0.5,
        hint="readability(list_of_sentences) returns a dictionary; take its 'flesch_reading_ease' entry.",
        confirm="Below zero: even harder than the whole article, with three long sentences full of long words.",
    ),
    "01.understanding": Question(
        expected=lambda: (
            _sentences()
            .loc[_sentences()["text"].str.contains("understand|understood", case=False), "sentence_id"]
            .tolist()
        ),
        kind="ids",
        hint="'underst' matches both 'understanding' and 'understood'; list the sentence_id of every match.",
        confirm="Side by side: one says the interaction is not understood, the other relies on understanding it.",
    ),
    "01.natural_sentences": Question(
        expected=lambda: int(_sentences()["text"].str.contains(r"\bnatural\b", case=False).sum()),
        kind="int",
        hint="Count sentences: str.contains gives one True or False per sentence, and .sum() counts the Trues.",
        confirm="Roughly one sentence in six calls the products natural.",
    ),
    # 02 Assertions against concessions
    "02.undercuts_s33": Question(
        expected=["s28"],
        kind="ids",
        hint="Search the sentences for 'understood', or look for s33 in the ledger's assertion_ids.",
        confirm="s28: 'their interaction is not yet fully understood'.",
    ),
    "02.false_hedges": Question(
        expected=lambda: int((_word_flags()["hedge"] & (_coding()["claim_strength"] != "hedged")).sum()),
        kind="int",
        hint="(found_hedge & ~is_hedged) is True where the list says hedge and the key does not; .sum() counts them.",
        confirm="'often', 'tends to', 'generally' and a side-clause 'potential' all look like hedges to a word list.",
    ),
    "02.s21_strength": Question(
        expected="hedged",
        kind="choice",
        choices=("none", "hedged", "can", "direct"),
        hint="What does the sentence say the evidence has shown: an effect, or only promise? See rule C7.",
        confirm="'Has shown promise' reports only promise, so the claim itself is hedged; the evidence is vague.",
    ),
    # 08 Capstone: your own article
    "08.nature_sentences": Question(
        expected=lambda: int((_practice_table()["nature_appeal"] > 0).sum()),
        kind="int",
        hint="table['nature_appeal'] > 0 is True for each sentence with a nature marker; .sum() counts the Trues.",
        confirm="Natural, herbs, ancient healers: the page sells origin as if it were safety.",
    ),
    "08.testimonials": Question(
        expected=lambda: _practice_table().loc[_practice_table()["text"].str.contains('"'), "sentence_id"].tolist(),
        kind="ids",
        hint="Quoted speech starts with a quotation mark; list the sentence_id of every sentence that contains one.",
        confirm="Two customers, no comparison group: stories cannot show what caused the change.",
    ),
}


def _coding():
    """The hand coding (data/sentences.csv)."""
    from healthclaims.coding import load_coding

    return load_coding()


def _word_flags():
    """For each sentence, whether the lexicon finds a term of each category."""
    from healthclaims.lexicon import load_lexicon, marker_counts

    coded = _coding()
    return marker_counts(coded.set_index("sentence_id")["text"], load_lexicon()).reset_index(drop=True) > 0


def _practice_table():
    """The analysis table of the invented practice product page used in notebook 08."""
    from healthclaims.analyze import analyze
    from healthclaims.article import parse_article
    from healthclaims.paths import data_path
    from healthclaims.textio import read_document

    return analyze(parse_article(read_document(data_path("practice/restaleaf_marketing.html")).text)).sentences
