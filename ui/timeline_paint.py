"""Painting a computed timeline layout: colours, bands, histograms, markers, titles, axis.

Only paints: every position comes from ``ui.timeline_layout``; the colours follow the
system's light or dark palette.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import starmap

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from ui.timeline_scene import MARKER_R, Band, Layout
from ui.timescale import LABEL_PAD


@dataclass(frozen=True)
class Colors:
    """The timeline's colours; opaque wherever they can be, so that fills need no blending
    (a translucent pen or fill over a view-wide band costs ~7x more)."""

    background: QColor
    grid: QColor
    axis: QColor
    point: QColor
    span: QColor  # the day (or hour) a point event covers, when zoomed in
    band_fill: QColor  # the orange at 22% over the background
    band_edge: QColor
    undated: QColor
    text: QColor
    selected: QColor
    histogram: dict[str, QColor]
    lane: QColor  # a lane's header strip


LIGHT = Colors(
    QColor("#fbfbf9"), QColor("#ebebe6"), QColor("#55554f"), QColor("#1f65c8"),
    QColor(31, 101, 200, 45), QColor(247, 227, 203), QColor(219, 163, 105), QColor("#6f6f6a"),
    QColor("#23231f"), QColor("#d62828"),
    {"point": QColor("#6f9bdb"), "band": QColor("#dcaa72"), "undated": QColor("#cfcfca")},
    QColor("#eeeee8"),
)  # fmt: skip
DARK = Colors(
    QColor("#1e1f22"), QColor("#2c2e33"), QColor("#b9bbc0"), QColor("#6ea8ff"),
    QColor(110, 168, 255, 60), QColor(78, 58, 36), QColor(160, 112, 60), QColor("#9a9ca3"),
    QColor("#e6e6e3"), QColor("#ff6b6b"),
    {"point": QColor("#4f7fc4"), "band": QColor("#a8783f"), "undated": QColor("#5a5c62")},
    QColor("#2a2c31"),
)  # fmt: skip


def colors_for(palette: QPalette) -> Colors:
    """Dark colours when the system's window background is dark, else light ones."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def band_rect(b: Band, width: float) -> QRectF:
    """A band's rectangle cut a little beyond the view: rasterising the off-screen part of a
    year drawn at hour scale (millions of pixels) cost half a millisecond a band."""
    x0, x1 = max(b.x0, -4.0), min(b.x1, width + 4)
    return QRectF(x0, b.y, max(x1 - x0, 0.0), b.h)


def paint_layout(painter: QPainter, lay: Layout, font: QFont, fast: bool, c: Colors) -> None:
    """Paint a computed layout; ``fast`` (while dragging) leaves out the decorations."""
    fm = QFontMetricsF(font)
    ascent, descent = fm.ascent(), fm.descent()
    _paint_grid_and_axis(painter, lay, font, fm, c)
    if lay.lanes:  # lanes scroll under the axis: nothing is drawn over it
        painter.setClipRect(QRectF(0, 0, lay.width, lay.axis_y))
        paint_lane_headers(painter, lay, font, c)
    if not lay.empty:
        painter.setPen(c.undated)
        for undated_y in lay.undated_rows:
            caption_bottom = undated_y - (fm.height() + 6) / 2 - 1
            painter.drawText(QPointF(4, caption_bottom - fm.descent()), "undated")
    painter.setPen(QPen(c.band_edge, 1))
    painter.setBrush(c.band_fill)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # upright rectangles
    for b in lay.bands:
        painter.drawRect(band_rect(b, lay.width))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not fast:
        painter.setPen(c.point)  # a click on a note lists the events it counts: a link
        for x, y, note in lay.notes:
            painter.drawText(QPointF(x, y + (ascent - descent) / 2), note)
    for hist in lay.histograms:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.histogram[hist.kind])
        # Bars are pixel-aligned: antialiasing them only costs time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawRects(list(starmap(QRectF, hist.bars)))  # a third quicker than a listcomp
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not fast:
            painter.setPen(c.text)
            for x, y, label in hist.labels:
                painter.drawText(QPointF(x, y + (ascent - descent) / 2), label)
    if lay.rug and not fast:
        painter.setPen(QPen(c.point, 1))
        painter.drawLines([QLineF(x, lay.axis_y - 4, x, lay.axis_y) for x in lay.rug])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(c.span)
    for m in lay.markers:
        if m.span:
            x0, x1 = max(m.span[0], -8.0), min(m.span[1], lay.width + 8)
            painter.drawRoundedRect(QRectF(x0, m.y - 3, x1 - x0, 6), 3, 3)
    for m in lay.markers:
        if m.hollow:
            painter.setPen(QPen(c.undated, 1.5))
            painter.setBrush(c.background)
        else:
            painter.setPen(QPen(c.background, 1))
            painter.setBrush(c.point)
        painter.drawEllipse(QPointF(m.x, m.y), MARKER_R, MARKER_R)
    painter.setPen(c.text)
    for m in lay.markers:
        if m.text:
            painter.drawText(QPointF(m.text_x, m.y + (ascent - descent) / 2), m.text)
    for b in lay.bands:
        if b.text:
            painter.drawText(QPointF(b.text_x, b.y + b.h / 2 + (ascent - descent) / 2), b.text)


def paint_lane_headers(painter: QPainter, lay: Layout, font: QFont, c: Colors) -> None:
    """Each lane's header: a strip with a fold arrow, the lane's name and its count (over a
    folded lane's density), and a line where the lane ends."""
    if (fm := _METRICS.get(key := font.key())) is None:
        fm = _METRICS[key] = QFontMetricsF(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for lane in lay.lanes:
        if lane.bottom < 0 or lane.top > lay.axis_y:
            continue
        header = QRectF(0, lane.top, lay.width, lane.header_h)
        painter.fillRect(header, c.lane)
        if lane.density:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.histogram["point"])
            painter.drawRects(list(starmap(QRectF, lane.density)))
        painter.setPen(QPen(c.grid, 1))
        painter.drawLine(QLineF(0, lane.bottom - 0.5, lay.width, lane.bottom - 0.5))
        label, label_w, count, w = _header_texts(
            font.key(), lane.label, lane.collapsed, lane.count, lane.hidden, lay.width
        )
        baseline = lane.top + (lane.header_h + fm.ascent() - fm.descent()) / 2
        painter.fillRect(QRectF(0, lane.top, w + 12, lane.header_h), c.lane)
        painter.setPen(c.text)
        painter.drawText(QPointF(4, baseline), label)
        painter.setPen(c.undated)
        painter.drawText(QPointF(4 + label_w, baseline), count)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


_METRICS: dict[str, QFontMetricsF] = {}  # by QFont.key(): the fonts lane headers use


@functools.lru_cache(maxsize=512)
def _header_texts(
    font_key: str, name: str, folded: bool, events: int, hidden: int, width: float
) -> tuple[str, float, str, float]:
    """A lane header's name (cut to fit), its width, its count, and the whole width: the
    same from frame to frame while the view pans (measuring them cost 0.2 ms a lane)."""
    fm = _METRICS[font_key]
    label = f"{'▸' if folded else '▾'} {name}"
    count = f"  {events:,}"
    if hidden:
        count += f" · {hidden:,} not shown here (Enter lists them)"
    room = max(width * 0.6 - fm.horizontalAdvance(count), 40.0)
    label = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
    return label, fm.horizontalAdvance(label), count, fm.horizontalAdvance(label + count)


def paint_lane_drop(painter: QPainter, lay: Layout, drop: int, c: Colors) -> None:
    """Where a dragged lane would go (before lane ``drop``): a line between two lanes."""
    if not lay.lanes:
        return
    boxes = lay.lanes
    y = boxes[drop].top if drop < len(boxes) else boxes[-1].bottom
    painter.setPen(QPen(c.selected, 3))
    painter.drawLine(QLineF(0, y, lay.width, y))


def paint_selection(painter: QPainter, lay: Layout, selected: int, x: float, c: Colors) -> None:
    """The selected event: a ring or a frame, and a dashed line at ``x``, its middle."""
    for m in lay.markers:
        if m.event_id == selected:
            painter.setPen(QPen(c.selected, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(m.x, m.y), MARKER_R + 3, MARKER_R + 3)
    for b in lay.bands:
        if b.event_id == selected:
            painter.setPen(QPen(c.selected, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(band_rect(b, lay.width))
    painter.setPen(QPen(c.selected, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(x, 0, x, lay.axis_y))


def _paint_grid_and_axis(
    painter: QPainter, lay: Layout, font: QFont, fm: QFontMetricsF, c: Colors
) -> None:
    axis_y = lay.axis_y
    # Upright one-pixel lines: antialiased at fractional x, each of the view-high grid lines
    # blended two pixel columns (a millisecond a frame); snapped, they are crisp and cheap.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    xs = [round(x) + 0.5 for x, _ in lay.ticks]
    painter.setPen(QPen(c.grid, 1))
    painter.drawLines([QLineF(x, 0, x, axis_y) for x in xs])
    painter.setPen(QPen(c.axis, 1))
    painter.drawLine(QLineF(0, axis_y, lay.width, axis_y))
    painter.drawLines([QLineF(x, axis_y, x, axis_y + 5) for x in xs])
    major_baseline = axis_y + 5 + fm.ascent() + fm.height() + 2
    painter.drawLines([QLineF(round(x) + 0.5, axis_y, round(x) + 0.5, major_baseline)
                       for x, _, _ in lay.major])  # fmt: skip
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    baseline = axis_y + 5 + fm.ascent()
    for x, label in lay.ticks:
        if label:
            painter.drawText(QPointF(x + LABEL_PAD, baseline), label)
    painter.setFont(_bold(font))
    for _x, text_x, label in lay.major:
        painter.drawText(QPointF(text_x, major_baseline), label)
    painter.setFont(font)


_BOLD: dict[str, QFont] = {}  # by QFont.key(): the axis' upper tier, made once


def _bold(font: QFont) -> QFont:
    if (bold := _BOLD.get(key := font.key())) is None:
        bold = _BOLD[key] = QFont(font)
        bold.setBold(True)
    return bold
