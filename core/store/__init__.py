"""The one home of the SQLite schema, its migrations and every query Datelines makes.

One connection per thread: open a Store where it is used (``open_store``) and close it there.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from core.model import Document, Entity, Event
from core.store import buckets
from core.store.buckets import Bucket
from core.store.schema import SHORT_SPAN, migrations

log = logging.getLogger(__name__)

__all__ = ["Bucket", "Store", "StoreError", "Window", "default_db_path", "open_store"]

# Chooses, among stored candidates (Store.merge_candidates), the one a new event repeats.
SameHappening = Callable[[Event, list[tuple[int, Event]]], int | None]

_PRECISION_SCORE = {"time": 0.3, "day": 0.3, "week": 0.2, "month": 0.1}
_WINDOW_COLUMNS = "e.id, e.start_ts, e.end_ts, e.title, e.precision, e.undated, e.kind"
_EVENT_COLUMNS = (  # an id, then core.model.Event's fields up to entities
    'e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence, '
    "e.char_start, e.char_end, e.start_ts, e.end_ts"
)


class StoreError(Exception):
    """The database cannot be opened or written; the message says which file and why."""


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


def score(event: Event, sources: int = 1) -> float:
    return score_of(sources, event.precision, event.undated)


def score_of(sources: int, precision: str, undated: bool) -> float:
    """Prominence: more sources first, then finer dates; undated events last."""
    return sources + _PRECISION_SCORE.get(precision, 0.0) - (0.5 if undated else 0.0)


class Store:
    """A connection to one Datelines database. Use it from the thread that opened it."""

    def __init__(self, db: sqlite_utils.Database, path: str):
        self.db = db
        self.path = path
        self.read_only = False

    def close(self) -> None:
        self.db.close()

    # Writing ------------------------------------------------------------------------------

    def add_document(
        self, document: Document, events: Sequence[Event], same: SameHappening | None = None
    ) -> tuple[int, bool]:
        """Store a document with all its events in one transaction.

        Returns ``(document_id, added)``; ``added`` is False when the same content was already
        stored (whatever its path), and then nothing changes. With ``same``, an event that
        repeats a stored one becomes another source of it instead of a new event.
        """
        return self.add_documents([(document, events)], same)[0]

    def add_documents(
        self,
        batch: Sequence[tuple[Document, Sequence[Event]]],
        same: SameHappening | None = None,
    ) -> list[tuple[int, bool]]:
        """``add_document`` for several documents in one transaction (one commit is the
        slow part of a write); each document still goes in whole or not at all."""
        results = []
        with self._writing(), write_transaction(self.db):
            for document, events in batch:
                existing = self.document_id(document.content_hash)
                if existing is not None:
                    results.append((existing, False))
                    continue
                doc_id = self._insert_document(document)
                self._insert_events(doc_id, events, same)
                results.append((doc_id, True))
        return results

    def replace_events(
        self, document_id: int, published: str, source: str, events: Sequence[Event],
        same: SameHappening | None = None,
    ) -> None:  # fmt: skip
        """Give a document a new publication date and the events re-resolved against it."""
        with self._writing(), write_transaction(self.db):
            self._replace_events(document_id, published, source, events, same)

    def _replace_events(
        self, document_id: int, published: str, source: str, events: Sequence[Event],
        same: SameHappening | None,
    ) -> None:  # fmt: skip
        """``replace_events`` inside a transaction the caller holds."""
        self.db.conn.execute(
            "UPDATE documents SET published = ?, published_source = ? WHERE id = ?",
            [published, source, document_id],
        )
        handled = self._user_handled(document_id)
        self._remove_document_sources(document_id)
        fresh = [e for e in events if (e.char_start, e.char_end, e.title) not in handled]
        self._insert_events(document_id, fresh, same)

    def entity_id(self, name: str) -> int | None:
        """The entity spelled ``name`` (case aside), else the one whose last word(s) it is
        ("Macron" → "Emmanuel Macron"), the most named first; None if none is."""
        row = self.db.conn.execute(
            "SELECT n.id FROM entities n LEFT JOIN event_entities x ON x.entity_id = n.id "
            "WHERE n.name = ?1 COLLATE NOCASE OR n.name LIKE '% ' || ?1 "
            "GROUP BY n.id ORDER BY n.name = ?1 COLLATE NOCASE DESC, count(x.event_id) DESC "
            "LIMIT 1",
            [name],
        ).fetchone()
        return row[0] if row else None

    def document_event_ids(self, document_id: int) -> set[int]:
        """The events this document is a source of."""
        rows = self.db.conn.execute(
            "SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?", [document_id]
        ).fetchall()
        return {r[0] for r in rows}

    def _user_handled(self, doc_id: int) -> set[tuple[int, int, str]]:
        """Extracted events of a document that the user edited or deleted: re-extraction
        must neither bring them back nor duplicate them."""
        edited = self.db.conn.execute(
            "SELECT s.char_start, s.char_end, s.title FROM event_sources s "
            "JOIN events e ON e.id = s.event_id WHERE s.document_id = ? AND e.edited = 1",
            [doc_id],
        ).fetchall()
        deleted = self.db.conn.execute(
            "SELECT char_start, char_end, title FROM tombstones WHERE document_id = ?", [doc_id]
        ).fetchall()
        return set(edited) | set(deleted)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Turns SQLite's write failures (busy, full disk, read-only) into a StoreError."""
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only")
        try:
            yield
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({_reason(exc)})") from exc

    def _insert_document(self, document: Document) -> int:
        row = {
            "content_hash": document.content_hash, "path": document.path,
            "locator": document.locator, "title": document.title, "text": document.text,
            "published": document.published, "published_source": document.published_source,
            "body_start": document.body_start,
            "added_at": datetime.now().isoformat(timespec="seconds"),
        }  # fmt: skip
        cursor = self.db.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return cursor.lastrowid

    def _insert_events(
        self, doc_id: int, events: Sequence[Event], same: SameHappening | None
    ) -> None:
        targets = [same(e, self.merge_candidates(e)) if same else None for e in events]
        fresh = [e for e, t in zip(events, targets, strict=True) if t is None]
        # We hold the write lock, so the next ids are ours to assign: one executemany each.
        first = (self.db.conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        ids = iter(range(first, first + len(fresh)))
        targets = [t if t is not None else next(ids) for t in targets]
        self.db.conn.executemany(
            'INSERT INTO events (id, document_id, title, start, "end", precision, undated, kind, '
            "sentence, char_start, char_end, start_ts, end_ts, sources, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            [(i, doc_id, e.title, e.start, e.end, e.precision, int(e.undated), e.kind, e.sentence,
              e.char_start, e.char_end, e.start_ts, e.end_ts, score(e))
             for i, e in zip(range(first, first + len(fresh)), fresh, strict=True)],
        )  # fmt: skip
        self.db.conn.executemany(
            "INSERT INTO event_sources (event_id, document_id, title, sentence, char_start, "
            "char_end) VALUES (?, ?, ?, ?, ?, ?)",
            [(t, doc_id, e.title, e.sentence, e.char_start, e.char_end)
             for t, e in zip(targets, events, strict=True)],
        )  # fmt: skip
        rescored = [self._rescore(t) for t, e in zip(targets, events, strict=True) if t < first]
        for target, event in zip(targets, events, strict=True):
            self._link_entities(target, event.entities)
        new = [(first + n, e.start_ts, score(e), e.title) for n, e in enumerate(fresh)]
        buckets.add(self.db, new)
        buckets.add(self.db, rescored, count=0)

    def _rescore(self, event_id: int) -> tuple[int, float, float, str]:
        """One more source for a stored event: it ranks higher in its buckets."""
        self.db.conn.execute(
            "UPDATE events SET sources = sources + 1, score = score + 1 WHERE id = ?", [event_id]
        )
        return self.db.conn.execute(
            "SELECT id, start_ts, score, title FROM events WHERE id = ?", [event_id]
        ).fetchone()

    def _link_entities(self, event_id: int, entities: Sequence[Entity]) -> None:
        for entity in entities:
            self.db.conn.execute(
                "INSERT OR IGNORE INTO entities (name, kind) VALUES (?, ?)",
                [entity.text, entity.kind],
            )
            self.db.conn.execute(
                "INSERT OR IGNORE INTO event_entities (event_id, entity_id) "
                "SELECT ?, id FROM entities WHERE name = ? AND kind = ?",
                [event_id, entity.text, entity.kind],
            )

    def _remove_document_sources(self, doc_id: int) -> None:
        """Take away what extraction gave this document, keeping what the user edited."""
        conn = self.db.conn
        conn.execute(
            "DELETE FROM event_sources WHERE document_id = ? AND event_id NOT IN "
            "(SELECT id FROM events WHERE edited = 1)",
            [doc_id],
        )
        orphans = conn.execute(
            "SELECT id, start_ts FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"
        ).fetchall()
        for event_id, _ in orphans:
            conn.execute("DELETE FROM event_entities WHERE event_id = ?", [event_id])
            conn.execute("DELETE FROM events WHERE id = ?", [event_id])
        if orphans:
            buckets.remove(self.db, orphans)
        conn.execute(
            "UPDATE events SET "
            "sources = (SELECT count(*) FROM event_sources s WHERE s.event_id = events.id), "
            "document_id = (SELECT min(document_id) FROM event_sources s "
            "WHERE s.event_id = events.id) WHERE document_id = ?",
            [doc_id],
        )

    def merge_candidates(self, event: Event, limit: int = 30) -> list[tuple[int, Event]]:
        """Stored events that could report the same happening as ``event``: close enough in
        time (``core.events.merge.candidate_window``) and sharing a name, or, for an event without
        names, any in that time."""
        from core.events.merge import candidate_window  # the merge rules own what "close" means

        lo, hi = candidate_window(event)
        names = sorted({e.text for e in event.entities})
        if names:
            rows = self.db.conn.execute(
                f"SELECT DISTINCT {_EVENT_COLUMNS} FROM entities n "
                "JOIN event_entities x ON x.entity_id = n.id JOIN events e ON e.id = x.event_id "
                f"WHERE n.name IN ({','.join('?' * len(names))}) AND e.start_ts < ? "
                "AND e.end_ts > ? LIMIT ?",
                [*names, hi, lo, limit],
            ).fetchall()
        else:
            rows = self.db.conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.start_ts >= ? AND e.start_ts < ? "
                "AND e.end_ts > ? LIMIT ?",
                [lo - SHORT_SPAN, hi, lo, limit],
            ).fetchall()
        names_of = self._entities_of([r[0] for r in rows])
        return [(r[0], Event(*r[1:], entities=names_of.get(r[0], ()))) for r in rows]

    def _entities_of(self, event_ids: list[int]) -> dict[int, tuple[Entity, ...]]:
        """The entities of several events in one query."""
        found: dict[int, list[Entity]] = {}
        rows = self.db.conn.execute(
            "SELECT x.event_id, n.name, n.kind FROM event_entities x "
            "JOIN entities n ON n.id = x.entity_id "
            f"WHERE x.event_id IN ({','.join('?' * len(event_ids))}) ORDER BY n.name",
            event_ids,
        ).fetchall()
        for event_id, name, kind in rows:
            found.setdefault(event_id, []).append(Entity(name, kind))
        return {event_id: tuple(entities) for event_id, entities in found.items()}

    def _entities(self, event_id: int) -> tuple[Entity, ...]:
        rows = self.db.conn.execute(
            "SELECT n.name, n.kind FROM event_entities x JOIN entities n ON n.id = x.entity_id "
            "WHERE x.event_id = ? ORDER BY n.name",
            [event_id],
        ).fetchall()
        return tuple(Entity(*r) for r in rows)

    # Reading ------------------------------------------------------------------------------

    def document_id(self, content_hash: str) -> int | None:
        row = self.db.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return row[0] if row else None

    def count_documents(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def count_events(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def documents(self) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT id, path, locator, title, published, published_source, content_hash "
            "FROM documents ORDER BY id"
        ))  # fmt: skip

    def document(self, document_id: int) -> Document | None:
        row = self.db.conn.execute(
            "SELECT path, title, text, published, published_source, content_hash, body_start, "
            "locator FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        return Document(*row) if row else None

    def source_counts(self) -> dict[str, int]:
        """How many events each stored document contributed, by content hash."""
        return dict(self.db.conn.execute(
            "SELECT d.content_hash, count(s.id) FROM documents d "
            "LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id"
        ).fetchall())  # fmt: skip

    def timeline_rows(self) -> list[tuple]:
        """``(id, start_ts, end_ts, title, precision, undated)`` of every event, by start."""
        return self.db.conn.execute(
            "SELECT id, start_ts, end_ts, title, precision, undated FROM events "
            "ORDER BY start_ts, id"
        ).fetchall()

    def event(self, event_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query(_EVENT_SELECT + " WHERE e.id = ?", [event_id]))
        if not rows:
            return None
        event = rows[0]
        event["entities"] = [{"text": e.text, "kind": e.kind} for e in self._entities(event_id)]
        event["sources"] = self._sources(event_id)
        return event

    def events(
        self,
        t0: float | None = None,
        t1: float | None = None,
        *,
        document_ids: Sequence[int] = (),
        kind: str | None = None,
        entity_id: int | None = None,
        search: str | None = None,
        event_ids: Iterable[int] | None = None,
        with_sources: bool = False,
    ) -> list[dict[str, Any]]:
        """Events (all, or those overlapping ``[t0, t1)`` and passing the filters, or among
        ``event_ids``) with their first source's document, by date; ``with_sources`` adds
        every source and the entities, as ``event()`` gives them."""
        where, args = self._filters(document_ids, kind, entity_id, search)
        if t0 is not None:
            where, args = where + " AND e.end_ts > ?", [*args, t0]
        if t1 is not None:
            where, args = where + " AND e.start_ts < ?", [*args, t1]
        rows = list(self.db.query(
            f"{_EVENT_SELECT} WHERE 1{where} ORDER BY e.start_ts, e.id", args
        ))  # fmt: skip
        if event_ids is not None:
            wanted = set(event_ids)
            rows = [row for row in rows if row["id"] in wanted]
        if with_sources:  # only for the rows kept: two queries an event
            for row in rows:
                row["entities"] = [
                    {"text": e.text, "kind": e.kind} for e in self._entities(row["id"])
                ]
                row["sources"] = self._sources(row["id"])
        return rows

    def _sources(self, event_id: int) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT s.id AS source_id, s.document_id, s.title, s.sentence, s.char_start, "
            "s.char_end, d.path, "
            "d.title AS document_title, d.published, d.published_source FROM event_sources s "
            "JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.id",
            [event_id],
        ))  # fmt: skip

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

    def search(self, query: str, limit: int = 5000) -> list[int]:
        """Ids of events whose title or sentence, or whose source article, matches ``query``."""
        q = self.db.quote_fts(query)
        rows = self.db.conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? UNION "
            "SELECT s.event_id FROM documents_fts f "
            "JOIN event_sources s ON s.document_id = f.rowid "
            "WHERE documents_fts MATCH ? LIMIT ?",
            [q, q, limit],
        ).fetchall()
        return sorted(r[0] for r in rows)

    # Queries for the window ----------------------------------------------------------------

    def event_rows(self) -> list[tuple]:
        """Every event for the window's timeline and table, in no particular order (sorting a
        million rows by the start index reads the table in random order: three times slower
        than sorting them afterwards): ``(id, start_ts, end_ts, title, precision, undated,
        kind, start, end, document_id, sources)`` — ``start`` and ``end`` as written (ISO /
        TIMEX3), ``document_id`` its first source."""
        return [row for batch in self.event_row_batches() for row in batch]

    def event_row_batches(self, size: int = 50_000) -> Iterator[list[tuple]]:
        """``event_rows`` a batch at a time, so that a million never sit in memory at once."""
        cursor = self.db.conn.execute(
            'SELECT id, start_ts, end_ts, title, precision, undated, kind, start, "end", '
            "document_id, sources FROM events"
        )
        while batch := cursor.fetchmany(size):
            yield batch

    def overview_buckets(self, n: int = 2000) -> list[Bucket]:
        """How many events start when, over all of them, in about ``n`` buckets: what the
        window draws at once while it reads the events themselves."""
        t0, t1 = self.db.conn.execute("SELECT min(start_ts), max(start_ts) FROM events").fetchone()
        if t0 is None:
            return []
        return buckets.query(self.db, t0, t1 + 1.0, n)

    def merged_event_documents(self) -> list[tuple[int, int]]:
        """``(event_id, document_id)`` for every source of the events reported by several
        documents (the others have only ``document_id``), so that hiding a document hides
        the events only it reported."""
        return self.db.conn.execute(
            "SELECT DISTINCT s.event_id, s.document_id FROM event_sources s "
            "JOIN events e ON e.id = s.event_id WHERE e.sources > 1 ORDER BY s.event_id"
        ).fetchall()

    def search_events(self, query: str, limit: int = 100_000) -> list[int]:
        """Ids of events whose own title or sentence matches ``query`` (full text, any word
        form), unlike ``search``, which also takes every event of a matching article."""
        rows = self.db.conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
            [self.db.quote_fts(query), limit],
        ).fetchall()
        return sorted(r[0] for r in rows)

    def entity_event_ids(self, name: str, kind: str) -> list[int]:
        """Ids of the events naming this person, organisation or place."""
        rows = self.db.conn.execute(
            "SELECT x.event_id FROM event_entities x JOIN entities n ON n.id = x.entity_id "
            "WHERE n.name = ? AND n.kind = ? ORDER BY x.event_id",
            [name, kind],
        ).fetchall()
        return [r[0] for r in rows]

    def entity_links(
        self, kinds: Sequence[str]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, str, str]]]:
        """Which events name which entities of these kinds: ``(event id, entity id)`` pairs
        and the entities ``(id, name, kind)`` — what lanes by name are made of."""
        marks = ",".join("?" * len(kinds))
        pairs = self.db.conn.execute(
            "SELECT x.event_id, x.entity_id FROM event_entities x JOIN entities n "
            f"ON n.id = x.entity_id WHERE n.kind IN ({marks})",
            list(kinds),
        ).fetchall()
        entities = self.db.conn.execute(
            f"SELECT id, name, kind FROM entities WHERE kind IN ({marks}) ORDER BY id",
            list(kinds),
        ).fetchall()
        return pairs, entities

    def document_text(self, document_id: int) -> str | None:
        """The full text of a stored article, as its events' character offsets count it."""
        row = self.db.conn.execute(
            "SELECT text FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        return row[0] if row else None

    def _filters(
        self,
        document_ids: Sequence[int],
        kind: str | None,
        entity_id: int | None,
        search: str | None,
    ) -> tuple[str, list]:
        where, args = "", []
        if document_ids:
            where += (" AND e.id IN (SELECT event_id FROM event_sources WHERE document_id IN "
                      f"({','.join('?' * len(document_ids))}))")  # fmt: skip
            args += list(document_ids)
        if kind:
            where += " AND e.kind = ?"
            args.append(kind)
        if entity_id is not None:
            where += " AND e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)"
            args.append(entity_id)
        if search:
            where += " AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
            args.append(self.db.quote_fts(search))
        return where, args


_EVENT_SELECT = """
SELECT e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence,
       e.char_start, e.char_end, e.start_ts, e.end_ts, e.document_id, e.sources,
       e.edited, e.checked,
       d.path AS document_path, d.locator AS document_locator, d.title AS document_title,
       d.published AS document_published, d.published_source AS document_published_source
FROM events e JOIN documents d ON d.id = e.document_id"""


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


def default_db_path() -> Path:
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
    except (sqlite3.Error, OSError) as exc:
        if conn is not None:
            conn.close()
        raise StoreError(f"{path}: cannot open the database ({_reason(exc)})") from exc
    return Store(db, str(path))


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
        raise StoreError(f"{path}: cannot open the database ({_reason(exc)})") from exc
    store = Store(db, str(path))
    store.read_only = True
    return store


def _reason(exc: BaseException) -> str:
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
