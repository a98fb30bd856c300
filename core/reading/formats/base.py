"""What every reader shares: the per-file error, bounded reading, and building a Document."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from stat import S_ISREG

from core.model import Document
from core.reading.published import FoundDate, publication_date

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_TITLE_CHARS = 300
_HEADLINE_CHARS = 200
_HEADER_LINE_CHARS = 160
# The language (ISO 639-1) a reader gives an article; read_documents then detects its own.
LANGUAGE = "en"


class ReadError(Exception):
    """A file that cannot be read as an article; the message names the file and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def read_limited(path: Path, max_bytes: int) -> tuple[bytes, float]:
    """The file's bytes and modification time; ReadError when missing, unreadable or too big."""
    try:
        stat = path.stat()
        if not S_ISREG(stat.st_mode):  # a pipe or device would block or never end
            raise ReadError(path, "not a regular file")
        if stat.st_size > max_bytes:
            raise ReadError(path, f"file is larger than the {_size(max_bytes)} limit")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:  # grew while we looked
        raise ReadError(path, f"file is larger than the {_size(max_bytes)} limit")
    if not data.strip():
        raise ReadError(path, "the file is empty")
    return data, stat.st_mtime


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


def content_hash(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def first_line(text: str) -> tuple[str, int]:
    """The first non-blank line (cut to a title's length) and where the body starts.

    A short line not ending a sentence is a headline, and the body starts after it; a
    longer one is already the body (a note without a title), so the body starts at 0.
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        stripped = line.strip().lstrip("#").strip()  # a Markdown heading's marks
        if stripped:
            headline = len(stripped) <= _HEADLINE_CHARS and not stripped.endswith((".", "?", "!"))
            return stripped[:_TITLE_CHARS], pos if headline else 0
    return "", 0


def _only_header_lines(text: str) -> bool:
    """Whether text holds only short lines (headline, standfirst, byline, caption): a date
    found after it closes the header; one found after a paragraph sits in the body."""
    return all(len(line) <= _HEADER_LINE_CHARS for line in text.splitlines())


def document_from_text(
    path: Path | str,
    text: str,
    *,
    data_hash: str,
    mtime: float | None,
    title: str = "",
    metadata: FoundDate | None = None,
    body_start: int | None = None,
    locator: str = "",
) -> Document:
    """A Document whose date comes from its text first, then metadata, file name and time.

    The title is ``title`` or else the first line. Unless ``body_start`` is given, a first
    line that reads as a headline is left out of the body; a header or dateline further
    down moves the body start past it.
    """
    name = Path(path).name
    found = publication_date(text, metadata=metadata, name=name, mtime=mtime)
    line_title, after_title = first_line(text)
    title = title or line_title
    body_start = after_title if body_start is None else body_start
    start = body_start or 0
    if found.span[1] > start and _only_header_lines(text[start : found.span[0]]):
        start = found.span[1]
    return Document(
        path=str(path),
        title=title[:_TITLE_CHARS] or Path(path).stem,
        text=text,
        published=found.value,
        published_source=found.source,
        content_hash=data_hash,
        body_start=start,
        locator=locator,
        language=LANGUAGE,
    )
