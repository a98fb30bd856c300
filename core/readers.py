"""Read article files into Documents: text, title, publication date and its source."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from core.dct import FoundDate, find_header_date, from_file_time
from core.model import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot be read as an article; the message names the file and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES


def read_documents(
    path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document]:
    """Every article in one file: one for most formats, many for a wire archive.

    Raises ReadError naming the file and the reason when nothing can be read.
    """
    return [read_article(path, max_bytes)]


def read_article(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file.

    Raises ReadError with a reason a person can act on (missing, empty, binary, too large…).
    """
    path = Path(path)
    if not is_supported(path):
        raise ReadError(path, f"unsupported file type '{path.suffix or '(none)'}'")
    try:
        stat = path.stat()
        if stat.st_size > max_bytes:
            raise ReadError(path, f"file is larger than the {max_bytes // (1024 * 1024)} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from exc
    text = decode_text(path, data)
    found = find_header_date(text) or from_file_time(stat.st_mtime)
    return make_document(path, text, found, hashlib.sha256(data).hexdigest())


def decode_text(path: Path, data: bytes) -> str:
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "the file is binary, not text")
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1").replace("\r\n", "\n")


def make_document(path: Path, text: str, found: FoundDate, content_hash: str) -> Document:
    return Document(
        path=str(path),
        title=_title(text) or path.stem,
        text=text,
        published=found.value,
        published_source=found.source,
        content_hash=content_hash,
        body_start=found.span[1],
    )


def _title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""
