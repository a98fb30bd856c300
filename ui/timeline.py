"""The timeline widget: a zoomable, pannable view of dated events.

``TimeScale`` (ui.timescale) maps time to pixels, ``compute_layout`` (ui.timeline_layout)
places what is visible whenever items, size or view change, and ``paintEvent`` only paints
that cached layout, so a million events cost no more to draw than a few hundred. What the
mouse and keys do is in ui.timeline_input; what is painted, in ui.timeline_paint.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.dispute_marks import paint_disputes, paint_news
from ui.event_list import EventListPopup
from ui.lanes import LaneSpec, arrange
from ui.scroll_bar import KeptScrollBar
from ui.timeline_data import FIT_SHARE, TextMetrics, TimelineData, TimelineItem
from ui.timeline_input import TimelineInput
from ui.timeline_layout import build_lanes, compute_layout
from ui.timeline_lists import TimelineLists
from ui.timeline_paint import (
    colors_for,
    paint_lane_drop,
    paint_layout,
    paint_selection,
)
from ui.timeline_rows import TITLE_MAX_W
from ui.timeline_scene import MARKER_R, LaneInput, Layout
from ui.timescale import DAY, TimeScale

log = logging.getLogger(__name__)

EMPTY_MESSAGE = "Drop articles here (files or folders) to build a timeline"
FIT_OUTLIER_RATIO = 5  # …when all of them span this many times longer
FREEZE_EVENTS = 100_000  # from this many events on, ``gc.freeze`` once they are set
FIT_TITLE_ROOM_LIMIT = 2000  # more events than this will be counted: no room kept for titles


class TimelineView(TimelineInput, TimelineLists, QWidget):
    """Events on a time axis: wheel zooms at the pointer, drag pans, click selects; a click
    on a histogram bar (or Enter) lists the events it counts."""

    eventClicked = Signal(int)  # event id, chosen by a click or by the arrow keys
    selectionCleared = Signal()  # a click on empty space
    rangeChanged = Signal(float, float)  # the visible time range, after any change
    lanesArranged = Signal()  # lanes were folded, unfolded or moved (``lane_state`` has it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # a pointing hand over what a click would open
        self.setMinimumSize(240, 140)
        # paintEvent fills every pixel: Qt need not clear the widget first (a 1600x900
        # fill cost ~1 ms a frame)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._data = TimelineData(())
        self._scale = TimeScale(width=self.width())
        self._selected: int | None = None
        self._selected_span: tuple[float, float] | None = None
        self.disputes: dict[int, tuple[float, float]] = {}  # event id: its candidate dates
        self.news: frozenset[int] = frozenset()  # added or changed since last opened
        self.empty_message = EMPTY_MESSAGE
        self._init_input()
        self.event_list: EventListPopup | None = None  # the events listed, while open
        self.list_from_store = None  # set by whoever can read a bar's events meanwhile
        self._fitted = False
        self._fit_all = False
        self._lanes: list[LaneInput] | None = None
        self._lane_order: list[str] = []  # keys, as the user arranged them
        self._folded: set[str] = set()
        self._scroll = 0.0  # pixels the lanes are scrolled down
        self.scroll_bar = KeptScrollBar(Qt.Orientation.Vertical, self)  # repainted each frame
        self.scroll_bar.hide()
        self.scroll_bar.valueChanged.connect(self._scrolled)
        self._metrics = self._text_metrics()
        # While only counts are loaded (a big timeline opening), the events of a zoomed-in
        # stretch, read by time from the store: (their data, t0, t1).
        self._detail: tuple[TimelineData, float, float] | None = None
        self._layout: Layout = self._compute_layout()

    # Public interface ----------------------------------------------------------------------

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        """Show ``items`` instead of what was shown; the view stays unless it was empty."""
        self.set_data(TimelineData(items))

    def set_data(
        self, data: TimelineData, lanes: Sequence[LaneSpec | LaneInput] | None = None
    ) -> None:
        """``set_items`` with the arrays already built (in a worker, for a million events),
        in one timeline or in ``lanes`` (specs, whose rows are positions in ``data``, or
        lanes already built by ``build_lanes`` in a worker). Lanes come in the order the
        user gave them, folded as the user left them."""
        was_empty = len(self._data) == 0
        self._data = data
        self._detail = None
        self._lanes = None
        if lanes is not None:
            built = build_lanes(data, arrange(list(lanes), self._lane_order))
            self._lanes = [replace(lane, collapsed=lane.key in self._folded) for lane in built]
        if len(data) >= FREEZE_EVENTS:
            # A million titles and their lanes live as long as they are shown: the garbage
            # collector's full passes over them stalled frames by 100 ms. Frozen, it skips
            # them; they are still freed when no longer referenced (they form no cycles).
            gc.freeze()
        self._selected_span = (
            self._data.span_of(self._selected) if self._selected is not None else None
        )
        if was_empty or self._fitted:  # untouched since fitted: fit what there is now
            self.zoom_to_fit(self._fit_all)
        else:
            self._view_changed()

    def set_disputes(self, spans: dict[int, tuple[float, float]]) -> None:
        """Mark these events disputed, each across its candidate dates (``ui.dispute_marks``)."""
        self.disputes = spans
        self.update()

    def set_news(self, event_ids: frozenset[int]) -> None:
        self.news = event_ids
        self.update()

    def set_detail(self, data: TimelineData | None, t0: float = 0.0, t1: float = 0.0) -> None:
        """While the timeline holds only counts, the events of ``[t0, t1)`` read apart: a
        view inside that stretch draws them, one by one, as markers one can open."""
        self._detail = (data, t0, t1) if data is not None else None
        self._view_changed(fitted=self._fitted)

    def detail_range(self) -> tuple[float, float] | None:
        """The stretch whose events are drawn over the counts, if any."""
        return self._detail[1:] if self._detail is not None else None

    def drawn_data(self) -> TimelineData:
        """The events the view draws: the counts while they load, unless it lies inside
        the stretch read apart (``set_detail``)."""
        if self._detail is not None and self._data.summary:
            data, t0, t1 = self._detail
            if t0 <= self._scale.t0 and self._scale.t1 <= t1:
                return data
        return self._data

    def items(self) -> list[TimelineItem]:
        return list(self._data.items)

    def data(self) -> TimelineData:
        """The events shown, as arrays (read them; change them with ``set_data``)."""
        return self._data

    def event_count(self) -> int:
        return len(self._data)

    def lanes(self) -> list[tuple[str, str, int, bool]]:
        """The lanes shown, top to bottom: (key, label, events, folded); [] for one."""
        return [(ln.key, ln.label, len(ln.data), ln.collapsed) for ln in self._lanes or ()]

    def lane_event_ids(self, index: int) -> set[int]:
        """The ids of the events in lane ``index``."""
        return set(self._lanes[index].data.ids.tolist()) if self._lanes else set()

    def lane_state(self) -> dict[str, list[str]]:
        """The lanes' order and folding as the user arranged them, to keep between runs."""
        return {"order": list(self._lane_order), "folded": sorted(self._folded)}

    def set_lane_state(self, state: dict[str, list[str]]) -> None:
        self._lane_order = [str(k) for k in state.get("order", [])]
        self._folded = {str(k) for k in state.get("folded", [])}

    def fold_lane(self, index: int, folded: bool | None = None) -> None:
        """Fold (or unfold) a lane to its header; ``None`` toggles."""
        if not self._lanes or not 0 <= index < len(self._lanes):
            return
        lane = self._lanes[index]
        lane.collapsed = not lane.collapsed if folded is None else folded
        (self._folded.add if lane.collapsed else self._folded.discard)(lane.key)
        self._lanes_arranged()

    def fold_all(self, folded: bool, but: int | None = None) -> None:
        """Fold every lane (but one), or unfold them all."""
        for i, lane in enumerate(self._lanes or ()):
            lane.collapsed = folded and i != but
            (self._folded.add if lane.collapsed else self._folded.discard)(lane.key)
        self._lanes_arranged()

    def move_lane(self, index: int, to: int) -> None:
        """Move a lane to place ``to`` (0: top) among the lanes."""
        if not self._lanes or not 0 <= index < len(self._lanes):
            return
        to = min(max(to, 0), len(self._lanes) - 1)
        lane = self._lanes.pop(index)
        self._lanes.insert(to, lane)
        keys = [ln.key for ln in self._lanes]
        shown = set(keys)
        self._lane_order = keys + [k for k in self._lane_order if k not in shown]
        self._lanes_arranged()

    def _lanes_arranged(self) -> None:
        self._view_changed(fitted=self._fitted)
        self.lanesArranged.emit()

    def scroll_lanes(self, dy: float) -> None:
        """Scroll the lanes ``dy`` pixels down (up when negative)."""
        self.scroll_bar.setValue(int(self._scroll + dy))

    def _scrolled(self, value: int) -> None:
        if value != self._scroll:
            self._scroll = float(value)
            self._view_changed(fitted=self._fitted)

    def zoom_to_fit(self, everything: bool = False) -> None:
        """Show where the events are. A few far from the rest (a year misread as 1530, the
        founding of a company) would squeeze the others into one bar: then the view fits
        the shortest period holding 95% of them, unless ``everything`` (the Home key)."""
        self._fit_all = everything
        if not len(self._data):
            return
        t0, t1 = self._data.t_min, self._data.t_max
        if not everything and len(self._data) >= 50:
            lo, hi = self._data.densest(FIT_SHARE)
            if (hi - lo) * FIT_OUTLIER_RATIO < t1 - t0:
                t0, t1 = lo, hi
        if t1 - t0 < DAY:
            t0, t1 = (t0 + t1) / 2 - DAY / 2, (t0 + t1) / 2 + DAY / 2
        # Titles run right of their markers: leave the last ones room, unless there are so
        # many that they will be counted rather than drawn.
        width = self._scale.width
        room = min(TITLE_MAX_W + 2 * MARKER_R + 8, 0.4 * width)
        if self._data.summary or len(self._data) > FIT_TITLE_ROOM_LIMIT:
            room = 16.0
        left, right = 16.0, width - room
        spp = (t1 - t0) / (right - left)
        self._scale.set_range(t0 - left * spp, t0 + (width - left) * spp)
        self._view_changed(fitted=True)

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out about the middle of the view."""
        self._scale.zoom(factor, self._scale.width / 2)
        self._view_changed()

    def untouched(self) -> bool:
        """Whether the view is as fitted, not zoomed nor panned since."""
        return self._fitted

    def visible_range(self) -> tuple[float, float]:
        return self._scale.t0, self._scale.t1

    def set_visible_range(self, t0: float, t1: float) -> None:
        self._scale.set_range(t0, t1)
        self._view_changed()

    def select(self, event_id: int | None) -> None:
        """Highlight an event (None: nothing), bringing it into view if it is outside."""
        self._selected = event_id
        data = self.drawn_data()
        self._selected_span = data.span_of(event_id) if event_id is not None else None
        if self._selected_span is not None:
            mid = sum(self._selected_span) / 2
            t0, t1 = self.visible_range()
            margin = (t1 - t0) * 0.05
            if not t0 + margin <= mid <= t1 - margin:
                self._scale.pan(self._scale.x_of(t0 + (t1 - t0) / 2) - self._scale.x_of(mid))
                self._view_changed()
            self._scroll_to_lane_of(self._selected)
        self.update()

    def _scroll_to_lane_of(self, event_id: int) -> None:
        """Scroll so that a lane holding the event is in view, unless one already is."""
        if not self._lanes or not self.scroll_bar.isVisible():
            return
        boxes = self._layout.lanes
        holding = [i for i, lane in enumerate(self._lanes)
                   if lane.data.span_of(event_id) is not None]  # fmt: skip
        if not holding or any(boxes[i].top >= 0 and boxes[i].bottom <= self._layout.axis_y
                              for i in holding):  # fmt: skip
            return
        self.scroll_lanes(boxes[holding[0]].top - 2)

    def select_next(self, step: int) -> None:
        """Select the event ``step`` places later (earlier when negative) in time order; with
        nothing selected, the first one in view. Emits ``eventClicked`` like a click."""
        data = self.drawn_data()
        ids = data.ids_in_time_order()
        if not len(ids) or data.summary:  # counts only: nothing one could open yet
            return
        current = data.order_of(self._selected) if self._selected is not None else None
        if current is None:
            t0, _ = self.visible_range()
            current = data.first_order_after(t0)
        else:
            current = min(max(current + step, 0), len(ids) - 1)
        event_id = int(ids[current])
        self.select(event_id)
        self.eventClicked.emit(event_id)

    def selected(self) -> int | None:
        """The highlighted event's id."""
        return self._selected

    def time_scale(self) -> TimeScale:
        """The time ↔ pixel mapping in use (read it; change the view through the methods)."""
        return self._scale

    def current_layout(self) -> Layout:
        """What is placed where, as last computed (hit testing and tests use it)."""
        return self._layout

    # Layout ---------------------------------------------------------------------------------

    def _text_metrics(self) -> TextMetrics:
        fm = QFontMetricsF(self.font())
        widths: dict[str, float] = {}
        elided: dict[tuple[str, float], str] = {}

        def width(text: str) -> float:
            if (w := widths.get(text)) is None:
                if len(widths) > 50_000:
                    widths.clear()
                w = widths[text] = fm.horizontalAdvance(text)
            return w

        def elide(text: str, max_w: float) -> str:
            key = (text, max_w)
            if (e := elided.get(key)) is None:
                if len(elided) > 50_000:
                    elided.clear()
                e = elided[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, max_w)
            return e

        bold = QFont(self.font())
        bold.setBold(True)
        return TextMetrics(width, elide, fm.height(), QFontMetricsF(bold).horizontalAdvance)

    def _compute_layout(self) -> Layout:
        bar_w = self.scroll_bar.sizeHint().width()
        data = self.drawn_data()
        lay = compute_layout(data, self._scale, float(self.height()), self._metrics,
                             self._lanes, self._scroll, bar_w)  # fmt: skip
        overflow = int(max(0.0, lay.lanes_height - lay.content_height))
        if self._lanes and self._scroll > overflow:  # fewer or lower lanes than before
            self._scroll = float(overflow)
            lay = compute_layout(data, self._scale, float(self.height()), self._metrics,
                                 self._lanes, self._scroll, bar_w)  # fmt: skip
        bar = self.scroll_bar
        bar.blockSignals(True)
        bar.setRange(0, overflow if self._lanes else 0)
        bar.setPageStep(int(lay.content_height))
        bar.setSingleStep(int(self._metrics.height + 8))
        bar.setValue(int(self._scroll))
        bar.blockSignals(False)
        bar.setGeometry(self.width() - bar_w, 0, bar_w, max(int(lay.axis_y), 1))
        bar.setVisible(bool(self._lanes) and overflow > 0)
        return lay

    def _view_changed(self, *, fitted: bool = False) -> None:
        self._fitted = fitted
        self._layout = self._compute_layout()
        self.update()
        self.rangeChanged.emit(self._scale.t0, self._scale.t1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale.resize(event.size().width())
        if self._fitted:  # untouched since it was fitted: fit again, titles' room included
            self.zoom_to_fit(self._fit_all)
        else:
            self._layout = self._compute_layout()
            self.rangeChanged.emit(self._scale.t0, self._scale.t1)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._metrics = self._text_metrics()
            self._view_changed(fitted=self._fitted)
        super().changeEvent(event)

    # Painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        c = colors_for(self.palette())
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), c.background)
            if self._layout.empty:
                painter.setPen(c.undated)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_message)
                return
            # under the markers and titles, which stay readable across the hatched span
            paint_disputes(painter, self._layout, self.disputes, self._scale.x_of)
            paint_layout(painter, self._layout, self.font(), self._dragging, c)
            paint_news(painter, self._layout, self.news)
            if self._selected is not None and self._selected_span is not None:
                x0, x1 = (self._scale.x_of(t) for t in self._selected_span)
                paint_selection(painter, self._layout, self._selected, (x0 + x1) / 2, c)
            if self._lane_drop is not None:
                paint_lane_drop(painter, self._layout, self._lane_drop, c)
        finally:
            painter.end()
