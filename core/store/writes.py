"""Writing what ingestion found: documents with their events in one transaction, an event
that repeats a stored one merged into it as another source, and a document's events replaced
when its publication date changes."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from core.events.names import entity_key
from core.model import Document, Event
from core.store import buckets, bulk
from core.store.connection import write_transaction
from core.store.disputes import StoreDisputes
from core.store.documents import StoreDocuments
from core.store.entities import StoreEntities
from core.store.ranking import score
from core.store.schema import SHORT_SPAN

log = logging.getLogger(__name__)

WRITER_CACHE_KB = 128 * 1024
NAMED_KEPT = 200_000  # articles whose names a bulk load keeps at most (_names_in)


def nearest_names(named: dict[int, set[str]], at: int) -> frozenset[str]:
    """The names given at the nearest offset at or before ``at`` that gives any (else the
    first after it), from ``{char_start: names}`` of an article's events."""
    given = [start for start, names in named.items() if names]
    before = max((start for start in given if start <= at), default=None)
    if before is not None:
        return frozenset(named[before])
    return frozenset(named[min(given)]) if given else frozenset()


@dataclass(frozen=True, slots=True)
class Reported:
    """An event with the names of its context: an event that names nobody ("The dividend will
    be paid") is about whom its article named last, the nearest event before it (or, at the
    article's start, after it) that names someone."""

    event: Event
    context: frozenset[str]


# Chooses, among stored candidates (Store.merge_candidates), the one a new event repeats.
SameHappening = Callable[[Reported, list[tuple[int, Reported]]], int | None]


def same_happening(new: Reported, candidates: list[tuple[int, Reported]]) -> int | None:
    """The stored event that ``new`` reports again (``core.events.merge``): the rule ingest
    and re-extraction write with."""
    from core.events.merge import find_merge_target

    target = find_merge_target(
        new.event, [c.event for _, c in candidates], [c.context for _, c in candidates],
        new.context,
    )  # fmt: skip
    return next((i for i, c in candidates if c.event is target), None)


_EVENT_COLUMNS = (  # an id, then core.model.Event's fields up to entities
    'e.id, e.title, e.start, e."end", e.precision, e.undated, e.kind, e.sentence, '
    "e.char_start, e.char_end, e.start_ts, e.end_ts, e.document_id"  # and its first article
)


class StoreWrites(StoreDisputes, StoreDocuments, StoreEntities):
    """Adding and replacing documents' events (a part of ``core.store.Store``)."""

    _pending: buckets.Pending | None = None  # the pyramid's counts during a bulk load
    _named: dict[int, dict[int, set[str]]] | None = None  # and what articles name (_names_in)

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
        counted: list[tuple[tuple[int, float, float, str], int]] = []
        if not getattr(self, "_bulk_cache", False):
            # The default 2 MB page cache spills a large transaction's dirty pages to the WAL
            # before the commit, and re-reads the summary pyramid's pages for every batch;
            # it grows only as far as the pages a writer touches.
            self.db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
            self._bulk_cache = True
        with self._writing(), self._unsure_if_undone(), write_transaction(self.db):
            for document, events in batch:
                existing = self.document_id(document.content_hash)
                if existing is not None:
                    results.append((existing, False))
                    continue
                doc_id = self._insert_document(document)
                counted += self._insert_events(doc_id, events, same)
                results.append((doc_id, True))
            self._count([row for row, _ in counted], [n for _, n in counted])
        return results

    @contextlib.contextmanager
    def bulk(self, keep_indexes: bool = True) -> Iterator[bool]:
        """A bulk load: the writes inside leave the full-text indexes, the R*Tree, the
        summary pyramid (and, with ``keep_indexes=False``, the secondary indexes merging
        needs) to be brought up to date once on leaving (``core.store.bulk``). Each write
        still commits whole documents; a killed load is completed by the next writer.

        Yields False, and writes as usual, when a load already runs on this database (here
        or in another process) or this system cannot lock files. Readers meanwhile see the
        documents and events as they are written, but not in search or the overview's counts.
        """
        with bulk.running(self.path) as mine:
            if not mine or self.read_only or self._pending is not None:
                yield False
                return
            with self._writing():
                if bulk.suspended(self.db):  # a load killed before: complete it first
                    bulk.finish(self.db, None)
                bulk.suspend(self.db, keep_indexes)
            self._pending, self._named = buckets.Pending(), {}
            try:
                yield True
            finally:
                pending, self._pending, self._named = self._pending, None, None
                with self._writing():
                    bulk.finish(self.db, pending)
                with contextlib.suppress(OSError):
                    os.unlink(bulk.lock_path(self.path))

    @contextlib.contextmanager
    def _unsure_if_undone(self) -> Iterator[None]:
        """A transaction of a bulk load that is rolled back leaves in memory counts and
        names of rows that are not there: the pyramid is then rebuilt at the end."""
        try:
            yield
        except BaseException:
            if self._pending is not None:
                self._pending.lost, self._named = True, {}
            raise

    def _count(self, rows: list[tuple[int, float, float, str]], counts: list[int]) -> None:
        """Count events into the pyramid, now or (in a bulk load) at its end."""
        if self._pending is not None:
            self._pending.add(rows, counts)
        else:  # the batch's summary rows in one pass (the slow part of a write, else)
            buckets.add(self.db, rows, counts)

    def _write_pending(self) -> None:
        """What a bulk load counted so far, written before a count is taken away."""
        if self._pending is not None:
            self._pending.write(self.db)

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
        touched = self.document_event_ids(document_id)
        self._remove_document_sources(document_id)
        self.recheck_disputes(touched)  # what its reports made of other articles' events
        fresh = [e for e in events if (e.char_start, e.char_end, e.title) not in handled]
        counted = self._insert_events(document_id, fresh, same)
        self._count([row for row, _ in counted], [n for _, n in counted])

    def merge_candidates(self, event: Event, limit: int = 30) -> list[tuple[int, Reported]]:
        """Stored events that could report the same happening as ``event``: close enough in
        time (``core.events.merge.candidate_window``) and sharing a name, or, for an event without
        names, any in that time; each with its context in the article that first gave it."""
        from core.events.merge import candidate_window  # the merge rules own what "close" means

        lo, hi = candidate_window(event)
        names = sorted({e.text for e in event.entities})
        if names:  # by name, or by key: "Vladimir Poutine" finds "Wladimir Putin"
            keys = sorted({entity_key(e.text, e.kind) for e in event.entities})
            rows = self.db.conn.execute(
                f"SELECT DISTINCT {_EVENT_COLUMNS} FROM entities n "
                "JOIN event_entities x ON x.entity_id = n.id JOIN events e ON e.id = x.event_id "
                f"WHERE (n.name IN ({','.join('?' * len(names))}) "
                f"OR n.key IN ({','.join('?' * len(keys))})) AND e.start_ts < ? "
                "AND e.end_ts > ? LIMIT ?",
                [*names, *keys, hi, lo, limit],
            ).fetchall()
        else:
            rows = self.db.conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.start_ts >= ? AND e.start_ts < ? "
                "AND e.end_ts > ? LIMIT ?",
                [lo - SHORT_SPAN, hi, lo, limit],
            ).fetchall()
        names_of = self._entities_of([r[0] for r in rows])
        events = [(r[0], Event(*r[1:-1], entities=names_of.get(r[0], ()))) for r in rows]
        named = self._names_in({r[-1] for r in rows})
        return [
            (i, Reported(e, nearest_names(named[r[-1]], e.char_start)))
            for (i, e), r in zip(events, rows, strict=True)
        ]

    def _names_in(self, documents: set[int]) -> dict[int, dict[int, set[str]]]:
        """What each of these articles names at each offset, ``{char_start: names}`` (what
        ``nearest_names`` reads an event's context from), in one query for those not known.

        In a bulk load they are kept (a candidate's article comes back for event after
        event) until a merge links names to an event of theirs (``_forget_names``)."""
        known = self._named if self._named is not None else {}
        if len(known) > NAMED_KEPT:
            known.clear()
        missing = [d for d in documents if d not in known]
        if missing:
            rows = self.db.conn.execute(
                "SELECT s.document_id, s.char_start, lower(n.name) FROM event_sources s "
                "JOIN event_entities x ON x.event_id = s.event_id "
                "JOIN entities n ON n.id = x.entity_id "
                f"WHERE s.document_id IN ({','.join('?' * len(missing))})",
                missing,
            ).fetchall()
            known.update((d, {}) for d in missing)
            for document, start, name in rows:
                known[document].setdefault(start, set()).add(name)
        return known

    def _forget_names(self, merged_into: list[int]) -> None:
        """Stored events given another source (and its names): the articles reporting them
        name more at their offsets now."""
        if self._named and merged_into:
            for (document,) in self.db.conn.execute(
                "SELECT DISTINCT document_id FROM event_sources "
                f"WHERE event_id IN ({','.join('?' * len(merged_into))})",
                merged_into,
            ):
                self._named.pop(document, None)

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

    def _insert_document(self, document: Document) -> int:
        row = {
            "content_hash": document.content_hash, "path": document.path,
            "locator": document.locator, "title": document.title, "text": document.text,
            "published": document.published, "published_source": document.published_source,
            "body_start": document.body_start, "language": document.language,
            "added_at": datetime.now().isoformat(timespec="seconds"),
        }  # fmt: skip
        cursor = self.db.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return cursor.lastrowid

    def _insert_events(
        self, doc_id: int, events: Sequence[Event], same: SameHappening | None
    ) -> list[tuple[tuple[int, float, float, str], int]]:
        """Insert a document's events (or sources of stored ones, with ``same``); returns
        what the summary buckets must count, ``((id, start_ts, score, title), count)``, for
        the caller to add once per transaction."""
        named: dict[int, set[str]] = {}
        for e in events:
            named.setdefault(e.char_start, set()).update(n.text.lower() for n in e.entities)
        targets = [
            same(Reported(e, nearest_names(named, e.char_start)), self.merge_candidates(e))
            if same else None
            for e in events
        ]  # fmt: skip
        # A report of a stored happening with another date: an update or a dispute.
        targets, settled = self.settle_disputes(doc_id, events, targets) if same else (targets, [])
        fresh = [e for e, t in zip(events, targets, strict=True) if t is None]
        # We hold the write lock, so the next ids are ours to assign: one executemany each.
        first = (self.db.conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        ids = iter(range(first, first + len(fresh)))
        targets = [t if t is not None else next(ids) for t in targets]
        self.db.conn.executemany(
            'INSERT INTO events (id, document_id, title, start, "end", precision, undated, kind, '
            "sentence, char_start, char_end, start_ts, end_ts, sources, score, salience) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            [(i, doc_id, e.title, e.start, e.end, e.precision, int(e.undated), e.kind, e.sentence,
              e.char_start, e.char_end, e.start_ts, e.end_ts, score(e), e.salience)
             for i, e in zip(range(first, first + len(fresh)), fresh, strict=True)],
        )  # fmt: skip
        self.db.conn.executemany(
            "INSERT INTO event_sources (event_id, document_id, title, sentence, char_start, "
            'char_end, start, "end", precision, start_ts, end_ts) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(t, doc_id, e.title, e.sentence, e.char_start, e.char_end, e.start, e.end,
              e.precision, e.start_ts, e.end_ts)
             for t, e in zip(targets, events, strict=True)],
        )  # fmt: skip
        rescored = [self._rescore(t) for t, e in zip(targets, events, strict=True) if t < first]
        self._link_all(zip(targets, (e.entities for e in events), strict=True))
        self._forget_names([t for t in targets if t < first])
        if settled:
            self._write_pending()
        self.apply_disputes(events, settled)
        new = [((first + n, e.start_ts, score(e), e.title), 1) for n, e in enumerate(fresh)]
        return new + [(row, 0) for row in rescored]

    def _rescore(self, event_id: int) -> tuple[int, float, float, str]:
        """One more source for a stored event: it ranks higher in its buckets."""
        self.db.conn.execute(
            "UPDATE events SET sources = sources + 1, score = score + 1 WHERE id = ?", [event_id]
        )
        return self.db.conn.execute(
            "SELECT id, start_ts, score, title FROM events WHERE id = ?", [event_id]
        ).fetchone()

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
            self._write_pending()
            buckets.remove(self.db, orphans)
        conn.execute(
            "UPDATE events SET "
            "sources = (SELECT count(*) FROM event_sources s WHERE s.event_id = events.id), "
            "document_id = (SELECT min(document_id) FROM event_sources s "
            "WHERE s.event_id = events.id) WHERE document_id = ?",
            [doc_id],
        )
