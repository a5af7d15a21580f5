"""The command line: ``python -m healthclaims COMMAND FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from healthclaims import __version__
from healthclaims.article import load_article
from healthclaims.errors import InputError
from healthclaims.readability import readability

SENTENCE_COLUMNS = ["sentence_id", "part_id", "kind", "section", "n_words", "text"]


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m healthclaims",
        description="Reading Health Claims: take a plain-text health article apart, sentence by sentence.",
        epilog="Example: python -m healthclaims sentences seeds/kratom_melatonin_article.txt --format csv",
    )
    parser.add_argument("--version", action="version", version=f"healthclaims {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sentences = commands.add_parser("sentences", help="list the article's sentences with ids, part and section")
    sentences.add_argument("file", type=Path, help="a UTF-8 plain-text article")
    sentences.add_argument(
        "--format", choices=["table", "csv", "json"], default="table", help="output format (default: table)"
    )
    sentences.add_argument("--output", type=Path, help="write to this file instead of the screen (never overwrites)")

    parts = commands.add_parser("parts", help="list the article's parts: summary, contents, headings, paragraphs")
    parts.add_argument("file", type=Path, help="a UTF-8 plain-text article")

    score = commands.add_parser("readability", help="counts and Flesch readability scores for the article's sentences")
    score.add_argument("file", type=Path, help="a UTF-8 plain-text article")
    return parser


def _render(table, fmt: str) -> str:
    """Render a DataFrame as a text table, CSV or JSON."""
    if fmt == "csv":
        return table.to_csv(index=False)
    if fmt == "json":
        return table.to_json(orient="records", force_ascii=False, indent=2) + "\n"
    return table.to_string(index=False, max_colwidth=70) + "\n"


def _write(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to a new file ``output``."""
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists():
        raise InputError(f"{output} already exists; choose a new file name (nothing was written).")
    if not output.parent.is_dir():
        raise InputError(f"{output.parent} is not a folder (nothing was written).")
    output.write_text(text, encoding="utf-8")
    print(f"Wrote {output}", file=sys.stderr)


def run(args: argparse.Namespace) -> None:
    """Carry out one command."""
    article = load_article(args.file)
    if args.command == "sentences":
        _write(_render(article.sentences[SENTENCE_COLUMNS], args.format), args.output)
    elif args.command == "parts":
        table = article.parts.assign(text=article.parts["text"].str.slice(0, 70))
        _write(_render(table[["part_id", "kind", "section", "text"]], "table"), None)
    elif args.command == "readability":
        if article.sentences.empty:
            raise InputError(f"{args.file}: no sentences found, so there is nothing to score.")
        scores = readability(article.sentences["text"].tolist())
        lines = [
            f"{name:>22}: {value:.2f}" if isinstance(value, float) else f"{name:>22}: {value}"
            for name, value in scores.items()
        ]
        _write("\n".join(lines) + "\n", None)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (2 for bad input)."""
    args = _parser().parse_args(argv)
    try:
        run(args)
    except InputError as exc:
        print(f"healthclaims: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0
