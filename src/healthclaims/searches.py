"""Searches a learner can repeat: the course's "no study found" results and a check of a repeated search."""

from __future__ import annotations

import numbers
from typing import Any

import pandas as pd

from healthclaims.paths import data_path

DATABASES = {
    "pubmed_query": "PubMed (https://pubmed.ncbi.nlm.nih.gov/)",
    "clinicaltrials_query": "ClinicalTrials.gov (https://clinicaltrials.gov/)",
    "cochrane_query": "Cochrane Library (https://www.cochranelibrary.com/)",
}


def load_searches() -> pd.DataFrame:
    """The course's recorded searches, indexed by search id."""
    return pd.read_csv(data_path("searches.csv"), dtype=str, keep_default_na=False).set_index("search_id")


def search_card(search_id: str, searches: pd.DataFrame | None = None) -> str:
    """A search as a learner repeats it: the question, the query for each database, and what the course found."""
    row = (load_searches() if searches is None else searches).loc[search_id]
    lines = [f"{search_id}: {row['question']}  (claims {row['claim_ids'].replace(';', ', ')})"]
    lines += [f"  {name}: {row[column]}" for column, name in DATABASES.items()]
    lines += [f"  The course's own search ({row['searched_on']}): {row['course_search']}", f"  Result: {row['result']}"]
    return "\n".join(lines)


def _whole(value: Any) -> bool:
    """True for a whole number that is not True/False."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def check_repeated_search(pubmed_count: Any, combination_studies: Any, verdict_stands: Any) -> None:
    """Print one line on a repeated search: are the three answers well formed, and do they agree with each other?"""
    if pubmed_count is None or combination_studies is None or verdict_stands is None:
        print(
            "… Not answered yet: fill in all three, e.g. pubmed_count = 3, combination_studies = 0 and "
            "verdict_stands = True (three records, none a study of the pair), then run this cell again."
        )
    elif not _whole(pubmed_count) or pubmed_count < 0:
        print(f"ℹ pubmed_count wants the number PubMed shows above the results, e.g. 7 (got {pubmed_count!r}).")
    elif not _whole(combination_studies) or not 0 <= combination_studies <= pubmed_count:
        print(f"ℹ combination_studies wants a whole number from 0 to {pubmed_count}: records you opened and read.")
    elif not isinstance(verdict_stands, bool):
        print(f"ℹ verdict_stands wants True or False (got {verdict_stands!r}).")
    elif combination_studies == 0 and not verdict_stands:
        print(
            "✘ Not quite. A record that mentions both words is not a study of the pair: with none that gave both, "
            "'no study of the combination' still stands."
        )
    elif combination_studies > 0 and verdict_stands:
        print(
            "✘ Not quite. If a record really reports kratom and melatonin given together, the verdict changes: "
            "now appraise that study (design, size, outcome) as in sections 2 to 5."
        )
    elif combination_studies == 0:
        print(
            f"✔ Consistent. {pubmed_count} record(s) found, none a study of the pair: the verdict stands, dated today."
        )
    else:
        print("✔ Consistent. A new study changes 'no study' into a body of evidence to judge, not into 'proven'.")
