"""The layout of what is visible on the timeline. No widgets.

``compute_layout`` takes ``TimelineData`` (ui.timeline_data: sorted numpy columns), picks the
visible slice by binary search and places markers, bands and labels in rows (greedy by x),
or, when more events are visible than can be drawn one by one, counts them per pixel bucket.
The widget recomputes the layout when items, size or view change and only paints it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ui.timeline_data import Group, TextMetrics, TimelineData
from ui.timescale import (
    LABEL_GAP,
    LABEL_PAD,
    TimeScale,
    axis_major_ticks,
    axis_ticks,
)

log = logging.getLogger(__name__)

MARKER_R = 4.0
TITLE_MAX_W = 260.0
POINT_DETAIL_LIMIT = 400  # more visible point events than this: a histogram instead
BAND_DETAIL_LIMIT = 200
BUCKET_PX = 5  # histogram bucket width
UNDATED_PX = 12  # more undated reports in view than one per this many pixels: counted
COUNT_LABEL_LIMIT = 40
MIN_TITLE_W = 60.0  # a title cut shorter than this says nothing: leave it out
BAND_SHARE = 0.4  # of the content height, at most, when there are point events too
LANE_MIN_ROWS = 3  # an unfolded lane is never lower than this many rows (lanes scroll)
LANE_MAX_ROWS = 12  # point events beyond this many ask for no more room


@dataclass(slots=True)
class Marker:
    event_id: int
    x: float
    y: float
    hollow: bool
    text: str = ""
    text_x: float = 0.0  # the title's left edge; it is centred on y
    text_w: float = 0.0
    span: tuple[float, float] | None = None  # x0, x1 of its period when wide enough to show


@dataclass(slots=True)
class Band:
    event_id: int
    x0: float
    x1: float
    y: float
    h: float
    text: str = ""
    text_x: float = 0.0
    text_w: float = 0.0


@dataclass(slots=True)
class Histogram:
    kind: str  # "point", "band" or "undated"
    bars: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y, w, h
    counts: list[int] = field(default_factory=list)  # events in each bar's bucket
    times: list[tuple[float, float]] = field(default_factory=list)  # each bar's [t0, t1)
    labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, centre y, text


@dataclass(slots=True)
class LaneInput:
    """A lane to lay out: its events (a subset of the timeline's) and whether it is folded."""

    key: str
    label: str
    data: TimelineData
    collapsed: bool = False


@dataclass(slots=True)
class LaneBox:
    """Where a lane lies (widget coordinates, scrolled); its header is a strip on top."""

    key: str
    label: str
    count: int
    top: float
    bottom: float
    header_h: float
    collapsed: bool
    hidden: int = 0  # events in view with no room left in the lane
    density: list[tuple[float, float, float, float]] = field(default_factory=list)  # bars


@dataclass(slots=True)
class Layout:
    width: float
    height: float
    axis_y: float
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x of tick, label
    major: list[tuple[float, float, str]] = field(default_factory=list)  # tick x, text x, text
    markers: list[Marker] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    histograms: list[Histogram] = field(default_factory=list)
    rug: list[float] = field(default_factory=list)  # x of each visible point event
    undated_y: float | None = None  # the (first) undated row
    undated_rows: list[float] = field(default_factory=list)  # every lane's undated row
    empty: bool = True
    hidden_bands: int = 0  # periods with no free row left
    hidden_note: tuple[float, float, str] | None = None  # x, centre y, text (the first)
    hidden_points: int = 0  # events in view with no free row left (the axis rug shows them)
    points_note_y: float | None = None  # the row left free to say so (the first)
    notes: list[tuple[float, float, str]] = field(default_factory=list)  # x, centre y, text
    lanes: list[LaneBox] = field(default_factory=list)  # top to bottom, scrolled
    lanes_height: float = 0.0  # every lane's height added up, scrolled or not
    content_height: float = 0.0  # the height the lanes have above the axis

    def event_at(self, x: float, y: float) -> int | None:
        """The id of the event drawn at (x, y): a marker or its title, else a band."""
        if self.lanes and (y >= self.axis_y or self.lane_header_at(y) is not None):
            return None  # scrolled under the axis, or a lane's header
        for m in reversed(self.markers):
            near = (x - m.x) ** 2 + (y - m.y) ** 2 <= (MARKER_R + 3) ** 2
            on_text = m.text and m.text_x <= x <= m.text_x + m.text_w and abs(y - m.y) <= 8
            on_span = m.span and m.span[0] <= x <= m.span[1] and abs(y - m.y) <= 4
            if near or on_text or on_span:
                return m.event_id
        for b in reversed(self.bands):
            right = max(b.x1, b.text_x + b.text_w)
            if b.x0 - 2 <= x <= right and b.y <= y <= b.y + b.h:
                return b.event_id
        return None

    def lane_at(self, y: float) -> int | None:
        """The index (in ``lanes``) of the lane at height ``y``, if any."""
        if y >= self.axis_y:
            return None
        for i, lane in enumerate(self.lanes):
            if lane.top <= y < lane.bottom:
                return i
        return None

    def lane_header_at(self, y: float) -> int | None:
        """The index of the lane whose header is at height ``y``, if any."""
        i = self.lane_at(y)
        return i if i is not None and y < self.lanes[i].top + self.lanes[i].header_h else None

    def bucket_at(self, x: float, y: float) -> tuple[int, float, float] | None:
        """(count, t0, t1) of the histogram bucket under (x, y), if any."""
        if self.lanes and (y >= self.axis_y or self.lane_header_at(y) is not None):
            return None
        for hist in self.histograms:
            for (bx, by, bw, bh), (t0, t1), count in zip(
                hist.bars, hist.times, hist.counts, strict=True
            ):
                if bx <= x <= bx + bw and by - 4 <= y <= by + bh:
                    return count, t0, t1
        return None


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
                box.density = _density(lane.data, scale, top + 3, top + header_h - 2)
            elif len(lane.data):
                before = layout.hidden_points + layout.hidden_bands
                _layout_content(layout, lane.data, scale, text, top + header_h + 4, top + h - 4,
                                lane=True)  # fmt: skip
                box.hidden = layout.hidden_points + layout.hidden_bands - before
        top += h


def _density(
    data: TimelineData, scale: TimeScale, top: float, bottom: float
) -> list[tuple[float, float, float, float]]:
    """A folded lane's events per bucket, as bars between ``top`` and ``bottom``."""
    edges = _edges(scale)
    counts = _all_counts(data, edges)
    peak = max(int(counts.max()), 1) if len(counts) else 1
    full = np.flatnonzero(counts > 0)
    heights = np.maximum(2.0, (bottom - top) * counts[full] / peak).tolist()
    return [(x, bottom - h, BUCKET_PX - 1, h)
            for x, h in zip((full * BUCKET_PX).tolist(), heights, strict=True)]  # fmt: skip


def _edges(scale: TimeScale) -> np.ndarray:
    """The times between BUCKET_PX-wide buckets across the view."""
    n = int(np.ceil(scale.width / BUCKET_PX))
    return scale.t0 + np.arange(n + 1) * (BUCKET_PX * scale.spp)


def _counts(g: Group, edges: np.ndarray, spans: bool) -> np.ndarray:
    """Events of ``g`` per bucket; ``spans``: those overlapping it (started before its end,
    not ended before its start), else those whose position falls in it."""
    if spans:
        return np.searchsorted(g.pos, edges[1:]) - np.searchsorted(
            g.ends_sorted, edges[:-1], side="right"
        )
    return np.diff(np.searchsorted(g.pos, edges))


def _all_counts(data: TimelineData, edges: np.ndarray) -> np.ndarray:
    """Events per bucket, a period counted where it starts: the year-long periods of a
    lane would otherwise lie under every bucket alike and hide when things happened."""
    return (_counts(data.points, edges, False) + _counts(data.undated, edges, False)
            + _counts(data.bands, edges, False))  # fmt: skip


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
    if lane and _markers_in_view(data, scale) > rows * scale.width / MIN_TITLE_W:
        # More than its rows could title: one count of all its events, periods (where they
        # start) and undated reports included (three histograms in a low lane: unreadable).
        counts = _all_counts(data, _edges(scale))
        hist = _histogram("point", counts, _edges(scale), scale.width, text, content_top,
                          content_bottom)  # fmt: skip
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
        band_bottom = _layout_bands(
            layout, data, scale, text, content_top, share * (content_bottom - content_top), lane
        )
    if len(data.points):
        _layout_points(layout, data, scale, text, band_bottom + 4, content_bottom, lane)
    if len(data.undated):
        _layout_undated(layout, data, scale, text, layout.undated_rows[-1])


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
        if text_x + label_w / 2 > 0:  # a sliver of a pushed-out label only puzzles
            placed.append((x, text_x, label))
            right = text_x + label_w
    layout.major = placed


def _place_in_rows(rows: list[float], left: float, right: float, max_rows: int) -> int | None:
    """Greedy row packing: the first row free at ``left``, a new one, or None when full."""
    for r, row_right in enumerate(rows):
        if row_right + LABEL_GAP <= left:
            rows[r] = right
            return r
    if len(rows) < max_rows:
        rows.append(right)
        return len(rows) - 1
    return None


def _titles(titles: list[str], index: np.ndarray, text: TextMetrics) -> list[str]:
    return [text.elide(titles[i], TITLE_MAX_W) for i in index.tolist()]


def _layout_points(
    layout: Layout,
    data: TimelineData,
    scale: TimeScale,
    text: TextMetrics,
    top: float,
    bottom: float,
    lane: bool = False,
) -> None:
    g = data.points
    reach = max(MARKER_R * scale.spp, g.max_len)  # a day's marker sits mid-day
    lo, hi = np.searchsorted(g.pos, [scale.t0 - reach, scale.t1 + reach])
    x = (g.pos[lo:hi] - scale.t0) / scale.spp
    x1 = (g.end[lo:hi] - scale.t0) / scale.spp
    x0 = 2 * x - x1
    seen = np.flatnonzero(
        (np.maximum(x1, x + MARKER_R) > 0) & (np.minimum(x0, x - MARKER_R) < scale.width)
    )
    row_h = text.height + 6
    max_rows = max(1, int((bottom - top) // row_h))
    limit = min(POINT_DETAIL_LIMIT, 2 * scale.width)
    if lane:  # more than its rows could title: counted
        limit = min(limit, max_rows * scale.width / MIN_TITLE_W)
    if data.summary or len(seen) > limit:
        layout.histograms.append(_group_histogram("point", g, scale, text, top, bottom))
        return
    xs = x[seen].tolist()
    layout.rug.extend(xs)
    index = g.index[lo + seen]
    titles = _titles(data.titles, index, text)
    spans = list(zip(x0[seen].tolist(), x1[seen].tolist(), strict=True))
    placed, hidden = _place_points(data, xs, index, titles, spans, scale, text, max_rows)
    if hidden and not lane and max_rows > 1:  # the top row gives way to a note on the rest
        placed, hidden = _place_points(data, xs, index, titles, spans, scale, text,
                                       max_rows - 1)  # fmt: skip
        note_y = bottom - (max_rows - 0.5) * row_h
        if layout.points_note_y is None:
            layout.points_note_y = note_y
        layout.notes.append((4.0, note_y, f"+{hidden:,} more events in view (ticks on the "
                                          "axis): zoom in to see them"))  # fmt: skip
    layout.hidden_points += hidden
    for marker, r in placed:
        marker.y = bottom - (r + 0.5) * row_h
        layout.markers.append(marker)


def _place_points(
    data: TimelineData,
    xs: list[float],
    index: np.ndarray,
    titles: list[str],
    spans: list[tuple[float, float]],
    scale: TimeScale,
    text: TextMetrics,
    max_rows: int,
) -> tuple[list[tuple[Marker, int]], int]:
    """Markers with their rows (greedy by x), and how many found no row."""
    rows: list[float] = []
    placed: list[tuple[Marker, int]] = []
    hidden = 0
    for cx, idx, title, (sx0, sx1) in zip(xs, index.tolist(), titles, spans, strict=True):
        span = (sx0, sx1) if sx1 - sx0 > 2 * MARKER_R + 6 else None
        w = text.width(title)
        text_x = _point_title_x(cx, span, w, scale.width)
        title, w = _fit_title(title, w, text_x, scale.width, text)
        dot = (cx - MARKER_R, cx + MARKER_R)
        left, right = (min(sx0, dot[0]), max(sx1, dot[1])) if span else dot
        r = _place_in_rows(rows, min(left, text_x), max(right, text_x + w), max_rows)
        if r is None:  # no room for its title: the marker alone, without its period
            title, w, span = "", 0.0, None
            if not -MARKER_R < cx < scale.width + MARKER_R:
                continue
            r = _place_in_rows(rows, *dot, max_rows)
        if r is None:  # painted over other titles it would garble them: counted instead
            hidden += 1
            continue
        placed.append((Marker(int(data.ids[idx]), cx, 0.0, False, title, text_x, w, span), r))
    return placed, hidden


def _fit_title(
    title: str, w: float, text_x: float, width: float, text: TextMetrics
) -> tuple[str, float]:
    """A title cut to end inside the view (a title cut by the edge reads as another word),
    or nothing when too little of it would remain or it starts left of the view."""
    if text_x < 0:
        return "", 0.0
    room = width - 4 - text_x
    if w <= room:
        return title, w
    if room < MIN_TITLE_W:
        return "", 0.0
    title = text.elide(title, room)
    return title, text.width(title)


def _point_title_x(x: float, span: tuple[float, float] | None, w: float, width: float) -> float:
    """Right of the marker; when the marker is out of view, where its period is in view."""
    if span is None or 0 <= x <= width:
        return x + MARKER_R + 4
    x0, x1 = span
    return max(x0, 0.0) + 4 if x > width else min(4.0, x1 - w - 4)


def _layout_bands(
    layout: Layout,
    data: TimelineData,
    scale: TimeScale,
    text: TextMetrics,
    top: float,
    room: float,
    lane: bool = False,
) -> float:
    g = data.bands
    t0, t1 = scale.t0, scale.t1
    hi = int(np.searchsorted(g.pos, t1))
    visible = hi - int(np.searchsorted(g.ends_sorted, t0, side="right"))
    if visible <= 0:
        return top
    limit = min(BAND_DETAIL_LIMIT, 4 * room / (text.height + 6)) if lane else BAND_DETAIL_LIMIT
    if visible > limit:
        bottom = top + max(room * 0.6, 20.0)
        hist = _group_histogram("band", g, scale, text, top, bottom)
        if lane:  # a thin strip in a lane: numbers over it would read as an axis
            hist.labels = []
        layout.histograms.append(hist)
        return bottom
    lo = int(np.searchsorted(g.pos, t0 - g.max_len))
    shown = lo + np.flatnonzero(g.end[lo:hi] > t0)
    row_h = text.height + 6
    max_rows = max(1, int(room // row_h))
    rows: list[float] = []
    hidden = 0
    titles = _titles(data.titles, g.index[shown], text)
    for i, idx, title in zip(shown.tolist(), g.index[shown].tolist(), titles, strict=True):
        x0, x1 = scale.x_of(float(g.pos[i])), max(scale.x_of(float(g.end[i])), 0.0)
        x1 = max(x1, x0 + 2)
        w = text.width(title)
        inside = max(x0, 0.0) + 4
        text_x = inside if x1 - inside >= w + 4 else x1 + 4
        title, w = _fit_title(title, w, text_x, scale.width, text)
        r = _place_in_rows(rows, max(x0, 0.0), max(x1, text_x + w), max_rows)
        if r is None:
            r = _place_in_rows(rows, max(x0, 0.0), x1, max_rows)
            title, w = "", 0.0
        if r is None:  # stacked under the others it would only be painted unseen
            hidden += 1
            continue
        band = Band(int(data.ids[idx]), x0, x1, top + r * row_h, row_h - 3, title, text_x, w)
        layout.bands.append(band)
    bottom = top + len(rows) * row_h
    layout.hidden_bands += hidden
    if hidden and not lane:
        note = (4.0, bottom + text.height / 2,
                f"+{hidden:,} more periods here: zoom in or filter to see them")  # fmt: skip
        layout.hidden_note = layout.hidden_note or note
        layout.notes.append(note)
        bottom += text.height + 2
    return bottom


def _layout_undated(
    layout: Layout, data: TimelineData, scale: TimeScale, text: TextMetrics, y: float
) -> None:
    g = data.undated
    margin = MARKER_R * scale.spp
    lo, hi = np.searchsorted(g.pos, [scale.t0 - margin, scale.t1 + margin])
    if hi - lo > min(POINT_DETAIL_LIMIT, scale.width / UNDATED_PX):
        half = (text.height + 6) / 2
        layout.histograms.append(_group_histogram("undated", g, scale, text, y - half, y + half))
        return
    xs = ((g.pos[lo:hi] - scale.t0) / scale.spp).tolist()
    titles = _titles(data.titles, g.index[lo:hi], text)
    ids = data.ids[g.index[lo:hi]].tolist()
    # Reports of the same day would be drawn one over another: one marker says how many.
    groups: list[list] = []  # [x, first id, title, count]
    for x, event_id, title in zip(xs, ids, titles, strict=True):
        if groups and x - groups[-1][0] < 2 * MARKER_R + 2:
            groups[-1][3] += 1
            groups[-1][2] = f"{groups[-1][3]} undated reports"
        else:
            groups.append([x, event_id, title, 1])
    # One row: a title is shown only if it ends before the next marker, so none is hidden.
    next_left = [g[0] - MARKER_R for g in groups[1:]] + [scale.width + LABEL_GAP] * bool(groups)
    for (x, event_id, title, _), limit in zip(groups, next_left, strict=True):
        w = text.width(title)
        text_x = x + MARKER_R + 4
        if text_x + w + LABEL_GAP > limit:
            room = limit - LABEL_GAP - text_x
            title = text.elide(title, room) if room >= MIN_TITLE_W else ""
            w = text.width(title) if title else 0.0
        layout.markers.append(Marker(event_id, x, y, True, title, text_x, w))


def _group_histogram(
    kind: str, g: Group, scale: TimeScale, text: TextMetrics, top: float, bottom: float
) -> Histogram:
    """Events of ``g`` per BUCKET_PX-wide bucket, as bars growing up from ``bottom``;
    periods overlapping side by side buckets alike make one wide bar (zoomed in on a day,
    a year's periods would be hundreds of equal bars)."""
    edges = _edges(scale)
    counts = _counts(g, edges, spans=kind == "band")
    return _histogram(kind, counts, edges, scale.width, text, top, bottom, kind == "band")


def _histogram(
    kind: str, counts: np.ndarray, edges: np.ndarray, width: float, text: TextMetrics,
    top: float, bottom: float, merge: bool = False,
) -> Histogram:  # fmt: skip
    """Bars growing up from ``bottom``, one for each bucket's count (``merge``: one for each
    run of buckets with the same count)."""
    peak = max(int(counts.max()), 1)
    room = max(bottom - top - (text.height + 2), 4.0)
    hist = Histogram(kind)
    first = np.arange(len(counts))
    if merge and len(counts):
        first = np.flatnonzero(np.r_[True, counts[1:] != counts[:-1]])
    after = np.append(first[1:], len(counts))
    full = counts[first] > 0
    first, after = first[full], after[full]
    heights = np.maximum(2.0, room * counts[first] / peak).tolist()
    xs, ws = (first * BUCKET_PX).tolist(), ((after - first) * BUCKET_PX - 1).tolist()
    hist.bars = [(x, bottom - h, w, h) for x, w, h in zip(xs, ws, heights, strict=True)]
    hist.counts = counts[first].tolist()
    hist.times = list(zip(edges[first].tolist(), edges[after].tolist(), strict=True))
    # A lane's low histogram: a few labels say enough (each costs a text to draw).
    _label_peaks(hist, text, width, COUNT_LABEL_LIMIT // 5 if room < 120 else None)
    return hist


def _label_peaks(
    hist: Histogram, text: TextMetrics, width: float, limit: int | None = None
) -> None:
    """Count labels over the tallest bars, largest first, never overlapping nor cut."""
    if not hist.bars:
        return
    # One byte per pixel column, set where a label (with its gap) lies: a C-speed overlap test.
    taken = bytearray(int(hist.bars[-1][0] + hist.bars[-1][2]) + 64)
    limit = limit or COUNT_LABEL_LIMIT
    # Side by side bars of one count (periods covering the whole view) say it once, midway.
    counts = np.asarray(hist.counts)
    xs = np.fromiter((bar[0] for bar in hist.bars), np.float64, len(hist.bars))
    new_run = np.ones(len(counts), bool)
    new_run[1:] = (counts[1:] != counts[:-1]) | (np.diff(xs) > BUCKET_PX + 0.5)
    starts = np.flatnonzero(new_run)
    ends = np.append(starts[1:], len(counts))
    middles = (starts + ends - 1) // 2
    tallest = middles[np.argsort(-counts[middles], kind="stable")][: 4 * limit]
    for b in tallest.tolist():
        if len(hist.labels) >= limit:
            break
        label = f"{hist.counts[b]:,}"
        w = text.width(label)
        x, y, bw, _ = hist.bars[b]
        left = x + bw / 2 - w / 2
        if left < 0 or left + w > width:  # "2" for a cut "12" would mislead
            continue
        lo, hi = max(int(left) - 4, 0), max(int(left + w) + 5, 0)
        if 1 in taken[lo:hi]:
            continue
        taken[lo:hi] = b"\x01" * (hi - lo)
        hist.labels.append((left, y - text.height / 2 - 1, label))
