"""The timeline's marks of a disputed event (a red hatched bar across the dates its sources
give, at its marker's height under its title, and a red ring; a disputed band: a red dashed
frame) and of an event new since the timeline was last opened (a green halo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from ui.timeline_scene import MARKER_R, Layout

DISPUTED_COLOUR = "#b3261e"  # the marker and the panel's heading: a warning red
NEW_COLOUR = "#1e8e3e"  # added or changed since last opened


def paint_disputes(
    painter: QPainter,
    lay: Layout,
    spans: dict[int, tuple[float, float]],
    x_of: Callable[[float], float],
) -> None:
    """A disputed event's marker: a red hatched bar across its candidate dates, at its
    marker's height, and a red ring; a disputed band gets a red frame."""
    if not spans:
        return
    colour = QColor(DISPUTED_COLOUR)
    faint = QColor(colour)
    faint.setAlpha(110)  # the title drawn over it stays readable
    hatch = QBrush(faint, Qt.BrushStyle.BDiagPattern)
    for m in lay.markers:
        span = spans.get(m.event_id)
        if span is None:
            continue
        x0, x1 = x_of(span[0]), x_of(span[1])
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(hatch)
        painter.drawRect(QRectF(x0, m.y - MARKER_R - 1, max(x1 - x0, 2.0), 2 * MARKER_R + 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(m.x, m.y), MARKER_R + 2, MARKER_R + 2)
    for b in lay.bands:
        if b.event_id in spans:
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(b.x0, b.y, max(b.x1 - b.x0, 2.0), b.h))


def paint_news(painter: QPainter, lay: Layout, new: frozenset[int]) -> None:
    """A green halo around each new event's marker, a green underline below a new band."""
    if not new:
        return
    pen = QPen(QColor(NEW_COLOUR), 2.0)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for m in lay.markers:
        if m.event_id in new:
            painter.drawEllipse(QPointF(m.x, m.y), MARKER_R + 5, MARKER_R + 5)
    for b in lay.bands:
        if b.event_id in new:
            painter.drawLine(QPointF(b.x0, b.y + b.h + 1), QPointF(b.x1, b.y + b.h + 1))
