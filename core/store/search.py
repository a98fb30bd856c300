"""Full-text search over events and their articles, and the filters (article, kind, entity,
words) that narrow the events the window and the exports read."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from core.store.connection import StoreConnection

log = logging.getLogger(__name__)


class StoreSearch(StoreConnection):
    """Search and filters (a part of ``core.store.Store``)."""

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

    def search_events(self, query: str, limit: int = 100_000) -> list[int]:
        """Ids of events whose own title or sentence matches ``query`` (full text, any word
        form), unlike ``search``, which also takes every event of a matching article."""
        rows = self.db.conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
            [self.db.quote_fts(query), limit],
        ).fetchall()
        return sorted(r[0] for r in rows)

    def _filters(
        self,
        document_ids: Sequence[int],
        kind: str | None,
        entity_id: int | None,
        search: str | None,
        language: str | None = None,
    ) -> tuple[str, list]:
        """The ``AND …`` conditions on events ``e`` and their arguments for these filters."""
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
        if language:  # reported by some article in this language (ISO 639-1)
            where += (" AND e.id IN (SELECT s.event_id FROM event_sources s JOIN documents d "
                      "ON d.id = s.document_id WHERE d.language = ?)")  # fmt: skip
            args.append(language)
        return where, args
