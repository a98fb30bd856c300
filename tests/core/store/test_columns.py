"""Every event's columns for the window, read from the tables or from the file kept for a
big timeline, which any change to the events makes stale."""

from __future__ import annotations

import threading

import pytest

from core.store import columns as columns_module
from core.store import open_store
from tests.core.store.build import article, event_at


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A store whose columns are kept in a file however few its events."""
    monkeypatch.setattr(columns_module, "CACHE_MIN_EVENTS", 1)
    store = open_store(tmp_path / "t.db")
    store.add_document(
        article(), [event_at("Bridge closed", 100.0), event_at("Pont «rouvert»", 50.0)]
    )
    yield store, tmp_path / "cache"
    store.close()


def wait_for_the_file():
    """The file is written in a thread of its own: wait for it."""
    for thread in threading.enumerate():
        if thread.name == "columns":
            thread.join()


def titles(read):
    return read.titles.split(b"\0")


def test_columns_come_back_from_the_file_until_an_event_changes(kept, monkeypatch):
    store, cache = kept
    first = store.event_columns(cache)
    wait_for_the_file()
    assert titles(first) == [b"Bridge closed", "Pont «rouvert»".encode()]
    assert len(list(cache.iterdir())) == 1

    def no_tables(*_args):
        raise AssertionError("read from the tables, not the file")

    monkeypatch.setattr(columns_module, "_read", no_tables)
    again = store.event_columns(cache)
    assert titles(again) == titles(first) and again.ids.tolist() == first.ids.tolist()
    assert again.start_ts.tolist() == [100.0, 50.0] and again.kinds == first.kinds
    monkeypatch.undo()
    monkeypatch.setattr(columns_module, "CACHE_MIN_EVENTS", 1)
    store.db.execute("UPDATE events SET title = 'Bridge reopened' WHERE title = 'Bridge closed'")
    store.db.conn.commit()
    assert titles(store.event_columns(cache))[0] == b"Bridge reopened"
    store.add_document(article("h2", "/b.txt"), [event_at("Ferry stops", 10.0)])
    assert len(store.event_columns(cache)) == 3


def test_a_damaged_file_is_read_past(kept):
    store, cache = kept
    store.event_columns(cache)
    wait_for_the_file()
    (file,) = cache.iterdir()
    file.write_bytes(b"not a cache")
    assert titles(store.event_columns(cache))[0] == b"Bridge closed"


def test_another_database_at_the_same_place_is_not_taken_for_it(kept, tmp_path):
    store, cache = kept
    store.event_columns(cache)
    store.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"t.db{suffix}").unlink(missing_ok=True)
    other = open_store(tmp_path / "t.db")  # new: its own token, however many changes
    other.add_document(article(), [event_at("Tunnel opens", 1.0), event_at("Tram", 2.0)])
    assert titles(other.event_columns(cache)) == [b"Tunnel opens", b"Tram"]
    other.close()
