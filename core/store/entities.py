"""The people, organisations and places events name: linked on write, found by name, and
which events name which (what lanes by name and the entity filter are made of)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from core.events.names import entity_entries, entity_key
from core.model import Entity
from core.store.connection import StoreConnection

log = logging.getLogger(__name__)


class StoreEntities(StoreConnection):
    """The entities events name (a part of ``core.store.Store``)."""

    def entity_id(self, name: str) -> int | None:
        """The entity spelled ``name`` (case aside), else the one whose last word(s) it is
        ("Macron" → "Emmanuel Macron"), else one written in another script or case
        ("Шольца" → "Olaf Scholz"), the most named first; None if none is."""
        key = entity_key(name, "person")
        row = self.db.conn.execute(
            "SELECT n.id FROM entities n LEFT JOIN event_entities x ON x.entity_id = n.id "
            "WHERE n.name = ?1 COLLATE NOCASE OR n.name LIKE '% ' || ?1 "
            "OR n.key = ?2 OR n.key LIKE '% ' || ?2 "
            "GROUP BY n.id ORDER BY n.name = ?1 COLLATE NOCASE DESC, "
            "n.name LIKE '% ' || ?1 DESC, count(x.event_id) DESC LIMIT 1",
            [name, key],
        ).fetchone()
        return row[0] if row else None

    def entity_event_ids(self, name: str, kind: str) -> list[int]:
        """Ids of the events naming this person, organisation or place, in any spelling,
        script or case its entry joins (``core.events.names.entity_entries``)."""
        row = self.db.conn.execute(
            "SELECT id FROM entities WHERE name = ? AND kind = ?", [name, kind]
        ).fetchone()
        if row is None:
            return []
        ids = self.entity_entry(row[0])
        rows = self.db.conn.execute(
            "SELECT DISTINCT event_id FROM event_entities "
            f"WHERE entity_id IN ({','.join('?' * len(ids))}) ORDER BY event_id",
            ids,
        ).fetchall()
        return [r[0] for r in rows]

    def entity_entry(self, entity_id: int) -> list[int]:
        """The ids of every entity shown as one entry with this one: its spellings, scripts
        and cases ("Scholz", "Шольц", "Шольцем"), and a surname alone ("Macron")."""
        found = self.db.conn.execute(
            "SELECT key, kind FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        if found is None:
            return []
        key, kind = found
        surname = key.rsplit(" ", 1)[-1]
        rows = self.db.conn.execute(
            "SELECT n.id, n.name, n.kind, count(x.event_id) FROM entities n "
            "LEFT JOIN event_entities x ON x.entity_id = n.id WHERE n.kind = ?1 "
            "AND (n.key = ?2 OR n.key = ?3 OR n.key LIKE '% ' || ?3) GROUP BY n.id",
            [kind, key, surname],
        ).fetchall()
        entries = entity_entries(rows)
        return sorted(i for i, head in entries.items() if head == entries[entity_id])

    def entity_links(
        self, kinds: Sequence[str]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, str, str]]]:
        """Which events name which entities of these kinds: ``(event id, entity id)`` pairs
        and the entities ``(id, name, kind)`` — what lanes by name are made of. One entity
        stands for every spelling, script and case of a name (``entity_entries``)."""
        marks = ",".join("?" * len(kinds))
        pairs = self.db.conn.execute(
            "SELECT x.event_id, x.entity_id FROM event_entities x JOIN entities n "
            f"ON n.id = x.entity_id WHERE n.kind IN ({marks})",
            list(kinds),
        ).fetchall()
        rows = self.db.conn.execute(
            "SELECT n.id, n.name, n.kind, count(x.event_id) FROM entities n "
            "LEFT JOIN event_entities x ON x.entity_id = n.id "
            f"WHERE n.kind IN ({marks}) GROUP BY n.id ORDER BY n.id",
            list(kinds),
        ).fetchall()
        shown = entity_entries(rows)
        entries = [(i, name, kind) for i, name, kind, _ in rows if shown[i] == i]
        first: dict[int, int] = {}
        for entity_id, head in shown.items():  # in id order: an entry where it first came
            first.setdefault(head, entity_id)
        entries.sort(key=lambda entry: first[entry[0]])
        linked = sorted({(event_id, shown[entity_id]) for event_id, entity_id in pairs})
        return linked, entries

    def _link_all(self, links: Iterable[tuple[int, Sequence[Entity]]]) -> None:
        """Link events to the entities they name, ``(event_id, entities)``, in two statements:
        new names get their ids in the order they come, as one link after another would."""
        pairs = [(event_id, e.text, e.kind) for event_id, entities in links for e in entities]
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO entities (name, kind, key) VALUES (?, ?, ?)",
            [(name, kind, entity_key(name, kind)) for _, name, kind in pairs],
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
