"""Plain text in whatever encoding it was saved in, and telling text from binary."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from core.reading.formats.base import ReadError

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files that are surely not text, whatever their name says.
_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"RIFF",
    b"OggS", b"ID3", b"fLaC", b"\x00\x00\x01\x00", b"SQLite format 3",
)  # fmt: skip
# Single-byte Western encodings a detector confuses with one another on short texts;
# Windows-1252 is what such a file almost always is.
_WESTERN = {"cp1252", "cp1250", "latin_1", "iso8859_15", "iso8859_2", "mac_roman", "ascii"}
_WORD = re.compile(r"[^\W\d_]+")
_SNIFF = 64 * 1024
_MAX_CONTROL_SHARE = 0.01


def decode_text(path: Path, data: bytes) -> str:
    """The text of ``data`` with newlines normalised; ReadError for binary or empty data.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM or, without one, UTF-16 recognised
    by its zero bytes; otherwise the encoding charset-normalizer detects, Windows-1252 for
    Western text, and Latin-1 as the last resort (it decodes any byte).
    """
    if not data.strip():
        raise ReadError(path, "the file is empty")
    text = _decode(path, data)
    if not text.strip():
        raise ReadError(path, "the file is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_share(text[:_SNIFF]) > _MAX_CONTROL_SHARE:
        raise ReadError(path, "the file is binary, not text")
    return text


def _decode(path: Path, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path, f"the file is not valid {encoding.upper()} text") from exc
    if data.startswith(_MAGIC):
        raise ReadError(path, "the file is binary, not text")
    if b"\x00" in data[:_SNIFF]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ReadError(path, "the file is binary, not text")
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detected(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII letters has a zero in every other byte."""
    sample = data[: _SNIFF & ~1]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.3 * half and even < 0.05 * half else None
    if even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data[: len(data) & ~1].decode(encoding)
    except UnicodeDecodeError:
        return None


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data[:_SNIFF]).best()
    encoding = best.encoding if best else "cp1252"
    western = _decoded_or_none(data, "cp1252")
    if encoding in _WESTERN and western is not None:
        return western
    text = _decoded_or_none(data, encoding)
    # A short Western text can pass for Cyrillic or Greek; real text in those scripts does
    # not mix them with Latin letters inside one word ("Cafщ").
    if text is None or (western is not None and _mixed_words(western) < _mixed_words(text)):
        text = western
    return text if text is not None else data.decode("latin-1")


def _decoded_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mixed_words(text: str) -> int:
    return sum(
        1
        for word in _WORD.findall(text)
        if any(c < "\x80" for c in word) and any(ord(c) > 0x24F and c.isalpha() for c in word)
    )


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\t\f\v")
    return controls / len(text)
