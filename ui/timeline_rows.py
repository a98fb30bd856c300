"""Placing the visible events in rows: point events with their titles, periods as bands,
undated reports in their own row; the most salient titled first, counted when they do not fit.
No widgets."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np

from ui.timeline_counts import group_histogram
from ui.timeline_data import TextMetrics, TimelineData
from ui.timeline_scene import MARKER_R, Band, Layout, Marker
from ui.timescale import LABEL_GAP, TimeScale, format_when, to_datetime
from ui.wording import count

TITLE_MAX_W = 260.0  # titles may always run this wide (about 35 characters)
# ...and in a wide view up to this share of it, up to TITLE_LONGEST_W: a whole title where
# there is room for it, not one cut at 35 characters on an empty 1,400 px timeline.
TITLE_VIEW_SHARE = 0.45
TITLE_LONGEST_W = 640.0
POINT_DETAIL_LIMIT = 400  # more visible point events than this: a histogram instead
BAND_DETAIL_LIMIT = 200
UNDATED_PX = 12  # more undated reports in view than one per this many pixels: counted
MIN_TITLE_W = 60.0  # a title cut shorter than this says nothing: leave it out


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


def title_max_w(view_width: float) -> float:
    """How wide a title may run in a view this wide, before it is cut with "…"."""
    return max(TITLE_MAX_W, min(TITLE_LONGEST_W, TITLE_VIEW_SHARE * view_width))


def _titles(
    titles: Sequence[str], index: np.ndarray, text: TextMetrics, scale: TimeScale
) -> list[str]:
    max_w = title_max_w(scale.width)
    return [text.elide(titles[i], max_w) for i in index.tolist()]


def layout_points(
    layout: Layout,
    data: TimelineData,
    scale: TimeScale,
    text: TextMetrics,
    top: float,
    bottom: float,
    lane: bool = False,
) -> None:
    g = data.points
    row_h = text.height + 6
    max_rows = max(1, int((bottom - top) // row_h))
    limit = min(POINT_DETAIL_LIMIT, 2 * scale.width)
    if lane:  # more than its rows could title: counted
        limit = min(limit, max_rows * scale.width / MIN_TITLE_W)
    inside = np.searchsorted(g.pos, [scale.t0, scale.t1])
    if data.summary or (inside[1] - inside[0] > limit and scale.t1 - scale.t0 > g.max_len):
        # Too many whose middle is in view, and none dated more coarsely than the view is
        # wide: counted, without placing the hundreds of thousands of a zoomed-out view.
        layout.histograms.append(group_histogram("point", g, scale, text, top, bottom))
        return
    reach = max(MARKER_R * scale.spp, g.max_len)  # a day's marker sits mid-day
    lo, hi = np.searchsorted(g.pos, [scale.t0 - reach, scale.t1 + reach])
    x = (g.pos[lo:hi] - scale.t0) / scale.spp
    x1 = (g.end[lo:hi] - scale.t0) / scale.spp
    x0 = 2 * x - x1
    seen = np.flatnonzero(
        (np.maximum(x1, x + MARKER_R) > 0) & (np.minimum(x0, x - MARKER_R) < scale.width)
    )
    beyond = 0  # events in view left unplaced beforehand: they could only be counted
    if not data.summary and len(seen) > limit:
        wide = (x0[seen] <= 0) & (x1[seen] >= scale.width)
        if 2 * int(wide.sum()) >= len(seen):
            # Mostly events dated more coarsely than the view (a busy day seen by the hour):
            # a histogram would count them where their day's middle is, maybe out of view.
            # The most salient take the rows (each spans the view); the rest are counted.
            keep = np.argsort(-data.salience[g.index[lo + seen]], kind="stable")
            keep = np.sort(keep[: 4 * max_rows])
            beyond, seen = len(seen) - len(keep), seen[keep]
    if data.summary or len(seen) > limit:
        layout.histograms.append(group_histogram("point", g, scale, text, top, bottom))
        return
    xs = x[seen].tolist()
    layout.rug.extend(xs)
    index = g.index[lo + seen]
    titles = _titles(data.titles, index, text, scale)
    spans = list(zip(x0[seen].tolist(), x1[seen].tolist(), strict=True))
    placed, hidden = _place_points(data, xs, index, titles, spans, scale, text, max_rows)
    hidden += beyond
    coarse = _coarser_than_view(data, index, spans, scale) if not lane else None
    if (hidden or coarse) and not lane and max_rows > 1:  # the top row gives way to a note
        placed, hidden = _place_points(data, xs, index, titles, spans, scale, text,
                                       max_rows - 1)  # fmt: skip
        hidden += beyond
        note_y = bottom - (max_rows - 0.5) * row_h
        if layout.points_note_y is None:
            layout.points_note_y = note_y
        add_note(layout, note_y, _points_note(hidden, coarse), text, "point")
    layout.hidden_points += hidden
    for marker, r in placed:
        marker.y = bottom - (r + 0.5) * row_h
        layout.markers.append(marker)


def _coarser_than_view(
    data: TimelineData, index: np.ndarray, spans: list[tuple[float, float]], scale: TimeScale
) -> str | None:
    """When most events in view are dated more coarsely than the view is wide (days seen by
    the hour), what they are dated to ("the day, 31 Mar 1987"): zooming in further cannot
    tell them apart, and the view says so rather than spreading them out as if it could."""
    wide = [k for k, (x0, x1) in enumerate(spans) if x0 <= 0 and x1 >= scale.width]
    if not wide or 2 * len(wide) < len(spans):
        return None
    rows = index[wide]
    precisions = {data.precisions[i] for i in rows.tolist()}
    unit = f"the {precisions.pop()}" if len(precisions) == 1 else "a day or longer"
    days = {to_datetime(float(data.starts[i])).date() for i in rows.tolist()}
    if len(days) == 1:
        i = int(rows[0])
        unit += f" ({format_when(float(data.starts[i]), float(data.ends[i]), 'day')})"
    return unit


def _points_note(hidden: int, coarse: str | None) -> str:
    """The top row's note on the events in view: how many found no room, and what to do."""
    listing = "click here to list them"
    if coarse and hidden:
        return (f"+{count(hidden, 'more event')} dated only to {coarse}: zooming in cannot "
                f"separate them; {listing}")  # fmt: skip
    if coarse:
        return f"Dated only to {coarse}: zooming in shows nothing finer"
    return f"+{count(hidden, 'more event')} in view (ticks on the axis): {listing}, or zoom in"


def add_note(layout: Layout, y: float, note: str, text: TextMetrics, sort: str) -> None:
    """A line of text at the view's left edge, cut to the view; a click on it lists the
    events of that ``sort`` in view ("point" or "band")."""
    note = text.elide(note, layout.width - 8)
    w = text.width(note)
    layout.notes.append((4.0, y, note))
    layout.note_boxes.append((4.0, y - text.height / 2, 4.0 + w, y + text.height / 2, sort))


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
    """Markers with their rows, and how many found no row. The most salient events take
    their rows first (then by x), so a crowded view titles what matters and the rest keep
    their markers where room is left."""
    rows: list[list[tuple[float, float]]] = []
    placed: list[tuple[Marker, int]] = []
    hidden = 0
    order = np.lexsort((np.asarray(xs), -data.salience[index])) if len(xs) else []
    for k in order:
        cx, idx, title, (sx0, sx1) = xs[k], int(index[k]), titles[k], spans[k]
        span = (sx0, sx1) if sx1 - sx0 > 2 * MARKER_R + 6 else None
        w = text.width(title)
        text_x = _point_title_x(cx, span, w, scale.width)
        title, w = _fit_title(title, w, text_x, scale.width, text)
        dot = (cx - MARKER_R, cx + MARKER_R)
        left, right = (min(sx0, dot[0]), max(sx1, dot[1])) if span else dot
        r = _place_free(rows, min(left, text_x), max(right, text_x + w), max_rows)
        if r is None:  # no room for its title: the marker alone, without its period
            title, w, span = "", 0.0, None
            if not -MARKER_R < cx < scale.width + MARKER_R:  # its day in view, not its dot
                hidden += 1
                continue
            r = _place_free(rows, *dot, max_rows)
        if r is None:  # painted over other titles it would garble them: counted instead
            hidden += 1
            continue
        placed.append((Marker(int(data.ids[idx]), cx, 0.0, False, title, text_x, w, span), r))
    placed.sort(key=lambda p: p[0].x)
    return placed, hidden


def _place_free(
    rows: list[list[tuple[float, float]]], left: float, right: float, max_rows: int
) -> int | None:
    """The first row with room for ``[left, right)`` among what it holds (kept sorted), a new
    row, or None when full."""
    for r, held in enumerate(rows):
        k = bisect.bisect_left(held, (left, right))
        if k > 0 and held[k - 1][1] + LABEL_GAP > left:
            continue
        if k < len(held) and right + LABEL_GAP > held[k][0]:
            continue
        held.insert(k, (left, right))
        return r
    if len(rows) < max_rows:
        rows.append([(left, right)])
        return len(rows) - 1
    return None


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


def layout_bands(
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
        hist = group_histogram("band", g, scale, text, top, bottom)
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
    titles = _titles(data.titles, g.index[shown], text, scale)
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
        add_note(layout, bottom + text.height / 2, f"+{count(hidden, 'more period')} here: "
                 "click here to list them", text, "band")  # fmt: skip
        layout.hidden_note = layout.hidden_note or layout.notes[-1]
        bottom += text.height + 2
    return bottom


def layout_undated(
    layout: Layout, data: TimelineData, scale: TimeScale, text: TextMetrics, y: float
) -> None:
    g = data.undated
    margin = MARKER_R * scale.spp
    lo, hi = np.searchsorted(g.pos, [scale.t0 - margin, scale.t1 + margin])
    if hi - lo > min(POINT_DETAIL_LIMIT, scale.width / UNDATED_PX):
        half = (text.height + 6) / 2
        layout.histograms.append(group_histogram("undated", g, scale, text, y - half, y + half))
        return
    xs = ((g.pos[lo:hi] - scale.t0) / scale.spp).tolist()
    titles = _titles(data.titles, g.index[lo:hi], text, scale)
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
