"""A disputed event in the window: the "Disputed" filter, the sources' dates side by side in
the detail panel, settling it on one date, and undoing that."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from core.ingest import ingest
from core.store import open_store
from tests.core.store.test_disputes import DISPUTES
from tests.ui.test_window import make_window
from tests.ui.test_window_curation import _edit_menu


def _disputed(db) -> list[int]:
    store = open_store(db)
    try:
        return store.disputed_ids()
    finally:
        store.close()


def test_the_disputed_summit_is_filtered_shown_side_by_side_and_settled(qtbot, tmp_path):
    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [DISPUTES], workers=1)
    store.close()
    (summit,) = _disputed(db)
    window = make_window(qtbot, db)
    everything = window.event_model.rowCount()
    # a framed button that tells how many before it is pressed (flat, it read as a label)
    button = window.disputes.button
    qtbot.waitUntil(lambda: button.text() == "⚠ Disputed (1)", timeout=10000)
    assert button.isCheckable() and not button.isFlat() and not button.isChecked()
    with qtbot.waitSignal(window.filtersApplied, timeout=10000):
        window.disputes.button.click()
    assert everything > window.event_model.rowCount() == 1

    with qtbot.waitSignal(window.eventShown, timeout=10000):
        window.select_event(summit)
    text = window.detail.toPlainText()
    assert "Disputed" in text and "latest report" in text
    assert "8 Mar 2027" in text and "9 Mar 2027" in text, text
    assert text.count("use this date") == 3

    tuesday = next(i for i, s in enumerate(window.detail._sources) if s["start"] == "2027-03-09")
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        window.detail.anchorClicked.emit(QUrl(f"resolve:{tuesday}"))
    assert _disputed(db) == []
    qtbot.waitUntil(lambda: window.event_model.rowCount() == 0, timeout=10000)

    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        _edit_menu(window)["Undo"].trigger()
    assert _disputed(db) == [summit]
    qtbot.waitUntil(lambda: window.event_model.rowCount() == 1, timeout=10000)
    window.disputes.button.click()
    qtbot.waitUntil(lambda: window.event_model.rowCount() == everything, timeout=10000)
    window.close()
    assert window.tasks.pool.waitForDone(10000)


def test_the_timeline_marks_the_disputed_summit_across_both_days(qtbot, tmp_path):
    db = tmp_path / "t.db"
    store = open_store(db)
    ingest(store, [DISPUTES], workers=1)
    store.close()
    (summit,) = _disputed(db)
    window = make_window(qtbot, db)
    qtbot.waitUntil(lambda: summit in window.timeline.disputes, timeout=10000)
    t0, t1 = window.timeline.disputes[summit]
    assert t1 - t0 == 2 * 86400  # Monday and Tuesday, the dates its sources give
    window.close()
    assert window.tasks.pool.waitForDone(10000)


def test_an_updated_event_shows_the_dates_each_report_gave():
    from ui.disputes import dispute_html

    event = {"disputed": 0, "start": "2027-03-24", "sources": [
        {"published": "2027-03-15T08:00", "start": "2027-W12"},
        {"published": "2027-03-18T12:00", "start": "2027-03-24"},
    ]}  # fmt: skip
    html = dispute_html(event)
    assert "Dates reported" in html and "24 Mar 2027" in html and "Disputed" not in html
    assert dispute_html({**event, "sources": event["sources"][1:]}) == ""


def test_the_sources_of_a_dispute_read_in_the_order_they_were_published():
    from ui.disputes import dispute_html

    sources = [
        {"published": "2027-03-11T09:30", "start": "2027-03-09", "sentence": "On Tuesday."},
        {"published": "2027-03-10T18:00", "start": "2027-03-08", "sentence": "On Monday."},
    ]
    html = dispute_html({"disputed": 1, "start": "2027-03-08", "sources": sources})
    # the Monday report, then the Tuesday one: its dates (marked latest), then its sentence
    assert html.index("On Monday.") < html.index("latest report") < html.index("On Tuesday.")
    assert html.index("resolve:1") < html.index("resolve:0")  # each link keeps its source
