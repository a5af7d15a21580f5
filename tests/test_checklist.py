"""The practice checklist key: complete, allowed values, and a learner's answers compared with it."""

import pandas as pd

from healthclaims.checklist import compare_checklist, load_key
from healthclaims.paths import data_path


def test_the_key_answers_all_14_questions_for_both_practice_articles():
    key = load_key()
    questions = pd.read_csv(data_path("checklist.csv"))["question_id"].tolist()
    for article in ("restaleaf_marketing.html", "restaleaf_fact_sheet.txt"):
        rows = key[key["article"] == article]
        assert rows["question_id"].tolist() == questions
    assert set(key["answer"]) <= {"yes", "no", "partly", "unclear"}
    assert (key["reason"].str.len() > 15).all()
    marketing = key[key["article"] == "restaleaf_marketing.html"].set_index("question_id")["answer"]
    assert marketing[["q10", "q11", "q12"]].tolist() == ["yes", "yes", "yes"]  # the three warning-sign questions


def test_a_learner_sees_where_they_differ_from_the_key(capsys):
    key = load_key()
    mine = dict(key[key["article"] == "restaleaf_fact_sheet.txt"][["question_id", "answer"]].values)
    mine["q14"] = "no"
    differ = compare_checklist(mine, "../data/practice/restaleaf_fact_sheet.txt")
    assert "match the course's on 13 of 14" in capsys.readouterr().out
    assert differ.index.tolist() == ["q14"] and differ.loc["q14", "course"] == "yes"


def test_no_key_for_an_own_article_and_unanswered_questions(capsys):
    assert compare_checklist({"q01": "yes"}, "my_article.txt") is None
    assert "no key for my_article.txt" in capsys.readouterr().out
    assert compare_checklist({"q01": None}, "restaleaf_marketing.html") is None
    assert "Not answered yet" in capsys.readouterr().out
