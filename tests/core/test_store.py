from __future__ import annotations

import sqlite3

import pytest

from core.model import Document, Entity, Event
from core.store import StoreError, open_store


def _doc(hash_: str = "h1", path: str = "/a.txt") -> Document:
    return Document(path, "A title", "Text of the article.", "2022-02-04", "header", hash_)


def _event(title: str, start_ts: float) -> Event:
    return Event(title, "2022-02-04", None, "day", False, "other", "Text of the article.", 0, 20,
                 start_ts, start_ts + 86400)  # fmt: skip


def test_document_and_events_round_trip(store):
    doc_id, added = store.add_document(_doc(), [_event("B", 20.0), _event("A", 10.0)])
    assert added
    assert [r[3] for r in store.timeline_rows()] == ["A", "B"]
    event = store.event(store.timeline_rows()[0][0])
    assert event["document_id"] == doc_id
    assert (event["document_path"], event["document_published_source"]) == ("/a.txt", "header")


def test_same_content_is_stored_once_whatever_its_path(store):
    first, added = store.add_document(_doc(path="/one/a.txt"), [_event("A", 1.0)])
    second, again = store.add_document(_doc(path="/two/copy.txt"), [_event("A", 1.0)])
    assert (added, again, first == second) == (True, False, True)
    assert (store.count_documents(), store.count_events()) == (1, 1)


def test_database_persists_across_reopen(tmp_path):
    path = tmp_path / "t.db"
    s = open_store(path)
    s.add_document(_doc(), [_event("A", 1.0)])
    s.close()
    s = open_store(path)
    assert s.count_events() == 1
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s.close()


def test_failed_write_leaves_nothing_half_stored(store):
    bad = _event("bad", 1.0)
    object.__setattr__(bad, "start_ts", None)  # violates NOT NULL on the second row
    with pytest.raises(sqlite3.IntegrityError):
        store.add_document(_doc(), [_event("ok", 1.0), bad])
    assert (store.count_documents(), store.count_events()) == (0, 0)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(path)
    assert path.read_bytes() == b"this is not sqlite" * 100  # never overwritten


DAY = 86400.0


def _dated(title: str, day: int, precision: str = "day", entities=(), sentence=None) -> Event:
    start = day * DAY
    span = {"day": DAY, "year": 365 * DAY}[precision]
    return Event(title, f"v{day}", None, precision, False, "other", sentence or title, 0, 5,
                 start, start + span, tuple(entities))  # fmt: skip


def test_window_finds_events_overlapping_it_including_long_spans(store):
    store.add_document(
        _doc(),
        [_dated("early", 10), _dated("inside", 100), _dated("year-long", 0, "year"),
         _dated("late", 400)],
    )  # fmt: skip
    titles = [r[3] for r in store.events_in_window(90 * DAY, 110 * DAY)]
    assert titles == ["year-long", "inside"]


def test_dense_window_comes_back_as_buckets_with_counts_and_a_top_event(store):
    events = [_dated(f"e{i}", i % 300) for i in range(3000)]
    store.add_document(_doc(), events)
    window = store.window(0, 300 * DAY, n_buckets=30, max_events=500)
    assert window.events is None
    assert sum(b.count for b in window.buckets) == 3000
    assert all(b.top_title and b.t0 < b.t1 for b in window.buckets)
    sparse = store.window(0, 2 * DAY, n_buckets=30, max_events=500)
    assert sparse.events is not None and len(sparse.events) == 20


def test_merged_event_ranks_first_in_its_bucket(store):
    same = lambda event, candidates: next(  # noqa: E731
        (i for i, c in candidates if c.title == event.title), None
    )
    store.add_document(_doc("a"), [_dated("minor", 5), _dated("summit", 5)], same)
    store.add_document(_doc("b", "/b.txt"), [_dated("summit", 5)], same)
    (bucket,) = store.window(0, 10 * DAY, n_buckets=1, max_events=0).buckets
    assert (bucket.count, bucket.top_title) == (2, "summit")
    summit = store.event(next(r[0] for r in store.timeline_rows() if r[3] == "summit"))
    assert [s["path"] for s in summit["sources"]] == ["/a.txt", "/b.txt"]


def test_full_text_search_and_filters(store):
    store.add_document(
        _doc(),
        [_dated("Ministers meet in Oslo", 3, entities=[Entity("Oslo", "place")]),
         _dated("Storm closes the port", 4)],
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


def test_replacing_a_document_events_keeps_counts_right(store):
    doc_id, _ = store.add_document(_doc(), [_dated("old", 5)])
    store.replace_events(doc_id, "2022-03-01", "user", [_dated("new", 50)])
    assert [r[3] for r in store.timeline_rows()] == ["new"]
    assert store.document(doc_id).published_source == "user"
    (bucket,) = store.window(0, 100 * DAY, n_buckets=1, max_events=0).buckets
    assert (bucket.count, bucket.top_title) == (1, "new")


def test_a_window_crowded_by_long_events_counts_them_instead(store):
    store.add_document(_doc(), [_dated(f"year {i}", i % 7, "year") for i in range(30)])
    store.add_document(_doc("h2", "/b.txt"), [_dated("the day itself", 100)])
    crowded = store.window(100 * DAY, 101 * DAY, n_buckets=10, max_long=20)
    assert [e[3] for e in crowded.events] == ["the day itself"] and crowded.hidden_long == 30
    roomy = store.window(100 * DAY, 101 * DAY, n_buckets=10, max_long=50)
    assert len(roomy.events) == 31 and roomy.hidden_long == 0
