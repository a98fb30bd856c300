"""Listing what the timeline can only count: a histogram bar's events, or every event in view,
in a popup most salient first (ui.event_list). ``TimelineView`` (ui.timeline) takes these
methods from ``TimelineLists``; a click on a bar or on a "+N more" note, or Enter, opens one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, Qt

from ui.event_list import EventListPopup, heading_for, period_label
from ui.timescale import DAY, format_when
from ui.wording import count

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from ui.timeline_data import TimelineData
    from ui.timeline_scene import LaneInput, Layout
    from ui.timescale import TimeScale

CLICK_ZOOM = 4.0  # the list's "Zoom In Here" (and a click on a bar while events are read)


class TimelineLists:
    """Event lists of ``TimelineView``, which comes before ``QWidget`` in its bases: the view
    provides the attributes and methods declared here."""

    _layout: Layout
    _data: TimelineData
    _lanes: list[LaneInput] | None
    _scale: TimeScale
    eventClicked: SignalInstance
    drawn_data: Callable[[], TimelineData]
    event_list: EventListPopup | None
    # While only counts are shown: asked to list a bar's events, (t0, t1, where, zoom x)
    list_from_store: Callable[[float, float, QPoint, float | None], None] | None

    def list_bucket_at(self, x: float, y: float) -> EventListPopup | None:
        """List the events counted by the histogram bar at (x, y) (a click on it)."""
        hit = self._layout.histogram_at(x, y)
        if hit is None:
            return None
        hist, i = hit
        lane = self._lanes[hist.lane] if hist.lane is not None and self._lanes else None
        data = lane.data if lane is not None else self.drawn_data()
        t0, t1 = hist.times[i]
        bx, by, bw, bh = hist.bars[i]
        at = QPoint(round(bx + bw), round(by + bh))
        if data.summary:  # counts only, while the events are read: the store lists them
            if self.list_from_store is not None:
                self.list_from_store(t0, t1, at, x)
            else:
                self._zoom_at(x)
            return None
        rows = data.rows_between(t0, t1, hist.counted or hist.kind)
        heading = heading_for(len(rows), _dated(data, rows, t0, t1) or period_label(t0, t1))
        if hist.kind == "undated" and len(rows):
            heading = f"Undated: {heading} by the day they were reported"
        if lane is not None:
            heading = f"{lane.label}: {heading}"
        return self._open_list(data, rows, heading, at, x)

    def show_list(
        self, data: TimelineData, heading: str, at: QPoint, zoom_x: float | None
    ) -> EventListPopup:
        """List ``data``'s events in their order, in a popup at ``at`` (widget coordinates)
        offering to zoom in at ``zoom_x`` instead."""
        return self._open_list(data, np.arange(len(data)), heading, at, zoom_x)

    def list_in_view(self, sort: str | None = None) -> EventListPopup | None:
        """List every event whose date overlaps the view (Enter), or those of one ``sort``
        ("point": dated to the day or finer, "band": periods; a click on a note saying how
        many of them found no room)."""
        data = self.drawn_data()
        t0, t1 = self._scale.t0, self._scale.t1
        if data.summary and self.list_from_store is not None:  # counts only: the store
            self.list_from_store(t0, t1, QPoint(24, 24), None)
            return None
        if not len(data) or data.summary:
            return None
        rows = data.rows_between(t0, t1, f"view:{sort}" if sort else "view")
        period = period_label(t0, t1)
        heading = heading_for(len(rows), f"in view ({period})")
        if sort == "band":
            heading = heading.replace("event", "period", 1)
        if not len(rows):
            heading = f"No events in view ({period})"
        return self._open_list(data, rows, heading, QPoint(24, 24), None)

    def _open_list(
        self,
        data: TimelineData,
        rows: np.ndarray,
        heading: str,
        at: QPoint,
        zoom_x: float | None,
    ) -> EventListPopup:
        if self.event_list is not None:
            self.event_list.close()
        popup = EventListPopup(self, data, rows, heading, can_zoom=zoom_x is not None)  # type: ignore[arg-type]
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.eventChosen.connect(self._chosen_from_list)
        if zoom_x is not None:
            popup.zoomRequested.connect(lambda: self._zoom_at(zoom_x))
        popup.destroyed.connect(lambda: self._list_closed(popup))
        self.event_list = popup
        popup.show_at(self.mapToGlobal(at))  # type: ignore[attr-defined]
        return popup

    def _list_closed(self, popup: EventListPopup) -> None:
        if self.event_list is popup:
            self.event_list = None

    def _chosen_from_list(self, event_id: int) -> None:
        self.select(event_id)  # type: ignore[attr-defined]
        self.eventClicked.emit(event_id)
        self.setFocus()  # type: ignore[attr-defined]

    def _zoom_at(self, x: float) -> None:
        self._scale.zoom(CLICK_ZOOM, x)
        self._view_changed()  # type: ignore[attr-defined]


def _dated(data: TimelineData, rows: np.ndarray, t0: float, t1: float) -> str | None:
    """When all ``rows`` are dated more coarsely than the bar ``[t0, t1)`` that counted
    them (a busy day counted at its middle, seen by the hour), the days they are given:
    "dated 31 Mar 1987", not the bar's two hours."""
    if not len(rows):
        return None
    starts, ends = data.starts[rows], data.ends[rows]
    if ((ends - starts) <= t1 - t0).any():
        return None
    values, counts = np.unique(starts, return_counts=True)
    day = float(values[np.argmax(counts)])  # the day most are dated to
    same = int(((starts == day) & (ends - starts == DAY)).sum())
    dated = f"dated {format_when(day, day + DAY, 'day')}"
    if same == len(rows):
        return dated
    if 2 * same >= len(rows):  # a few longer spans whose middle falls there too
        return f"{dated} ({count(len(rows) - same, 'longer period')} around it)"
    first, last = float(starts.min()), float(starts.max())
    return f"dated {format_when(first, last + DAY, 'day')}"
