"""The one home of the SQLite schema, its migrations and every query Datelines makes."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from core.model import Document, Event

log = logging.getLogger(__name__)

migrations = Migrations("datelines")


class StoreError(Exception):
    """The database cannot be opened or written; the message says which file and why."""


@migrations()
def m001_documents_and_events(db: sqlite_utils.Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "content_hash": str,
            "path": str,
            "title": str,
            "text": str,
            "published": str,
            "published_source": str,
            "body_start": int,
            "added_at": str,
        },
        pk="id",
        not_null={"content_hash", "path", "text", "published", "published_source"},
    )
    db["documents"].create_index(["content_hash"], unique=True)
    db["events"].create(
        {
            "id": int,
            "document_id": int,
            "title": str,
            "start": str,
            "end": str,
            "precision": str,
            "undated": int,
            "kind": str,
            "sentence": str,
            "char_start": int,
            "char_end": int,
            "start_ts": float,
            "end_ts": float,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "title", "start", "precision", "start_ts", "end_ts"},
    )
    db["events"].create_index(["start_ts"])
    db["events"].create_index(["document_id"])


@migrations()
def m002_document_locator(db: sqlite_utils.Database) -> None:
    db["documents"].add_column("locator", str, not_null_default="")


class Store:
    """A connection to one Datelines database. Use it from the thread that opened it."""

    def __init__(self, db: sqlite_utils.Database, path: str):
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    def add_document(self, document: Document, events: list[Event]) -> tuple[int, bool]:
        """Store a document with all its events in one transaction.

        Returns ``(document_id, added)``; ``added`` is False when the same content was
        already stored (whatever its path), in which case nothing changes.
        """
        with write_transaction(self.db):
            existing = self.document_id(document.content_hash)
            if existing is not None:
                return existing, False
            row = asdict(document) | {"added_at": datetime.now().isoformat(timespec="seconds")}
            doc_id = self.db["documents"].insert(row).last_pk
            self.db["events"].insert_all(
                ({"document_id": doc_id, **_event_row(e)} for e in events),
            )
        return doc_id, True

    def document_id(self, content_hash: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return row[0] if row else None

    def count_documents(self) -> int:
        return self.db["documents"].count

    def count_events(self) -> int:
        return self.db["events"].count

    def documents(self) -> list[dict[str, Any]]:
        sql = (
            "SELECT id, path, locator, title, published, published_source FROM documents "
            "ORDER BY id"
        )
        return list(self.db.query(sql))

    def document(self, document_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM documents WHERE id = ?", [document_id]))
        return rows[0] if rows else None

    def timeline_rows(self) -> list[tuple]:
        """``(id, start_ts, end_ts, title, precision, undated)`` of every event, by start."""
        sql = (
            "SELECT id, start_ts, end_ts, title, precision, undated FROM events "
            "ORDER BY start_ts, id"
        )
        return self.db.execute(sql).fetchall()

    def event(self, event_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query(_EVENT_SELECT + " WHERE e.id = ?", [event_id]))
        return rows[0] if rows else None

    def events(self) -> list[dict[str, Any]]:
        """Every event with its document's path, title and publication date, by date."""
        return list(self.db.query(_EVENT_SELECT + " ORDER BY e.start_ts, e.id"))


_EVENT_SELECT = """
SELECT e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence,
       e.char_start, e.char_end, e.start_ts, e.end_ts, e.document_id,
       d.path AS document_path, d.title AS document_title, d.published AS document_published,
       d.published_source AS document_published_source
FROM events e JOIN documents d ON d.id = e.document_id"""


def _event_row(event: Event) -> dict[str, Any]:
    row = asdict(event)
    row.pop("entities")
    row["undated"] = int(event.undated)
    return row


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction that takes the write lock up front.

    A deferred transaction that reads and then writes fails at once with "database is
    locked" when another connection wrote in between; BEGIN IMMEDIATE waits its turn instead.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():  # nested: sqlite-utils' own writes become a savepoint
            yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def _prepare(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    if migrations.pending(db):
        with write_transaction(db):
            migrations.apply(db)


def _retry_while_locked(step, db: sqlite_utils.Database, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return step(db)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Datelines", appauthor=False)) / "datelines.db"


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating and migrating if needed) the database at ``path``.

    Raises StoreError naming the file when it is not a usable SQLite database.
    """
    path = Path(path) if path is not None else default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, check_same_thread=True)
        db = sqlite_utils.Database(conn)
        _retry_while_locked(_prepare, db)
    except (sqlite3.Error, OSError) as exc:
        if "conn" in locals():
            conn.close()
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    return Store(db, str(path))
