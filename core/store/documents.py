"""Reading the stored articles: which are there, their dates, text, and what they gave."""

from __future__ import annotations

import logging
from typing import Any

from core.model import Document
from core.store.connection import StoreConnection

log = logging.getLogger(__name__)


class StoreDocuments(StoreConnection):
    """The stored articles (a part of ``core.store.Store``)."""

    def document_id(self, content_hash: str) -> int | None:
        """The stored article with this content, whatever its path; None if there is none."""
        row = self.db.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return row[0] if row else None

    def count_documents(self) -> int:
        """How many articles are stored."""
        return self.db.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self) -> list[dict[str, Any]]:
        """Every stored article without its text, in the order they were added."""
        return list(self.db.query(
            "SELECT id, path, locator, title, published, published_source, content_hash, "
            "language FROM documents ORDER BY id"
        ))  # fmt: skip

    def document(self, document_id: int) -> Document | None:
        """A stored article as it was read, text included; None if there is none."""
        row = self.db.conn.execute(
            "SELECT path, title, text, published, published_source, content_hash, body_start, "
            "locator, language FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        return Document(*row) if row else None

    def source_counts(self) -> dict[str, int]:
        """How many events each stored document contributed, by content hash."""
        return dict(self.db.conn.execute(
            "SELECT d.content_hash, count(s.id) FROM documents d "
            "LEFT JOIN event_sources s ON s.document_id = d.id GROUP BY d.id"
        ).fetchall())  # fmt: skip

    def document_event_ids(self, document_id: int) -> set[int]:
        """The events this document is a source of."""
        rows = self.db.conn.execute(
            "SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?", [document_id]
        ).fetchall()
        return {r[0] for r in rows}

    def document_text(self, document_id: int) -> str | None:
        """The full text of a stored article, as its events' character offsets count it."""
        row = self.db.conn.execute(
            "SELECT text FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        return row[0] if row else None
