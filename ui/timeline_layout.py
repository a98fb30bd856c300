"""The layout of what is visible on the timeline. No widgets.

``compute_layout`` takes ``TimelineData`` (ui.timeline_data: sorted numpy columns), picks the
visible slice by binary search and places markers, bands and labels in rows (greedy by x),
or, when more events are visible than can be drawn one by one, counts them per pixel bucket.
The widget recomputes the layout when items, size or view change and only paints it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from ui.lanes import LaneSpec
from ui.timeline_counts import all_counts, bucket_edges, density, histogram
from ui.timeline_data import TextMetrics, TimelineData
from ui.timeline_rows import MIN_TITLE_W, layout_bands, layout_points, layout_undated
from ui.timeline_scene import MARKER_R, LaneBox, LaneInput, Layout
from ui.timescale import LABEL_GAP, LABEL_PAD, TimeScale, axis_major_ticks, axis_ticks

log = logging.getLogger(__name__)

BAND_SHARE = 0.4  # of the content height, at most, when there are point events too
LANE_MIN_ROWS = 3  # an unfolded lane is never lower than this many rows (lanes scroll)
LANE_MAX_ROWS = 12  # point events beyond this many ask for no more room


def compute_layout(
    data: TimelineData,
    scale: TimeScale,
    height: float,
    text: TextMetrics,
    lanes: Sequence[LaneInput] | None = None,
    scroll: float = 0.0,
    scroll_bar_w: float = 0.0,
) -> Layout:
    """Place what is visible in ``scale``'s range in a ``scale.width`` × ``height`` widget:
    ``data`` in one timeline, or ``lanes`` stacked from the top, ``scroll`` pixels down
    (when they overflow, a ``scroll_bar_w`` wide scroll bar covers their right edge)."""
    width = scale.width
    line_h = text.height
    axis_y = height - (2 * line_h + 14)
    layout = Layout(width, height, axis_y, empty=len(data) == 0)
    _layout_axis(layout, scale, text)
    if layout.empty:
        return layout
    if lanes is not None:
        _layout_lanes(layout, lanes, scale, text, scroll, scroll_bar_w)
    else:
        _layout_content(layout, data, scale, text, 6.0, axis_y - 6.0)
    return layout


def lane_heights(
    lanes: Sequence[LaneInput], room: float, text: TextMetrics
) -> tuple[list[float], float]:
    """Each lane's height and its header's. The unfolded lanes share the room by how many
    rows their events want (a lane of twelve events gets more than one of two), none lower
    than a few rows: when they do not fit, the lanes scroll. A folded lane is its header."""
    header_h = text.height + 8
    row_h = text.height + 6
    margin = 16.0  # the gaps above, below and between a lane's sorts of rows
    wants = [(0, 0) if lane.collapsed else _rows_wanted(lane.data) for lane in lanes]
    free = room - len(lanes) * header_h - margin * sum(1 for w, _ in wants if w)
    total = sum(w for w, _ in wants) * row_h
    stretch = free / total if total else 1.0
    heights = [
        header_h + (max(least, want * stretch) * row_h + margin if want else 0.0)
        for want, least in wants
    ]
    return heights, header_h


def _rows_wanted(data: TimelineData) -> tuple[int, int]:
    """About how many rows a lane's events take when they are all in view, and the fewest
    that show some of each sort (a period, two rows of events, the undated row)."""
    points, bands, undated = bool(len(data.points)), bool(len(data.bands)), bool(len(data.undated))
    least = max(bands + 2 * points + 2 * undated, LANE_MIN_ROWS)
    rows = min(len(data.points), LANE_MAX_ROWS) + min(len(data.bands), 4) + 2 * undated
    return max(rows, least), least


def _layout_lanes(
    layout: Layout, lanes: Sequence[LaneInput], scale: TimeScale, text: TextMetrics,
    scroll: float, scroll_bar_w: float,
) -> None:  # fmt: skip
    top0, bottom0 = 2.0, layout.axis_y - 2.0
    heights, header_h = lane_heights(lanes, bottom0 - top0, text)
    layout.lanes_height = sum(heights)
    layout.content_height = bottom0 - top0
    if layout.lanes_height > layout.content_height and scroll_bar_w:
        # Nothing is placed under the scroll bar: titles and counts end left of it.
        scale = TimeScale(scale.t0, scale.spp, scale.width - scroll_bar_w)
    top = top0 - scroll
    for lane, h in zip(lanes, heights, strict=True):
        box = LaneBox(lane.key, lane.label, len(lane.data), top, top + h, header_h,
                      lane.collapsed)  # fmt: skip
        layout.lanes.append(box)
        if top < layout.axis_y and top + h > 0:  # in view: lay out what it holds
            if lane.collapsed:
                box.density = density(lane.data, scale, top + 3, top + header_h - 2)
            elif len(lane.data):
                before = layout.hidden_points + layout.hidden_bands
                histograms = len(layout.histograms)
                _layout_content(layout, lane.data, scale, text, top + header_h + 4, top + h - 4,
                                lane=True)  # fmt: skip
                box.hidden = layout.hidden_points + layout.hidden_bands - before
                for hist in layout.histograms[histograms:]:
                    hist.lane = len(layout.lanes) - 1
        top += h


def _markers_in_view(data: TimelineData, scale: TimeScale) -> int:
    """About how many markers (dated or undated) are in view; periods over the view have
    their own strip and limit."""
    p, u = data.points, data.undated
    reach = max(MARKER_R * scale.spp, p.max_len)
    lo, hi = np.searchsorted(p.pos, [scale.t0 - reach, scale.t1 + reach])
    ulo, uhi = np.searchsorted(u.pos, [scale.t0, scale.t1])
    return int(hi - lo + uhi - ulo)


def _layout_content(
    layout: Layout,
    data: TimelineData,
    scale: TimeScale,
    text: TextMetrics,
    content_top: float,
    content_bottom: float,
    lane: bool = False,
) -> None:
    """Bands on top, point events below them, undated events in a row at the bottom, and a
    line saying how many found no room — unless in a ``lane``, whose header says it, and
    which counts its events sooner (it is low: a few rows of titles are all it can show)."""
    line_h = text.height
    rows = max(1, int((content_bottom - content_top) // (line_h + 6)))
    coarse = scale.t1 - scale.t0 <= data.points.max_len  # days seen by the hour: placed
    if lane and not coarse and _markers_in_view(data, scale) > rows * scale.width / MIN_TITLE_W:
        # More than its rows could title: one count of all its events, periods (where they
        # start) and undated reports included (three histograms in a low lane: unreadable).
        counts = all_counts(data, bucket_edges(scale))
        hist = histogram("point", counts, bucket_edges(scale), scale.width, text, content_top,
                          content_bottom)  # fmt: skip
        hist.counted = "all"
        layout.histograms.append(hist)
        return
    if len(data.undated):  # their own row at the bottom, captioned above it
        row = line_h + 6
        y = content_bottom - row / 2
        layout.undated_rows.append(y)
        if layout.undated_y is None:
            layout.undated_y = y
        content_bottom = content_bottom - row - line_h - 4
    band_bottom = content_top
    if len(data.bands):
        share = BAND_SHARE if len(data.points) else 1.0
        band_bottom = layout_bands(
            layout, data, scale, text, content_top, share * (content_bottom - content_top), lane
        )
    if len(data.points):
        layout_points(layout, data, scale, text, band_bottom + 4, content_bottom, lane)
    if len(data.undated):
        layout_undated(layout, data, scale, text, layout.undated_rows[-1])


def _layout_axis(layout: Layout, scale: TimeScale, text: TextMetrics) -> None:
    t0, t1, w = scale.t0, scale.t1, scale.width
    layout.ticks = [
        # A label cut by the right edge reads as another number ("203" for 2034): leave it out.
        (x, label if x + LABEL_PAD + text.width(label) <= w else "")
        for x, label in ((scale.x_of(t), label) for t, label in axis_ticks(t0, t1, w, text.width))
    ]
    major = axis_major_ticks(t0, t1, w, text.width, text.major_width)
    placed: list[tuple[float, float, str]] = []
    right = -float("inf")
    for i, (t, label) in enumerate(major):
        x = scale.x_of(t)
        text_x = max(x, 0.0) + LABEL_PAD
        label_w = text.major_width(label)
        if i + 1 < len(major):  # a period's sticky label gives way to the next period's
            text_x = min(text_x, scale.x_of(major[i + 1][0]) - label_w - LABEL_GAP)
        if text_x < right + LABEL_GAP:  # periods too narrow for every label: skip some
            text_x = -float("inf")
        if text_x + label_w > scale.width:  # "19" for a cut "1990" would mislead
            continue
        if text_x >= 0:  # a label pushed out by the next reads as another ("ary 1987")
            placed.append((x, text_x, label))
            right = text_x + label_w
    layout.major = placed


def build_lanes(data: TimelineData, lanes: Sequence[LaneSpec | LaneInput]) -> list[LaneInput]:
    """Each lane's events as their own arrays (a worker can build a million events' lanes
    with this; the view only places them)."""
    return [
        lane if isinstance(lane, LaneInput)
        else LaneInput(lane.key, lane.label, data.subset(lane.rows))
        for lane in lanes
    ]  # fmt: skip
