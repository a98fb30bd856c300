"""The Store, made of its parts, and opening one: creating, migrating, or reading a database
the user may not write."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from core.store import bulk
from core.store.connection import StoreError, failure_reason, write_transaction
from core.store.documents import StoreDocuments
from core.store.entities import StoreEntities
from core.store.events import StoreEvents
from core.store.news import StoreNews
from core.store.schema import migrations
from core.store.search import StoreSearch
from core.store.window import StoreWindow
from core.store.writes import StoreWrites

log = logging.getLogger(__name__)


class Store(
    StoreWrites, StoreEvents, StoreWindow, StoreDocuments, StoreSearch, StoreEntities, StoreNews
):
    """A connection to one Datelines database. Use it from the thread that opened it.

    Its methods live with what they do: ``writes`` (adding and replacing), ``events``
    (reading events), ``window`` (time windows and bucket summaries), ``search`` (full text
    and filters), ``documents`` and ``entities``.
    """


def default_db_path() -> Path:
    """Where the database lives when none is named: the user's data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Datelines", appauthor=False)) / "datelines.db"


def open_store(path: str | os.PathLike[str] | None = None, timeout: float = 10.0) -> Store:
    """Open (creating and migrating if needed) the database at ``path``.

    A database the user may not write opens read-only (``Store.read_only``). Raises
    StoreError naming the file when it is not a usable SQLite database; a damaged file is
    never written to.
    """
    path = Path(path) if path is not None else default_db_path()
    if path.exists() and not _writable(path):
        return _open_read_only(path)
    conn = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=timeout, check_same_thread=True)
        db = sqlite_utils.Database(conn)
        _retry_while_locked(_prepare, db, timeout)
        _retry_while_locked(lambda db: bulk.repair(db, str(path)), db, timeout)
    except (sqlite3.Error, OSError) as exc:
        if conn is not None:
            conn.close()
        raise StoreError(f"{path}: cannot open the database ({failure_reason(exc)})") from exc
    return Store(db, str(path))


def _prepare(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    if migrations.pending(db):
        with write_transaction(db):
            migrations.apply(db)


def _retry_while_locked(step: Callable[[sqlite_utils.Database], None], db: sqlite_utils.Database,
                        seconds: float = 10.0) -> None:  # fmt: skip
    deadline = time.monotonic() + seconds
    while True:
        try:
            return step(db)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path) -> Store:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:  # WAL without a writable folder: read it as it is
            conn.close()
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        db = sqlite_utils.Database(conn)
        if migrations.pending(db):
            conn.close()
            raise StoreError(f"{path}: this database is read-only and from an older Datelines")
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({failure_reason(exc)})") from exc
    store = Store(db, str(path))
    store.read_only = True
    return store
