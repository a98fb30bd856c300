"""A big timeline reopened unchanged comes from the columns kept in the cache file; the
window shows, searches and lists the same as when read from the database, and a change to
the events is seen at the next opening."""

from __future__ import annotations

import threading

import pytest

from core.store import columns as columns_module
from core.store import open_store
from tests.ui.test_window import make_window, search, shown_everywhere


@pytest.fixture
def kept(monkeypatch, tmp_path):
    """Columns kept in a file however few the events, in a folder of the test's own."""
    monkeypatch.setattr(columns_module, "CACHE_MIN_EVENTS", 1)
    monkeypatch.setattr("platformdirs.user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    return tmp_path / "cache" / "columns"


def opened(qtbot, db):
    window = make_window(qtbot, db)
    for thread in threading.enumerate():  # the file is written in a thread of its own
        if thread.name == "columns":
            thread.join()
    return window


def test_a_timeline_reopened_from_its_kept_columns_shows_and_searches_the_same(
    qtbot, kept, tmp_path, own_sample, monkeypatch
):
    db = tmp_path / "timeline.db"
    window = make_window(qtbot, db)
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample)])
    window.close()
    for file in kept.iterdir():  # kept by the window that added them: read the tables once
        file.unlink()
    first = opened(qtbot, db)
    everything = shown_everywhere(first)
    rows = [first.event_model.data(first.event_model.index(r, c)) for r in range(3)
            for c in range(5)]  # fmt: skip
    hits = search(qtbot, first, "bus")
    first.close()
    assert len(list(kept.iterdir())) == 1 and 0 < hits < len(everything)

    reading = columns_module._read

    def no_tables(*_args):
        raise AssertionError("read from the tables, not the kept file")

    monkeypatch.setattr(columns_module, "_read", no_tables)
    again = opened(qtbot, db)  # from the file: the same events, rows and search
    assert shown_everywhere(again) == everything
    assert [again.event_model.data(again.event_model.index(r, c)) for r in range(3)
            for c in range(5)] == rows  # fmt: skip
    assert search(qtbot, again, "bus") == hits
    again.close()
    monkeypatch.setattr(columns_module, "_read", reading)

    store = open_store(db)  # changed by another window: the file is stale
    victim = min(everything)
    store.db.execute("UPDATE events SET title = 'Ferry timetable kept' WHERE id = ?", [victim])
    store.db.conn.commit()
    store.close()
    changed = opened(qtbot, db)
    titles = {i.id: i.title for i in changed.timeline.items()}
    assert titles[victim] == "Ferry timetable kept" and set(titles) == everything
    changed.close()
