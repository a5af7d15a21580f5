"""The evaluation set and the figures computed from it, asserted at the issue's targets."""

import pytest

from healthclaims import evaluation as ev
from healthclaims.rules import EVIDENCE_KINDS, ROLES, STRENGTHS


@pytest.fixture(scope="module")
def labels():
    return ev.load_eval_labels()


def test_the_evaluation_set_has_ten_texts_in_five_styles_and_200_sentences(labels):
    texts = labels.groupby("text_id")["style"].first()
    assert len(texts) >= 10 and set(texts) == set(ev.STYLES)
    assert texts.value_counts().min() >= 2
    assert (labels["kind"] == "sentence").sum() >= 200


def test_every_label_uses_the_vocabulary(labels):
    roles = {r for cell in labels["roles"] for r in cell.split(";")}
    assert roles <= set(ROLES) and set(labels["strength"]) <= set(STRENGTHS)
    assert set(labels["evidence"]) <= set(EVIDENCE_KINDS) and set(labels["kind"]) == {"sentence", "heading"}
    has_evidence_role = labels["roles"].str.split(";").map(lambda r: "evidence" in r)
    assert (has_evidence_role == (labels["evidence"] != "none")).all()


def test_items_are_numbered_in_reading_order(labels):
    for _, group in labels.groupby("text_id"):
        assert group["item"].tolist() == list(range(1, len(group) + 1))


def test_the_toolkit_finds_exactly_the_labelled_sentences():
    table = ev.predictions("rules")
    assert len(table) == len(ev.load_eval_labels())


@pytest.mark.parametrize("role", ev.TARGET_ROLES)
def test_target_roles_reach_precision_and_recall_of_0_8(role):
    scores = ev.role_scores("rules").loc[role]
    assert scores["precision"] >= 0.8 and scores["recall"] >= 0.8, scores


def test_agency_style_text_has_at_most_5_false_labels_per_100_sentences():
    assert ev.false_labels_per_100("rules") <= 5
    assert ev.false_labels_per_100("word_list") > 20  # the word list alone, for comparison


def test_every_vendor_text_scores_above_every_agency_text():
    assert ev.vendors_above_agencies()
    table = ev.overclaim_by_text()
    assert table["overclaim_index"].between(0, 100).all()


def test_seed_strength_kappa_and_concessions_against_the_hand_coding():
    rules = ev.seed_agreement("rules")
    assert rules["strength_kappa"] >= 0.6
    assert rules["concession_precision"] >= 0.8 and rules["concession_recall"] >= 0.8
    words = ev.seed_agreement("word_list")
    assert round(words["strength_kappa"], 2) == 0.30 and words["concession_precision"] == 0.5


def test_the_labels_columns_are_documented_in_data_readme(root):
    readme = (root / "data" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## `toolkit_eval/labels.csv`", 1)[1].split("\n## ", 1)[0]
    documented = [line.split("`")[1] for line in section.splitlines() if line.startswith("| `")]
    assert documented == ev.load_eval_labels().columns.tolist()


def test_the_readme_reports_the_computed_figures(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    rules, words = ev.role_scores("rules"), ev.role_scores("word_list")

    def show(x):
        return "–" if x != x else f"{x:.2f}"

    for role in rules.index:
        r, w = rules.loc[role], words.loc[role]
        row = (
            f"| `{role}` | {int(r['labelled'])} | {show(r['precision'])} | {show(r['recall'])} "
            f"| {show(w['precision'])} | {show(w['recall'])} |"
        )
        assert row in readme
    assert f"the rules give {ev.false_labels_per_100('rules')} false labels per 100 sentences" in readme
    assert f"(the word list alone: {ev.false_labels_per_100('word_list')})" in readme
    seed = ev.seed_agreement("rules")
    assert f"claim-strength kappa is {seed['strength_kappa']:.2f} (word list: 0.30)" in readme
    table = ev.overclaim_by_text()
    vendor = table.loc[table["style"] == "vendor", "overclaim_index"]
    agency = table.loc[table["style"].isin(ev.AGENCY_STYLES), "overclaim_index"]
    span = (
        f"({vendor.min():.1f}–{vendor.max():.1f}) than every agency-style text ({agency.min():.1f}–{agency.max():.1f})"
    )
    assert span in readme
