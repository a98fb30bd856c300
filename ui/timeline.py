"""The timeline widget: a zoomable, pannable view of dated events.

``TimeScale`` (ui.timescale) maps time to pixels, ``compute_layout`` (ui.timeline_layout)
places what is visible whenever items, size or view change, and ``paintEvent`` only paints
that cached layout, so a million events cost no more to draw than a few hundred.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ui.timeline_layout import (
    MARKER_R,
    TITLE_MAX_W,
    Layout,
    TextMetrics,
    TimelineData,
    compute_layout,
)
from ui.timeline_paint import Colors, band_rect, colors_for, paint_layout
from ui.timescale import DAY, TimeScale, format_when

log = logging.getLogger(__name__)

EMPTY_MESSAGE = "Drop articles here (files or folders) to build a timeline"
WHEEL_STEP = 1.2  # zoom factor of one wheel notch (120 eighths of a degree)
KEY_ZOOM = 1.5
KEY_PAN = 1 / 8  # of the width
CLICK_ZOOM = 4.0  # clicking a histogram bar zooms in on it
FIT_SHARE = 0.95  # zoom to fit shows the shortest period holding this share of the events…
FIT_OUTLIER_RATIO = 5  # …when all of them span this many times longer
FIT_TITLE_ROOM_LIMIT = 2000  # more events than this will be counted: no room kept for titles


@dataclass(frozen=True, slots=True)
class TimelineItem:
    id: int  # event id in the database
    start: float  # seconds since 1970-01-01 (naive UTC), may be negative
    end: float  # exclusive end: start + the length of its period
    title: str
    precision: str  # "century", "decade", "year", "quarter", "month", "week", "day", "time"
    undated: bool  # no date in the text: anchored at its article's publication date


class TimelineView(QWidget):
    """Events on a time axis: wheel zooms at the pointer, drag pans, click selects."""

    eventClicked = Signal(int)  # event id, chosen by a click or by the arrow keys
    selectionCleared = Signal()  # a click on empty space
    rangeChanged = Signal(float, float)  # the visible time range, after any change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # a pointing hand over what a click would open
        self.setMinimumSize(240, 140)
        self._data = TimelineData(())
        self._scale = TimeScale(width=self.width())
        self._selected: int | None = None
        self._selected_span: tuple[float, float] | None = None
        self._highlighted: frozenset[int] = frozenset()
        self._hit_times = np.zeros(0)  # sorted middles of the highlighted events
        self.empty_message = EMPTY_MESSAGE
        self._press_x: float | None = None
        self._last_x = 0.0
        self._dragging = False
        self._fitted = False
        self._fit_all = False
        self._metrics = self._text_metrics()
        self._layout: Layout = self._compute_layout()

    # Public interface ----------------------------------------------------------------------

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        """Show ``items`` instead of what was shown; the view stays unless it was empty."""
        self.set_data(TimelineData(items))

    def set_data(self, data: TimelineData) -> None:
        """``set_items`` with the arrays already built (in a worker, for a million events)."""
        was_empty = len(self._data) == 0
        self._data = data
        self._hit_times = data.times_of(self._highlighted)
        self._selected_span = (
            self._data.span_of(self._selected) if self._selected is not None else None
        )
        if was_empty or self._fitted:  # untouched since fitted: fit what there is now
            self.zoom_to_fit(self._fit_all)
        else:
            self._view_changed()

    def items(self) -> list[TimelineItem]:
        return list(self._data.items)

    def data(self) -> TimelineData:
        """The events shown, as arrays (read them; change them with ``set_data``)."""
        return self._data

    def event_count(self) -> int:
        return len(self._data)

    def zoom_to_fit(self, everything: bool = False) -> None:
        """Show where the events are. A few far from the rest (a year misread as 1530, the
        founding of a company) would squeeze the others into one bar: then the view fits
        the shortest period holding 95% of them, unless ``everything`` (the Home key)."""
        self._fit_all = everything
        if not len(self._data):
            return
        t0, t1 = self._data.t_min, self._data.t_max
        if not everything and len(self._data) >= 50:
            lo, hi = _densest(self._data.starts, FIT_SHARE)
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

    def visible_range(self) -> tuple[float, float]:
        return self._scale.t0, self._scale.t1

    def set_visible_range(self, t0: float, t1: float) -> None:
        self._scale.set_range(t0, t1)
        self._view_changed()

    def select(self, event_id: int | None) -> None:
        """Highlight an event (None: nothing), bringing it into view if it is outside."""
        self._selected = event_id
        self._selected_span = self._data.span_of(event_id) if event_id is not None else None
        if self._selected_span is not None:
            mid = sum(self._selected_span) / 2
            t0, t1 = self.visible_range()
            margin = (t1 - t0) * 0.05
            if not t0 + margin <= mid <= t1 - margin:
                self._scale.pan(self._scale.x_of(t0 + (t1 - t0) / 2) - self._scale.x_of(mid))
                self._view_changed()
        self.update()

    def set_highlighted(self, event_ids: set[int] | frozenset[int]) -> None:
        """Mark these events (search hits) with a ring, and with a tick above the axis so
        that they show where events are only counted too; an empty set clears the marks."""
        self._highlighted = frozenset(event_ids)
        self._hit_times = self._data.times_of(self._highlighted)
        self.update()

    def hit_ticks(self) -> list[float]:
        """The x of each search hit's tick in view."""
        lo, hi = np.searchsorted(self._hit_times, [self._scale.t0, self._scale.t1])
        return ((self._hit_times[lo:hi] - self._scale.t0) / self._scale.spp).tolist()

    def highlighted(self) -> frozenset[int]:
        return self._highlighted

    def select_next(self, step: int) -> None:
        """Select the event ``step`` places later (earlier when negative) in time order; with
        nothing selected, the first one in view. Emits ``eventClicked`` like a click."""
        ids = self._data.ids_in_time_order()
        if not len(ids):
            return
        current = self._data.order_of(self._selected) if self._selected is not None else None
        if current is None:
            t0, _ = self.visible_range()
            current = self._data.first_order_after(t0)
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
        return compute_layout(self._data, self._scale, float(self.height()), self._metrics)

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

    # Input ----------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.y():
            self._scale.zoom(WHEEL_STEP ** (delta.y() / 120), event.position().x())
        elif delta.x():
            self._scale.pan(delta.x() / 2)
        self._view_changed()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press_x = self._last_x = event.position().x()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None:
            self._hover(event.position())
            super().mouseMoveEvent(event)
            return
        x = event.position().x()
        if not self._dragging and abs(x - self._press_x) >= QApplication.startDragDistance():
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self._scale.pan(x - self._last_x)
            self._last_x = x
            self._view_changed()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_x is None:
            super().mouseReleaseEvent(event)
            return
        if self._dragging:
            self.unsetCursor()
            self._dragging = False
            self.update()
        else:
            self._click(event.position())
        self._press_x = None
        event.accept()

    def _hover(self, pos: QPointF) -> None:
        x, y = pos.x(), pos.y()
        over = self._layout.event_at(x, y) is not None or self._layout.bucket_at(x, y)
        if over:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _click(self, pos: QPointF) -> None:
        event_id = self._layout.event_at(pos.x(), pos.y())
        if event_id is not None:
            self.select(event_id)
            self.eventClicked.emit(event_id)
        elif self._layout.bucket_at(pos.x(), pos.y()) is not None:
            self._scale.zoom(CLICK_ZOOM, pos.x())
            self._view_changed()
        elif self._selected is not None:
            self.select(None)
            self.selectionCleared.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, w = event.key(), self._scale.width
        pan = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not pan:
            self.select_next(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._scale.zoom(KEY_ZOOM, w / 2)
        elif key == Qt.Key.Key_Minus:
            self._scale.zoom(1 / KEY_ZOOM, w / 2)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self._scale.pan(w * KEY_PAN)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self._scale.pan(-w * KEY_PAN)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.zoom_to_fit(everything=key == Qt.Key.Key_Home)
            return
        else:
            super().keyPressEvent(event)
            return
        self._view_changed()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, x: float, y: float) -> str:
        event_id = self._layout.event_at(x, y)
        if event_id is not None and (item := self._data.item_of(event_id)) is not None:
            when = format_when(item.start, item.end, item.precision)
            if item.undated:
                when = f"undated, reported {when}"
            return f"{item.title}\n{when}"
        if (bucket := self._layout.bucket_at(x, y)) is not None:
            count, t0, t1 = bucket
            span = format_when(t0, t1, "time" if t1 - t0 < DAY else "day")
            return f"{count:,} events from {span} (click to zoom in)"
        return ""

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
            paint_layout(painter, self._layout, self.font(), self._dragging, c)
            self._paint_hidden_points(painter, c)
            self._paint_highlights(painter, c)
            self._paint_selection(painter, c)
        finally:
            painter.end()

    def _paint_hidden_points(self, painter: QPainter, c: Colors) -> None:
        n, y = self._layout.hidden_points, self._layout.points_note_y
        if not n or y is None or self._dragging:
            return
        note = f"+{n:,} more events in view (ticks on the axis): zoom in to see them"
        fm = QFontMetricsF(self.font())
        painter.setPen(c.undated)
        painter.drawText(QPointF(4, y + (fm.ascent() - fm.descent()) / 2), note)

    def _paint_highlights(self, painter: QPainter, c: Colors) -> None:
        if not self._highlighted:
            return
        hits = self._highlighted
        y = self._layout.axis_y
        painter.setPen(QPen(c.hit, 2))
        painter.drawLines([QLineF(x, y - 9, x, y - 1) for x in self.hit_ticks()])
        painter.setBrush(c.hit_fill)
        for m in self._layout.markers:
            if m.event_id in hits:
                painter.drawEllipse(QPointF(m.x, m.y), MARKER_R + 2.5, MARKER_R + 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for b in self._layout.bands:
            if b.event_id in hits:
                painter.drawRect(band_rect(b, self._layout.width))

    def _paint_selection(self, painter: QPainter, c: Colors) -> None:
        if self._selected is None or self._selected_span is None:
            return
        lay = self._layout
        for m in lay.markers:
            if m.event_id == self._selected:
                painter.setPen(QPen(c.selected, 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(m.x, m.y), MARKER_R + 3, MARKER_R + 3)
        for b in lay.bands:
            if b.event_id == self._selected:
                painter.setPen(QPen(c.selected, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(band_rect(b, lay.width))
        start, end = self._selected_span
        x0, x1 = self._scale.x_of(start), self._scale.x_of(end)
        painter.setPen(QPen(c.selected, 1, Qt.PenStyle.DashLine))
        x = (x0 + x1) / 2
        painter.drawLine(QLineF(x, 0, x, lay.axis_y))


def _densest(times: np.ndarray, share: float) -> tuple[float, float]:
    """The shortest [t0, t1] holding ``share`` of ``times``."""
    ordered = np.sort(times)
    k = max(1, int(np.ceil(share * len(ordered))))
    widths = ordered[k - 1 :] - ordered[: len(ordered) - k + 1]
    i = int(np.argmin(widths))
    return float(ordered[i]), float(ordered[i + k - 1])
