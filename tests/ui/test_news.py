"""What is new since the timeline was last opened: highlighted, counted in the status bar,
and a "New since" filter."""

from __future__ import annotations

from core.ingest import ingest
from core.store import open_store
from tests.core.store.test_disputes import DISPUTES
from tests.ui.test_window import make_window


def _add(db, *paths):
    store = open_store(db)
    try:
        ingest(store, list(paths), workers=1)
        return {e["id"] for e in store.events()}
    finally:
        store.close()


def test_what_articles_added_since_the_last_opening_is_new(qtbot, tmp_path, own_sample):
    db = tmp_path / "t.db"
    before = _add(db, own_sample, DISPUTES / "summit_a.txt", DISPUTES / "visit_a.txt")
    first = make_window(qtbot, db)
    qtbot.waitUntil(lambda: first.settings.contains(_seen_key(first)), timeout=10000)
    assert not first.news.action.isVisible() and first.news.count.text() == ""
    settings = first.settings
    first.close()
    assert first.tasks.pool.waitForDone(10000)

    after = _add(db, DISPUTES / "summit_b.txt", DISPUTES / "visit_b.txt")
    window = make_window(qtbot, db, settings)
    qtbot.waitUntil(lambda: window.news.count.text() != "", timeout=10000)
    # the summit (now disputed) and the visit (now on its day) changed; nothing was added
    assert after == before and len(window.news.new) == 2
    assert window.news.count.text().startswith("2 new since")
    assert window.timeline.news == window.news.new
    everything = window.event_model.rowCount()
    with qtbot.waitSignal(window.filtersApplied, timeout=10000):
        window.news.button.click()
    assert everything > window.event_model.rowCount() == 2
    window.close()
    assert window.tasks.pool.waitForDone(10000)


def _seen_key(window):
    from ui.news import _key

    return _key(window.state.db_path)
