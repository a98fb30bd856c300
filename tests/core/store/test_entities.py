"""The entities events name, and the events naming each."""

from __future__ import annotations

from core.model import Entity
from tests.core.store.build import bridge_article, bridge_event


def test_entity_event_ids_are_the_events_naming_it(store):
    putin, beijing = Entity("Putin", "person"), Entity("Beijing", "place")
    meet = bridge_event("Putin and Xi meet", 100.0)
    object.__setattr__(meet, "entities", (putin, beijing))
    visit = bridge_event("Putin visits Minsk", 200.0)
    object.__setattr__(visit, "entities", (putin,))
    store.add_document(
        bridge_article("a", "/a.txt"), [meet, visit, bridge_event("Buses return", 300.0)]
    )
    ids = {r[3]: r[0] for r in store.event_rows()}
    assert store.entity_event_ids("Putin", "person") == sorted(
        [ids["Putin and Xi meet"], ids["Putin visits Minsk"]]
    )
    assert store.entity_event_ids("Beijing", "place") == [ids["Putin and Xi meet"]]
    assert store.entity_event_ids("Putin", "place") == []
