"""The side panel: one event's title, date, precision, entities and every source sentence."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.events.names import entity_entries
from core.reading.published import has_own_date, source_name
from core.timelabel import date_label, precision_label
from ui.disputes import dispute_html


class DetailPanel(QTextBrowser):
    """Shows an event as text; nothing in it is ever fetched from anywhere. A click on a
    name asks to show only the events naming it; on a source, to show that article."""

    entityClicked = Signal(str, str)  # name, kind
    sourceClicked = Signal(object)  # one of the event's sources (dict)
    splitRequested = Signal(int, int)  # event id, source id: make that source its own event
    redateRequested = Signal(int)  # a document id: ask for its publication date
    resolveRequested = Signal(int, int)  # event id, source id: settle a dispute on its date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self._entities: list[dict[str, Any]] = []
        self._sources: list[dict[str, Any]] = []
        self._event_id: int | None = None
        self.anchorClicked.connect(self._clicked)
        self.show_nothing()

    def _clicked(self, url: QUrl) -> None:
        what, _, index = url.toString().partition(":")
        if not index.isdigit():
            return
        if what == "entity" and int(index) < len(self._entities):
            entity = self._entities[int(index)]
            self.entityClicked.emit(entity["text"], entity["kind"])
        elif what == "source" and int(index) < len(self._sources):
            self.sourceClicked.emit(self._sources[int(index)])
        elif what == "split" and int(index) < len(self._sources) and self._event_id is not None:
            self.splitRequested.emit(self._event_id, self._sources[int(index)]["source_id"])
        elif what == "resolve" and int(index) < len(self._sources) and self._event_id is not None:
            self.resolveRequested.emit(self._event_id, self._sources[int(index)]["source_id"])
        elif what == "redate" and int(index) < len(self._sources):
            self.redateRequested.emit(self._sources[int(index)]["document_id"])

    def loadResource(self, kind: int, name: Any) -> Any:
        return None  # never load images or links named in article text

    def show_nothing(self) -> None:
        self.setHtml(
            "<p style='color: gray'>Click an event on the timeline to see where it came from.</p>"
        )

    def show_event(self, event: dict[str, Any]) -> None:
        if event["undated"]:
            date = f"none given — reported {escape(date_label(event['start'], long=True))}"
        else:
            date = escape(date_label(event["start"], event["end"], long=True)) + (
                f" <span style='color: gray'>"
                f"({escape(precision_label(event['start'], event['precision']))} precision)</span>"
            )
        self._entities = _one_per_entry(list(event.get("entities", [])))
        entities = ", ".join(
            f"<a href='entity:{i}' title='Show only the events naming {escape(e['text'])}'>"
            f"{escape(e['text'])}</a> <span style='color: gray'>({escape(e['kind'])})</span>"
            for i, e in enumerate(self._entities)
        )
        sources = event.get("sources") or [_first_source(event)]
        self._sources = sources
        self._event_id = event.get("id")
        self.setHtml(
            f"<h3>{escape(event['title'])}</h3>"
            f"<p><b>Date:</b> {date}"
            + ("" if any(has_own_date(s["published_source"]) for s in sources) else _STAND_IN)
            + f"<br><b>Kind:</b> {escape(event['kind'])}"
            + (f"<br><b>Who and where:</b> {entities}" if entities else "")
            + "</p>"
            + dispute_html(event)
            + f"<p><b>{len(sources)} source{'s' if len(sources) > 1 else ''}</b></p>"
            + "".join(
                _source_html(s, i if len(sources) > 1 else None) for i, s in enumerate(sources)
            )
        )


_WARNING = "color: #9a5b00"
_STAND_IN = (
    f"<br><span style='{_WARNING}'>⚠ Its article has no date of its own, only the file's "
    "time: a date read from “on Monday” or “last week” may be wrong.</span>"
)


def _one_per_entry(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each person, place or organisation once however its sources spell it ("Putin",
    "Poutine", "Путиным"), under the name its entry shows (``entity_entries``)."""
    rows = [(i, e["text"], e["kind"], 1) for i, e in enumerate(entities)]
    shown = entity_entries(rows)
    return [entities[i] for i in sorted(set(shown.values()))]


def _first_source(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": event["document_id"],
        "sentence": event["sentence"],
        "path": event["document_path"],
        "document_title": event["document_title"],
        "published": event["document_published"],
        "published_source": event["document_published_source"],
    }


def _source_html(source: dict[str, Any], index: int | None) -> str:
    title = escape(source["document_title"] or "")
    if index is not None:  # several sources: each opens its own article below
        title = (
            f"<a href='source:{index}' title='Show this article'>{title or 'article'}</a>"
            f" · <a href='split:{index}' title='Not the same happening: make this report an "
            "event of its own'>split off</a>"
        )
    return (
        f"<blockquote style='background: palette(alternate-base)'>"
        f"“{escape(source['sentence'])}”</blockquote>"
        f"<p style='margin-left: 12px'>{title}<br>"
        f"<span style='color: gray'>{escape(source['path'])}</span><br>"
        + _published_html(source, index or 0)
        + "</p>"
    )


def _published_html(source: dict[str, Any], index: int) -> str:
    """Where the article's date came from; a warning when it is only the file's time."""
    published_from = escape(source_name(source["published_source"]))
    published = escape(date_label(source["published"]))
    if has_own_date(source["published_source"]):
        return f"<span style='color: gray'>Published {published} (from {published_from})</span>"
    return (
        f"<span style='{_WARNING}'>⚠ No publication date in the article: {published} is "
        f"{published_from}, not the article's date.</span> "
        f"<a href='redate:{index}' title='Set the date this article was published'>"
        "Set its date…</a>"
    )
