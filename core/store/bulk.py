"""Bulk loads: what every write keeps up to date row by row (the full-text indexes, the R*Tree
of long events, the summary pyramid, and without merging the secondary indexes) is put
aside while a large ingest writes, and brought up to date once at its end.

Measured on 50,000 synthetic events (``benchmarks/query.py``'s store), these cost about
three quarters of a write: the pyramid an upsert per event in each of its 21 levels, the
full-text and R*Tree triggers a statement per row each. Put aside, they are redone in a few
statements over the rows the load added (``finish``).

What was put aside is recorded in the database (``bulk_load``) in the transaction that drops
it, so a load that is killed leaves a database that says what it lacks: the next writer to
open it (``repair``) rebuilds it, unless the load is still running (it holds an OS lock on
``<database>-bulk`` while it runs; the kernel releases it however the process ends).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from core.store import buckets
from core.store.connection import write_transaction
from core.store.schema import SHORT_SPAN

log = logging.getLogger(__name__)

# The full-text triggers (all of them: an update or delete trigger firing on a row whose
# insert was not indexed would take words out of the index that were never put in).
FULL_TEXT = {
    "events_ai": "events", "events_au": "events", "events_ad": "events",
    "documents_ai": "documents", "documents_au": "documents", "documents_ad": "documents",
}  # fmt: skip
RTREE = {"events_rtree_insert": "events"}
# Secondary indexes no write of a load without merging reads (documents' content hash is
# how a document already stored is recognised, entities' names how a name is linked).
INDEXES = {
    "idx_events_start_ts": "events", "idx_events_start_precision": "events",
    "idx_events_document_id": "events", "idx_events_disputed": "events",
    "idx_event_sources_event_id": "event_sources",
    "idx_event_sources_document_id": "event_sources",
    "idx_event_entities_entity_id": "event_entities",
}  # fmt: skip
PYRAMID = "event_buckets"  # the row that says the pyramid was being counted in memory
ROWS_AT_ONCE = 100_000


def lock_path(db_path: str) -> Path:
    return Path(f"{db_path}-bulk")


@contextlib.contextmanager
def running(db_path: str) -> Iterator[bool]:
    """Hold the OS lock of a bulk load on ``db_path``; yields False when another process
    holds it (a load is running there) or this system has no such locks."""
    try:
        import fcntl
    except ImportError:  # Windows: no bulk loads, every write keeps everything up to date
        yield False
        return
    path = lock_path(db_path)
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - held across the yield
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        handle.close()


def suspended(db: sqlite_utils.Database) -> dict[str, tuple[str, int]]:
    """What a bulk load put aside: ``{name: (sql to restore it, last id before the load)}``."""
    rows = db.conn.execute("SELECT name, sql, since FROM bulk_load").fetchall()
    return {name: (sql, since) for name, sql, since in rows}


def suspend(db: sqlite_utils.Database, keep_indexes: bool) -> None:
    """Put aside what a bulk load brings up to date at its end (in one transaction)."""
    names = {**FULL_TEXT, **RTREE, **({} if keep_indexes else INDEXES)}
    with write_transaction(db):
        present = dict(db.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index')"
        ).fetchall())  # fmt: skip
        last = {
            table: db.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            for table in ("events", "documents")
        }
        rows = [(name, present[name], last.get(table, 0))
                for name, table in names.items() if name in present]  # fmt: skip
        rows.append((PYRAMID, "", last["events"]))
        db.conn.executemany("INSERT INTO bulk_load (name, sql, since) VALUES (?, ?, ?)", rows)
        for name, _, _ in rows[:-1]:
            kind = "TRIGGER" if name in FULL_TEXT or name in RTREE else "INDEX"
            db.conn.execute(f'DROP {kind} "{name}"')


def finish(db: sqlite_utils.Database, pending: buckets.Pending | None) -> None:
    """Bring up to date what ``suspend`` put aside: the rows added since into the full-text
    indexes and the R*Tree, the indexes built again, and the pyramid counted in ``pending``
    written (or, when the load that counted it was lost, rebuilt from every event)."""
    with write_transaction(db):
        aside = suspended(db)
        for table in ("events", "documents"):
            if f"{table}_ai" in aside:
                _index_text(db, table, aside[f"{table}_ai"][1])
        if "events_rtree_insert" in aside:
            since = aside["events_rtree_insert"][1]
            db.conn.execute("DELETE FROM events_rtree WHERE id > ?", [since])
            db.conn.execute(
                "INSERT INTO events_rtree SELECT id, CAST(start_ts / 60 AS INTEGER) - 1, "
                "CAST(end_ts / 60 AS INTEGER) + 1, score FROM events "
                f"WHERE id > ? AND end_ts - start_ts > {SHORT_SPAN} ORDER BY start_ts",
                [since],
            )
        for sql, _ in aside.values():
            if sql:
                db.conn.execute(sql)
        if PYRAMID in aside:
            if pending is None or pending.lost:
                _rebuild_pyramid(db)
            else:
                pending.write(db)
        db.conn.execute("DELETE FROM bulk_load")


def repair(db: sqlite_utils.Database, db_path: str) -> bool:
    """Finish what a killed bulk load left aside, unless it is still running; True if done."""
    if not db.conn.execute("SELECT 1 FROM bulk_load LIMIT 1").fetchone():
        return False
    with running(db_path) as mine:
        if not mine:
            return False
        log.warning("%s: an interrupted bulk load is being completed", db_path)
        finish(db, None)
    with contextlib.suppress(OSError):
        os.unlink(lock_path(db_path))
    return True


def _index_text(db: sqlite_utils.Database, table: str, since: int) -> None:
    columns = '"title", "sentence"' if table == "events" else '"title", "text"'
    db.conn.execute(
        f"INSERT INTO {table}_fts (rowid, {columns}) "
        f"SELECT rowid, {columns} FROM {table} WHERE rowid > ?",
        [since],
    )


def _rebuild_pyramid(db: sqlite_utils.Database) -> None:
    """Every event counted again, in the order they were added (ids), each at its score
    now: the pyramid a run that was not interrupted gives, but that among events of equal
    score whose score rose the earliest added is the top, not the first to reach it."""
    db.conn.execute("DELETE FROM event_buckets")
    pending = buckets.Pending()
    cursor = db.conn.execute("SELECT id, start_ts, score, title FROM events ORDER BY id")
    while rows := cursor.fetchmany(ROWS_AT_ONCE):
        pending.add(rows, [1] * len(rows))
    pending.write(db)
