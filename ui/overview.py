"""The overview strip: the density of all events over all time, and the visible window as a
handle to drag (pan) or to pull by an edge (zoom); a click elsewhere centres the view there."""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.timeline_data import TimelineData
from ui.timeline_paint import colors_for
from ui.timescale import DAY, format_when

log = logging.getLogger(__name__)

STRIP_HEIGHT = 44
EDGE_PX = 6  # how near a handle's edge a press takes the edge
MIN_HANDLE_PX = 8
HANDLE_FILL = QColor(31, 101, 200, 40)


class OverviewStrip(QWidget):
    """All events at a glance; emits the time range the user asks the timeline to show."""

    rangeRequested = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(STRIP_HEIGHT)
        self.setMouseTracking(True)
        self.setToolTip("All events over all time. Drag the window, pull its edges to zoom, "
                        "or click to go there.")  # fmt: skip
        self._data: TimelineData | None = None
        self._times = np.zeros(0)
        self._cum: np.ndarray | None = None
        self._core: tuple[float, float] | None = None  # the first and the last event
        self._extent = (0.0, DAY)
        self._window = (0.0, DAY)
        self._bars = np.zeros(0)
        self._drag: tuple[str, float, tuple[float, float]] | None = None

    def set_data(self, data: TimelineData) -> None:
        if data is self._data:
            return  # the same events (lanes or the search changed): nothing to count again
        self._data = data
        self._times, order = data.middles_in_order()
        times = self._times
        # counts only (a big timeline opening): how many events lie before each time
        self._cum = None if data.weights is None else np.r_[0, np.cumsum(data.weights[order])]
        # Every event, whatever its date: the few far from the rest (a founding in 1738, a
        # target for 2050) are where Show All goes, so the strip shows them too.
        self._core = (data.t_min, data.t_max) if len(times) else None
        self._rebin()

    def set_window(self, t0: float, t1: float) -> None:
        """The range the timeline shows (the handle)."""
        self._window = (t0, t1)
        self._rebin()

    def window(self) -> tuple[float, float]:
        return self._window

    def handle_rect(self) -> QRectF:
        x0, x1 = self._x_of(self._window[0]), self._x_of(self._window[1])
        if x1 - x0 < MIN_HANDLE_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - MIN_HANDLE_PX / 2, mid + MIN_HANDLE_PX / 2
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    # Mapping -------------------------------------------------------------------------------

    def _rebin(self) -> None:
        """Density over all the events, widened to take in the visible window."""
        lo, hi = self._window
        if self._core is not None:
            lo, hi = min(self._core[0], lo), max(self._core[1], hi)
        pad = max((hi - lo) * 0.02, DAY)
        extent = (lo - pad, hi + pad)
        if extent != self._extent or len(self._bars) != max(self.width(), 1):
            self._extent = extent
            edges = np.linspace(*extent, max(self.width(), 1) + 1)
            edges[0], edges[-1] = -np.inf, np.inf
            before = np.searchsorted(self._times, edges)
            counts = np.diff(before if self._cum is None else self._cum[before]).astype(float)
            self._bars = np.sqrt(counts / counts.max()) if counts.max() > 0 else counts
        self.update()

    def _x_of(self, t: float) -> float:
        t0, t1 = self._extent
        return (t - t0) / (t1 - t0) * self.width()

    def _t_of(self, x: float) -> float:
        t0, t1 = self._extent
        return t0 + x / max(self.width(), 1) * (t1 - t0)

    # Input ---------------------------------------------------------------------------------

    def _part_at(self, x: float) -> str:
        rect = self.handle_rect()
        if abs(x - rect.left()) <= EDGE_PX and rect.width() > 2 * EDGE_PX:
            return "left"
        if abs(x - rect.right()) <= EDGE_PX and rect.width() > 2 * EDGE_PX:
            return "right"
        return "move" if rect.left() <= x <= rect.right() else "outside"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x = event.position().x()
        part = self._part_at(x)
        if part == "outside":  # centre the view where the user clicked, then drag from there
            t0, t1 = self._window
            half = (t1 - t0) / 2
            self._request(self._t_of(x) - half, self._t_of(x) + half)
            part = "move"
        self._drag = (part, x, self._window)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is None:
            part = self._part_at(x)
            shape = Qt.CursorShape.SizeHorCursor if part in ("left", "right") else (
                Qt.CursorShape.OpenHandCursor if part == "move" else Qt.CursorShape.ArrowCursor
            )  # fmt: skip
            self.setCursor(shape)
            return
        part, x_start, (t0, t1) = self._drag
        dt = self._t_of(x) - self._t_of(x_start)
        if part == "move":
            self._request(t0 + dt, t1 + dt)
        elif part == "left" and t0 + dt < t1:
            self._request(t0 + dt, t1)
        elif part == "right" and t1 + dt > t0:
            self._request(t0, t1 + dt)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        event.accept()

    def _request(self, t0: float, t1: float) -> None:
        self.rangeRequested.emit(t0, t1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebin()

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            c = colors_for(self.palette())
            painter.fillRect(self.rect(), c.grid)
            h = self.height() - 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.histogram["point"])
            # A lone event far from the rest still shows (2 px at least) where it is.
            rects = [QRectF(x, h + 2 - max(v * h, 2), 1, max(v * h, 2))
                     for x, v in enumerate(self._bars.tolist()) if v > 0]  # fmt: skip
            painter.drawRects(rects)
            painter.setBrush(HANDLE_FILL)
            painter.setPen(QPen(c.point, 1.5))
            painter.drawRect(self.handle_rect())
            painter.setPen(c.axis)
            t0, t1 = self._extent
            for t, align in ((t0, Qt.AlignmentFlag.AlignLeft), (t1, Qt.AlignmentFlag.AlignRight)):
                label = format_when(t, t + DAY, "year" if t1 - t0 > 3 * 365 * DAY else "day")
                rect = self.rect().adjusted(4, 2, -4, -2)
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop, label)
        finally:
            painter.end()
