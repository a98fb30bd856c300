"""Articles with no date of their own, dated only by their file's time: after a drop, the
status bar counts the new ones and a click opens the dialog that sets the first one's date."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.ingest import IngestReport
from core.reading.published import has_own_date
from ui.redating import Redating

log = logging.getLogger(__name__)


def _label(doc: dict[str, Any]) -> str:
    return f"{doc['path']}#{doc['locator']}" if doc.get("locator") else doc["path"]


def stand_in_ids(documents: Sequence[dict[str, Any]], labels: Sequence[str] | None = None):
    """The ids of the articles (among ``labels``, when given) dated only by a file's time."""
    wanted = None if labels is None else set(labels)
    return [
        d["id"]
        for d in documents
        if not has_own_date(d["published_source"]) and (wanted is None or _label(d) in wanted)
    ]


class DatelessArticles(QObject):
    """A link in the status bar: “2 articles have no date of their own — set them”."""

    def __init__(self, parent: QWidget, redating: Redating) -> None:
        super().__init__(parent)
        self.redating = redating
        self.pending: list[int] = []  # added by the last drops, still without a date
        self.link = QLabel(parent)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setToolTip(
            "No publication date was found in these articles, so they are dated by the time "
            "their file was saved, and their “on Monday”s may land in the wrong week. "
            "Click to give the first one its date."
        )
        self.link.linkActivated.connect(lambda _href: self.set_next())
        self.link.hide()

    def update(
        self, documents: Sequence[dict[str, Any]], report: IngestReport | None = None
    ) -> None:
        """Count the articles ``report`` added with no date of their own, and forget those
        whose date has been set since (or that are gone)."""
        if report is not None:
            new = stand_in_ids(documents, report.added)
            self.pending.extend(i for i in new if i not in self.pending)
        still = set(stand_in_ids(documents))
        self.pending = [i for i in self.pending if i in still]
        n = len(self.pending)
        self.link.setText(
            f"⚠ {n} article{'s have' if n > 1 else ' has'} no date of {'their' if n > 1 else 'its'}"
            f" own — <a href='set'>set {'them' if n > 1 else 'it'}</a>"
        )
        self.link.setVisible(n > 0)

    def set_next(self) -> None:
        """Ask for the publication date of the first article that still has none."""
        if self.pending:
            self.redating.ask_for_document(self.pending[0])
