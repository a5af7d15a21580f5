"""Reading Health Claims: shared helpers for the course notebooks."""

from healthclaims.article import Article, load_article, load_seed
from healthclaims.checks import check
from healthclaims.errors import InputError
from healthclaims.sentences import split_sentences
from healthclaims.style import OKABE_ITO, use_course_style

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
