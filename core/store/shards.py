"""Shards: databases written apart (by cluster workers, each its share of an archive) and
merged into the store with ATTACH and INSERT … SELECT, a few statements a shard instead of
Python building every row.

Only for a load that keeps every event apart (``same=None``): deciding that an event reports
a stored happening needs every article stored before it, so events that may merge must go
through the one writer in order (``Store.add_documents``). Merged in the order they were
cut, shards give the store a plain write gives (ids, entities and the pyramid included);
inside ``Store.bulk``, the full-text indexes and the pyramid are left to its end.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from core.model import Document, Event
from core.store.bulk import ROWS_AT_ONCE
from core.store.connection import write_transaction
from core.store.writes import StoreWrites

log = logging.getLogger(__name__)


def write_shard(
    path: str | os.PathLike[str], batch: Sequence[tuple[Document, Sequence[Event]]]
) -> int:
    """A new shard at ``path`` holding ``batch``, every event apart; how many documents.
    Runs where the extraction ran (``core.store`` opened there), not in the store's writer."""
    from core.store.store import open_store  # a shard is a store of its own

    shard = open_store(path)
    try:
        with shard.bulk(keep_indexes=False):
            shard.add_documents(batch)
        return shard.count_documents()
    finally:
        shard.close()


def merge_shard(store: StoreWrites, path: str | os.PathLike[str]) -> tuple[int, int]:
    """Add a shard's documents not stored yet to ``store``, with their events, sources and
    entities, in one transaction; returns ``(documents, events)`` added."""
    conn = store.db.conn
    conn.execute("ATTACH DATABASE ? AS shard", [os.fspath(path)])
    try:
        with store._writing(), store._unsure_if_undone(), write_transaction(store.db):
            added = _merge_attached(store)
    finally:
        conn.execute("DETACH DATABASE shard")
    return added


def _merge_attached(store: StoreWrites) -> tuple[int, int]:
    conn = store.db.conn
    first_doc, first_event = (
        conn.execute(f"SELECT coalesce(max(id), 0) FROM main.{t}").fetchone()[0]
        for t in ("documents", "events")
    )
    # New ids in the shard's order, after the store's; a document already stored (a run
    # resumed) is left out with its events.
    conn.execute("DROP TABLE IF EXISTS temp.doc_map")
    conn.execute("DROP TABLE IF EXISTS temp.event_map")
    conn.execute(
        "CREATE TEMP TABLE doc_map AS SELECT d.id AS old, ? + row_number() OVER "
        "(ORDER BY d.id) AS new FROM shard.documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM main.documents m WHERE m.content_hash = d.content_hash)",
        [first_doc],
    )
    conn.execute(
        "CREATE TEMP TABLE event_map AS SELECT e.id AS old, ? + row_number() OVER "
        "(ORDER BY e.id) AS new FROM shard.events e "
        "WHERE e.document_id IN (SELECT old FROM temp.doc_map)",
        [first_event],
    )
    conn.execute("CREATE UNIQUE INDEX temp.doc_map_old ON doc_map (old)")
    conn.execute("CREATE UNIQUE INDEX temp.event_map_old ON event_map (old)")
    _copy(store, "documents", {"id": "m.new"}, "JOIN temp.doc_map m ON m.old = s.id")
    _copy(
        store,
        "events", {"id": "m.new", "document_id": "d.new"},
        "JOIN temp.event_map m ON m.old = s.id JOIN temp.doc_map d ON d.old = s.document_id",
    )  # fmt: skip
    _copy(
        store,
        "event_sources", {"id": None, "event_id": "m.new", "document_id": "d.new"},
        "JOIN temp.event_map m ON m.old = s.event_id "
        "JOIN temp.doc_map d ON d.old = s.document_id",
    )  # fmt: skip
    # names keep the order they were first given in: new ones get ids as the shard did
    columns = ", ".join(
        f'"{r[1]}"' for r in conn.execute("PRAGMA main.table_info(entities)") if r[1] != "id"
    )  # every column a name has (its key too, where the schema gives one)
    conn.execute(
        f"INSERT OR IGNORE INTO main.entities ({columns}) "
        f"SELECT {columns} FROM shard.entities ORDER BY id"
    )
    conn.execute(
        "INSERT OR IGNORE INTO main.event_entities (event_id, entity_id) "
        "SELECT m.new, n.id FROM shard.event_entities x "
        "JOIN temp.event_map m ON m.old = x.event_id "
        "JOIN shard.entities o ON o.id = x.entity_id "
        "JOIN main.entities n ON n.name = o.name AND n.kind = o.kind ORDER BY m.new, n.id"
    )
    cursor = conn.execute(
        "SELECT m.new, e.start_ts, e.score, e.title FROM shard.events e "
        "JOIN temp.event_map m ON m.old = e.id ORDER BY m.new"
    )
    while rows := cursor.fetchmany(ROWS_AT_ONCE):
        store._count(rows, [1] * len(rows))
    added = tuple(
        conn.execute(f"SELECT count(*) FROM temp.{t}").fetchone()[0]
        for t in ("doc_map", "event_map")
    )
    conn.execute("DROP TABLE temp.doc_map")
    conn.execute("DROP TABLE temp.event_map")
    return added


def _copy(store: StoreWrites, table: str, mapped: dict[str, str | None], joins: str) -> None:
    """Copy a shard table's rows, columns in ``mapped`` given new values (None: the
    store assigns them), in the new ids' order."""
    columns = [r[1] for r in store.db.conn.execute(f"PRAGMA main.table_info({table})")]
    kept = [c for c in columns if mapped.get(c, "") is not None]
    values = ", ".join(mapped.get(c) or f's."{c}"' for c in kept)
    names = ", ".join(f'"{c}"' for c in kept)
    store.db.conn.execute(
        f"INSERT INTO main.{table} ({names}) SELECT {values} FROM shard.{table} s {joins} "
        "ORDER BY s.id"
    )
