"""Self-checks for exercises: a confirmation, a hint, or a friendly word about the answer's type.

``check("02.sentences", answer)`` prints one or two lines and never raises, so a
learner never sees a traceback from a check and nbval can compare the output.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Iterable
from typing import Any

from healthclaims.questions import Question, normalise

CORRECT = "✔ Correct."
WRONG = "✘ Not quite."
NOT_ANSWERED = "… Not answered yet: replace None with your answer, then run this cell again."


_KIND_WORDS = {
    "int": "a whole number, e.g. 12",
    "float": "a number, e.g. 0.5",
    "text": "some text in quotes, e.g. 'kratom'",
    "choice": "one of the options in quotes",
    "ids": "a list of ids in quotes, e.g. ['s01', 's02']",
    "figure": "the axes of your figure, e.g. ax",
}


_TYPE_WORDS = {
    "DataFrame": "a table (DataFrame)",
    "Series": "a column (Series)",
    "ndarray": "a NumPy array",
    "dict": "a dictionary",
    "Index": "an Index",
}


def _wants(question: Question) -> str:
    """Say what kind of answer a question wants, with its own example where it has one."""
    words = _KIND_WORDS[question.kind]
    return f"{words.split(', e.g.')[0]}, e.g. {question.example}" if question.example else words


def _short(value: Any, limit: int = 40) -> str:
    """Return repr(value), cut to ``limit`` characters so that feedback stays on one line."""
    if isinstance(value, numbers.Number) and hasattr(value, "item"):
        value = value.item()  # np.int64(32) reads as 32
    text = repr(value) if not isinstance(value, numbers.Integral) or abs(int(value)) < 10**30 else "a huge number"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(value: Any) -> str:
    """Name the type of a learner's answer in plain words."""
    if isinstance(value, bool):
        return f"True/False ({value})"
    if isinstance(value, str):
        return f"text ({_short(value)})"
    if isinstance(value, numbers.Real):
        return f"a number ({_short(value)})"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a collection of {len(value)} item{'' if len(value) == 1 else 's'}"
    name = type(value).__name__
    return _TYPE_WORDS.get(name, f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}")


def _verdict(question: Question, right: bool, wrong_tries: int) -> str:
    """The confirmation for a right answer, the hint for a wrong one."""
    if right:
        return f"{CORRECT} {question.confirm}".rstrip()
    return f"{WRONG} Hint: {question.hint_for(wrong_tries)}"


def _wrong_type(question: Question, answer: Any) -> str:
    """Say what kind of answer the question wants and what kind it got."""
    return f"ℹ This question wants {_wants(question)}, but the answer is {_describe(answer)}."


def _grade_number(question: Question, answer: Any, wrong_tries: int) -> str:
    """Feedback for an "int" or "float" question: type, finiteness, tolerance, percentage-or-fraction mix-ups."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return _wrong_type(question, answer)
    try:
        finite = math.isfinite(float(answer))
    except OverflowError:
        finite = False
    if not finite:
        return f"ℹ The answer is {_short(answer)}; this question wants a finite number."
    if question.kind == "int" and float(answer) != int(answer):
        return _wrong_type(question, answer)
    expected = float(question.answer())
    right = abs(float(answer) - expected) <= question.tolerance
    if not right and question.kind == "float" and expected:
        if abs(float(answer) - 100 * expected) <= 100 * question.tolerance:
            return f"ℹ Close, but that looks like a percentage; this question wants {_wants(question)}."
        if abs(float(answer) - expected / 100) <= question.tolerance / 100:
            return f"ℹ Close, but that looks like a fraction; this question wants {_wants(question)}."
    return _verdict(question, right, wrong_tries)


def _grade_text(question: Question, answer: Any, wrong_tries: int) -> str:
    """Feedback for a "text" or "choice" question: compared without case or extra spaces."""
    if not isinstance(answer, str):
        return _wrong_type(question, answer)
    if not answer.strip():
        return "ℹ The answer is empty text: write your answer between the quotes."
    if question.kind == "choice" and normalise(answer) not in {normalise(c) for c in question.choices}:
        return "ℹ Choose one of: " + ", ".join(repr(c) for c in question.choices) + "."
    return _verdict(question, normalise(answer) == normalise(question.answer()), wrong_tries)


def _as_id_list(question: Question, answer: Any) -> list | str:
    """Turn an "ids" answer into a list of ids, or return the message that says why it is not one."""
    if type(answer).__name__ == "DataFrame":
        return (
            f"ℹ This is a whole table; this question wants only the ids, {_wants(question)}: "
            "take the column (or the index) that holds them and add .tolist()."
        )
    if isinstance(answer, dict):
        return f"ℹ This question wants {_wants(question)}, but the answer is a dictionary."
    items = [answer] if isinstance(answer, str) else answer
    if isinstance(items, Iterable):
        items = list(items)
    if not isinstance(items, list):
        return _wrong_type(question, items)
    odd = [a for a in items if not isinstance(a, str)]
    if odd:
        held = "numbers" if all(isinstance(a, numbers.Number) for a in odd) else _describe(odd[0])
        return (
            f"ℹ This question wants {_wants(question)}, but {_describe(answer)} holds {held}: ids are text in quotes."
        )
    return items


def _grade_ids(question: Question, answer: Any, wrong_tries: int) -> str:
    """Feedback for an "ids" question: a list of ids, compared as a set, with how many of them are right."""
    items = _as_id_list(question, answer)
    if isinstance(items, str):
        return items
    given = {normalise(a) for a in items}
    if not given:
        return "ℹ The list is empty: put the ids you chose inside the brackets."
    expected = {normalise(a) for a in question.answer()}
    if given == expected:
        return _verdict(question, True, wrong_tries)
    return (
        f"{WRONG} {len(given & expected)} of your {len(given)} ids are in the answer, which has {len(expected)}. "
        f"Hint: {question.hint_for(wrong_tries)}"
    )


FINDING_WORDS = ("more", "fewer", "than", "outnumber", "times", "twice", " to ", "most", "least")
"""Words (besides a number) by which a title states a comparison rather than a topic."""


def _grade_figure(question: Question, answer: Any, wrong_tries: int) -> str:
    """Feedback for a "figure" question: the bars, an x-axis label with its unit, a title that states the finding."""
    if not all(hasattr(answer, name) for name in ("patches", "get_xlabel", "get_title")):
        return _wrong_type(question, answer)
    bars = sorted(round(float(p.get_width()), 6) for p in answer.patches if hasattr(p, "get_width"))
    xlabel, title = answer.get_xlabel().strip(), answer.get_title().strip()
    if not bars:
        return f"{WRONG} The axes have no bars yet: complete and uncomment the ax.barh line."
    if bars != sorted(float(v) for v in question.answer()):
        return f"{WRONG} The bars are {_short(bars)}. Hint: {question.hint_for(wrong_tries)}"
    if not xlabel or "___" in xlabel or "sentence" not in xlabel.lower():
        return f"{WRONG} Label the x-axis with what the bars count and its unit, e.g. 'number of sentences'."
    if not title or "___" in title:
        return f"{WRONG} Give the figure a title."
    if not (any(ch.isdigit() for ch in title) or any(w in f" {title.lower()} " for w in FINDING_WORDS)):
        return f"{WRONG} The title names a topic; make it state the finding (which bar is longer, and by how much)."
    return _verdict(question, True, wrong_tries)


_GRADERS: dict[str, Callable[[Question, Any, int], str]] = {
    "int": _grade_number,
    "float": _grade_number,
    "text": _grade_text,
    "choice": _grade_text,
    "ids": _grade_ids,
    "figure": _grade_figure,
}
"""The grader for each kind of answer."""


def _grade(question: Question, answer: Any, wrong_tries: int = 1) -> str:
    """Return the feedback for one answer."""
    if answer is None or answer is Ellipsis:
        return NOT_ANSWERED
    grader = _GRADERS.get(question.kind)
    if grader is None:
        return f"ℹ This question has an unknown kind {question.kind!r}; please tell your instructor."
    feedback = grader(question, answer, wrong_tries)
    named = question.mistake(answer) if feedback.startswith(WRONG) else ""
    return f"{WRONG} {named}" if named else feedback


REVEAL_AFTER = 3
"""Wrong tries after which the check shows a worked solution (useful in learner versions, where it is removed)."""


def _worked_solution(question_id: str) -> str:
    """The worked solution of an exercise, as stored from the notebooks (healthclaims/solutions.json), or ''."""
    import json
    from pathlib import Path

    stored = Path(__file__).with_name("solutions.json")
    try:
        return json.loads(stored.read_text(encoding="utf-8")).get(question_id, "")
    except (OSError, ValueError):
        return ""


_wrong_tries: dict[str, int] = {}
"""Wrong answers so far in this session, per exercise: the first gets the nudge, later ones the full hint."""


def check(question_id: str, answer: Any) -> None:
    """Print feedback on ``answer`` to the exercise ``question_id``; never raise."""
    from healthclaims.exercises import QUESTIONS

    question = QUESTIONS.get(question_id) if isinstance(question_id, str) else None
    if question is None:
        print(f"ℹ There is no exercise called {_short(question_id)}; check the spelling in the cell above.")
        return
    try:
        feedback = _grade(question, answer, _wrong_tries.get(question_id, 0))
        if feedback.startswith(WRONG):
            _wrong_tries[question_id] = _wrong_tries.get(question_id, 0) + 1
        print(feedback)
        solution = _worked_solution(question_id) if _wrong_tries.get(question_id, 0) == REVEAL_AFTER else ""
        if solution and feedback.startswith(WRONG):
            print("After three tries, here is one worked solution; read it, then try it your own way:")
            print("\n".join("    " + line for line in solution.splitlines()))
    except Exception as exc:  # a check must never show a learner a traceback
        print(f"ℹ This answer could not be checked ({type(exc).__name__}); please tell your instructor.")
