"""Reading a text file safely: clear one-line errors instead of tracebacks."""

from __future__ import annotations

from pathlib import Path

from healthclaims.errors import InputError

MAX_BYTES = 2_000_000
"""Largest file the toolkit reads (2 MB, far above any web article)."""


def decode_text(data: bytes, name: str = "the text") -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary and non-UTF-8 input."""
    if not data.strip():
        raise InputError(f"{name} is empty: there is no text to analyse.")
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text (it contains NUL bytes).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (undecodable byte at position {exc.start}); save it as UTF-8 and try again."
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, raising InputError with a one-line reason if it is unusable."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file.")
    if p.is_dir():
        raise InputError(f"{p} is a folder, not a file.")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p} is {size:,} bytes; the limit is {MAX_BYTES:,} bytes.")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p} could not be read ({exc.strerror}).") from None
    return decode_text(data, str(p))
