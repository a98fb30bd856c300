"""What the timeline's layout placed where: markers, bands, histograms and lanes, in widget
coordinates, with hit testing (which event, lane or bucket is at a point). No widgets.

``ui.timeline_layout`` fills a ``Layout``; ``ui.timeline_paint`` paints it; the widget asks
it what a click or the pointer is over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.timeline_data import TimelineData

MARKER_R = 4.0


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
    counted: str = ""  # what its bars count when not ``kind`` alone: "all" (a lane's)
    lane: int | None = None  # the lane it lies in (an index in ``Layout.lanes``)


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
    # Where each note lies (x0, y0, x1, y1) and which events a click on it lists: "point"
    # (the events dated to the day or finer in view) or "band" (the periods).
    note_boxes: list[tuple[float, float, float, float, str]] = field(default_factory=list)
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
        hit = self.histogram_at(x, y)
        return None if hit is None else (hit[0].counts[hit[1]], *hit[0].times[hit[1]])

    def histogram_at(self, x: float, y: float) -> tuple[Histogram, int] | None:
        """The histogram and the index of its bar under (x, y), if any."""
        if self.lanes and (y >= self.axis_y or self.lane_header_at(y) is not None):
            return None
        for hist in self.histograms:
            for i, (bx, by, bw, bh) in enumerate(hist.bars):
                if bx <= x <= bx + bw and by - 4 <= y <= by + bh:
                    return hist, i
        return None

    def note_at(self, x: float, y: float) -> str | None:
        """Which events the note at (x, y) says found no room ("point" or "band"), if any."""
        for x0, y0, x1, y1, sort in self.note_boxes:
            if x0 <= x <= x1 and y0 <= y <= y1:
                return sort
        return None
