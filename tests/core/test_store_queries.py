"""The read-only queries the window makes (Store: 'Queries for the window')."""

from __future__ import annotations

from core.model import Document, Entity, Event


def _doc(
    hash_: str, path: str, text: str = "On Monday the bridge reopened. Buses followed."
) -> Document:
    return Document(path, f"Title {hash_}", text, "2022-02-04", "header", hash_)


def _event(title: str, start_ts: float, kind: str = "other", precision: str = "day") -> Event:
    sentence = "On Monday the bridge reopened."
    return Event(title, "2022-02-07", None, precision, False, kind, sentence, 0, 30,
                 start_ts, start_ts + 86400)  # fmt: skip


def same_title(event, candidates):
    return next((i for i, c in candidates if c.title == event.title), None)


def test_event_rows_give_dates_as_written_kind_and_first_source(store):
    doc_id, _ = store.add_document(
        _doc("a", "/a.txt"), [_event("Later", 200.0, "visit"), _event("Sooner", 100.0)]
    )
    rows = sorted(store.event_rows(), key=lambda r: r[1])
    assert [r[3] for r in rows] == ["Sooner", "Later"]
    later = rows[1]
    assert later[1:3] == (200.0, 200.0 + 86400)
    assert later[4:10] == ("day", 0, "visit", "2022-02-07", None, doc_id)
    assert later[10] == 1  # one source
    batches = list(store.event_row_batches(size=1))
    assert [len(b) for b in batches] == [1, 1]
    assert sorted(row for batch in batches for row in batch) == sorted(rows)


def test_merged_event_documents_list_every_source_of_a_merged_event(store):
    first, _ = store.add_document(_doc("a", "/a.txt"), [_event("Bridge reopens", 100.0)])
    second, _ = store.add_document(
        _doc("b", "/b.txt"),
        [_event("Bridge reopens", 100.0), _event("Buses return", 300.0)],
        same=same_title,
    )
    merged = next(r[0] for r in store.event_rows() if r[3] == "Bridge reopens")
    assert sorted(store.merged_event_documents()) == sorted([(merged, first), (merged, second)])


def test_document_text_is_the_text_the_offsets_count(store):
    doc_id, _ = store.add_document(_doc("a", "/a.txt"), [_event("Bridge reopens", 100.0)])
    event = store.event(store.event_rows()[0][0])
    text = store.document_text(doc_id)
    assert text[event["char_start"] : event["char_end"]] == event["sentence"]
    assert store.document_text(doc_id + 1) is None


def test_search_events_matches_the_event_not_its_whole_article(store):
    store.add_document(
        _doc("a", "/a.txt"), [_event("Bridge reopens", 100.0), _event("Buses return", 300.0)]
    )
    by_title = {r[3]: r[0] for r in store.event_rows()}
    assert store.search_events("returning") == [by_title["Buses return"]]  # any word form
    assert store.search_events("reopens") == sorted(by_title.values())  # both sentences say it
    assert store.search_events('"unbalanced quote') == []


def test_entity_event_ids_are_the_events_naming_it(store):
    putin, beijing = Entity("Putin", "person"), Entity("Beijing", "place")
    meet = _event("Putin and Xi meet", 100.0)
    object.__setattr__(meet, "entities", (putin, beijing))
    visit = _event("Putin visits Minsk", 200.0)
    object.__setattr__(visit, "entities", (putin,))
    store.add_document(_doc("a", "/a.txt"), [meet, visit, _event("Buses return", 300.0)])
    ids = {r[3]: r[0] for r in store.event_rows()}
    assert store.entity_event_ids("Putin", "person") == sorted(
        [ids["Putin and Xi meet"], ids["Putin visits Minsk"]]
    )
    assert store.entity_event_ids("Beijing", "place") == [ids["Putin and Xi meet"]]
    assert store.entity_event_ids("Putin", "place") == []


def test_overview_buckets_count_every_event_by_when_it_starts(store):
    day = 86400.0
    events = [_event(f"E{i}", 1.6e9 + i * 30 * day) for i in range(12)]
    store.add_document(_doc("a", "/a.txt"), events)
    summary = store.overview_buckets(n=4)
    assert sum(b.count for b in summary) == 12
    assert summary[0].t0 <= 1.6e9 and summary[-1].t1 > 1.6e9 + 11 * 30 * day
    assert store.overview_buckets() != []


def test_overview_buckets_of_an_empty_store(store):
    assert store.overview_buckets() == []
