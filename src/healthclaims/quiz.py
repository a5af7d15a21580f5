"""The 12-question check taken before the course (notebook 00) and after it (notebook 13), saved in my_work/."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from healthclaims import paths

STAGES = ("before", "after")


def load_quiz() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The questions (data/quiz.csv) and their options, each wrong one with its misconception (quiz_options.csv)."""
    read = lambda name: pd.read_csv(paths.data_path(name), dtype=str, keep_default_na=False)  # noqa: E731
    return read("quiz.csv"), read("quiz_options.csv")


def show_quiz() -> None:
    """Print the twelve questions with their options a–d."""
    questions, options = load_quiz()
    for row in questions.itertuples():
        print(f"{row.item_id}. {row.question}")
        for opt in options[options["item_id"] == row.item_id].itertuples():
            print(f"   {opt.option}) {opt.text}")
        print()


def _file(stage: str) -> Path:
    """Where a stage's answers are kept."""
    return paths.learner_dir() / f"quiz_{stage}.json"


def _problem(answers: object, ids: list[str]) -> str:
    """A one-line reason why the answers cannot be saved, or '' if they can."""
    if not isinstance(answers, dict):
        return "my_answers should be a dictionary, e.g. {'Q01': 'b', 'Q02': 'a', ...}."
    empty = [q for q in ids if answers.get(q) in (None, "")]
    if empty:
        return f"… Not answered yet: {len(empty)} of {len(ids)} questions have no answer ({', '.join(empty[:4])}…)."
    wrong = [q for q in ids if str(answers[q]).strip().lower() not in ("a", "b", "c", "d")]
    return f"ℹ Answer each question with one letter, 'a' to 'd' ({wrong[0]} is {answers[wrong[0]]!r})." if wrong else ""


def save_answers(stage: str, answers: object) -> None:
    """Save the answers for 'before' or 'after' once; an existing file is never overwritten."""
    questions, _ = load_quiz()
    ids = questions["item_id"].tolist()
    problem = _problem(answers, ids)
    if problem:
        print(problem if problem.startswith(("…", "ℹ")) else f"ℹ {problem}")
        return
    target = _file(stage)
    if target.exists():
        print(f"ℹ Your '{stage}' answers are already saved in my_work/{target.name}; they are kept as they are.")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "answers": {q: str(answers[q]).strip().lower() for q in ids},
    }
    with target.open("x", encoding="utf-8") as fh:
        json.dump(record, fh, indent=1)
    print(f"✔ Saved your '{stage}' answers in my_work/{target.name}. The scores come in notebook 13.")


def compare_answers() -> pd.DataFrame | None:
    """Score the saved 'before' and 'after' answers; for each question still missed, name the misconception."""
    questions, options = load_quiz()
    saved = {}
    for stage in STAGES:
        target = _file(stage)
        if not target.exists():
            print(f"… No '{stage}' answers saved yet (my_work/{target.name}); save them first.")
            return None
        try:
            saved[stage] = json.loads(target.read_text(encoding="utf-8"))["answers"]
        except (ValueError, KeyError, UnicodeDecodeError):
            print(f"ℹ my_work/{target.name} is not in the course's format; move or rename it, then save again.")
            return None
    key = questions.set_index("item_id")["answer"]
    table = pd.DataFrame({s: pd.Series(saved[s]).reindex(key.index) for s in STAGES}).assign(correct=key)
    scores = {s: int((table[s] == table["correct"]).sum()) for s in STAGES}
    print(f"Before the course: {scores['before']} of {len(key)}. After: {scores['after']} of {len(key)}.")
    chosen = options.set_index(["item_id", "option"])
    table["still missed: the misconception"] = [
        chosen.loc[(q, a), "misconception"] if a != table.loc[q, "correct"] and (q, a) in chosen.index else ""
        for q, a in table["after"].items()
    ]
    table["feedback"] = [
        chosen.loc[(q, a), "feedback"] if (q, a) in chosen.index else "" for q, a in table["after"].items()
    ]
    return table
