"""Reading Health Claims: shared helpers for the course notebooks.

The modules, in the order a reading goes (read → split → code → summarise → check → display):

- read: ``paths`` (where things are), ``textio`` and ``htmltext`` (a file's text), ``article`` (an article),
  ``instrument_items`` (the appraisal instruments as data), ``rating_files`` (a class's rating files),
  ``learner`` (a learner's saved answers)
- split: ``sentences``
- code: ``coding`` (the course's hand coding), ``lexicon`` (the word-list detector)
- summarise: ``analyze``, ``readability``, ``repetition``, ``agreement`` (kappas), ``evidence``,
  ``instrument_scores``, ``rating_agreement``, ``coverage``, ``simulate`` (design simulations), ``searches``
- check: ``questions`` (what an exercise asks), ``exercises`` (every exercise), ``checks`` (the feedback)
- display: ``style``, ``display``, ``citations``, ``report``, ``cli``

``instruments`` gathers the instrument modules' names in one import for the notebooks.
"""

from healthclaims.article import Article, load_article, load_seed
from healthclaims.checks import check
from healthclaims.errors import InputError
from healthclaims.sentences import split_sentences

__all__ = [
    "Article",
    "InputError",
    "OKABE_ITO",
    "check",
    "load_article",
    "load_seed",
    "split_sentences",
    "use_course_style",
]

__version__ = "0.1.0"


def __getattr__(name: str):
    """Import the plotting style only when a notebook asks for it, so the command line never loads matplotlib."""
    if name in ("OKABE_ITO", "use_course_style"):
        from healthclaims import style

        return getattr(style, name)
    raise AttributeError(f"module 'healthclaims' has no attribute {name!r}")
