"""The timeline's events as sorted numpy columns, and how text is measured for the layout.

``TimelineData`` splits the events into point events (day or finer), bands (coarser
periods) and undated events, each sorted, so that the visible slice is a binary search away.
It is plain numpy: a worker thread builds it for a million events (``from_columns``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from ui.event_columns import CodedColumn, TextColumn, stable_argsort

POINT_PRECISIONS = frozenset({"day", "time"})
FIT_SHARE = 0.95  # zoom to fit shows the shortest period holding this share of the events…


@dataclass(frozen=True, slots=True)
class TimelineItem:
    id: int  # event id in the database
    start: float  # seconds since 1970-01-01 (naive UTC), may be negative
    end: float  # exclusive end: start + the length of its period
    title: str
    precision: str  # "century", "decade", "year", "quarter", "month", "week", "day", "time"
    undated: bool  # no date in the text: anchored at its article's publication date
    salience: float = 0.0  # a crowded view titles the most salient first


class TextMetrics:
    """Text measuring for the layout; the widget passes one built on its QFontMetrics."""

    def __init__(
        self,
        width: Callable[[str], float] = lambda s: 7.0 * len(s),
        elide: Callable[[str, float], str] | None = None,
        height: float = 15.0,
        major_width: Callable[[str], float] | None = None,
    ) -> None:
        self.width = width
        self.elide = elide or (lambda s, w: s[: max(0, int(w // 7))])
        self.height = height
        self.major_width = major_width or width  # the axis' upper tier (bold)


@dataclass(slots=True)
class Group:
    pos: np.ndarray  # sorted: a marker's midpoint, a band's start
    end: np.ndarray  # aligned with pos
    index: np.ndarray  # into the item list
    ends_sorted: np.ndarray  # bands only: to count those overlapping a bucket
    max_len: float
    cum: np.ndarray | None = None  # counts only: how many each row stands for, summed up
    # counts only, each spread evenly over its period: times and events before them
    spread: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def build(
        cls,
        pos: np.ndarray,
        end: np.ndarray,
        index: np.ndarray,
        spans: bool = False,
        weights: np.ndarray | None = None,
        half_width: float = 0.0,
        ordered: bool = False,
    ) -> Group:
        if not ordered:  # ``ordered``: already sorted by ``pos`` (ties by index)
            order = np.argsort(pos, kind="stable")
            pos, end, index = pos[order], end[order], index[order]
        max_len = float((end - pos).max()) if len(pos) else 0.0
        cum = None if weights is None else np.concatenate(([0], np.cumsum(weights[index])))
        spread = None
        if cum is not None and half_width > 0:  # from each period's start to its end
            times = np.column_stack((pos - half_width, pos + half_width)).ravel()
            spread = (times, np.column_stack((cum[:-1], cum[1:])).ravel().astype(np.float64))
        return cls(pos, end, index, np.sort(end) if spans else end[:0], max_len, cum, spread)

    def __len__(self) -> int:
        return len(self.pos)

    def count_before(self, times: np.ndarray) -> np.ndarray:
        """How many events lie before each of ``times`` (sorted)."""
        if self.spread is not None:  # counts of periods: as many in each part of one
            return np.rint(np.interp(times, *self.spread)).astype(np.int64)
        at = np.searchsorted(self.pos, times)
        return at if self.cum is None else self.cum[at]


class TimelineData:
    """The events as columns, split into point events, bands (coarse precision) and undated
    events. Build it from items, or from columns (``from_columns``) in a worker thread."""

    def __init__(self, items: Sequence[TimelineItem]) -> None:
        items = list(items)
        n = len(items)
        self._init(
            np.fromiter(map(attrgetter("id"), items), np.int64, n),
            np.fromiter(map(attrgetter("start"), items), np.float64, n),
            np.fromiter(map(attrgetter("end"), items), np.float64, n),
            [i.title for i in items],
            [i.precision for i in items],
            np.fromiter(map(attrgetter("undated"), items), bool, n),
            np.fromiter(map(attrgetter("salience"), items), np.float64, n),
        )
        self._items: list[TimelineItem] | None = items
        self.summary = False

    @classmethod
    def from_columns(
        cls,
        ids: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        titles: Sequence[str],  # a list, or a TextColumn (strings made when drawn)
        precisions: Sequence[str],  # a list, or a CodedColumn
        undated: np.ndarray,
        salience: np.ndarray | None = None,
    ) -> TimelineData:
        data = cls.__new__(cls)
        data._init(ids, start, end, titles, precisions, undated, salience)
        data._items = None
        data.summary = False
        return data

    @classmethod
    def from_counts(cls, times: np.ndarray, counts: np.ndarray, width: float = 0.0) -> TimelineData:
        """A stand-in while the events are read: ``counts[i]`` events at ``times[i]`` (or
        over the ``width`` long period centred there), only ever drawn counted
        (``summary``), never as markers one can open. One row a time (not one an event: a
        million stand-ins cost 90 MB while the events were read)."""
        counts = np.asarray(counts, np.int64)
        starts = np.asarray(times, np.float64)[counts > 0]
        counts = counts[counts > 0]
        n = len(starts)
        data = cls.__new__(cls)
        data._init(np.full(n, -1, np.int64), starts, starts, [""] * n, ["day"] * n,
                   np.zeros(n, bool), weights=counts, half_width=width / 2)  # fmt: skip
        data._items = None
        data.summary = True
        return data

    def _init(
        self,
        ids: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        titles: Sequence[str],
        precisions: list[str],
        undated: np.ndarray,
        salience: np.ndarray | None = None,
        weights: np.ndarray | None = None,
        half_width: float = 0.0,
    ) -> None:
        n = len(ids)
        self.weights = weights  # counts only: how many events each row stands for
        self.ids, self.starts, self.titles, self.precisions = ids, start, titles, precisions
        # Which events a crowded view titles first (the store's score); all equal when unknown.
        self.salience = np.zeros(n) if salience is None else np.asarray(salience, np.float64)
        self.ends = np.maximum(end, start)
        self.undated_mask = undated
        self._time_order: np.ndarray | None = None
        self._densest: dict[float, tuple[float, float]] = {}
        if isinstance(precisions, CodedColumn):
            point = np.isin(precisions.codes, precisions.codes_of(POINT_PRECISIONS))
        else:
            point = np.fromiter(map(POINT_PRECISIONS.__contains__, precisions), bool, n)
        mid = (start + self.ends) / 2
        # One sort of every row by middle (ties by row) gives the point events and the
        # undated their order (a filter keeps it) and the overview its own; the table's and
        # zoom to fit's sort by start is made when first asked (a worker asks for them).
        # A sort of a million rows is ~0.1 s of a big timeline's opening; there were seven.
        self._by_mid = by_mid = stable_argsort(mid)
        self._by_start: np.ndarray | None = None
        self._middles: np.ndarray | None = None
        is_point = by_mid[(point & ~undated)[by_mid]]
        self.points = Group.build(mid[is_point], self.ends[is_point], is_point, False, weights,
                                  half_width, ordered=True)  # fmt: skip
        is_band = np.flatnonzero(~point & ~undated)
        is_band = is_band[stable_argsort(start[is_band])]
        self.bands = Group.build(start[is_band], self.ends[is_band], is_band, spans=True,
                                 ordered=True)  # fmt: skip
        is_undated = by_mid[undated[by_mid]]
        self.undated = Group.build(mid[is_undated], mid[is_undated], is_undated, ordered=True)
        self.t_min = float(start.min()) if n else 0.0
        self.t_max = float(self.ends.max()) if n else 0.0

    def subset(self, rows: np.ndarray) -> TimelineData:
        """The events at these row positions (indices into the columns), as new data."""
        rows = np.asarray(rows, np.int64)
        rows_list = rows.tolist()
        return TimelineData.from_columns(
            self.ids[rows], self.starts[rows], self.ends[rows],
            _take(self.titles, rows, rows_list), _take(self.precisions, rows, rows_list),
            self.undated_mask[rows], self.salience[rows],
        )  # fmt: skip

    def _item(self, i: int) -> TimelineItem:
        return TimelineItem(
            int(self.ids[i]), float(self.starts[i]), float(self.ends[i]), self.titles[i],
            self.precisions[i], bool(self.undated_mask[i]), float(self.salience[i]),
        )  # fmt: skip

    @property
    def items(self) -> list[TimelineItem]:
        if self._items is None:
            self._items = [self._item(i) for i in range(len(self.ids))]
        return self._items

    def __len__(self) -> int:
        """How many events: rows, or for counts (``from_counts``) the events they count."""
        return len(self.ids) if self.weights is None else int(self.weights.sum())

    def densest(self, share: float) -> tuple[float, float]:
        """The shortest [t0, t1] holding ``share`` of the starts (remembered: sorting a
        million starts again at each refit cost 70 ms)."""
        if not len(self.starts):
            return 0.0, 0.0
        if share not in self._densest and self.weights is not None:  # counts: weighted
            order = np.argsort(self.starts)
            ordered, cum = self.starts[order], np.cumsum(self.weights[order])
            k = max(1, int(np.ceil(share * cum[-1])))
            before = cum - self.weights[order]  # events before each row
            last = np.minimum(np.searchsorted(cum, before + k), len(cum) - 1)
            widths = np.where(before + k <= cum[-1], ordered[last] - ordered, np.inf)
            i = int(np.argmin(widths))
            self._densest[share] = (float(ordered[i]), float(ordered[last[i]]))
        if share not in self._densest:
            ordered = self.starts[self._rows_by_start()]
            k = max(1, int(np.ceil(share * len(ordered))))
            widths = ordered[k - 1 :] - ordered[: len(ordered) - k + 1]
            i = int(np.argmin(widths))
            self._densest[share] = (float(ordered[i]), float(ordered[i + k - 1]))
        return self._densest[share]

    def middles_in_order(self) -> tuple[np.ndarray, np.ndarray]:
        """Each event's middle, sorted, and the row order that sorts them (sorted as the
        data is built, the middles remembered: the overview counts by them)."""
        if self._middles is None:  # a worker asks first for a big timeline (loading)
            self._middles = (self.starts[self._by_mid] + self.ends[self._by_mid]) / 2
        return self._middles, self._by_mid

    def _rows_by_start(self) -> np.ndarray:
        if self._by_start is None:
            self._by_start = stable_argsort(self.starts)
        return self._by_start

    def rows_in_time_order(self) -> np.ndarray:
        """Row positions by start, then id."""
        if self._time_order is None:
            ids = self.ids
            by_id = len(ids) < 2 or bool((ids[1:] > ids[:-1]).all())  # as the store reads
            self._time_order = self._rows_by_start() if by_id else np.lexsort((ids, self.starts))
        return self._time_order

    def ids_in_time_order(self) -> np.ndarray:
        """Event ids by start (then id): the order the arrow keys walk."""
        return self.ids[self.rows_in_time_order()]

    def order_of(self, event_id: int) -> int | None:
        """The place of ``event_id`` in ``ids_in_time_order``."""
        hits = np.flatnonzero(self.ids_in_time_order() == event_id)
        return int(hits[0]) if len(hits) else None

    def first_order_after(self, t: float) -> int:
        """The place in time order of the first event starting at or after ``t``."""
        starts = self.starts[self.rows_in_time_order()]
        return min(int(np.searchsorted(starts, t)), len(starts) - 1)

    def rows_between(self, t0: float, t1: float, kind: str = "view") -> np.ndarray:
        """Row positions of the events in ``[t0, t1)``, the most salient first (then by
        start): what a histogram bar counted (``kind`` "point", "band", "undated", or "all"
        as a lane counts them, a period where it starts), or with "view" every event whose
        date overlaps the range (a day-long event in a view of its afternoon), the undated
        by the day they were reported ("view:point", "view:band": the dated events of that
        sort alone)."""
        if kind.startswith("view"):  # "view:point", "view:band": those sorts alone
            s, e, u = self.starts, self.ends, self.undated_mask
            mid = (s + e) / 2
            dated = ~u & (s < t1) & ((e > t0) | (s >= t0))
            if kind != "view":
                points = np.zeros(len(s), bool)
                points[self.points.index] = True
                dated &= points if kind == "view:point" else ~points
            rows = np.flatnonzero(dated | (u & (mid >= t0) & (mid < t1) & (kind == "view")))
        else:
            parts = []
            for name, g in (("point", self.points), ("band", self.bands),
                            ("undated", self.undated)):  # fmt: skip
                if kind not in ("all", name):
                    continue
                hi = int(np.searchsorted(g.pos, t1))
                if name == "band" and kind == "band":  # bars count the periods overlapping
                    parts.append(g.index[:hi][g.end[:hi] > t0])
                else:
                    parts.append(g.index[int(np.searchsorted(g.pos, t0)) : hi])
            rows = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        return rows[np.lexsort((self.ids[rows], self.starts[rows], -self.salience[rows]))]

    def item_of(self, event_id: int) -> TimelineItem | None:
        hits = np.flatnonzero(self.ids == event_id)
        return self._item(int(hits[0])) if len(hits) else None

    def span_of(self, event_id: int) -> tuple[float, float] | None:
        """The (start, end) of an event, or None when it is not shown."""
        hits = np.flatnonzero(self.ids == event_id)
        if not len(hits):
            return None
        return float(self.starts[hits[0]]), float(self.ends[hits[0]])


def _take(column: Sequence[str], rows: np.ndarray, rows_list: list[int]) -> Sequence[str]:
    """The strings at these positions: a column read from the store stays one."""
    if isinstance(column, TextColumn | CodedColumn):
        return column.take(rows)
    return [column[i] for i in rows_list]
