"""Reading Health Claims: shared helpers for the course notebooks."""

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
