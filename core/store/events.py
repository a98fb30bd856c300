"""Reading stored events: one with its sources, those passing the filters, and every event's
row for the window's timeline and table."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from core.store.columns import EventColumnsRead, read_event_columns
from core.store.entities import StoreEntities
from core.store.search import StoreSearch

log = logging.getLogger(__name__)

_EVENT_SELECT = """
SELECT e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence,
       e.char_start, e.char_end, e.start_ts, e.end_ts, e.document_id, e.sources,
       e.salience, e.score, e.edited, e.checked, e.disputed,
       d.path AS document_path, d.locator AS document_locator, d.title AS document_title,
       d.published AS document_published, d.published_source AS document_published_source
FROM events e JOIN documents d ON d.id = e.document_id"""


class StoreEvents(StoreSearch, StoreEntities):
    """Reading events (a part of ``core.store.Store``)."""

    def count_events(self) -> int:
        """How many events are stored (an event several articles report counts once)."""
        return self.db.conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def timeline_rows(self) -> list[tuple]:
        """``(id, start_ts, end_ts, title, precision, undated)`` of every event, by start."""
        return self.db.conn.execute(
            "SELECT id, start_ts, end_ts, title, precision, undated FROM events "
            "ORDER BY start_ts, id"
        ).fetchall()

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with its first source's document, its entities and every source."""
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
        language: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events (all, or those overlapping ``[t0, t1)`` and passing the filters, or among
        ``event_ids``) with their first source's document, by date; ``with_sources`` adds
        every source and the entities, as ``event()`` gives them. ``language`` keeps the
        events some article in that language (ISO 639-1) reported."""
        where, args = self._filters(document_ids, kind, entity_id, search, language)
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
            's.char_end, s.start, s."end", s.precision, d.path, '
            "d.title AS document_title, d.published, d.published_source FROM event_sources s "
            "JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.id",
            [event_id],
        ))  # fmt: skip

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
            "document_id, sources, score FROM events"
        )
        while batch := cursor.fetchmany(size):
            yield batch

    def merged_event_documents(
        self, event_ids: Sequence[int] | None = None
    ) -> list[tuple[int, int]]:
        """``(event_id, document_id)`` for every source of the events reported by several
        documents (the others have only ``document_id``), so that hiding a document hides
        the events only it reported; with ``event_ids`` (those the caller knows to have
        several sources), for those alone, found by the index rather than a whole scan."""
        if event_ids is not None:
            return self.db.conn.execute(
                "SELECT DISTINCT event_id, document_id FROM event_sources WHERE event_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY event_id",
                [json.dumps(list(event_ids))],
            ).fetchall()
        return self.db.conn.execute(
            "SELECT DISTINCT s.event_id, s.document_id FROM event_sources s "
            "JOIN events e ON e.id = s.event_id WHERE e.sources > 1 ORDER BY s.event_id"
        ).fetchall()

    def event_columns(self, cache_dir: str | None = None) -> EventColumnsRead:
        """Every event's columns for the window, in a few whole-table queries, or from the
        cache file kept for this database when its events have not changed since
        (``core.store.columns``)."""
        return read_event_columns(self.db.conn, self.path, cache_dir)
