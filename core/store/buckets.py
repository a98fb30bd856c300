"""The summary pyramid behind dense windows: counts and the top event per time bucket."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from core.store.schema import BUCKET_BASE_SECONDS, BUCKET_LEVELS, BUCKET_ORIGIN

_UPSERT = """
INSERT INTO event_buckets (level, bucket, count, top_id, top_score) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (level, bucket) DO UPDATE SET
    count = count + excluded.count,
    top_id = CASE WHEN excluded.top_score > top_score THEN excluded.top_id ELSE top_id END,
    top_score = MAX(top_score, excluded.top_score)"""


@dataclass(frozen=True, slots=True)
class Bucket:
    """A slice of a window with how many events start in it and the most prominent one."""

    t0: float
    t1: float
    count: int
    top_id: int | None
    top_title: str | None


def width(level: int) -> float:
    return BUCKET_BASE_SECONDS * 2.0**level


def bucket_of(start_ts: float, level: int) -> int:
    return int((start_ts - BUCKET_ORIGIN) // width(level))


def add(
    db: sqlite_utils.Database, events: Iterable[tuple[int, float, float]], count: int = 1
) -> None:
    """Count ``(event_id, start_ts, score)`` into every level (``count=0``: score change only)."""
    merged: dict[tuple[int, int], list] = {}
    for event_id, start_ts, score in events:
        for level in range(BUCKET_LEVELS):
            key = (level, bucket_of(start_ts, level))
            slot = merged.setdefault(key, [0, event_id, score])
            slot[0] += count
            if score > slot[2]:
                slot[1], slot[2] = event_id, score
    db.conn.executemany(_UPSERT, [(lv, b, c, i, s) for (lv, b), (c, i, s) in merged.items()])


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
        "SELECT id, score FROM events WHERE start_ts >= ? AND start_ts < ? "
        "ORDER BY score DESC, start_ts LIMIT 1",
        [lo, lo + width(level)],
    ).fetchone()
    db.conn.execute(
        "UPDATE event_buckets SET top_id = ?, top_score = ? WHERE level = ? AND bucket = ?",
        [row[0] if row else None, row[1] if row else 0.0, level, bucket],
    )


def query(db: sqlite_utils.Database, t0: float, t1: float, n: int) -> list[Bucket]:
    """``n`` equal buckets over ``[t0, t1)``, from the coarsest level at least as fine."""
    step = (t1 - t0) / n
    level = min(
        max(math.floor(math.log2(max(step, 1.0) / BUCKET_BASE_SECONDS)), 0), BUCKET_LEVELS - 1
    )
    rows = db.conn.execute(
        "SELECT bucket, count, top_id, top_score FROM event_buckets "
        "WHERE level = ? AND bucket BETWEEN ? AND ?",
        [level, bucket_of(t0, level), bucket_of(t1, level)],
    ).fetchall()
    counts = [0] * n
    tops: list[tuple[float, int] | None] = [None] * n
    w = width(level)
    for bucket, count, top_id, top_score in rows:
        centre = BUCKET_ORIGIN + (bucket + 0.5) * w
        i = min(max(int((centre - t0) // step), 0), n - 1)
        counts[i] += count
        if top_id is not None and (tops[i] is None or top_score > tops[i][0]):
            tops[i] = (top_score, top_id)
    titles = _titles(db, [t[1] for t in tops if t])
    return [
        Bucket(t0 + i * step, t0 + (i + 1) * step, counts[i],
               tops[i][1] if tops[i] else None, titles.get(tops[i][1]) if tops[i] else None)
        for i in range(n)
        if counts[i]
    ]  # fmt: skip


def _titles(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT id, title FROM events WHERE id IN ({','.join('?' * len(chunk))})"
        titles.update(db.conn.execute(sql, chunk).fetchall())
    return titles
