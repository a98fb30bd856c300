"""Read article files into Documents: text, title, publication date and its source.

``read_documents`` is the one entry point: it picks a reader by the file's type (or, for
an unknown extension, by whether its bytes are text) and returns one Document per article,
many for a wire archive. Every problem is a ``ReadError`` naming the file and the reason.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from core.model import Document
from core.reading.formats.base import (
    DEFAULT_MAX_BYTES,
    ReadError,
    content_hash,
    document_from_text,
    read_limited,
)
from core.reading.formats.text import decode_text
from core.reading.language import with_language

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadError",
    "is_supported",
    "read_article",
    "read_documents",
    "read_pasted_text",
]

Reader = Callable[[Path, int], list[Document]]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def _read_text(path: Path, max_bytes: int) -> list[Document]:
    data, mtime = read_limited(path, max_bytes)
    text = decode_text(path, data)
    return [document_from_text(path, text, data_hash=content_hash(data), mtime=mtime)]


def _read_html(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.webpage import read_webpage

    return [read_webpage(path, max_bytes)]


def _read_mhtml(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.webpage import read_mhtml

    return [read_mhtml(path, max_bytes)]


def _read_pdf(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.pdf import read_pdf

    return [read_pdf(path, max_bytes)]


def _read_docx(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.docx import read_docx

    return [read_docx(path, max_bytes)]


def _read_eml(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.eml import read_eml

    return [read_eml(path, max_bytes)]


def _read_sgml(path: Path, max_bytes: int, share: tuple[int, int] = (0, 1)) -> list[Document]:
    from core.reading.formats.sgml import read_sgml

    return read_sgml(path, max_bytes, share)


def _read_timeml(path: Path, max_bytes: int) -> list[Document]:
    from core.reading.formats.timeml import read_timeml

    return [read_timeml(path, max_bytes)]


_READERS: dict[str, Reader] = {
    **dict.fromkeys(TEXT_SUFFIXES, _read_text),
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    ".mhtml": _read_mhtml,
    ".mht": _read_mhtml,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    ".eml": _read_eml,
    ".sgm": _read_sgml,
    ".sgml": _read_sgml,
    ".tml": _read_timeml,
}


# Word-processor files this reader cannot open (RTF would read as markup), and what to do.
_SAVE_AS = dict.fromkeys(
    (".doc", ".rtf", ".odt", ".pages", ".wpd"), "save it as .docx, PDF or plain text"
)


def is_supported(path: Path) -> bool:
    """Whether a folder walk picks this file up: a known article type.

    A file with an unknown extension is still read when named directly, if it is text.
    """
    return path.suffix.lower() in _READERS


def read_documents(
    path: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    share: tuple[int, int] = (0, 1),
) -> list[Document]:
    """Every article in one file: one for most formats, many for a wire archive, each with
    the language it is written in (``core.reading.language``). ``share`` ``(part, parts)``
    keeps every ``parts``-th article from ``part``: the language is detected for those only.

    Raises ReadError naming the file and the reason when nothing can be read.

    >>> [d.published_source for d in read_documents("resources/samples/harbour-bridge-reopens.txt")]
    ['header']
    """
    path = Path(path)
    if path.is_dir():
        raise ReadError(path, "this is a folder, not a file")
    reader = _READERS.get(path.suffix.lower(), _read_unknown)
    part, parts = share
    if reader is _read_sgml:  # a wire archive makes the Documents of its share only
        return [with_language(d) for d in _read_sgml(path, max_bytes, share)]
    return [with_language(d) for d in reader(path, max_bytes)[part::parts]]


def read_article(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The first (for most formats the only) article of a file. Raises ReadError."""
    return read_documents(path, max_bytes)[0]


def read_pasted_text(
    text: str, name: str = "pasted text", received: float | None = None
) -> Document:
    """A Document for text dropped or pasted on the window, dated from its own lines.

    With no header or dateline in it, the date is the time it was received (source
    "pasted").
    """
    if not text.strip():
        raise ReadError(name, "the text is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    received = time.time() if received is None else received
    document = document_from_text(name, text, data_hash=content_hash(text), mtime=received)
    if document.published_source == "mtime":
        document = replace(document, published_source="pasted")
    return with_language(document)


def _read_unknown(path: Path, max_bytes: int) -> list[Document]:
    suffix = path.suffix.lower()
    if suffix in _SAVE_AS:
        raise ReadError(path, f"unsupported file type '{suffix}': {_SAVE_AS[suffix]}")
    try:
        return _read_text(path, max_bytes)
    except ReadError as exc:
        if "binary" not in exc.reason:
            raise
        raise ReadError(path, f"unsupported file type '{suffix or '(none)'}' (not text)") from exc
