"""Full-text search and the filters that narrow a window."""

from __future__ import annotations

from core.model import Entity
from tests.core.store.build import DAY, article, bridge_article, bridge_event, dated


def test_full_text_search_and_filters(store):
    store.add_document(
        article(),
        [dated("Ministers meet in Oslo", 3, entities=[Entity("Oslo", "place")]),
         dated("Storm closes the port", 4)],
    )  # fmt: skip
    hits = store.search("oslo")
    assert [store.event(i)["title"] for i in hits] == ["Ministers meet in Oslo"]
    assert len(store.search("article")) == 2  # matches the source article's text
    assert store.search('"unbalanced') == []
    entity_id = store.db.execute("SELECT id FROM entities WHERE name = 'Oslo'").fetchone()[0]
    assert [r[3] for r in store.events_in_window(0, 10 * DAY, entity_id=entity_id)] == [
        "Ministers meet in Oslo"
    ]
    assert len(store.events_in_window(0, 10 * DAY, search="port")) == 1


def test_search_events_matches_the_event_not_its_whole_article(store):
    store.add_document(
        bridge_article("a", "/a.txt"),
        [bridge_event("Bridge reopens", 100.0), bridge_event("Buses return", 300.0)],
    )
    by_title = {r[3]: r[0] for r in store.event_rows()}
    assert store.search_events("returning") == [by_title["Buses return"]]  # any word form
    assert store.search_events("reopens") == sorted(by_title.values())  # both sentences say it
    assert store.search_events('"unbalanced quote') == []
