"""What the window asks of the database, as plain functions run in worker threads.

Each opens its own Store (a connection belongs to its thread) and closes it before returning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.ingest import IngestReport, Progress, ingest
from core.store import open_store
from ui.models import EventRow
from ui.timeline import TimelineItem

log = logging.getLogger(__name__)


@dataclass
class Snapshot:
    """Everything the window shows of one database, read in one go."""

    rows: list[EventRow] = field(default_factory=list)
    items: list[TimelineItem] = field(default_factory=list)  # aligned with rows
    documents: list[dict[str, Any]] = field(default_factory=list)  # with an "events" count
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def kinds(self) -> list[str]:
        return sorted({r.kind for r in self.rows})

    def shown(self, hidden_documents: set[int], kind: str | None) -> np.ndarray:
        """Rows to show: reported by a document not hidden, of ``kind`` when given."""
        mask = np.ones(len(self.rows), bool)
        if hidden_documents and len(self.pairs):
            visible = ~np.isin(self.pairs[:, 1], list(hidden_documents))
            mask &= np.isin(self.ids, self.pairs[visible, 0])
        if kind:
            mask &= np.fromiter((r.kind == kind for r in self.rows), bool, len(self.rows))
        return mask


def load_snapshot(db_path: str) -> Snapshot:
    store = open_store(db_path)
    try:
        raw = store.event_rows()
        pairs = store.event_documents()
        documents = store.documents()
        counts = store.source_counts()
    finally:
        store.close()
    rows = [EventRow(*r[:5], bool(r[5]), *r[6:]) for r in raw]
    items = [
        TimelineItem(r.id, r.start_ts, r.end_ts, r.title, r.precision, r.undated) for r in rows
    ]
    for doc in documents:
        doc["events"] = counts.get(doc["content_hash"], 0)
    return Snapshot(
        rows,
        items,
        documents,
        np.asarray(pairs, np.int64).reshape(-1, 2),
        np.fromiter((r.id for r in rows), np.int64, len(rows)),
    )


def load_event(db_path: str, event_id: int) -> tuple[dict[str, Any], str] | None:
    """An event with its sources, and the text of the article it first came from."""
    store = open_store(db_path)
    try:
        event = store.event(event_id)
        if event is None:
            return None
        return event, store.document_text(event["document_id"]) or ""
    finally:
        store.close()


def search_events(db_path: str, query: str) -> set[int]:
    store = open_store(db_path)
    try:
        return set(store.search_events(query))
    finally:
        store.close()


def ingest_paths(
    db_path: str,
    paths: Sequence[str],
    progress: Callable[[Progress], None],
    cancelled: Callable[[], bool],
) -> IngestReport:
    store = open_store(db_path)
    try:
        return ingest(store, paths, progress=progress, cancelled=cancelled)
    finally:
        store.close()
