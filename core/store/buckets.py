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
    rows = list(events)
    if not rows:
        return
    n, levels = len(rows), np.arange(BUCKET_LEVELS)
    counts = np.broadcast_to(np.asarray(count, dtype=np.int64), (n,))
    starts = np.fromiter((r[1] for r in rows), float, n)
    scores = np.fromiter((r[2] for r in rows), float, n)
    # bucket_of for every (event, level): numpy's // on floats rounds as Python's does
    numbers = ((starts[:, None] - BUCKET_ORIGIN) // width(levels)[None, :]).astype(np.int64)
    level = np.tile(levels, n)
    bucket, event = numbers.ravel(), np.repeat(np.arange(n), BUCKET_LEVELS)
    order = np.lexsort((event, -scores[event], bucket, level))  # per bucket: best, earliest
    level, bucket, event = level[order], bucket[order], event[order]
    first = np.flatnonzero(np.r_[True, (level[1:] != level[:-1]) | (bucket[1:] != bucket[:-1])])
    totals = np.add.reduceat(counts[event], first)
    db.conn.executemany(
        _UPSERT,
        [(lv, b, c, rows[i][0], rows[i][2], rows[i][3])
         for lv, b, c, i in zip(level[first].tolist(), bucket[first].tolist(), totals.tolist(),
                                event[first].tolist(), strict=True)],
    )  # fmt: skip


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
