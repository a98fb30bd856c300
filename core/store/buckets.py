"""The summary pyramid behind dense windows: counts and the top event per time bucket."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import sqlite_utils

from core.store.schema import BUCKET_BASE_SECONDS, BUCKET_LEVELS, BUCKET_ORIGIN

_UPSERT = """
INSERT INTO event_buckets (level, bucket, count, top_id, top_score, top_title)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (level, bucket) DO UPDATE SET
    count = count + excluded.count,
    top_id = CASE WHEN excluded.top_score > top_score THEN excluded.top_id ELSE top_id END,
    top_title = CASE WHEN excluded.top_score > top_score THEN excluded.top_title ELSE top_title END,
    top_score = MAX(top_score, excluded.top_score)"""


@dataclass(frozen=True, slots=True)
class Bucket:
    """A slice of a window with how many events start in it and the most prominent one."""

    t0: float
    t1: float
    count: int
    top_id: int | None
    top_title: str | None


def width(level):  # a level, or an array of them
    return BUCKET_BASE_SECONDS * 2.0**level


def bucket_of(start_ts: float, level: int) -> int:
    return int((start_ts - BUCKET_ORIGIN) // width(level))


def add(
    db: sqlite_utils.Database,
    events: Iterable[tuple[int, float, float, str]],
    count: int | Sequence[int] = 1,
) -> None:
    """Count ``(event_id, start_ts, score, title)`` into every level (``count=0``: a score
    change only; a sequence gives each event its own).

    Every event's buckets are merged in memory first (the top of a bucket is the earliest
    event of the highest score, as one upsert after another would leave it), then written
    in the table's key order: a bulk write touches each page of the table once.

    >>> import sqlite_utils
    >>> from core.store.schema import migrations
    >>> db = sqlite_utils.Database(memory=True); migrations.apply(db)
    >>> add(db, [(1, 0.0, 1.0, "a"), (2, 60.0, 3.0, "b"), (3, 120.0, 3.0, "c")])
    >>> db.execute("SELECT count, top_id FROM event_buckets WHERE level = 0").fetchall()
    [(3, 2)]
    """
    _write(db, summarise(list(events), count))


@dataclass(frozen=True, slots=True)
class Summary:
    """What some events add to the pyramid, one row a bucket in the table's key order:
    how many they count there, and the best of them (highest score, earliest)."""

    level: np.ndarray
    bucket: np.ndarray
    count: np.ndarray
    top_id: np.ndarray
    top_score: np.ndarray
    top_title: np.ndarray  # of objects: the titles

    def __len__(self) -> int:
        return len(self.level)


def summarise(
    rows: Sequence[tuple[int, float, float, str]], count: int | Sequence[int] = 1
) -> Summary | None:
    """The ``Summary`` of ``(event_id, start_ts, score, title)`` rows in the order they were
    written (``count`` as ``add`` takes it); None for no rows."""
    if not rows:
        return None
    n, levels = len(rows), np.arange(BUCKET_LEVELS)
    counts = np.broadcast_to(np.asarray(count, dtype=np.int64), (n,))
    starts = np.fromiter((r[1] for r in rows), float, n)
    # bucket_of for every (event, level): numpy's // on floats rounds as Python's does
    numbers = ((starts[:, None] - BUCKET_ORIGIN) // width(levels)[None, :]).astype(np.int64)
    event = np.repeat(np.arange(n), BUCKET_LEVELS)
    titles = np.empty(n, dtype=object)
    titles[:] = [r[3] for r in rows]
    return _best(
        np.tile(levels, n), numbers.ravel(), counts[event],
        np.fromiter((r[0] for r in rows), np.int64, n)[event],
        np.fromiter((r[2] for r in rows), float, n)[event], titles[event],
    )  # fmt: skip


def combine(earlier: Summary | None, later: Summary | None) -> Summary | None:
    """One summary for what ``earlier`` and then ``later`` count: as if their events had been
    added one after another (on equal scores the earlier top stays).

    >>> a = summarise([(1, 0.0, 2.0, "a")]); b = summarise([(2, 60.0, 2.0, "b")])
    >>> both = combine(a, b)
    >>> both.count[:2].tolist(), both.top_id[:2].tolist()
    ([2, 2], [1, 1])
    """
    if earlier is None or later is None:
        return earlier if later is None else later
    return _best(*(np.concatenate([getattr(earlier, f), getattr(later, f)])
                   for f in Summary.__slots__))  # fmt: skip


def _best(level, bucket, count, top_id, score, title) -> Summary:
    """Rows (in the order they were written) grouped by bucket: counts summed, the top the
    first of the highest score, as one upsert after another leaves it."""
    key = level.astype(np.int64) << 48 | bucket  # bucket numbers stay far below 2**48
    order = np.argsort(key, kind="stable")  # within a bucket: in the order written
    key, score_in = key[order], score[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    best = np.repeat(np.maximum.reduceat(score_in, first), np.diff(np.r_[first, len(key)]))
    place = np.where(score_in == best, np.arange(len(key)), len(key))
    top = order[np.minimum.reduceat(place, first)]
    totals = np.add.reduceat(count[order], first)
    return Summary(level[top], bucket[top], totals, top_id[top], score[top], title[top])


def _write(db: sqlite_utils.Database, summary: Summary | None) -> None:
    """Upsert a summary's rows, in the table's key order: each page is touched once."""
    if summary is None:
        return
    db.conn.executemany(
        _UPSERT,
        zip(summary.level.tolist(), summary.bucket.tolist(), summary.count.tolist(),
            summary.top_id.tolist(), summary.top_score.tolist(), summary.top_title.tolist(),
            strict=True),
    )  # fmt: skip


class Pending:
    """Counts into the pyramid held in memory through a bulk load and written at its end
    (``Store.bulk``): every event counted costs an upsert in each of the 21 levels, most of
    them into buckets of their own, while the whole pyramid of a million events spread over
    30 years holds about half a million rows (and no more for ten million: it grows with the
    time covered, not the events). The result is the one ``add`` after ``add`` gives
    (``combine``). ``lost``: some counts are unsure (a transaction was rolled back after
    counting); the pyramid must be rebuilt from the events instead."""

    RAW = 100_000  # rows summarised together: 21 times as many (level, bucket) pairs sorted

    def __init__(self) -> None:
        self.rows: list[tuple[int, float, float, str]] = []
        self.counts: list[int] = []
        self.summary: Summary | None = None
        self.lost = False

    def add(self, rows: Sequence[tuple[int, float, float, str]], counts: Sequence[int]) -> None:
        self.rows += rows
        self.counts += counts
        if len(self.rows) >= self.RAW:
            self._fold()

    def write(self, db: sqlite_utils.Database) -> None:
        """Write what is held (inside the caller's transaction) and forget it."""
        self._fold()
        _write(db, self.summary)
        self.summary = None

    def _fold(self) -> None:
        self.summary = combine(self.summary, summarise(self.rows, self.counts))
        self.rows, self.counts = [], []


def remove(db: sqlite_utils.Database, events: Iterable[tuple[int, float]]) -> None:
    """Uncount deleted ``(event_id, start_ts)``; a bucket whose top went finds its next best."""
    gone = dict(events)
    for start_ts in gone.values():
        for level in range(BUCKET_LEVELS):
            db.conn.execute(
                "UPDATE event_buckets SET count = count - 1 WHERE level = ? AND bucket = ?",
                [level, bucket_of(start_ts, level)],
            )
    stale = db.conn.execute(
        f"SELECT level, bucket FROM event_buckets WHERE top_id IN ({','.join('?' * len(gone))})",
        list(gone),
    ).fetchall()
    for level, bucket in stale:
        _refresh_top(db, level, bucket)
    db.conn.execute("DELETE FROM event_buckets WHERE count <= 0")


def _refresh_top(db: sqlite_utils.Database, level: int, bucket: int) -> None:
    lo = BUCKET_ORIGIN + bucket * width(level)
    row = db.conn.execute(
        "SELECT id, score, title FROM events WHERE start_ts >= ? AND start_ts < ? "
        "ORDER BY score DESC, start_ts LIMIT 1",
        [lo, lo + width(level)],
    ).fetchone()
    db.conn.execute(
        "UPDATE event_buckets SET top_id = ?, top_score = ?, top_title = ? "
        "WHERE level = ? AND bucket = ?",
        [*(row or (None, 0.0, None)), level, bucket],
    )


def level_counts(
    db: sqlite_utils.Database, t0: float, t1: float, n: int
) -> tuple[np.ndarray, np.ndarray, float]:
    """How many events start in each stored bucket of the coarsest level at least ``n``
    buckets over ``[t0, t1)``: (the buckets' starts, their counts, their width). Unlike
    ``query`` they are not regrouped into ``n`` slots, each of which would hold one stored
    bucket or two, alternately (counts going up and down as if in waves)."""
    level = math.floor(math.log2(max((t1 - t0) / n, 1.0) / BUCKET_BASE_SECONDS))
    level = min(max(level, 0), BUCKET_LEVELS - 1)
    rows = db.conn.execute(
        "SELECT bucket, count FROM event_buckets WHERE level = ? AND bucket BETWEEN ? AND ? "
        "AND count > 0 ORDER BY bucket",
        [level, bucket_of(t0, level), bucket_of(t1, level)],
    ).fetchall()
    numbers = np.array(rows, dtype=np.float64).reshape(-1, 2)
    return BUCKET_ORIGIN + numbers[:, 0] * width(level), numbers[:, 1], width(level)


def query(db: sqlite_utils.Database, t0: float, t1: float, n: int) -> list[Bucket]:
    """``n`` equal buckets over ``[t0, t1)``, from the coarsest level at least as fine."""
    step = (t1 - t0) / n
    level = math.floor(math.log2(max(step, 1.0) / BUCKET_BASE_SECONDS))
    level = min(max(level, 0), BUCKET_LEVELS - 1)
    rows = db.conn.execute(
        "SELECT bucket, count, top_score, top_id, top_title FROM event_buckets "
        "WHERE level = ? AND bucket BETWEEN ? AND ?",
        [level, bucket_of(t0, level), bucket_of(t1, level)],
    ).fetchall()
    if not rows:
        return []
    numbers = np.array([r[:3] for r in rows], dtype=float)
    centres = BUCKET_ORIGIN + (numbers[:, 0] + 0.5) * width(level)
    slot = np.clip(((centres - t0) // step).astype(np.int64), 0, n - 1)
    counts = np.bincount(slot, weights=numbers[:, 1], minlength=n)
    # the best row of each slot: sort by (slot, score) and keep each slot's last
    order = np.lexsort((numbers[:, 2], slot))
    last = order[np.r_[slot[order][1:] != slot[order][:-1], True]]
    return [
        Bucket(t0 + s * step, t0 + (s + 1) * step, int(counts[s]), rows[i][3], rows[i][4])
        for s, i in zip(slot[last].tolist(), last.tolist(), strict=True)
        if counts[s] > 0
    ]
