"""The course's exercises: expected answers (computed from the data where possible) and hints.

Each key is ``"<notebook>.<name>"``. A hint points the way without giving the answer away.
"""

from __future__ import annotations

from healthclaims.article import load_seed
from healthclaims.checks import Question


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
}
