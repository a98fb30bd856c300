"""What the window asks of the database, as plain functions run in worker threads.

Each opens its own Store (a connection belongs to its thread) and closes it before returning.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.ingest import IngestReport, Progress, ingest
from core.reading.language import language_name
from core.store import open_store
from core.store.schema import SHORT_SPAN
from ui.event_columns import CodedColumn, EventColumns
from ui.lanes import ENTITY_KINDS, LaneSpec, article_lanes, entity_lanes, kind_lanes
from ui.timeline_data import FIT_SHARE, TimelineData

log = logging.getLogger(__name__)

PREVIEW_MIN_EVENTS = 50_000  # fewer load in about a second: no stand-in needed


def _no_events() -> EventColumns:
    return EventColumns.from_rows([])


@dataclass
class Snapshot:
    """Everything the window shows of one database, read and arranged in a worker."""

    rows: EventColumns = field(default_factory=_no_events)
    data: TimelineData = field(default_factory=lambda: TimelineData(()))  # aligned with rows
    documents: list[dict[str, Any]] = field(default_factory=list)  # with an "events" count
    merged: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    kind_names: list[str] = field(default_factory=list)
    kind_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    by_date: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    # Read only for lanes by name: (event id, entity id) pairs, and (id, name, kind).
    entity_pairs: np.ndarray | None = None
    entities: list[tuple[int, str, str]] = field(default_factory=list)
    # rows among a set of ids (``mask_of``), by the set's identity
    _masks: dict[int, tuple[AbstractSet[int], np.ndarray]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def shown(
        self,
        hidden_documents: set[int],
        kind: str | None,
        within: Sequence[AbstractSet[int]] = (),
    ) -> np.ndarray:
        """Rows to show: reported by some document not hidden, of ``kind`` when given, and
        among each set of event ids ``within`` (a name's events, a search's hits)."""
        mask = np.ones(len(self.rows), bool)
        for ids in within:
            mask &= self.mask_of(ids)
        if hidden_documents:
            hidden = list(hidden_documents)
            reported = ~np.isin(self.rows.document_ids, hidden)
            if len(self.merged):
                others = self.merged[~np.isin(self.merged[:, 1], hidden), 0]
                reported |= np.isin(self.rows.ids, others)
            mask &= reported
        if kind:
            code = self.kind_names.index(kind) if kind in self.kind_names else -1
            mask &= self.kind_codes == code
        return mask

    def mask_of(self, ids: AbstractSet[int]) -> np.ndarray:
        """Which rows are among ``ids`` (remembered for the last few sets: a search's
        worker works it out before the window asks, for a million rows 0.1 s)."""
        kept = self._masks.get(id(ids))
        if kept is not None and kept[0] is ids:
            return kept[1]
        wanted = np.sort(_array_of(ids))
        at = np.minimum(np.searchsorted(wanted, self.rows.ids), max(len(wanted) - 1, 0))
        mask = wanted[at] == self.rows.ids if len(wanted) else np.zeros(len(self.rows), bool)
        if len(self._masks) >= 4:
            self._masks.pop(next(iter(self._masks)))
        self._masks[id(ids)] = (ids, mask)
        return mask

    def lanes(
        self,
        mode: str,
        shown: np.ndarray,
        hidden_documents: set[int] | frozenset[int] = frozenset(),
    ) -> list[LaneSpec] | None:
        """The lanes of ``mode`` (ui.lanes.MODES) over the rows ``shown`` (a mask), as
        positions among them, hidden articles having none; None for one timeline, or by
        name when names were not read."""
        if mode not in ("article", "kind", "entity"):
            return None
        rows = np.flatnonzero(shown)
        ids = self.rows.ids[rows]
        if mode == "article":
            documents = [d for d in self.documents if d["id"] not in hidden_documents]
            return article_lanes(ids, self.rows.document_ids[rows], self.merged, documents)
        if mode == "kind":
            return kind_lanes(self.kind_codes[rows], self.kind_names)
        if mode == "entity" and self.entity_pairs is not None:
            return entity_lanes(ids, self.entity_pairs, self.entities)
        return None


def load_snapshot(db_path: str, with_entities: bool = False) -> Snapshot:
    """Everything the window shows; the names events mention only ``with_entities``."""
    store = open_store(db_path)
    try:
        rows = EventColumns.from_store(store.event_columns())
        if rows is None:  # a title holding a NUL byte: read row by row
            rows = EventColumns.from_batches(store.event_row_batches())
        merged = store.merged_event_documents(rows.ids[rows.sources > 1].tolist())
        documents = store.documents()
        counts = store.source_counts()
        links = store.entity_links(ENTITY_KINDS) if with_entities else None
    finally:
        store.close()
    data = TimelineData.from_columns(
        rows.ids,
        rows.start_ts,
        rows.end_ts,
        rows.titles,
        rows.precisions,
        rows.undated,
        rows.scores,
    )
    data.densest(FIT_SHARE)  # what zoom to fit asks: worked out here, not on the GUI thread
    data.middles_in_order()  # what the overview counts by: likewise
    for doc in documents:
        doc["events"] = counts.get(doc["content_hash"], 0)
    kind_names, kind_codes = _kind_codes(rows.kinds)
    for code in {doc.get("language") or "en" for doc in documents}:
        language_name(code)  # the language box names them: babel loads its data here
    merged_pairs = np.asarray(merged, np.int64).reshape(-1, 2)
    by_date = data.rows_in_time_order()  # the table's order: rows are data's rows
    snapshot = Snapshot(rows, data, documents, merged_pairs, kind_names, kind_codes, by_date)
    if links is not None:
        snapshot.entity_pairs = np.asarray(links[0], np.int64).reshape(-1, 2)
        snapshot.entities = links[1]
    return snapshot


def _kind_codes(kinds: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The kinds present, in alphabetical order, and each row's place among them."""
    if isinstance(kinds, CodedColumn):
        present = np.flatnonzero(np.bincount(kinds.codes, minlength=len(kinds.words)))
        names = sorted(kinds.words[c] for c in present.tolist())
        place = np.full(len(kinds.words), -1, np.int64)
        place[present] = [names.index(kinds.words[c]) for c in present.tolist()]
        return names, place[kinds.codes]
    names = sorted(set(kinds))
    code_of = {k: i for i, k in enumerate(names)}
    return names, np.fromiter(map(code_of.__getitem__, kinds), np.int64, len(kinds))


def load_preview(db_path: str, min_events: int = PREVIEW_MIN_EVENTS) -> TimelineData | None:
    """Counts of events by when they start, from the summary table (milliseconds even for a
    million events), or None when there are too few events to be worth it."""
    store = open_store(db_path)
    try:
        starts, counts, width = store.overview_counts()
    finally:
        store.close()
    if counts.sum() < min_events:
        return None
    # each count spread over its bucket: counted at its middle, a view's bars that take in
    # six buckets or seven would alternate short and tall, as if the events came in waves
    return TimelineData.from_counts(starts + width / 2, counts.astype(np.int64), width)


def load_window(
    db_path: str, t0: float, t1: float, limit: int, long_limit: int = 10_000
) -> TimelineData | None:
    """The events whose dates overlap ``[t0, t1)``, read by time from the indexes (tens of
    milliseconds in a million), or None when more than ``limit`` short ones (a day or less)
    or ``long_limit`` long ones (weeks to centuries) lie there: all of them or none, never
    a stretch missing its periods."""
    store = open_store(db_path)
    try:
        if store.count_long(t0, t1) > long_limit:
            return None
        rows = store.events_in_window(t0, t1, limit=limit + long_limit + 1)
    finally:
        store.close()
    if sum(1 for r in rows if r[2] - r[1] <= SHORT_SPAN) > limit:
        return None
    ids, starts, ends, titles, precisions, undated, _kinds = (
        list(c) for c in zip(*rows, strict=True)
    ) if rows else ([] for _ in range(7))  # fmt: skip
    return TimelineData.from_columns(
        np.asarray(ids, np.int64), np.asarray(starts, np.float64),
        np.asarray(ends, np.float64), titles, precisions, np.asarray(undated, bool),
    )  # fmt: skip


def load_most_salient(db_path: str, t0: float, t1: float, limit: int) -> tuple[int, TimelineData]:
    """How many events start in ``[t0, t1)``, and the ``limit`` most salient of them, most
    salient first (what a bar lists while the events are read)."""
    store = open_store(db_path)
    try:
        total, rows = store.most_salient(t0, t1, limit)
    finally:
        store.close()
    cols = list(zip(*rows, strict=True)) if rows else [()] * 7
    return total, TimelineData.from_columns(
        np.asarray(cols[0], np.int64), np.asarray(cols[1], np.float64),
        np.asarray(cols[2], np.float64), list(cols[3]), list(cols[4]),
        np.asarray(cols[5], bool), np.asarray(cols[6], np.float64),
    )  # fmt: skip


def count_stored(db_path: str) -> tuple[int, int]:
    """(articles, events) stored: what a timeline holds, told while it opens."""
    store = open_store(db_path)
    try:
        return store.count_documents(), store.count_events()
    finally:
        store.close()


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


def entity_events(db_path: str, name: str, kind: str) -> set[int]:
    store = open_store(db_path)
    try:
        return set(store.entity_event_ids(name, kind))
    finally:
        store.close()


def load_document_text(db_path: str, document_id: int) -> str:
    store = open_store(db_path)
    try:
        return store.document_text(document_id) or ""
    finally:
        store.close()


def search_events(db_path: str, query: str) -> set[int]:
    store = open_store(db_path)
    try:
        return _set_of(store.search_events(query))
    finally:
        store.close()


CHUNK = 50_000  # what one C call takes in at most: it holds the GIL, and the window waits


def _set_of(values: list[int]) -> set[int]:
    """A set built a slice at a time: one call over a million ids held the GIL, and so
    stalled the window, for 150 ms."""
    found: set[int] = set()
    for i in range(0, len(values), CHUNK):
        found.update(values[i : i + CHUNK])
    return found


def _array_of(ids: AbstractSet[int]) -> np.ndarray:
    """The ids as an array, a slice at a time (as ``_set_of``)."""
    it = iter(ids)
    parts = [np.fromiter(itertools.islice(it, CHUNK), np.int64) for _ in range(0, len(ids), CHUNK)]
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)


def count_events(db_path: str) -> int:
    store = open_store(db_path)
    try:
        return store.count_events()
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
