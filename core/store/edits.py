"""The user's corrections: edit, delete, merge, split, check — each undoable, all persisted.

Every edit records snapshots of the events it touched, before and after, in the ``edits``
table; undo restores the "before" snapshots and redo the "after" ones, so any edit, however
it was made, undoes the same way, across restarts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from core.model import Event, to_seconds
from core.store import buckets
from core.store.connection import write_transaction
from core.store.disputes import dates_disagree
from core.store.ranking import score_of
from core.store.store import Store
from core.timeval import parse_value

log = logging.getLogger(__name__)

EDITABLE = ("title", "start", "end", "precision", "kind", "checked")
_EVENT_FIELDS = (
    "id", "document_id", "title", "start", "end", "precision", "undated", "kind", "sentence",
    "char_start", "char_end", "start_ts", "end_ts", "sources", "score", "edited", "checked",
    "disputed", "salience",
)  # fmt: skip
_SOURCE_FIELDS = (
    "id", "event_id", "document_id", "title", "sentence", "char_start", "char_end", "start",
    "end", "precision", "start_ts", "end_ts",
)  # fmt: skip


class EditError(ValueError):
    """An edit that cannot be made; the message says why."""


class Curator:
    """Applies the user's edits to a store, with undo and redo that survive a restart."""

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db

    # Edits ------------------------------------------------------------------------------

    def update(self, event_id: int, **fields: Any) -> None:
        """Change an event's title, date (``start``, ``end``, ``precision``), kind or checked
        mark. A date is a TIMEX3 value ("2022-02-14", "2022-02", "2014")."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise EditError(f"cannot edit {', '.join(sorted(unknown))}")
        with self._edit(f"Edit “{self._title(event_id)}”", [event_id]):
            row = self._snapshot(event_id)["event"]
            row.update(fields)
            row.update(_bounds(row["start"], row["end"]))
            if "precision" not in fields:
                row["precision"] = parse_value(row["start"]).precision
            row["edited"] = 1 if set(fields) != {"checked"} else row["edited"]
            self._restore({event_id: {**self._snapshot(event_id), "event": row}})

    def delete(self, event_ids: Iterable[int]) -> None:
        ids = list(event_ids)
        label = f"Delete “{self._title(ids[0])}”" if len(ids) == 1 else f"Delete {len(ids)} events"
        with self._edit(label, ids):
            for event_id in ids:
                for source in self._snapshot(event_id)["sources"]:
                    self._tombstone(source)
            self._restore({event_id: None for event_id in ids})

    def merge(self, event_ids: list[int]) -> int:
        """Make several events one, keeping every source; the first keeps its title and date."""
        if len(event_ids) < 2:
            raise EditError("choose at least two events to merge")
        keep, *others = event_ids
        with self._edit(f"Merge {len(event_ids)} events into “{self._title(keep)}”", event_ids):
            kept = self._snapshot(keep)
            for other in others:
                snap = self._snapshot(other)
                kept["sources"] += [{**s, "event_id": keep} for s in snap["sources"]]
                kept["entities"] = sorted(set(kept["entities"]) | set(snap["entities"]))
            kept["event"]["sources"] = len(kept["sources"])
            kept["event"]["edited"] = 1
            self._restore({keep: kept, **{other: None for other in others}})
        return keep

    def split(self, event_id: int, source_id: int) -> int:
        """Take one source out of a merged event into an event of its own."""
        snap = self._snapshot(event_id)
        moving = [s for s in snap["sources"] if s["id"] == source_id]
        if not moving or len(snap["sources"]) < 2:
            raise EditError("only a source of an event with several sources can be split off")
        new_id = self._next_id()
        with self._edit(f"Split a source off “{snap['event']['title']}”", [event_id, new_id]):
            source = moving[0]
            rest = [s for s in snap["sources"] if s["id"] != source_id]
            remaining = {**snap, "sources": rest}
            remaining["event"] = {**snap["event"], "sources": len(rest), "edited": 1,
                                  "disputed": _still_disputed(snap["event"], rest)}  # fmt: skip
            new_event = {
                **snap["event"], "id": new_id, "title": source["title"], "sources": 1,
                "document_id": source["document_id"], "sentence": source["sentence"],
                "char_start": source["char_start"], "char_end": source["char_end"], "edited": 1,
                "disputed": 0,
            }  # fmt: skip
            if snap["event"].get("disputed") and source.get("start"):  # its own date
                new_event.update({k: source[k] for k in ("start", "end", "precision")})
                new_event.update(_bounds(source["start"], source["end"]))
            split_off = {"event": new_event, "sources": [{**source, "event_id": new_id}],
                         "entities": snap["entities"]}  # fmt: skip
            self._restore({event_id: remaining, new_id: split_off})
        return new_id

    def resolve(self, event_id: int, source_id: int) -> None:
        """Settle a disputed event on the date one of its sources gives; undoable."""
        snap = self._snapshot(event_id)
        chosen = [s for s in snap["sources"] if s["id"] == source_id]
        if not chosen or not chosen[0].get("start"):
            raise EditError("only a source of this event, with a date, can settle it")
        source = chosen[0]
        with self._edit(f"Settle “{self._title(event_id)}” on {source['start']}", [event_id]):
            row = {**snap["event"], "disputed": 0, "edited": 1}
            row.update({k: source[k] for k in ("start", "end", "precision")})
            row.update(_bounds(row["start"], row["end"]))
            self._restore({event_id: {**snap, "event": row}})

    def redate(
        self, document_id: int, published: str, source: str, events: Sequence[Event]
    ) -> None:
        """Give a document another publication date and its re-resolved ``events``, as one
        undoable edit. Its new events are not merged into other articles' (so that undo can
        give every event back exactly as it was)."""
        with self.store._writing(), write_transaction(self.db):
            before_ids = self.store.document_event_ids(document_id)
            before: dict[Any, Any] = {i: self._snapshot(i) for i in before_ids}
            before["document"] = self._dates_of(document_id)
            self.store._replace_events(document_id, published, source, events, None)
            ids = before_ids | self.store.document_event_ids(document_id)
            after: dict[Any, Any] = {i: self._snapshot(i) for i in ids}
            after["document"] = self._dates_of(document_id)
            before.update({i: None for i in ids - before_ids})
            label = f"Set the publication date of “{_short(before['document']['title'])}”"
            self._log(label, before, after)

    def _dates_of(self, document_id: int) -> dict[str, Any]:
        row = self.db.conn.execute(
            "SELECT id, title, published, published_source FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            raise EditError(f"there is no document {document_id}")
        return dict(zip(("id", "title", "published", "published_source"), row, strict=True))

    def _log(self, label: str, before: dict[Any, Any], after: dict[Any, Any]) -> None:
        self.db.conn.execute("DELETE FROM edits WHERE undone = 1")  # ends the redo trail
        self.db.conn.execute(
            "INSERT INTO edits (label, at, before, after, undone) VALUES (?, ?, ?, ?, 0)",
            [label, datetime.now().isoformat(timespec="seconds"), json.dumps(before),
             json.dumps(after)],
        )  # fmt: skip

    # Undo and redo --------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        row = self.db.conn.execute(
            "SELECT label FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def redo_label(self) -> str | None:
        row = self.db.conn.execute(
            "SELECT label FROM edits WHERE undone = 1 ORDER BY id LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def undo(self) -> str | None:
        """Undo the last edit not yet undone; returns its label, or None if there is none."""
        return self._step("undone = 0 ORDER BY id DESC", "before", undone=1)

    def redo(self) -> str | None:
        return self._step("undone = 1 ORDER BY id", "after", undone=0)

    def _step(self, which: str, side: str, undone: int) -> str | None:
        with self.store._writing(), write_transaction(self.db):
            row = self.db.conn.execute(
                f"SELECT id, label, before, after FROM edits WHERE {which} LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            raw = [json.loads(x) for x in row[2:4]]
            document = raw[0 if side == "before" else 1].get("document")
            before, after = ({int(k): v for k, v in r.items() if k != "document"} for r in raw)
            self._restore(before if side == "before" else after, forget_tombstones=undone == 1)
            if document is not None:  # a publication date set by hand, taken back or again
                self.db.conn.execute(
                    "UPDATE documents SET published = ?, published_source = ? WHERE id = ?",
                    [document["published"], document["published_source"], document["id"]],
                )
            if side == "after":  # redoing a deletion: extraction must not bring it back
                for event_id, snap in after.items():
                    if snap is None and before.get(event_id):
                        for source in before[event_id]["sources"]:
                            self._tombstone(source)
            self.db.conn.execute("UPDATE edits SET undone = ? WHERE id = ?", [undone, row[0]])
        return row[1]

    # Snapshots ------------------------------------------------------------------------------

    @contextmanager
    def _edit(self, label: str, event_ids: list[int]) -> Iterator[None]:
        """Snapshot the touched events around one edit and log it, in one transaction."""
        with self.store._writing(), write_transaction(self.db):
            before = {i: self._snapshot(i) for i in event_ids}
            yield
            after = {i: self._snapshot(i) for i in event_ids}
            self._log(label, before, after)

    def _snapshot(self, event_id: int) -> dict[str, Any] | None:
        conn = self.db.conn
        row = conn.execute(
            f"SELECT {', '.join(_q(f) for f in _EVENT_FIELDS)} FROM events WHERE id = ?",
            [event_id],
        ).fetchone()
        if row is None:
            return None
        sources = conn.execute(
            f"SELECT {', '.join(_q(f) for f in _SOURCE_FIELDS)} FROM event_sources "
            "WHERE event_id = ? ORDER BY id",
            [event_id],
        ).fetchall()
        entities = conn.execute(
            "SELECT entity_id FROM event_entities WHERE event_id = ? ORDER BY entity_id",
            [event_id],
        ).fetchall()
        return {
            "event": dict(zip(_EVENT_FIELDS, row, strict=True)),
            "sources": [dict(zip(_SOURCE_FIELDS, s, strict=True)) for s in sources],
            "entities": [e[0] for e in entities],
        }

    def _restore(
        self, snapshots: dict[int, dict[str, Any] | None], forget_tombstones: bool = False
    ) -> None:
        """Make each event exactly its snapshot (None: gone), keeping summaries in step."""
        conn = self.db.conn
        for event_id in snapshots:  # first take every touched event away: ids may move
            old = conn.execute("SELECT start_ts FROM events WHERE id = ?", [event_id]).fetchone()
            conn.execute("DELETE FROM event_sources WHERE event_id = ?", [event_id])
            conn.execute("DELETE FROM event_entities WHERE event_id = ?", [event_id])
            conn.execute("DELETE FROM events WHERE id = ?", [event_id])
            if old:
                buckets.remove(self.db, [(event_id, old[0])])
        for event_id, snap in snapshots.items():
            if snap is None:
                continue
            event = snap["event"]
            event["score"] = score_of(
                event["sources"], event["precision"], event["undated"], event.get("salience", 0.0)
            )
            conn.execute(
                f"INSERT INTO events ({', '.join(_q(f) for f in event)}) "
                f"VALUES ({', '.join('?' * len(event))})",
                list(event.values()),
            )
            for source in snap["sources"]:
                conn.execute(
                    f"INSERT INTO event_sources ({', '.join(_q(f) for f in source)}) "
                    f"VALUES ({', '.join('?' * len(source))})",
                    list(source.values()),
                )
                if forget_tombstones:
                    conn.execute(
                        "DELETE FROM tombstones WHERE document_id = ? AND char_start = ? "
                        "AND char_end = ? AND title = ?",
                        [source["document_id"], source["char_start"], source["char_end"],
                         source["title"]],
                    )  # fmt: skip
            conn.executemany(
                "INSERT INTO event_entities (event_id, entity_id) VALUES (?, ?)",
                [(event_id, e) for e in snap["entities"]],
            )
            buckets.add(self.db, [(event_id, event["start_ts"], event["score"], event["title"])])

    def _tombstone(self, source: dict[str, Any]) -> None:
        self.db.conn.execute(
            "INSERT OR IGNORE INTO tombstones (document_id, char_start, char_end, title) "
            "VALUES (?, ?, ?, ?)",
            [source["document_id"], source["char_start"], source["char_end"], source["title"]],
        )

    def _title(self, event_id: int) -> str:
        row = self.db.conn.execute("SELECT title FROM events WHERE id = ?", [event_id]).fetchone()
        if row is None:
            raise EditError(f"there is no event {event_id}")
        return row[0] if len(row[0]) <= 40 else row[0][:39] + "…"

    def _next_id(self) -> int:
        return (self.db.conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1


def _bounds(start: str, end: str | None) -> dict[str, float]:
    first = parse_value(start)
    if first is None:
        raise EditError(f"{start!r} is not a date (e.g. 2022-02-14, 2022-02, 2014)")
    last = parse_value(end) if end else first
    if last is None:
        raise EditError(f"{end!r} is not a date (e.g. 2022-02-14, 2022-02, 2014)")
    if last.end <= first.start:
        raise EditError("the end comes before the start")
    return {"start_ts": to_seconds(first.start), "end_ts": to_seconds(last.end)}


def _still_disputed(event: dict[str, Any], sources: list[dict[str, Any]]) -> int:
    """A disputed event stays disputed while its sources' dates disagree (``dates_disagree``:
    two that do not overlap; "March" and "5 March" agree)."""
    spans = [(s["start_ts"], s["end_ts"]) for s in sources if s.get("start_ts") is not None]
    return int(bool(event.get("disputed")) and dates_disagree(spans))


def _q(name: str) -> str:
    return f'"{name}"'


def _short(text: str | None) -> str:
    text = text or "an article"
    return text if len(text) <= 40 else text[:39] + "…"
