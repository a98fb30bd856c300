from __future__ import annotations

import sqlite3

import pytest

from core.model import Document, Event
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
