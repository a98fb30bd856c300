"""Counting events per pixel bucket, where there are more than can be drawn one by one:
histograms with their count labels, and a folded lane's density strip. No widgets."""

from __future__ import annotations

import numpy as np

from ui.timeline_data import Group, TextMetrics, TimelineData
from ui.timeline_scene import Histogram
from ui.timescale import TimeScale

BUCKET_PX = 5  # histogram bucket width
COUNT_LABEL_LIMIT = 40


def density(
    data: TimelineData, scale: TimeScale, top: float, bottom: float
) -> list[tuple[float, float, float, float]]:
    """A folded lane's events per bucket, as bars between ``top`` and ``bottom``."""
    edges = bucket_edges(scale)
    counts = all_counts(data, edges)
    peak = max(int(counts.max()), 1) if len(counts) else 1
    full = np.flatnonzero(counts > 0)
    heights = np.maximum(2.0, (bottom - top) * counts[full] / peak).tolist()
    return [(x, bottom - h, BUCKET_PX - 1, h)
            for x, h in zip((full * BUCKET_PX).tolist(), heights, strict=True)]  # fmt: skip


def bucket_edges(scale: TimeScale) -> np.ndarray:
    """The times between BUCKET_PX-wide buckets across the view."""
    n = int(np.ceil(scale.width / BUCKET_PX))
    return scale.t0 + np.arange(n + 1) * (BUCKET_PX * scale.spp)


def counts_per_bucket(g: Group, edges: np.ndarray, spans: bool) -> np.ndarray:
    """Events of ``g`` per bucket; ``spans``: those overlapping it (started before its end,
    not ended before its start), else those whose position falls in it."""
    if spans:
        return np.searchsorted(g.pos, edges[1:]) - np.searchsorted(
            g.ends_sorted, edges[:-1], side="right"
        )
    return np.diff(g.count_before(edges))


def all_counts(data: TimelineData, edges: np.ndarray) -> np.ndarray:
    """Events per bucket, a period counted where it starts: the year-long periods of a
    lane would otherwise lie under every bucket alike and hide when things happened."""
    return (
        counts_per_bucket(data.points, edges, False)
        + counts_per_bucket(data.undated, edges, False)
        + counts_per_bucket(data.bands, edges, False)
    )


def group_histogram(
    kind: str, g: Group, scale: TimeScale, text: TextMetrics, top: float, bottom: float
) -> Histogram:
    """Events of ``g`` per BUCKET_PX-wide bucket, as bars growing up from ``bottom``;
    periods overlapping side by side buckets alike make one wide bar (zoomed in on a day,
    a year's periods would be hundreds of equal bars)."""
    edges = bucket_edges(scale)
    counts = counts_per_bucket(g, edges, spans=kind == "band")
    return histogram(kind, counts, edges, scale.width, text, top, bottom, kind == "band")


def histogram(
    kind: str, counts: np.ndarray, edges: np.ndarray, width: float, text: TextMetrics,
    top: float, bottom: float, merge: bool = False,
) -> Histogram:  # fmt: skip
    """Bars growing up from ``bottom``, one for each bucket's count (``merge``: one for each
    run of buckets with the same count)."""
    peak = max(int(counts.max()), 1)
    room = max(bottom - top - (text.height + 2), 4.0)
    hist = Histogram(kind)
    if merge and len(counts):
        first = np.flatnonzero(np.r_[True, counts[1:] != counts[:-1]])
        after = np.append(first[1:], len(counts))
        full = counts[first] > 0
        first, after = first[full], after[full]
    else:
        first = np.flatnonzero(counts > 0)
        after = first + 1
    shown = counts[first]
    heights = np.maximum(2.0, room * shown / peak)
    x_arr = first * BUCKET_PX
    # the lists made by zip in C: a listcomp over a lane's 300 bars cost 50 µs a histogram
    widths = (after - first) * BUCKET_PX - 1
    columns = x_arr.tolist(), (bottom - heights).tolist(), widths.tolist(), heights.tolist()
    hist.bars = list(zip(*columns, strict=True))
    hist.counts = shown.tolist()
    hist.times = list(zip(edges[first].tolist(), edges[after].tolist(), strict=True))
    # A lane's low histogram: a few labels say enough (each costs a text to draw).
    _label_peaks(hist, text, width, COUNT_LABEL_LIMIT // 5 if room < 120 else None, x_arr, shown)
    return hist


def _label_peaks(
    hist: Histogram,
    text: TextMetrics,
    width: float,
    limit: int | None = None,
    xs: np.ndarray | None = None,
    counts: np.ndarray | None = None,
) -> None:
    """Count labels over the tallest bars, largest first, never overlapping nor cut."""
    if not hist.bars:
        return
    # One byte per pixel column, set where a label (with its gap) lies: a C-speed overlap test.
    taken = bytearray(int(hist.bars[-1][0] + hist.bars[-1][2]) + 64)
    limit = limit or COUNT_LABEL_LIMIT
    # Side by side bars of one count (periods covering the whole view) say it once, midway.
    counts = np.asarray(hist.counts) if counts is None else counts
    if xs is None:  # the bars' left edges, when not given
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
