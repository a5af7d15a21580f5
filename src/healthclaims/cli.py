"""The command line: ``python -m healthclaims COMMAND FILE``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NoReturn

from healthclaims import __version__
from healthclaims.analyze import SCHEMA_VERSION, TABLE_COLUMNS, analyze, summary_lines
from healthclaims.article import Article, load_article, no_sentences_message
from healthclaims.errors import InputError
from healthclaims.readability import readability
from healthclaims.report import analysis_html
from healthclaims.textio import MAX_BYTES

SENTENCE_COLUMNS = ["sentence_id", "part_id", "kind", "section", "n_words", "text"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error of the toolkit."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"healthclaims: {message} (see: python -m healthclaims --help)\n")


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser."""
    parser = _Parser(
        prog="python -m healthclaims",
        description="Reading Health Claims: take a plain-text health article apart, sentence by sentence.",
        epilog=(
            "FILE is a plain-text or HTML article (UTF-8 or UTF-16; other text is read as cp1252 with a notice; "
            f"at most {MAX_BYTES:,} bytes). "
            "Example: python -m healthclaims analyze seeds/kratom_melatonin_article.txt --format csv"
        ),
    )
    parser.add_argument("--version", action="version", version=f"healthclaims {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    analyze = commands.add_parser(
        "analyze",
        help="roles, claim strength and evidence of each sentence and headline; a summary with the overclaim index",
    )
    analyze.add_argument("file", type=Path, help="a plain-text or HTML article")
    analyze.add_argument(
        "--format", choices=["table", "csv", "json", "html"], default="table", help="output format (default: table)"
    )
    analyze.add_argument(
        "--output", type=Path, help="write to this new file instead of the screen (makes folders; never overwrites)"
    )

    sentences = commands.add_parser("sentences", help="list the article's sentences with ids, part and section")
    sentences.add_argument("file", type=Path, help="a plain-text or HTML article")
    sentences.add_argument(
        "--format", choices=["table", "csv", "json"], default="table", help="output format (default: table)"
    )
    sentences.add_argument(
        "--output", type=Path, help="write to this new file instead of the screen (makes folders; never overwrites)"
    )

    parts = commands.add_parser("parts", help="list the article's parts: summary, contents, headings, paragraphs")
    parts.add_argument("file", type=Path, help="a plain-text or HTML article")

    readability = commands.add_parser(
        "readability", help="counts and Flesch readability scores for the article's sentences"
    )
    readability.add_argument("file", type=Path, help="a plain-text or HTML article")
    return parser


def _render(table, fmt: str) -> str:
    """Render a DataFrame as a text table, CSV or JSON."""
    if fmt == "csv":
        return table.to_csv(index=False)
    if fmt == "json":
        return table.to_json(orient="records", force_ascii=False, indent=2) + "\n"
    flat = table.assign(text=table["text"].str.split().str.join(" ")) if "text" in table else table
    return flat.to_string(index=False, max_colwidth=70) + "\n"


def text_table(table, width: int = 40) -> str:
    """Render a table as aligned plain text quickly (long cells cut to ``width`` characters, text to 60)."""
    columns = [
        [" ".join(str(v).split())[: 60 if name == "text" else width] for v in table[name].tolist()]
        for name in table.columns
    ]
    rows = [[str(v) for v in table.columns], *map(list, zip(*columns, strict=True))]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def _write(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to a new file ``output``."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        if output.parent.exists() and not output.parent.is_dir():
            raise InputError(f"{output.parent} is not a folder (nothing was written).")
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("x", encoding="utf-8") as fh:  # "x": refuses an existing file or link, never overwrites
            fh.write(text)
    except FileExistsError:
        raise InputError(f"{output} already exists; choose a new file name (nothing was written).") from None
    except OSError as exc:
        raise InputError(f"{output} could not be written ({exc.strerror or exc}).") from None
    print(f"Wrote {output}", file=sys.stderr)


def _load(path: Path, headlines_allowed: bool = False) -> Article:
    """Read and parse an article through the one reading path (load_article), printing its notices."""
    article = load_article(path)
    for notice in article.notices:
        print(f"healthclaims: note: {notice}", file=sys.stderr)
    problem = no_sentences_message(article)
    if problem and headlines_allowed and not article.parts.query("kind == 'heading'").empty and "headings" in problem:
        print(f"healthclaims: note: {path}: {problem}; they were analysed as headlines.", file=sys.stderr)
    elif problem:
        raise InputError(f"{path}: {problem}, so there is nothing to analyse.")
    return article


def _analysis_output(article: Article, fmt: str, title: str) -> str:
    """Render the analysis of an article in one of the output formats."""
    result = analyze(article, word_counts=fmt in ("csv", "json"))  # the table and HTML do not show the counts
    table = result.sentences
    if fmt == "csv":
        return table.to_csv(index=False)
    if fmt == "json":
        records = table.to_dict(orient="records")
        payload = {"schema_version": SCHEMA_VERSION, "summary": result.summary, "sentences": records}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return analysis_html(result, title)
    return text_table(table[TABLE_COLUMNS]) + "\n\n" + "\n".join(summary_lines(result.summary)) + "\n"


def run(args: argparse.Namespace) -> None:
    """Carry out one command."""
    article = _load(args.file, headlines_allowed=args.command == "analyze")
    if args.command == "analyze":
        _write(_analysis_output(article, args.format, args.file.name), args.output)
    elif args.command == "sentences":
        _write(_render(article.sentences[SENTENCE_COLUMNS], args.format), args.output)
    elif args.command == "parts":
        table = article.parts.assign(text=article.parts["text"].str.slice(0, 70))
        _write(_render(table[["part_id", "kind", "section", "text"]], "table"), None)
    elif args.command == "readability":
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
