"""The people, organisations and places events name: linked on write, found by name, and
which events name which (what lanes by name and the entity filter are made of)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from core.model import Entity
from core.store.connection import StoreConnection

log = logging.getLogger(__name__)


class StoreEntities(StoreConnection):
    """The entities events name (a part of ``core.store.Store``)."""

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

    def _link_all(self, links: Iterable[tuple[int, Sequence[Entity]]]) -> None:
        """Link events to the entities they name, ``(event_id, entities)``, in two statements:
        new names get their ids in the order they come, as one link after another would."""
        pairs = [(event_id, e.text, e.kind) for event_id, entities in links for e in entities]
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO entities (name, kind) VALUES (?, ?)",
            [(name, kind) for _, name, kind in pairs],
        )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO event_entities (event_id, entity_id) "
            "SELECT ?, id FROM entities WHERE name = ? AND kind = ?",
            pairs,
        )

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
