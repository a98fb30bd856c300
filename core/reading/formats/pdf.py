"""PDF files: the text of every page; dated from the text, else the PDF's own metadata."""

from __future__ import annotations

import io
import logging
import re
import warnings
from pathlib import Path

from core.model import Document
from core.reading.formats.base import ReadError, content_hash, document_from_text, read_limited
from core.reading.published import from_metadata

log = logging.getLogger(__name__)

_MACHINE_TITLE = re.compile(
    r"^(?:microsoft \w+ - )|\.(?:docx?|odt|rtf|pdf|txt|html?|indd|pages)$", re.IGNORECASE
)


def read_pdf(path: Path, max_bytes: int) -> Document:
    """Every page's text, the title from the PDF's metadata or its first line.

    Encrypted PDFs open only when they need no password; corrupt ones, and PDFs with no
    text layer (a scanned image), are a ReadError.
    """
    data, mtime = read_limited(path, max_bytes)
    with warnings.catch_warnings():
        # pypdf warns about every small flaw it repairs; none is the user's to act on.
        warnings.simplefilter("ignore")
        pages, info = _pages_and_info(path, data)
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ReadError(path, "the PDF has no text layer (a scanned image?); nothing to read")
    created = info.get("/CreationDate") or info.get("/ModDate")
    title = _real_title(str(info.get("/Title") or ""))
    return document_from_text(
        path,
        text,
        data_hash=content_hash(data),
        mtime=mtime,
        title=title,
        metadata=from_metadata(str(created)) if created else None,
    )


def _real_title(title: str) -> str:
    """The metadata title, unless it is what the authoring program put there by itself
    ("Microsoft Word - draft3.docx", "untitled"): then the first line will do better."""
    title = " ".join(title.split())
    if _MACHINE_TITLE.search(title) or title.lower() in ("untitled", "document"):
        return ""
    return title


def _pages_and_info(path: Path, data: bytes) -> tuple[list[str], dict]:
    from pypdf import PdfReader  # only when a PDF is read
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "the PDF is encrypted and needs a password")
        info = dict(reader.metadata or {})
        return [page.extract_text() or "" for page in reader.pages], info
    except (FileNotDecryptedError, DependencyError) as exc:
        raise ReadError(path, f"the PDF is encrypted and cannot be opened ({exc})") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ReadError(path, f"the PDF is damaged and cannot be read ({exc})") from exc
