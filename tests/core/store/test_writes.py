"""Writing documents with their events: whole or not at all, once, replaced."""

from __future__ import annotations

import sqlite3

import pytest

from tests.core.store.build import DAY, article, dated, event_at


def test_document_and_events_round_trip(store):
    doc_id, added = store.add_document(article(), [event_at("B", 20.0), event_at("A", 10.0)])
    assert added
    assert [r[3] for r in store.timeline_rows()] == ["A", "B"]
    event = store.event(store.timeline_rows()[0][0])
    assert event["document_id"] == doc_id
    assert (event["document_path"], event["document_published_source"]) == ("/a.txt", "header")


def test_same_content_is_stored_once_whatever_its_path(store):
    first, added = store.add_document(article(path="/one/a.txt"), [event_at("A", 1.0)])
    second, again = store.add_document(article(path="/two/copy.txt"), [event_at("A", 1.0)])
    assert (added, again, first == second) == (True, False, True)
    assert (store.count_documents(), store.count_events()) == (1, 1)


def test_failed_write_leaves_nothing_half_stored(store):
    bad = event_at("bad", 1.0)
    object.__setattr__(bad, "start_ts", None)  # violates NOT NULL on the second row
    with pytest.raises(sqlite3.IntegrityError):
        store.add_document(article(), [event_at("ok", 1.0), bad])
    assert (store.count_documents(), store.count_events()) == (0, 0)


def test_replacing_a_document_events_keeps_counts_right(store):
    doc_id, _ = store.add_document(article(), [dated("old", 5)])
    store.replace_events(doc_id, "2022-03-01", "user", [dated("new", 50)])
    assert [r[3] for r in store.timeline_rows()] == ["new"]
    assert store.document(doc_id).published_source == "user"
    (bucket,) = store.window(0, 100 * DAY, n_buckets=1, max_events=0).buckets
    assert (bucket.count, bucket.top_title) == (1, "new")
