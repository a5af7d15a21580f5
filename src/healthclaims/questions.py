"""One exercise's question: its expected answer, the kind of answer it wants, a hint and a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def normalise(text: Any) -> str:
    """Lower-case and collapse spaces, for comparing text answers."""
    return " ".join(str(text).casefold().split())


def chose(choice: str) -> Callable[[Any], bool]:
    """A mistake test: True when the answer is this choice (compared as the checker compares choices)."""
    return lambda answer: normalise(answer) == normalise(choice)


@dataclass(frozen=True)
class Question:
    """One exercise: the expected answer (or a function that computes it), its kind and a hint."""

    expected: Any | Callable[[], Any]
    kind: str  # "int", "float", "text", "choice", "ids", "figure"
    hint: str
    confirm: str = ""
    tolerance: float = 0.0
    choices: tuple[str, ...] = field(default_factory=tuple)
    objective: int = 0  # which of its notebook's learning objectives it practises (1-based; 0 = not mapped)
    example: str = ""  # what a well-formed answer looks like, e.g. "['k01']" or "12.5 (a percentage)"
    nudge: str = ""  # a gentler first hint; the full hint comes from the second wrong answer on
    mistakes: tuple[tuple[Callable[[Any], bool], str], ...] = ()  # (is this the mistake?, what it is) pairs

    def mistake(self, answer: Any) -> str:
        """The message naming a known mistake that this wrong answer shows, or '' if none fits."""
        for fits, message in self.mistakes:
            try:
                if fits(answer):
                    return message
            except (TypeError, ValueError):
                continue
        return ""

    def hint_for(self, wrong_tries: int) -> str:
        """The nudge for a first wrong answer (if there is one), the full hint after that."""
        return self.nudge if self.nudge and wrong_tries == 0 else self.hint

    def answer(self) -> Any:
        """Return the expected answer, computing it if needed."""
        return self.expected() if callable(self.expected) else self.expected
