"""The columns kept in a file for a big timeline, brought up to date after a change by
reading the changed rows alone: after an edit, a merge, a deletion and its undo, an ingest
and a plain SQL update, they are exactly what reading every row gives."""

from __future__ import annotations

import threading
from dataclasses import fields

import numpy as np
import pytest

from core.store import columns as columns_module
from core.store import open_store
from core.store.edits import Curator
from tests.core.store.build import article, dated

TITLES = ["Bridge closed", "Pont «rouvert»", "Ferry stops", "Tram line opens", "Dam fails",
          "Rail strike ends", "Port reopens", "Airport shut"]  # fmt: skip


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A store whose columns are kept in a file (however few its events), kept once."""
    monkeypatch.setattr(columns_module, "CACHE_MIN_EVENTS", 1)
    store = open_store(tmp_path / "t.db")
    events = [dated(t, 100 + 7 * i, "year" if i % 3 == 0 else "day") for i, t in enumerate(TITLES)]
    store.add_document(article(), events)
    cache = tmp_path / "cache"
    store.event_columns(cache)
    wait_for_the_file()
    yield store, cache
    store.close()


def wait_for_the_file():
    for thread in threading.enumerate():
        if thread.name == "columns":
            thread.join()


@pytest.fixture
def rows_read(monkeypatch):
    """Counts the reads of every row (the kept file not brought up to date)."""
    reads = {"every row": 0, "changed rows": 0}
    reading = columns_module._read

    def counted(*args, **kwargs):
        reads["changed rows" if kwargs.get("where") else "every row"] += 1
        return reading(*args, **kwargs)

    counted.original = reading  # what the comparisons read with, uncounted
    monkeypatch.setattr(columns_module, "_read", counted)
    return reads


def same_as_the_tables(store, read):
    """``read`` holds what reading every row from the tables gives, field by field."""
    whole = getattr(columns_module._read, "original", columns_module._read)(store.db.conn)
    for f in fields(whole):
        a, b = getattr(read, f.name), getattr(whole, f.name)
        if isinstance(a, np.ndarray):
            assert a.dtype == b.dtype and a.tolist() == b.tolist(), f.name
        elif f.name in ("precisions", "kinds"):  # codes may differ: the words must agree
            codes = getattr(read, f.name[:-1] + "_codes")
            other = getattr(whole, f.name[:-1] + "_codes")
            assert [a[c] for c in codes.tolist()] == [b[c] for c in other.tolist()], f.name
        else:
            assert a == b, f.name


def titles(read):
    return [t.decode() for t in read.titles.split(b"\0")]


def test_an_edit_is_read_alone_and_merged_in(kept, rows_read):
    store, cache = kept
    curator = Curator(store)
    curator.update(2, title="Bridge reopened to buses", start="1987-03-19")
    store.db.conn.commit()
    read = store.event_columns(cache)
    assert rows_read == {"every row": 0, "changed rows": 1}
    assert titles(read)[1] == "Bridge reopened to buses" and len(read) == len(TITLES)
    same_as_the_tables(store, read)


def test_a_merge_a_deletion_and_its_undo_are_merged_in(kept, rows_read):
    store, cache = kept
    curator = Curator(store)
    kept_id = curator.merge([3, 5])
    store.db.conn.commit()
    read = store.event_columns(cache)
    wait_for_the_file()
    assert 5 not in read.ids.tolist() and read.sources[read.ids == kept_id].tolist() == [2]
    same_as_the_tables(store, read)
    curator.delete([1, 8])  # the first and the last: the runs kept begin and end elsewhere
    store.db.conn.commit()
    read = store.event_columns(cache)
    wait_for_the_file()
    assert titles(read)[0] == "Pont «rouvert»" and 8 not in read.ids.tolist()
    same_as_the_tables(store, read)
    curator.undo()  # the deleted events come back under their old ids
    store.db.conn.commit()
    read = store.event_columns(cache)
    assert {1, 8} <= set(read.ids.tolist())
    same_as_the_tables(store, read)
    assert rows_read == {"every row": 0, "changed rows": 3}


def test_an_ingest_and_a_plain_update_are_merged_in(kept, rows_read):
    store, cache = kept
    store.add_document(
        article("h2", "/b.txt"), [dated("Canal drained", 90), dated("Lock rebuilt", 400, "year")]
    )
    store.db.execute("UPDATE events SET kind = 'a kind this version never wrote' WHERE id = 4")
    store.db.conn.commit()
    read = store.event_columns(cache)
    assert rows_read == {"every row": 0, "changed rows": 1}
    assert titles(read)[-2:] == ["Canal drained", "Lock rebuilt"]
    assert read.kinds[read.kind_codes[3]] == "a kind this version never wrote"
    same_as_the_tables(store, read)


def test_a_file_kept_before_the_log_began_is_read_again_whole(kept, rows_read):
    store, cache = kept
    store.db.execute("UPDATE events SET title = 'Dam holds' WHERE id = 5")
    # as if the change had been made by a version that kept no log
    store.db.execute("UPDATE events_generation SET logged_from = generation")
    store.db.conn.commit()
    read = store.event_columns(cache)
    assert rows_read == {"every row": 1, "changed rows": 0}
    assert titles(read)[4] == "Dam holds"
    same_as_the_tables(store, read)


def test_when_most_rows_changed_every_row_is_read(kept, rows_read, monkeypatch):
    store, cache = kept
    monkeypatch.setattr(columns_module, "MAX_CHANGED", 3)
    store.db.execute("UPDATE events SET score = score + 1 WHERE id <= 4")
    store.db.conn.commit()
    read = store.event_columns(cache)
    assert rows_read == {"every row": 1, "changed rows": 0}
    same_as_the_tables(store, read)


def test_a_database_older_than_its_kept_file_is_read_whole(kept, rows_read, tmp_path):
    store, cache = kept
    backup = tmp_path / "backup.db"
    store.db.conn.execute(f"VACUUM INTO '{backup}'")  # the user keeps a copy, same token
    Curator(store).delete([3])
    store.db.conn.commit()
    store.event_columns(cache)  # the file now holds the later state
    wait_for_the_file()
    rows_read.update({"every row": 0, "changed rows": 0})
    store.close()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"t.db{suffix}").unlink(missing_ok=True)
    backup.rename(tmp_path / "t.db")  # the copy put back: the event is there again
    old = open_store(tmp_path / "t.db")
    try:
        read = old.event_columns(cache)
        assert rows_read["every row"] == 1 and 3 in read.ids.tolist()
        same_as_the_tables(old, read)
    finally:
        old.close()
