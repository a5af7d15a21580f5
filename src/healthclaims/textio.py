"""Reading a text file safely: clear one-line errors instead of tracebacks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healthclaims.errors import InputError
from healthclaims.htmltext import html_to_text, looks_like_html

MAX_BYTES = 2_000_000
"""Largest file the toolkit reads (2 MB, far above any web article)."""


FALLBACK_ENCODING = "cp1252"
"""Encoding tried, with a notice, when a document is not UTF-8 (Windows' Western European)."""


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""The byte-order marks that start a UTF-16 file (Windows Notepad's "Unicode")."""


PDF_MESSAGE = "PDF is not supported: save the page as text or HTML"
"""The one line given for a PDF file (it starts with "%PDF-", even when the rest looks like text)."""


def utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le" or "utf-16-be" if the bytes look like UTF-16 text without a byte-order mark, else None.

    In UTF-16 text of a Latin-script language, every other byte is NUL: the odd bytes (little-endian)
    or the even bytes (big-endian). Binary files have NUL bytes in no such pattern.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nul, odd_nul = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    for encoding, nul, other in (("utf-16-le", odd_nul, even_nul), ("utf-16-be", even_nul, odd_nul)):
        if nul >= 0.7 and other <= 0.05:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:2048])
            return encoding if printable >= 0.95 * len(text[:2048]) else None
    return None


def _check_bytes(data: bytes, name: str) -> None:
    """Refuse empty, PDF and binary data with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name} is empty: there is no text to analyse.")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{name}: {PDF_MESSAGE}.")
    if data.startswith(UTF16_BOMS) or utf16_without_bom(data):
        return  # UTF-16 text is full of NUL bytes, yet it is text
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text (it contains NUL bytes).")
    controls = sum(byte < 32 and byte not in (9, 10, 12, 13) for byte in data[:4096])
    if controls > len(data[:4096]) // 20:
        raise InputError(f"{name} looks like a binary file, not text (it is full of control characters).")


def decode_text(data: bytes, name: str = "the text") -> str:
    """Decode bytes as UTF-8 text, refusing empty, binary and non-UTF-8 input."""
    _check_bytes(data, name)
    if data.startswith(UTF16_BOMS) or utf16_without_bom(data):
        raise InputError(f"{name} is UTF-16 text (Windows 'Unicode'); save it as UTF-8 and try again.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (undecodable byte at position {exc.start}); save it as UTF-8 and try again."
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: str | Path) -> bytes:
    """Read a file's bytes, refusing a missing file, a folder, a pipe or device, or a file over MAX_BYTES."""
    p = Path(path)
    try:
        if not p.exists():
            kind = "a broken or looping link" if p.is_symlink() else "no such file"
            raise InputError(f"{p}: {kind}.")
        if p.is_dir():
            raise InputError(f"{p} is a folder, not a file.")
        if not p.is_file():
            raise InputError(f"{p} is not a regular file (a pipe or a device?); give the path of a saved file.")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p} is {size:,} bytes; the limit is {MAX_BYTES:,} bytes.")
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p} could not be read ({exc.strerror or exc}).") from None


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, raising InputError with a one-line reason if it is unusable."""
    return decode_text(_read_bytes(path), str(path))


@dataclass(frozen=True)
class Document:
    """Text read from a file, with notices about anything done to it on the way."""

    text: str
    notices: tuple[str, ...] = ()


def read_document(path: str | Path) -> Document:
    """Read any plain-text or HTML article: UTF-8, else cp1252 with a notice; HTML reduced to visible text."""
    name = str(path)
    data = _read_bytes(path)
    _check_bytes(data, name)
    notices = []
    try:
        bomless = None if data.startswith(UTF16_BOMS) else utf16_without_bom(data)
        if data.startswith(UTF16_BOMS):
            text = data.decode("utf-16")
            notices.append(f"{name} is UTF-16 text (Windows 'Unicode'); it was read as such.")
        elif bomless:
            text = data.decode(bomless)
            notices.append(f"{name} is UTF-16 text without a byte-order mark; it was read as {bomless.upper()}.")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError:
            raise InputError(
                f"{name} is not UTF-8 or {FALLBACK_ENCODING} text; save it as UTF-8 and try again."
            ) from None
        notices.append(f"{name} is not UTF-8; it was read as {FALLBACK_ENCODING} (Windows Western European).")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if Path(path).suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
        notices.append(f"{name} is HTML; only its visible text was kept (scripts and styles dropped).")
        if not text.strip():
            raise InputError(f"{name} is HTML with no visible text to analyse.")
    return Document(text=text, notices=tuple(notices))
