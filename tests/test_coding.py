"""The hand coding (issue: assertions against concessions): complete, verbatim, consistent."""

import re
from pathlib import Path

import pytest

from healthclaims.coding import (
    CONTRADICTION_KINDS,
    EVIDENCE,
    ROLES,
    STRENGTHS,
    SUBJECTS,
    TOPICS,
    ids,
    load_coding,
    load_contradictions,
    role_flags,
)

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
CODEBOOK = (ROOT / "data" / "CODEBOOK.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def coded():
    return load_coding()


def test_sentences_reproduce_the_article_verbatim_and_in_order(coded, seed):
    assert coded["sentence_id"].tolist() == seed.sentences["sentence_id"].tolist()
    assert coded["text"].tolist() == seed.sentences["text"].tolist()
    # and joined with the article's own separators they rebuild every paragraph exactly
    for part_id, group in seed.sentences.groupby("part_id"):
        paragraph = seed.parts.set_index("part_id").loc[part_id, "text"]
        assert " ".join(coded.set_index("sentence_id").loc[group["sentence_id"], "text"]) == paragraph


def test_every_field_has_an_allowed_value(coded):
    for column in ["sentence_id", "text", "roles", "primary_role", "subject", "claim_strength", "topic",
                   "evidence_cited", "rationale"]:  # fmt: skip
        assert (coded[column].str.strip() != "").all(), column
    for roles, primary in zip(coded["roles"], coded["primary_role"], strict=True):
        listed = roles.split(";")
        assert listed == [r for r in ROLES if r in listed], f"roles out of order or unknown: {roles}"
        assert primary in listed
    assert set(coded["subject"]) <= set(SUBJECTS)
    assert set(coded["claim_strength"]) <= set(STRENGTHS)
    assert set(coded["topic"]) <= set(TOPICS)
    assert set(coded["evidence_cited"]) <= set(EVIDENCE)


def test_readme_and_codebook_list_the_same_values_as_the_package():
    for values in (ROLES, SUBJECTS, STRENGTHS, TOPICS, EVIDENCE, CONTRADICTION_KINDS):
        for value in values:
            assert f"`{value}`" in README and f"`{value}`" in CODEBOOK, value


def test_coding_counts(coded):
    # These counts are quoted in notebook 03 and in the codebook's distribution table.
    flags = role_flags(coded)
    assert coded["primary_role"].value_counts().to_dict() == {
        "benefit": 12, "mechanism": 7, "promotion": 7, "concession": 4, "advice": 3, "background": 2,
    }  # fmt: skip
    assert coded["claim_strength"].value_counts().to_dict() == {"direct": 12, "hedged": 9, "none": 8, "can": 6}
    assert int((flags["benefit"] & (coded["subject"] == "combination")).sum()) == 17
    assert coded.loc[flags["concession"], "sentence_id"].tolist() == ["s03", "s27", "s28", "s29", "s30", "s34"]
    assert coded.loc[coded["evidence_cited"] == "named"].empty  # the article names no source at all


def test_key_codes_quoted_in_the_codebook(coded):
    by_id = coded.set_index("sentence_id")
    assert by_id.loc["s21", "claim_strength"] == "hedged" and by_id.loc["s21", "evidence_cited"] == "vague"
    assert by_id.loc["s12", "claim_strength"] == "can" and by_id.loc["s20", "claim_strength"] == "hedged"
    assert by_id.loc["s29", "primary_role"] == "concession" and by_id.loc["s29", "claim_strength"] == "direct"
    assert by_id.loc["s11", "roles"] == "benefit;mechanism;safety"


def test_ledger_refers_to_real_sentences_and_covers_the_expected_kinds(coded):
    ledger = load_contradictions()
    known = set(coded["sentence_id"])
    assert ledger["pair_id"].tolist() == [f"c{n:02d}" for n in range(1, len(ledger) + 1)]
    assert set(ledger["kind"]) == set(CONTRADICTION_KINDS)
    for row in ledger.itertuples():
        assert ids(row.assertion_ids) and set(ids(row.assertion_ids)) <= known, row.pair_id
        assert set(ids(row.concession_ids)) <= known, row.pair_id
        assert len(row.explanation.split()) >= 15, row.pair_id
    assert ledger.query("concession_ids == 'NONE'")["kind"].tolist() == ["authority_vs_no_sources"]


def test_ledger_pairs_that_the_issue_requires(coded):
    ledger = load_contradictions()
    pairs = {(row.kind, a, c) for row in ledger.itertuples() for a in ids(row.assertion_ids)
             for c in ids(row.concession_ids) or ["NONE"]}  # fmt: skip
    assert ("evidence_vs_limited_studies", "s21", "s29") in pairs  # "has shown promise" / studies limited
    assert ("understanding_vs_not_understood", "s33", "s28") in pairs  # understanding / not yet understood
    assert ("safety_vs_caution", "s28", "s27") in pairs  # generally considered safe / approach with caution
    assert ("non_addictive_vs_opioid_action", "s11", "s10") in pairs  # no addiction / opioid receptors
    assert ("authority_vs_no_sources", "s07", "NONE") in pairs  # "the science" / no source anywhere
    assert ("guide_vs_admitted_gaps", "s08", "s34") in pairs  # "comprehensive guide" / dose unknown


def test_quoted_fragments_in_the_ledger_are_verbatim(coded):
    text = " ".join(coded["text"])
    for explanation in load_contradictions()["explanation"]:
        for quote in re.findall(r"\"([^\"]+)\"", explanation):
            assert quote in text, quote


def test_ids_helper():
    assert ids("s03;s29") == ["s03", "s29"] and ids("NONE") == []


def test_compare_with_key_reports_kappa_and_reasons(coded, capsys):
    from healthclaims.coding import compare_with_key

    answers = {"s06": "hedged", "s10": "direct", "s13": "direct", "s16": "direct",
               "s19": "can", "s21": "direct", "s27": "none", "s35": "hedged"}  # fmt: skip
    compare_with_key(answers, coded)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "You agreed with the key on 7 of 8 sentences; chance alone: 31%; kappa = 0.82."
    assert lines[1].startswith("- s21: you said 'direct', the key says 'hedged'. Key's reason: \"has shown promise\"")
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"s06": None, "s10": "direct"}, "… Not answered yet: 1 of 2 sentences coded."),
        ({"s06": "strong"}, "ℹ 'strong' (for s06) is not a code for claim_strength"),
        ({"s99": "none"}, "ℹ These are not sentence ids of the article: s99."),
        ({"s06": "HEDGED ", "s10": "hedged"}, "You agreed with the key on 1 of 2 sentences"),
    ],
)
def test_compare_with_key_handles_unfinished_and_bad_answers(coded, capsys, answers, message):
    from healthclaims.coding import compare_with_key

    compare_with_key(answers, coded)
    assert capsys.readouterr().out.startswith(message)


def test_the_central_count_is_reported_both_ways_as_computed():
    import nbformat

    from healthclaims.coding import load_coding, role_flags

    coded = load_coding()
    flags = role_flags(coded)
    combination = coded["subject"] == "combination"
    any_clause = (int((flags["benefit"] & combination).sum()), int(flags["concession"].sum()))
    main_clause = (
        int(((coded["primary_role"] == "benefit") & combination).sum()),
        int((coded["primary_role"] == "concession").sum()),
    )
    assert any_clause == (17, 6) and main_clause == (11, 4)
    both = set(coded.loc[flags["benefit"] & combination, "sentence_id"]) & set(
        coded.loc[flags["concession"], "sentence_id"]
    )
    assert both == {"s03"}
    root = Path(__file__).resolve().parents[1]
    nb = nbformat.read(root / "notebooks" / "03_assertions_vs_concessions.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "17 sentences and concedes something in 6, counting any clause; by main clause, 11 against 4" in prose
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "17 against 6 in any clause, 11 against 4 by main clause" in readme


def test_ledger_marks_each_row_as_a_contradiction_or_a_tension():
    from healthclaims.coding import load_contradictions

    ledger = load_contradictions()
    assert set(ledger["relation"]) == {"contradiction", "tension"}
    assert ledger.loc[ledger["relation"] == "contradiction", "pair_id"].tolist() == ["c08"]
    promising = ledger.set_index("pair_id").loc["c13"]  # "promising" beside "research is limited": compatible
    assert promising["relation"] == "tension"
