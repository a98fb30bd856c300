"""What is new: the events that articles added since a moment added or changed.

An event is added or changed by an article exactly when that article is one of its sources
(a new event, another report merged in, a precise date that updated it, a dispute), so what
is new since a moment is read from the sources' articles, with no bookkeeping of its own:
since an article (document ids only grow) for the window, which remembers the last article
it showed; since a date (when each article was added) for ``export --since``.
"""

from __future__ import annotations

import logging

from core.store.connection import StoreConnection

log = logging.getLogger(__name__)


class StoreNews(StoreConnection):
    """What is new (a part of ``core.store.Store``)."""

    def last_document_id(self) -> int:
        """The newest article's id (0: none): what a later ``new_since`` compares with."""
        return self.db.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]

    def new_since(self, document_id: int) -> list[int]:
        """The events articles stored after ``document_id`` added or changed, by id."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT event_id FROM event_sources WHERE document_id > ? ORDER BY event_id",
            [document_id],
        )]  # fmt: skip

    def new_since_date(self, added: str) -> list[int]:
        """The events articles added from ``added`` on (ISO date or date and time, local
        time as ``documents.added_at``) added or changed, by id."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT s.event_id FROM event_sources s JOIN documents d "
            "ON d.id = s.document_id WHERE d.added_at >= ? ORDER BY s.event_id",
            [added],
        )]  # fmt: skip
