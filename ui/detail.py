"""The side panel: one event's title, date, precision and the sentence it came from."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

_SOURCE_NAMES = {
    "header": "a date line in the article",
    "mtime": "the file's modification time",
}


class DetailPanel(QTextBrowser):
    """Shows an event as text; nothing in it is ever fetched from anywhere."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.show_nothing()

    def loadResource(self, kind: int, name: Any) -> Any:
        return None  # never load images or links named in article text

    def show_nothing(self) -> None:
        self.setHtml(
            "<p style='color: gray'>Click an event on the timeline to see where it came from.</p>"
        )

    def show_event(self, event: dict[str, Any]) -> None:
        date = escape(event["start"]) + (f" – {escape(event['end'])}" if event["end"] else "")
        status = "undated — reported on" if event["undated"] else "dated"
        published_from = _SOURCE_NAMES.get(
            event["document_published_source"], event["document_published_source"]
        )
        self.setHtml(
            f"<h3>{escape(event['title'])}</h3>"
            f"<p><b>Date:</b> {date} <span style='color: gray'>({status}, precision: "
            f"{escape(event['precision'])})</span><br><b>Kind:</b> {escape(event['kind'])}</p>"
            f"<blockquote style='background: palette(alternate-base)'>"
            f"“{escape(event['sentence'])}”</blockquote>"
            f"<p><b>Source:</b> {escape(event['document_title'] or '')}<br>"
            f"<span style='color: gray'>{escape(event['document_path'])}<br>"
            f"Published {escape(event['document_published'])} (from {escape(published_from)})"
            f"</span></p>"
        )
