"""What the timeline reads for a time window, whatever the zoom: the events in it when few
enough, else the per-bucket summaries (``buckets``), and the long events that overlap it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.store import buckets
from core.store.buckets import Bucket
from core.store.schema import SHORT_SPAN
from core.store.search import StoreSearch

log = logging.getLogger(__name__)

_WINDOW_COLUMNS = "e.id, e.start_ts, e.end_ts, e.title, e.precision, e.undated, e.kind"


@dataclass(frozen=True, slots=True)
class Window:
    """What a time window holds: bucket summaries always; its events when few enough start in
    it; the long events (weeks to centuries) overlapping it when few enough, else their count.
    """

    buckets: list[Bucket]
    events: list[tuple] | None  # (id, start_ts, end_ts, title, precision, undated, kind)
    hidden_long: int = 0  # long events overlapping the window but left to the summaries


def _minutes(t0: float, t1: float) -> list[int]:
    return [int(t0 // 60), int(t1 // 60) + 1]


class StoreWindow(StoreSearch):
    """Time-window and bucket queries (a part of ``core.store.Store``)."""

    def events_in_window(
        self,
        t0: float,
        t1: float,
        *,
        limit: int = 10000,
        max_long: int | None = None,
        document_ids: Sequence[int] = (),
        kind: str | None = None,
        entity_id: int | None = None,
        search: str | None = None,
    ) -> list[tuple]:
        """Events overlapping ``[t0, t1)``, by start: ``(id, start_ts, end_ts, title,
        precision, undated, kind)``. With ``max_long``, the long events (weeks to centuries)
        are included only when at most that many overlap. Filters narrow by source document,
        kind, entity and text.
        """
        where, args = self._filters(document_ids, kind, entity_id, search)
        short = self.db.conn.execute(
            f"SELECT {_WINDOW_COLUMNS} FROM events e WHERE e.start_ts >= ? AND e.start_ts < ? "
            f"AND e.end_ts > ? AND e.end_ts - e.start_ts <= ?{where} ORDER BY e.start_ts LIMIT ?",
            [t0 - SHORT_SPAN, t1, t0, SHORT_SPAN, *args, limit],
        ).fetchall()
        long = []
        if max_long is None or self.count_long(t0, t1) <= max_long:
            long = self.db.conn.execute(
                f"SELECT {_WINDOW_COLUMNS} FROM events_rtree r CROSS JOIN events e "
                "ON e.id = r.id WHERE r.end_min >= ? AND r.start_min <= ? AND e.end_ts > ? "
                f"AND e.start_ts < ?{where} LIMIT ?",
                [*_minutes(t0, t1), t0, t1, *args, limit],
            ).fetchall()
        return sorted(short + long, key=lambda r: (r[1], r[0]))[:limit]

    def most_salient(self, t0: float, t1: float, limit: int = 1000) -> tuple[int, list[tuple]]:
        """How many events start in ``[t0, t1)``, and the ``limit`` most salient of them
        (then by start): ``(id, start_ts, end_ts, title, precision, undated, score)``."""
        total = self.db.conn.execute(
            "SELECT count(*) FROM events WHERE start_ts >= ? AND start_ts < ?", [t0, t1]
        ).fetchone()[0]
        rows = self.db.conn.execute(
            "SELECT id, start_ts, end_ts, title, precision, undated, score FROM events "
            "WHERE start_ts >= ? AND start_ts < ? ORDER BY score DESC, start_ts, id LIMIT ?",
            [t0, t1, limit],
        ).fetchall()
        return total, rows

    def count_long(self, t0: float, t1: float) -> int:
        """About how many long events overlap ``[t0, t1)`` (to the minute): an index count."""
        return self.db.conn.execute(
            "SELECT count(*) FROM events_rtree WHERE end_min >= ? AND start_min <= ?",
            _minutes(t0, t1),
        ).fetchone()[0]

    def window(
        self,
        t0: float,
        t1: float,
        n_buckets: int = 1000,
        max_events: int = 2000,
        max_long: int = 200,
    ) -> Window:
        """What the timeline needs for ``[t0, t1)``, whatever the zoom, in milliseconds."""
        summary = buckets.query(self.db, t0, t1, n_buckets)
        if sum(b.count for b in summary) > max_events:
            return Window(summary, None)
        events = self.events_in_window(t0, t1, limit=max_events + max_long, max_long=max_long)
        long_shown = sum(1 for e in events if e[2] - e[1] > SHORT_SPAN)
        hidden = 0 if long_shown else self.count_long(t0, t1)
        return Window(summary, events, hidden)

    def overview_counts(self, n: int = 2000) -> tuple[np.ndarray, np.ndarray, float]:
        """How many events start when, over all of them, in the stored buckets of the coarsest
        level at least ``n`` (``buckets.level_counts``): their starts, counts and width; what
        the window draws at once while it reads the events themselves."""
        t0, t1 = self.db.conn.execute("SELECT min(start_ts), max(start_ts) FROM events").fetchone()
        if t0 is None:
            return np.zeros(0), np.zeros(0), 0.0
        return buckets.level_counts(self.db, t0, t1 + 1.0, n)
