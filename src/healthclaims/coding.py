"""The course's hand coding of the seed article (data/sentences.csv, data/contradictions.csv).

The allowed values live here once; data/CODEBOOK.md defines them and the tests check the data against them.
"""

from __future__ import annotations

import pandas as pd

from healthclaims import paths

ROLES = ("benefit", "mechanism", "safety", "concession", "advice", "promotion", "background")
SUBJECTS = ("kratom", "melatonin", "combination", "general")
STRENGTHS = ("none", "hedged", "can", "direct")
"""Claim strength, weakest first (after Adams et al. 2017; see data/CODEBOOK.md §4.4)."""
TOPICS = (
    "analgesia", "sleep", "inflammation", "synergy", "safety", "holistic", "conditions",
    "research_status", "consult", "article_framing", "botany", "alternative_framing",
)  # fmt: skip
EVIDENCE = ("none", "vague", "named")
CONTRADICTION_KINDS = (
    "evidence_vs_limited_studies", "synergy_vs_unknown_interaction", "understanding_vs_not_understood",
    "safety_vs_caution", "non_addictive_vs_opioid_action", "authority_vs_no_sources", "guide_vs_admitted_gaps",
    "efficacy_vs_unknown_dose", "promise_vs_limited_research", "certainty_vs_individual_variation",
)  # fmt: skip


def load_coding() -> pd.DataFrame:
    """Return data/sentences.csv with each sentence's position (1–35) and its strength as a rank (0–3)."""
    coded = pd.read_csv(paths.data_path("sentences.csv"), dtype=str, keep_default_na=False)
    coded.insert(1, "position", range(1, len(coded) + 1))
    coded["strength_rank"] = coded["claim_strength"].map(STRENGTHS.index)
    return coded


def role_flags(coded: pd.DataFrame) -> pd.DataFrame:
    """Return one True/False column per role: does the sentence carry that role?"""
    split = coded["roles"].str.split(";")
    return pd.DataFrame({role: split.map(lambda roles, r=role: r in roles) for role in ROLES}, index=coded.index)


def load_contradictions() -> pd.DataFrame:
    """Return data/contradictions.csv, the ledger of places where the article undercuts itself."""
    return pd.read_csv(paths.data_path("contradictions.csv"), dtype=str, keep_default_na=False)


def ids(cell: str) -> list[str]:
    """Split a ';'-separated id cell ('s03;s29') into a list; 'NONE' gives an empty list."""
    return [] if cell == "NONE" else cell.split(";")


FIELD_VALUES = {"claim_strength": STRENGTHS, "primary_role": ROLES, "subject": SUBJECTS, "evidence_cited": EVIDENCE}
"""Fields a learner can practise coding, with their allowed values."""


def compare_with_key(answers: dict[str, str | None], coded: pd.DataFrame, field: str = "claim_strength") -> None:
    """Print a learner's agreement with the course key on one field: kappa, then each disagreement and why."""
    from healthclaims.agreement import cohen_kappa

    key = coded.set_index("sentence_id")
    allowed = FIELD_VALUES[field]
    unknown = [sid for sid in answers if sid not in key.index]
    if unknown:
        print(f"ℹ These are not sentence ids of the article: {', '.join(map(str, unknown))}.")
        return
    missing = [sid for sid, value in answers.items() if value is None or str(value).strip() == ""]
    if missing:
        done = len(answers) - len(missing)
        print(f"… Not answered yet: {done} of {len(answers)} sentences coded. Replace every None, then run again.")
        return
    wrong_type = {sid: value for sid, value in answers.items() if str(value).strip().lower() not in allowed}
    if wrong_type:
        sid, value = next(iter(wrong_type.items()))
        print(f"ℹ {value!r} (for {sid}) is not a code for {field}; use one of: {', '.join(allowed)}.")
        return
    ids_ = list(answers)
    mine = [str(answers[sid]).strip().lower() for sid in ids_]
    theirs = key.loc[ids_, field].tolist()
    result = cohen_kappa(mine, theirs, labels=allowed)
    agreed = sum(a == b for a, b in zip(mine, theirs, strict=True))
    kappa = "undefined (one code used for everything)" if result.kappa != result.kappa else f"{result.kappa:.2f}"
    chance = f"{result.expected:.0%}"
    print(f"You agreed with the key on {agreed} of {len(ids_)} sentences; chance alone: {chance}; kappa = {kappa}.")
    for sid, a, b in zip(ids_, mine, theirs, strict=True):
        if a != b:
            print(f"- {sid}: you said {a!r}, the key says {b!r}. Key's reason: {key.loc[sid, 'rationale']}")
