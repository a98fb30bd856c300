"""Every event's columns for the window, read in a few whole-table queries.

Fetching a million rows as tuples makes ten million Python objects: 4–5 s of CPU here, and
the window waited for it before the table, search and counters worked. Here the numbers
come as one float array (the words that repeat, a precision and a kind, as codes computed
by SQLite), and the strings each as one buffer SQLite joins (``group_concat``): a title is
made a string only when it is drawn or shown in the table.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

import numpy as np

from core.events.kinds import KINDS
from core.timeval import PRECISIONS

log = logging.getLogger(__name__)

NUMBERS = ("id", "start_ts", "end_ts", "undated", "document_id", "sources", "score")
TEXT_SEPARATOR = 0  # between the strings of a joined column (a NUL byte)
DATE_SEPARATOR = 1  # between an event's start and end in the joined dates


@dataclass
class EventColumnsRead:
    """What ``read_event_columns`` gives, by id."""

    numbers: np.ndarray  # (n, 9): NUMBERS, then the precision's and the kind's codes
    precisions: list[str]  # the words the codes stand for
    kinds: list[str]
    titles: bytes  # UTF-8, joined by TEXT_SEPARATOR
    dates: bytes  # start, DATE_SEPARATOR, end ("" for none), joined by TEXT_SEPARATOR


def _codes(column: str, words: list[str]) -> str:
    """SQL giving a word's place in ``words`` (-1 for another)."""
    cases = " ".join(f"WHEN {_quote(w)} THEN {i}" for i, w in enumerate(words))
    return f"CASE {column} {cases} ELSE -1 END"


def _quote(word: str) -> str:
    return "'" + word.replace("'", "''") + "'"


def read_event_columns(conn: sqlite3.Connection, batch: int = 100_000) -> EventColumnsRead:
    """Every event's numbers, precision, kind, title and dates (as written), by id, read in
    one transaction so that the columns agree while articles are being added."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        precisions, kinds = list(PRECISIONS), list(KINDS)
        numbers = _numbers(conn, precisions, kinds, batch)
        if len(numbers) and (numbers[:, 7:] < 0).any():  # a word this version does not know
            for column, words in (("precision", precisions), ("kind", kinds)):
                held = conn.execute(f'SELECT DISTINCT "{column}" FROM events').fetchall()
                words += sorted({w for (w,) in held} - set(words))
            numbers = _numbers(conn, precisions, kinds, batch)
        titles = _joined(conn, "title")
        dates = _joined(conn, f"start || char({DATE_SEPARATOR}) || coalesce(\"end\", '')")
    finally:
        if own:
            conn.rollback()  # read only: nothing to keep
    return EventColumnsRead(numbers, precisions, kinds, titles, dates)


def _numbers(
    conn: sqlite3.Connection, precisions: list[str], kinds: list[str], batch: int
) -> np.ndarray:
    cursor = conn.execute(
        f"SELECT {', '.join(NUMBERS)}, {_codes('precision', precisions)}, "
        f"{_codes('kind', kinds)} FROM events ORDER BY id"
    )
    parts = [np.zeros((0, len(NUMBERS) + 2))]
    while rows := cursor.fetchmany(batch):
        # numbers alone: numpy converts the tuples in C, no column made a list first
        parts.append(np.array(rows, np.float64))
    return np.concatenate(parts)


def _joined(conn: sqlite3.Connection, expression: str) -> bytes:
    """A text column of every event, by id, as one buffer: ``group_concat`` runs in SQLite,
    so the million strings are never Python objects."""
    (joined,) = conn.execute(
        f"SELECT CAST(group_concat(value, char({TEXT_SEPARATOR})) AS BLOB) "
        f"FROM (SELECT {expression} AS value FROM events ORDER BY id)"
    ).fetchone()
    return joined or b""
