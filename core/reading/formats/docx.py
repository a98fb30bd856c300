"""Word documents (.docx): paragraph text and the core properties' title and date.

Read with zipfile and ElementTree rather than a Word library: only two parts are needed,
and reading them ourselves lets us cap how much a small file may unpack to (zip bombs).
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from core.model import Document
from core.reading.formats.base import ReadError, content_hash, document_from_text, read_limited
from core.reading.published import from_metadata

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_BODY = "word/document.xml"
_CORE = "docProps/core.xml"
UNPACK_FACTOR = 10  # a document part may unpack to ten times the file size limit


def read_docx(path: Path, max_bytes: int) -> Document:
    """The paragraphs of a .docx, titled and dated from its core properties."""
    data, mtime = read_limited(path, max_bytes)
    limit = max_bytes * UNPACK_FACTOR
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _part(path, archive, _BODY, limit)
            core = _part(path, archive, _CORE, limit) if _CORE in archive.namelist() else None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
    ) as exc:
        raise ReadError(path, f"the Word file is damaged and cannot be read ({exc})") from exc
    except (RuntimeError, NotImplementedError) as exc:  # zipfile's word for encrypted parts
        raise ReadError(
            path, f"the Word file is encrypted or uses unsupported packing ({exc})"
        ) from exc
    text = "\n".join(_paragraphs(path, body)).strip()
    if not text:
        raise ReadError(path, "the Word file holds no text")
    title, created = _core_properties(core)
    return document_from_text(
        path,
        text,
        data_hash=content_hash(data),
        mtime=mtime,
        title=title,
        metadata=from_metadata(created),
    )


def _part(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise ReadError(path, f"not a Word document (no {name} inside)") from exc
    if info.file_size > limit:
        raise ReadError(path, f"the Word file unpacks to more than {limit // 2**20} MB")
    with archive.open(info) as stream:
        data = stream.read(limit + 1)  # the declared size may lie: never read past the cap
    if len(data) > limit:
        raise ReadError(path, f"the Word file unpacks to more than {limit // 2**20} MB")
    return data


def _paragraphs(path: Path, xml: bytes) -> list[str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ReadError(path, f"the Word file is damaged and cannot be read ({exc})") from exc
    return [_paragraph_text(p) for p in root.iter(f"{_W}p")]


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _core_properties(xml: bytes | None) -> tuple[str, str | None]:
    if not xml:
        return "", None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return "", None  # the text is still there; only its metadata is lost
    title = (root.findtext(f"{_DC}title") or "").strip()
    created = root.findtext(f"{_DCTERMS}created") or root.findtext(f"{_DCTERMS}modified")
    return " ".join(title.split()), created
