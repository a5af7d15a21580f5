"""How well the toolkit's labels agree with careful human labels, computed (never typed).

Two references: the course's evaluation set (data/toolkit_eval/: twelve texts in five styles, every
sentence and headline labelled by hand) and the hand coding of the seed article (data/sentences.csv).
Each figure can be computed for the clause-aware rules (healthclaims.rules) and, for comparison, for
the word list alone (data/lexicon.csv, as notebook 03 uses it).
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from healthclaims import paths
from healthclaims.agreement import cohen_kappa, precision_recall
from healthclaims.rules import ROLES, STRENGTHS

EVAL_FOLDER = "toolkit_eval"
STYLES = ("vendor", "agency", "regulator", "news", "forum")
AGENCY_STYLES = ("agency", "regulator")
"""Styles counted as agency-style text: fact sheets and regulators' press releases."""
TARGET_ROLES = ("safety_reassurance", "concession", "advice", "promotion")
"""Roles with a precision and recall target of 0.8."""
SCORED_ROLES = tuple(r for r in ROLES if r != "background")
"""Roles counted for false labels (background is only what is left when no other role applies)."""
WORD_LIST_ROLES = {
    "concession": "concession",
    "advice": "advice",
    "promotion": "promotion",
    "nature_appeal": "promotion",
}
"""How the word list alone turned marker categories into roles (the toolkit before the rules)."""


def load_eval_labels() -> pd.DataFrame:
    """Return data/toolkit_eval/labels.csv: one row per sentence or headline, in reading order."""
    return pd.read_csv(paths.data_path(f"{EVAL_FOLDER}/labels.csv"), dtype={"item": int}, keep_default_na=False)


def eval_text(text_id: str) -> str:
    """Return the text of one evaluation article."""
    return paths.data_path(f"{EVAL_FOLDER}/texts/{text_id}.txt").read_text(encoding="utf-8")


def _word_list_labels(texts: list[str]) -> tuple[list[str], list[str]]:
    """Roles and strength from the word list alone: the toolkit before the clause-aware rules."""
    from healthclaims.lexicon import CATEGORIES, load_lexicon, marker_counts, strength_by_words

    counts = marker_counts(pd.Series(texts), load_lexicon())
    roles = [
        ";".join(dict.fromkeys(WORD_LIST_ROLES[c] for c in CATEGORIES if c in WORD_LIST_ROLES and row[c] > 0))
        for _, row in counts.iterrows()
    ]
    strengths = [strength_by_words(t, counts.loc[i]) for i, t in enumerate(texts)]
    return roles, strengths


@cache
def _predictions(method: str) -> pd.DataFrame:
    """Labels given to every evaluation item by ``method`` ("rules" or "word_list"), aligned with the hand labels."""
    from healthclaims.analyze import labelled_units, overclaim_index, units
    from healthclaims.article import parse_article

    labels = load_eval_labels()
    frames = []
    for text_id, hand in labels.groupby("text_id", sort=False):
        article = parse_article(eval_text(text_id))
        table = labelled_units(article) if method == "rules" else units(article)
        found, expected = table["text"].str.split().str.join(" "), hand["text"].str.split().str.join(" ")
        if found.tolist() != expected.tolist():
            raise ValueError(f"{text_id}: the toolkit's sentences differ from the labelled ones.")
        if method == "rules":
            predicted = {"roles": table["roles"], "strength": table["strength"], "evidence": table["evidence"]}
            overclaim = overclaim_index(table)  # as analyze() reports it in summary["overclaim_index"]
        else:
            roles, strengths = _word_list_labels(table["text"].tolist())
            predicted = {"roles": roles, "strength": strengths, "evidence": ["none"] * len(roles)}
            overclaim = float("nan")
        frame = hand[["text_id", "style", "item", "kind"]].reset_index(drop=True)
        for key, values in predicted.items():
            frame[f"{key}_found"] = list(values)
        frame["overclaim_index"] = overclaim
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def predictions(method: str = "rules") -> pd.DataFrame:
    """Return the hand labels side by side with the labels found by ``method`` ("rules" or "word_list")."""
    hand = load_eval_labels()
    found = _predictions(method)
    return hand.merge(found, on=["text_id", "style", "item", "kind"], validate="one_to_one")


def _has(cells: pd.Series, role: str) -> pd.Series:
    """True where a ';'-separated roles cell contains ``role``."""
    return cells.str.split(";").map(lambda roles: role in roles)


def role_scores(method: str = "rules", roles: tuple[str, ...] = SCORED_ROLES) -> pd.DataFrame:
    """Return per-role counts, precision and recall of ``method`` against the hand labels of the evaluation set."""
    table = predictions(method)
    rows = {}
    for role in roles:
        scores = precision_recall(_has(table["roles"], role), _has(table["roles_found"], role))
        rows[role] = {"labelled": scores["true_pos"] + scores["false_neg"], **scores}
    return pd.DataFrame(rows).T[["labelled", "true_pos", "false_pos", "false_neg", "precision", "recall"]]


def false_labels_per_100(method: str = "rules", styles: tuple[str, ...] = AGENCY_STYLES) -> float:
    """Return role labels found but not given by hand, per 100 sentences (headlines included) of these styles."""
    table = predictions(method)
    table = table[table["style"].isin(styles)]
    false = sum(int((~_has(table["roles"], role) & _has(table["roles_found"], role)).sum()) for role in SCORED_ROLES)
    return round(100 * false / len(table), 1)


def strength_kappa_eval(method: str = "rules") -> float:
    """Return Cohen's kappa between the hand-labelled and the found claim strength on the evaluation set."""
    table = predictions(method)
    return cohen_kappa(table["strength"].tolist(), table["strength_found"].tolist(), labels=STRENGTHS).kappa


def overclaim_by_text() -> pd.DataFrame:
    """Return each evaluation text's style and overclaim index, highest first."""
    table = _predictions("rules").groupby("text_id", sort=False)[["style", "overclaim_index"]].first()
    return table.sort_values("overclaim_index", ascending=False)


def vendors_above_agencies() -> bool:
    """Return True if every vendor-style text has a higher overclaim index than every agency-style text."""
    table = overclaim_by_text()
    vendor = table.loc[table["style"] == "vendor", "overclaim_index"]
    agency = table.loc[table["style"].isin(AGENCY_STYLES), "overclaim_index"]
    return bool(vendor.min() > agency.max())


def seed_agreement(method: str = "rules") -> dict[str, float]:
    """Return claim-strength kappa and concession precision and recall on the seed, against data/sentences.csv."""
    from healthclaims.analyze import analyze
    from healthclaims.article import load_seed
    from healthclaims.coding import load_coding

    coded = load_coding()
    seed = load_seed()
    if method == "rules":
        table = analyze(seed).sentences.set_index("sentence_id")
        strength, roles = table.loc[coded["sentence_id"], "strength"], table.loc[coded["sentence_id"], "roles"]
    else:
        found_roles, found_strength = _word_list_labels(coded["text"].tolist())
        strength, roles = pd.Series(found_strength), pd.Series(found_roles)
    kappa = cohen_kappa(coded["claim_strength"].tolist(), list(strength), labels=STRENGTHS).kappa
    concession = precision_recall(
        _has(coded["roles"], "concession").to_numpy(), _has(pd.Series(list(roles)), "concession").to_numpy()
    )
    return {
        "strength_kappa": kappa,
        "concession_precision": concession["precision"],
        "concession_recall": concession["recall"],
    }
