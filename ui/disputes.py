"""Disputed events in the window: the "Disputed" filter, and each source's date side by side
in the detail panel, the latest report marked, with a link to settle the event on it.

A disputed event is one whose sources report one happening on dates that do not overlap
(``core.events.disputes``); settling it (``Curator.resolve``) or splitting a source off
(``Curator.split``) is an undoable edit.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import QObject

from core.store import open_store
from core.timelabel import date_label
from ui.dispute_marks import DISPUTED_COLOUR
from ui.filters import filter_toggle
from ui.state import DisputedFilter

log = logging.getLogger(__name__)


def dispute_spans(db_path: str) -> dict[int, tuple[float, float]]:
    store = open_store(db_path)
    try:
        return store.dispute_spans()
    finally:
        store.close()


class DisputesPart(QObject):
    """The "Disputed" button of the filter bar: when down, only disputed events are shown."""

    def __init__(self, window: Any) -> None:  # ui.window.MainWindow (it imports this)
        super().__init__(window)
        self.window = window
        self.button = filter_toggle(
            window.filters, "⚠ Disputed", "Show only the events whose sources disagree on the date"
        )
        window.filters.insertWidget(window.filters.entity_action, self.button)
        self.button.toggled.connect(self._toggled)
        window.state.disputed_changed.connect(lambda _f: window.apply_filters())
        window.state.snapshot_changed.connect(lambda _s: self._again())
        window.detail.resolveRequested.connect(window.curation.resolve)

    def _toggled(self, down: bool) -> None:
        # the disputed events are those the timeline marks (``_spans``, read with every
        # snapshot): no second read of the store
        spans = self.window.timeline.disputes
        self.window.state.set_disputed(DisputedFilter(frozenset(spans)) if down else None)

    def _again(self) -> None:
        """The events were read again (articles added, a dispute settled): ask anew."""
        db = self.window.state.db_path
        self.window.tasks.start(
            lambda _p, _c: dispute_spans(db),
            self._spans,
            lambda msg: log.warning("no dispute markers: %s", msg),
        )

    def _spans(self, spans: dict[int, tuple[float, float]]) -> None:
        self.window.timeline.set_disputes(spans)
        self.button.setText(f"⚠ Disputed ({len(spans)})")  # how many, before it is pressed
        if self.button.isChecked():
            self._toggled(True)


def dispute_html(event: dict[str, Any]) -> str:
    """The sources' dates side by side: date, sentence, publication date, the latest report
    marked; each with a link to settle the event on its date (``resolve:<index>``).

    Each source is two rows: its date and publication date, then its sentence across the
    panel's whole width (in three columns a narrow panel wrapped it a few words a line)."""
    sources = event.get("sources") or []
    if not event.get("disputed"):
        return _update_html(event, sources)
    latest = max(s["published"] for s in sources)
    rows = "".join(
        f"<tr bgcolor='{_SHADE}'>"
        f"<td><b>{escape(date_label(s.get('start') or event['start'], s.get('end')))}</b></td>"
        f"<td>{escape(date_label(s['published']))}"
        + (" · <b>latest report</b>" if s["published"] == latest else "")
        + "</td>"
        f"<td align='right'><a href='resolve:{i}' title='Settle the event on this date'>"
        "use this date</a></td></tr>"
        f"<tr><td colspan='3'>“{escape(s['sentence'])}”</td></tr>"
        for i, s in sorted(enumerate(sources), key=lambda n_s: n_s[1]["published"])
    )  # by publication, the latest last; each keeps its index for its link
    return (
        f"<p style='color: {DISPUTED_COLOUR}'><b>⚠ Disputed:</b> its sources give different "
        "dates.</p>"
        "<table cellspacing='0' cellpadding='4' width='100%'>"
        "<tr><th align='left'>Date given</th><th align='left'>Published</th><th></th></tr>"
        f"{rows}</table>"
    )


_SHADE = "#f6e3e1"  # a source's dates: the dispute's red, faint, so each source reads apart


def _update_html(event: dict[str, Any], sources: list[dict[str, Any]]) -> str:
    """For an event whose sources gave coarser dates than its own (a later report made it
    precise): each date and when it was reported."""
    dates = [(s["published"], s.get("start")) for s in sources if s.get("start")]
    if len({d for _, d in dates}) < 2:
        return ""
    told = "; ".join(
        f"{escape(date_label(d))} (reported {escape(date_label(p))})" for p, d in sorted(dates)
    )
    return f"<p><b>Dates reported:</b> {told}</p>"
