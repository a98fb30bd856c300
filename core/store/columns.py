"""Every event's columns for the window, read in a few whole-table queries, and kept in a
cache file between openings.

Fetching a million rows as tuples makes ten million Python objects: 4–5 s of CPU here, and
the window waited for it before the table, search and counters worked. Here the numbers
come as arrays (the words that repeat, a precision and a kind, as codes computed by
SQLite), and the strings each as one buffer SQLite joins (``group_concat``): a title is
made a string only when it is drawn or shown in the table. Even so, SQLite hands numbers
to Python one object at a time (1.5 s of CPU a million), so a big timeline's columns are
also saved in the user's cache folder with the events' generation (a counter the events'
triggers raise on every change, migration m007): reopened unchanged, they load in a
fraction of a second. Changed, only the rows the triggers logged as changed since (m009)
are read and merged into the kept columns (``core.store.column_changes``); a file kept
before the log began, or one that many changes made old, is read again whole.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from core.events.kinds import KINDS
from core.store.column_changes import merge_changes
from core.timeval import PRECISIONS

log = logging.getLogger(__name__)

NUMBERS = ("id", "start_ts", "end_ts", "undated", "document_id", "sources", "score")
TEXT_SEPARATOR = 0  # between the strings of a joined column (a NUL byte)
DATE_SEPARATOR = 1  # between an event's start and end in the joined dates
DATES = f"start || char({DATE_SEPARATOR}) || coalesce(\"end\", '')"  # joined as one column
CACHE_MIN_EVENTS = 50_000  # fewer are read in well under a second: no file kept for them
CACHE_VERSION = 1  # what the file holds changes: older files are read no more
MAX_CHANGED = 100_000  # more rows changed since a kept file: every row is read again


@dataclass
class EventColumnsRead:
    """What ``read_event_columns`` gives, by id."""

    ids: np.ndarray  # int64
    start_ts: np.ndarray  # float64
    end_ts: np.ndarray
    undated: np.ndarray  # bool
    document_ids: np.ndarray  # int64: the first source
    sources: np.ndarray  # int64
    scores: np.ndarray  # float64
    precision_codes: np.ndarray  # int16: places in ``precisions``
    kind_codes: np.ndarray  # int16: places in ``kinds``
    precisions: list[str]  # the words the codes stand for
    kinds: list[str]
    titles: bytes  # UTF-8, joined by TEXT_SEPARATOR
    dates: bytes  # start, DATE_SEPARATOR, end ("" for none), joined by TEXT_SEPARATOR

    def __len__(self) -> int:
        return len(self.ids)


def _codes(column: str, words: list[str]) -> str:
    """SQL giving a word's place in ``words`` (-1 for another)."""
    cases = " ".join(f"WHEN {_quote(w)} THEN {i}" for i, w in enumerate(words))
    return f'CASE "{column}" {cases} ELSE -1 END'


def _quote(word: str) -> str:
    return "'" + word.replace("'", "''") + "'"


def read_event_columns(
    conn: sqlite3.Connection, path: str | None = None, cache_dir: str | Path | None = None
) -> EventColumnsRead:
    """Every event's numbers, precision, kind, title and dates (as written), by id, read in
    one transaction so that the columns agree while articles are being added. With the
    database's ``path``, a timeline of many events is kept in (and read from) a file in
    ``cache_dir`` (default: the user's cache folder)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        generation = _generation(conn)
        cache = None
        if path is not None and generation is not None:
            cache = cache_file(path, cache_dir)
            if (kept := _load(cache, generation[0])) is not None:
                read, at = kept
                if at == generation[1]:
                    return read
                read = _brought_up_to_date(conn, read, at, generation[1])
                if read is not None:
                    _save_aside(cache, generation, read)
                    return read
        aside = None
        if path is not None and generation is not None:
            aside = _TextsAside(path, generation)
            aside.start()
        read = _read(conn, aside)
    finally:
        if own:
            conn.rollback()  # read only: nothing to keep
    if cache is not None and generation is not None and len(read) >= CACHE_MIN_EVENTS:
        _save_aside(cache, generation, read)
    return read


def _save_aside(file: Path, generation: tuple[str, int], read: EventColumnsRead) -> None:
    # written while the window shows what was read (100 MB for a million events); not a
    # daemon: a file half written at exit would stay behind
    threading.Thread(target=_save, args=(file, generation, read), name="columns").start()


def _brought_up_to_date(
    conn: sqlite3.Connection, kept: EventColumnsRead, at: int, now: int
) -> EventColumnsRead | None:
    """The columns ``kept`` at generation ``at`` with the rows changed since read again
    (m009's log) up to generation ``now``, or None when the log does not reach back that
    far, so much changed that reading every row is as quick, or the database is older
    than the file (a copy put back) or holds another number of events than the result."""
    try:
        (logged_from,) = conn.execute("SELECT logged_from FROM events_generation").fetchone()
    except sqlite3.OperationalError:  # no log (a database from before m009, read-only)
        return None
    if logged_from is None or at < logged_from or at > now:
        return None
    changed = np.array(
        conn.execute(
            "SELECT id FROM event_changes WHERE generation > ? ORDER BY id", [at]
        ).fetchmany(MAX_CHANGED + 1),
        np.int64,
    ).reshape(-1)
    if len(changed) > min(MAX_CHANGED, max(len(kept) // 4, 1_000)):
        return None
    where = "WHERE id IN (SELECT id FROM event_changes WHERE generation > ?)"
    precisions, kinds = list(kept.precisions), list(kept.kinds)
    fresh = _read(conn, where=where, params=[at], words=(precisions, kinds))
    merged = merge_changes(kept, fresh, changed, TEXT_SEPARATOR)
    (count,) = conn.execute("SELECT count(*) FROM events").fetchone()  # a last check
    return merged if merged is not None and len(merged) == count else None


def _read(
    conn: sqlite3.Connection,
    aside: _TextsAside | None = None,
    batch: int = 20_000,
    where: str = "",
    params: Sequence[object] = (),
    words: tuple[list[str], list[str]] | None = None,
) -> EventColumnsRead:
    """The columns of every event, or of those ``where`` picks (with their ``params``),
    precisions and kinds coded by their places in ``words`` (extended by words it does
    not hold)."""
    # A batch made into an array is one call holding the GIL: 100,000 rows stalled the
    # window ~40 ms each time.
    precisions, kinds = words or (list(PRECISIONS), list(KINDS))
    numbers = _numbers(conn, precisions, kinds, batch, where, params)
    if (numbers[:, 7:] < 0).any():  # a word this version does not know
        for column, known in (("precision", precisions), ("kind", kinds)):
            held = conn.execute(f'SELECT DISTINCT "{column}" FROM events {where}', params)
            known += sorted({w for (w,) in held.fetchall()} - set(known))
        numbers = _numbers(conn, precisions, kinds, batch, where, params)
    if aside is not None:
        aside.join()
    texts = aside.texts if aside is not None else None
    if texts is None:  # read here: no connection of its own, or the events changed meanwhile
        texts = _joined(conn, "title", where, params), _joined(conn, DATES, where, params)
    columns = numbers.T
    return EventColumnsRead(
        columns[0].astype(np.int64), columns[1].copy(), columns[2].copy(), columns[3] != 0,
        columns[4].astype(np.int64), columns[5].astype(np.int64), columns[6].copy(),
        columns[7].astype(np.int16), columns[8].astype(np.int16), precisions, kinds, *texts,
    )  # fmt: skip


class _TextsAside(threading.Thread):
    """The joined titles and dates, read on a connection of its own while the numbers are
    read: SQLite joins them with the GIL released, so on two cores the reads overlap (a
    million events' first opening 1 s sooner). Kept only when that connection saw the same
    generation of the events."""

    def __init__(self, path: str, generation: tuple[str, int]) -> None:
        super().__init__(name="columns-texts", daemon=True)  # reads only
        self.path, self.generation = path, generation
        self.texts: tuple[bytes, bytes] | None = None

    def run(self) -> None:
        try:
            uri = f"{Path(self.path).resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=10)
            try:
                conn.execute("BEGIN")
                if _generation(conn) == self.generation:
                    self.texts = _joined(conn, "title"), _joined(conn, DATES)
            finally:
                conn.close()
        except sqlite3.Error as exc:  # read on the first connection instead
            log.debug("cannot read the titles aside: %s", exc)


def _numbers(
    conn: sqlite3.Connection,
    precisions: list[str],
    kinds: list[str],
    batch: int,
    where: str = "",
    params: Sequence[object] = (),
) -> np.ndarray:
    cursor = conn.execute(
        f"SELECT {', '.join(NUMBERS)}, {_codes('precision', precisions)}, "
        f"{_codes('kind', kinds)} FROM events {where} ORDER BY id",
        params,
    )
    parts = [np.zeros((0, len(NUMBERS) + 2))]
    while rows := cursor.fetchmany(batch):
        # numbers alone: numpy converts the tuples in C, no column made a list first
        parts.append(np.array(rows, np.float64))
    return np.concatenate(parts)


def _joined(
    conn: sqlite3.Connection, expression: str, where: str = "", params: Sequence[object] = ()
) -> bytes:
    """A text column of every event (or those ``where`` picks), by id, as one buffer:
    ``group_concat`` runs in SQLite, so the million strings are never Python objects."""
    (joined,) = conn.execute(
        f"SELECT CAST(group_concat(value, char({TEXT_SEPARATOR})) AS BLOB) "
        f"FROM (SELECT {expression} AS value FROM events {where} ORDER BY id)",
        params,
    ).fetchone()
    return joined or b""


# The cache file -------------------------------------------------------------------------


def _generation(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """(the database's own token, how many changes its events have seen), or None for a
    database without the counter (read-only and older)."""
    try:
        row = conn.execute("SELECT token, generation FROM events_generation").fetchone()
    except sqlite3.OperationalError:
        return None
    return (str(row[0]), int(row[1])) if row else None


def cache_file(path: str | Path, cache_dir: str | Path | None = None) -> Path:
    """Where the columns of the database at ``path`` are kept."""
    if cache_dir is None:
        from platformdirs import user_cache_dir

        cache_dir = Path(user_cache_dir("Datelines", appauthor=False)) / "columns"
    name = hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:20]
    return Path(cache_dir) / f"{name}.npz"


def _load(file: Path, token: str) -> tuple[EventColumnsRead, int] | None:
    """The columns kept in ``file`` and their generation, if they are this database's."""
    try:
        with np.load(file, allow_pickle=False) as kept:
            about = json.loads(str(kept["about"]))
            if about["version"] != CACHE_VERSION or about["generation"][0] != token:
                return None
            arrays = {f.name: kept[f.name] for f in fields(EventColumnsRead)
                      if f.name not in ("precisions", "kinds", "titles", "dates")}  # fmt: skip
            read = EventColumnsRead(
                **arrays, precisions=about["precisions"], kinds=about["kinds"],
                titles=kept["titles"].tobytes(), dates=kept["dates"].tobytes(),
            )  # fmt: skip
            return read, int(about["generation"][1])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:  # damaged: read
        log.warning("cannot read the columns kept in %s: %s", file, exc)
        return None


def _save(file: Path, generation: tuple[str, int], read: EventColumnsRead) -> None:
    """Keep the columns for the next opening (written aside, then moved in place: a reader
    never sees half a file)."""
    about = {"version": CACHE_VERSION, "generation": list(generation),
             "precisions": read.precisions, "kinds": read.kinds}  # fmt: skip
    arrays = {f.name: getattr(read, f.name) for f in fields(EventColumnsRead)
              if f.name not in ("precisions", "kinds", "titles", "dates")}  # fmt: skip
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=file.parent, suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(
                    out, about=np.array(json.dumps(about)), **arrays,
                    titles=np.frombuffer(read.titles, np.uint8),
                    dates=np.frombuffer(read.dates, np.uint8),
                )  # fmt: skip
            os.replace(temporary, file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a full disk or a read-only cache: the next opening reads again
        log.warning("cannot keep the columns in %s: %s", file, exc)
