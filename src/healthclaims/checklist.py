"""The reader's checklist (notebook 13): a learner's answers compared with the course's key for a practice article."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from healthclaims.paths import data_path

ANSWERS = ("yes", "no", "partly", "unclear")


def load_key() -> pd.DataFrame:
    """The course's answers for the practice articles (data/practice/checklist_key.csv)."""
    return pd.read_csv(data_path("practice/checklist_key.csv"), dtype=str, keep_default_na=False)


def compare_checklist(my_checklist: dict, article_source: str) -> pd.DataFrame | None:
    """Print how many answers match the key for a practice article, and return the ones that differ, with reasons."""
    key = load_key()
    name = Path(str(article_source)).name
    if name not in set(key["article"]):
        print(f"ℹ There is no key for {name or 'pasted text'}: compare your answers with a classmate's instead.")
        return None
    answers = {q: str(a or "").strip().lower() for q, a in my_checklist.items()}
    if any(a not in ANSWERS for a in answers.values()):
        print("… Not answered yet: answer every question with 'yes', 'no', 'partly' or 'unclear' first.")
        return None
    mine = key[key["article"] == name].set_index("question_id")
    mine = mine.assign(yours=[answers.get(q, "") for q in mine.index])
    differ = mine[mine["yours"] != mine["answer"]]
    print(f"Your answers match the course's on {len(mine) - len(differ)} of {len(mine)} questions for {name}.")
    return differ[["yours", "answer", "reason"]].rename(columns={"answer": "course"})
