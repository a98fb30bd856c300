"""Full-text search and the filters that narrow a window."""

from __future__ import annotations

from core.model import Document, Entity
from tests.core.store.build import DAY, article, bridge_article, bridge_event, dated


def test_full_text_search_and_filters(store):
    store.add_document(
        article(),
        [dated("Ministers meet in Oslo", 3, entities=[Entity("Oslo", "place")]),
         dated("Storm closes the port", 4)],
    )  # fmt: skip
    hits = store.search_events("oslo")
    assert [store.event(i)["title"] for i in hits] == ["Ministers meet in Oslo"]
    assert store.search_events('"unbalanced') == []
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


def _titled(store, *docs):
    for hash_, title, events in docs:
        document = Document(f"/{hash_}.txt", title, "Some text.", "2022-02-04", "header", hash_)
        store.add_document(document, [dated(t, i + 1, sentence=s) for i, (t, s) in
                                      enumerate(events)])  # fmt: skip
    return {r[3]: r[0] for r in store.event_rows()}


def test_search_matches_the_beginnings_of_words_not_of_their_stems(store):
    ids = _titled(store, ("a", "Transport news", [
        ("Buses to return", "Buses to return on Monday."),
        ("Budget passed", "The budget was passed."),
        ("Débâcle at the café", "A débâcle at the café."),
        ("Debt-equity swap agreed", "The debt-equity swap was agreed."),
    ]))  # fmt: skip
    assert store.search_events("bus") == [ids["Buses to return"]]  # not "budget" ("bu"*)
    assert store.search_events("BUSES") == [ids["Buses to return"]]
    assert store.search_events("returning") == [ids["Buses to return"]]  # any word form
    assert store.search_events("cafe") == store.search_events("caf") == [ids["Débâcle at the café"]]
    assert store.search_events("debt-equity") == [ids["Debt-equity swap agreed"]]
    assert store.search_events("debt equ") == [ids["Debt-equity swap agreed"]]
    assert store.search_events("debt bus") == []  # every word must match
    assert store.search_events("  ") == store.search_events('"(') == []


def test_search_matches_the_title_of_an_article_not_its_whole_text(store):
    ids = _titled(
        store,
        ("a", "Senate votes on the budget", [("Vote held", "A vote was held.")]),
        ("b", "Weather", [("Storm hits", "A storm hit; the senate was closed.")]),
    )
    assert store.search_events("senat") == sorted([ids["Vote held"], ids["Storm hits"]])
    assert store.search_events("weath") == [ids["Storm hits"]]
    assert store.search_events("some text") == []  # the articles' text is not searched
    assert [r[3] for r in store.events_in_window(0, 10 * DAY, search="weath")] == ["Storm hits"]
