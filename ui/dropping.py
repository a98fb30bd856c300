"""What a drop on the window adds: local files and folders, or dropped text kept as a file."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QWidget

from ui.errors import report_error

log = logging.getLogger(__name__)

DROPPED_FOLDER = "dropped text"  # beside the database: the article file a text drop becomes


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries something the window can add."""
    if mime.hasUrls():
        return bool(_local_paths(mime))
    return mime.hasText() and bool(mime.text().strip())


def dropped_paths(mime: QMimeData, db_path: str) -> list[str]:
    """The paths to add for a drop. Dropped text (from a browser, an e-mail) is saved as an
    article file beside the database first, so that its events keep a source to point to."""
    if mime.hasUrls():
        return _local_paths(mime)
    text = mime.text().strip() if mime.hasText() else ""
    if not text:
        return []
    folder = Path(db_path).parent / DROPPED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"dropped {datetime.now():%Y-%m-%d %H.%M.%S.%f}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    log.info("dropped text saved as %s", path)
    return [str(path)]


def paths_to_add(mime: QMimeData, db_path: str, parent: QWidget) -> list[str]:
    """``dropped_paths``, with a failure to keep dropped text told to the user (none added)."""
    try:
        return dropped_paths(mime, db_path)
    except OSError as exc:
        report_error(parent, "Cannot keep the dropped text", str(exc))
        return []


def _local_paths(mime: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
