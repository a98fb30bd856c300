"""What every part of a Store shares: its connection, write transactions, and write failures
turned into a StoreError a person can act on."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be opened or written; the message says which file and why."""


class StoreConnection:
    """A connection to one Datelines database. Use it from the thread that opened it."""

    def __init__(self, db: sqlite_utils.Database, path: str):
        self.db = db
        self.path = path
        self.read_only = False

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Turns SQLite's write failures (busy, full disk, read-only) into a StoreError."""
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only")
        try:
            yield
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({failure_reason(exc)})") from exc


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


def failure_reason(exc: BaseException) -> str:
    """What went wrong, in words a person can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "another program is using the database; close it or try again in a moment"
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the database is read-only"
    if "not a database" in text or "malformed" in text:
        return "the file is damaged or is not a Datelines database"
    return text
