"""The main window driven as a user would: real drops, clicks and keys, waits on signals."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.ingest import Progress
from core.model import to_seconds
from ui import loading
from ui.session import last_database, recent_databases
from ui.timeline import TimelineView
from ui.window import MainWindow


def make_window(qtbot, db, settings=None) -> MainWindow:
    win = MainWindow(str(db), settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.itemsLoaded, timeout=10000):
        win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "timeline.db")
    yield win
    win.close()
    assert win.tasks.pool.waitForDone(10000), "a background task outlived the window"


@pytest.fixture
def filled(qtbot, window, own_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample)])
    return window


def drag_enter(window: MainWindow, paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused the drag"
    return mime


def drop_files(window: MainWindow, paths) -> None:
    """A real drag-enter then drop of file URLs, as the window system delivers them."""
    mime = drag_enter(window, paths)
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)


def _iso(seconds: float) -> str:
    return (datetime(1970, 1, 1) + timedelta(seconds=seconds)).date().isoformat()


def item_on(window: MainWindow, y: int, m: int, d: int):
    return next(i for i in window.timeline.items() if i.start == to_seconds(datetime(y, m, d)))


def click_marker(qtbot, window: MainWindow, event_id: int) -> None:
    marker = next(m for m in window.timeline.current_layout().markers if m.event_id == event_id)
    with qtbot.waitSignal(window.eventShown, timeout=5000):
        qtbot.mouseClick(
            window.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(marker.x), int(marker.y))
        )


# First start and adding articles -----------------------------------------------------------


def test_a_new_timeline_invites_a_drop_and_offers_the_samples(qtbot, window):
    assert window.centre.currentWidget() is window.empty_state
    assert window.empty_state.isVisible() and window.acceptDrops()
    assert not window.filters.count_action.isVisible()  # no "0 of 0 events shown"
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        qtbot.mouseClick(window.empty_state.samples_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].added and not blocker.args[0].failed
    assert window.centre.currentWidget() is window.timeline_page
    assert len(window.timeline.items()) >= 5
    assert window.filters.count_action.isVisible(), window.filters.count_label.text()


def test_dragging_files_over_the_window_highlights_it_until_they_leave(window, own_sample):
    drag_enter(window, [own_sample])
    assert window.drop_overlay.isVisible()
    assert window.drop_overlay.geometry() == window.rect()
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.drop_overlay.isVisible()


def test_dropping_an_article_puts_its_events_on_the_timeline(qtbot, window, own_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [own_sample])
    assert not window.drop_overlay.isVisible()
    report = blocker.args[0]
    assert report.added == [str(own_sample)] and not report.failed
    days = {_iso(i.start) for i in window.timeline.items()}
    assert "2022-03-21" in days  # "will reopen to traffic on March 21"
    assert "2022-03-08" in days  # "said on Tuesday", published Wednesday 9 March
    assert window.event_model.rowCount() == len(window.timeline.items())
    assert window.status_label.text() == (
        f"1 article added, {report.events} events found; the timeline has "
        f"{len(window.timeline.items())} events from 1 article"
    )


def test_dropping_a_folder_adds_the_articles_inside(qtbot, window, own_sample, tmp_path):
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(own_sample, folder / "nested" / own_sample.name)
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [folder])
    assert blocker.args[0].added == [str(folder / "nested" / own_sample.name)]
    assert window.document_model.rowCount() == 1
    assert "2022-03-21" in {_iso(i.start) for i in window.timeline.items()}


def test_dropping_text_adds_it_as_an_article(qtbot, window, own_sample, tmp_path):
    mime = QMimeData()
    mime.setText(own_sample.read_text(encoding="utf-8"))
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() and window.drop_overlay.isVisible()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        QApplication.sendEvent(window, drop)
    [added] = blocker.args[0].added
    assert added.startswith(str(tmp_path / "dropped text"))
    assert "2022-03-21" in {_iso(i.start) for i in window.timeline.items()}


def test_dropping_the_design_sample(qtbot, window, shared_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        drop_files(window, [shared_sample.parent])
    days = {_iso(i.start) for i in window.timeline.items()}
    assert {"2022-02-04", "2022-02-14", "2022-02-15", "2022-02-07"} <= days


def test_a_bad_file_is_listed_under_problems_and_the_rest_still_added(
    qtbot, window, own_sample, tmp_path
):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [empty, own_sample])
    assert blocker.args[0].added == [str(own_sample)]
    assert window.problems_dock.isVisible()
    [(path, reason)] = window.problems.problems()
    assert path == str(empty) and "empty" in reason
    assert "listed under Problems" in window.statusBar().currentMessage()


def test_the_timeline_fills_while_articles_are_still_being_added(
    qtbot, window, own_sample, shared_sample, monkeypatch
):
    seen_live = threading.Event()
    real_ingest = loading.ingest_paths

    def two_steps(db, paths, progress, cancelled):
        first = real_ingest(db, [str(own_sample)], lambda p: None, cancelled)
        progress(Progress(1, 2, first.events, 0, str(own_sample)))
        assert seen_live.wait(20), "the window did not show the first article while adding"
        second = real_ingest(db, [str(shared_sample)], lambda p: None, cancelled)
        first.added += second.added
        return first

    monkeypatch.setattr("ui.ingesting.ingest_paths", two_steps)
    monkeypatch.setattr("ui.window.LIVE_RELOAD_S", 0.0)
    live_counts = []

    def loaded():
        if window.ingest_task is not None and window.timeline.items():
            live_counts.append(len(window.timeline.items()))
            seen_live.set()

    window.itemsLoaded.connect(loaded)
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(own_sample), str(shared_sample)])
    assert live_counts and live_counts[0] < len(window.timeline.items())


# Selection, details, keyboard --------------------------------------------------------------


def test_clicking_an_event_shows_its_sentence_highlighted_in_the_article(qtbot, filled):
    window = filled
    item = item_on(window, 2022, 3, 21)
    window.timeline.set_visible_range(to_seconds(datetime(2022, 3, 1)),
                                      to_seconds(datetime(2022, 4, 1)))  # fmt: skip
    click_marker(qtbot, window, item.id)
    text = window.detail.toPlainText()
    assert "Date: Monday 21 March 2022 (day precision)" in text
    highlighted = window.article.highlighted_text()
    assert "reopen to traffic on March 21" in highlighted
    assert highlighted in window.article.toPlainText()
    assert window.article.highlight_visible()


def test_the_table_and_the_timeline_share_the_selection(qtbot, filled):
    window = filled
    item = item_on(window, 2022, 3, 22)
    window.timeline.set_visible_range(to_seconds(datetime(2022, 3, 1)),
                                      to_seconds(datetime(2022, 4, 1)))  # fmt: skip
    click_marker(qtbot, window, item.id)
    rows = window.table.selectionModel().selectedRows()
    assert [window.event_model.event_id(r.row()) for r in rows] == [item.id]
    other = next(i for i in range(window.event_model.rowCount())
                 if window.event_model.event_id(i) != item.id)  # fmt: skip
    other_id = window.event_model.event_id(other)
    with qtbot.waitSignal(window.eventShown, timeout=5000) as shown:
        window.table.selectRow(other)
    assert shown.args == [other_id]
    assert window.timeline.selected() == other_id


def test_arrow_keys_walk_the_events_and_the_details_follow(qtbot, filled):
    window = filled
    t0 = to_seconds(datetime(2022, 3, 6))
    window.timeline.set_visible_range(t0, to_seconds(datetime(2022, 3, 25)))
    in_time = sorted((i for i in window.timeline.items() if i.start >= t0),
                     key=lambda i: (i.start, i.id))  # fmt: skip
    window.timeline.setFocus()
    for expected in in_time[:2]:
        with qtbot.waitSignal(window.eventShown, timeout=5000) as shown:
            qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
        assert shown.args == [expected.id]
        assert window.article.highlighted_text() in window.detail.toPlainText()
        [row] = window.table.selectionModel().selectedRows()
        assert window.event_model.event_id(row.row()) == expected.id


# Search and filters ------------------------------------------------------------------------


def search(qtbot, window: MainWindow, text: str) -> int:
    """Type ``text`` into the search box (or clear it: ""), as a user does; the events shown."""
    with qtbot.waitSignal(window.searchFinished, timeout=5000) as found:
        if text:
            window.search_box.clear()
            qtbot.keyClicks(window.search_box, text)
        else:
            window.search_box.clear()
    return found.args[0]


def shown_everywhere(window: MainWindow) -> set[int]:
    """The events the timeline draws, checked to be the ones the table lists."""
    on_timeline = {i.id for i in window.timeline.items()}
    in_table = {window.event_model.event_id(r) for r in range(window.event_model.rowCount())}
    assert on_timeline == in_table
    return on_timeline


QUAY = """Quayside notes

Published: Thu 10 Mar 2022, 09:00

The ferries ran again on Monday after a week-long strike.
"""


def test_search_filters_the_timeline_the_table_and_the_counts_alike(qtbot, filled, tmp_path):
    window = filled
    (tmp_path / "quay.txt").write_text(QUAY)
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(tmp_path / "quay.txt")])
    everything = shown_everywhere(window)
    total = len(everything)

    n = search(qtbot, window, "bus")  # a word's beginning: "Buses will return…"
    shown = shown_everywhere(window)
    assert 0 < n == len(shown) < total
    assert any(i.title.startswith("Buses") for i in window.timeline.items())
    assert window.filters.count_label.text().strip() == f"{n} of {total} events shown"
    assert window.status_label.text() == (
        f"{n} events match “bus”" if n > 1 else "1 event matches “bus”"
    )

    n = search(qtbot, window, "quaysi")  # only the title of the second article says it
    quay = next(d["id"] for d in window.snapshot.documents if d["path"].endswith("quay.txt"))
    of_quay = {int(i) for i, d in zip(window.snapshot.rows.ids, window.snapshot.rows.document_ids,
                                      strict=True) if d == quay}  # fmt: skip
    assert shown_everywhere(window) == of_quay and n == len(of_quay) >= 1

    assert search(qtbot, window, "") == total  # clearing shows everything again
    assert shown_everywhere(window) == everything
    assert window.filters.count_label.text().strip() == f"{total} of {total} events shown"
    assert window.status_label.text() == f"{total} events from 2 articles"

    assert search(qtbot, window, "zebra") == 0
    assert shown_everywhere(window) == set()
    assert window.timeline.empty_message == "No events match the filters"
    assert window.status_label.text() == "0 events match “zebra”"


def test_hiding_an_article_hides_its_events(qtbot, filled, shared_sample):
    window = filled
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(shared_sample)])
    total = len(window.timeline.items())
    own_id = next(d["id"] for d in window.snapshot.documents if "harbour" in d["path"])
    window.document_model.set_hidden(own_id, True)
    titles = {i.title for i in window.timeline.items()}
    assert len(titles) < total and not any("harbour" in t for t in titles)
    assert window.event_model.rowCount() == len(window.timeline.items())
    assert "1 article hidden" in window.filters.count_label.text()
    window.document_model.set_hidden(own_id, False)
    assert len(window.timeline.items()) == total


def test_the_kind_filter_narrows_timeline_and_table(qtbot, filled):
    window = filled
    kinds = [window.filters.kind_box.itemText(i) for i in range(1, window.filters.kind_box.count())]
    assert kinds
    window.filters.kind_box.setCurrentText(kinds[0])
    expected = window.snapshot.rows.kinds.count(kinds[0])
    assert len(window.timeline.items()) == expected == window.event_model.rowCount()


# Timelines and what is remembered ----------------------------------------------------------


def test_layout_last_timeline_and_view_come_back_on_the_next_start(qtbot, tmp_path, own_sample):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    db = tmp_path / "persist.db"
    first = make_window(qtbot, db, settings)
    with qtbot.waitSignal(first.ingestFinished, timeout=60000):
        first.add_paths([str(own_sample)])
    count = len(first.timeline.items())
    view = (to_seconds(datetime(2022, 3, 1)), to_seconds(datetime(2022, 3, 31)))
    first.timeline.set_visible_range(*view)
    first.resize(first.width(), 523)  # the offscreen screen is too narrow to vary the width
    first.docks.documents_dock.hide()
    first.close()
    assert last_database(settings) == str(db)
    second = MainWindow(last_database(settings), settings)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: len(second.timeline.items()) == count, timeout=10000)
    assert count > 0
    assert second.timeline.visible_range() == pytest.approx(view)
    assert second.height() == 523 and not second.docks.documents_dock.isVisible()
    second.close()


def test_switching_to_a_new_timeline_shows_it_empty_and_remembers_both(qtbot, filled, tmp_path):
    window = filled
    old = window.db_path
    other = str(tmp_path / "other.db")
    with qtbot.waitSignal(window.itemsLoaded, timeout=10000):
        window.switch_database(other)
    assert window.centre.currentWidget() is window.empty_state
    assert window.event_model.rowCount() == 0 and "other.db" in window.windowTitle()
    assert recent_databases(window.settings)[:2] == [other, old]
    assert [a.text() for a in window.recent_menu.actions()][:2] == ["other.db", "timeline.db"]


def test_clicking_a_name_in_the_details_shows_only_its_events(qtbot, window, shared_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        window.add_paths([str(shared_sample)])
    total = len(window.timeline.items())
    scholz = next(i for i in window.timeline.items() if "Scholz" in i.title)
    with qtbot.waitSignal(window.eventShown, timeout=5000):
        window.select_event(scholz.id)
    names = [e["text"] for e in window.detail._entities]
    name = next(n for n in names if "Scholz" in n)  # a link in the panel
    assert f"entity:{names.index(name)}" in window.detail.toHtml()
    with qtbot.waitSignal(window.filtersApplied, timeout=5000):
        window.detail.anchorClicked.emit(QUrl(f"entity:{names.index(name)}"))
    shown = window.timeline.items()
    assert scholz.id in {i.id for i in shown} and 0 < len(shown) < total
    assert sum("Scholz" in i.title for i in shown) >= 2  # to Ukraine, then to Russia
    assert window.event_model.rowCount() == len(shown)
    assert (
        "Scholz" in window.filters.entity_button.text() and window.filters.entity_action.isVisible()
    )
    window.filters.entity_button.click()
    assert len(window.timeline.items()) == total and not window.filters.entity_action.isVisible()


def test_a_big_timeline_shows_its_counts_while_its_events_are_read(qtbot, tmp_path, own_sample):
    db = tmp_path / "big.db"
    first = make_window(qtbot, db)
    with qtbot.waitSignal(first.ingestFinished, timeout=60000):
        first.add_paths([str(own_sample)])
    total = len(first.timeline.items())
    first.close()
    preview = loading.load_preview(str(db), min_events=1)
    assert preview is not None and preview.summary and len(preview) == total
    assert loading.load_preview(str(db)) is None  # a handful of events: no stand-in
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.set_data(preview)
    lay = view.current_layout()
    assert lay.histograms and not lay.markers  # counted, never markers one could open
    view.set_visible_range(to_seconds(datetime(2022, 3, 20)), to_seconds(datetime(2022, 3, 23)))
    assert not view.current_layout().markers


def test_the_counts_after_adding_a_file_of_many_articles_agree(qtbot, window):
    """One Reuters-style file of 7 articles: the progress counts its articles, not its
    shares; the summary says articles added, events found and what the timeline holds."""
    wire = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "wire.sgm"
    progress_texts: list[str] = []
    bar = window.ingesting.progress
    bar.valueChanged.connect(lambda _v: progress_texts.append(bar.text()))
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [wire])
    report = blocker.args[0]
    assert len(report.added) == 7 and not report.failed
    assert progress_texts and all(
        t.startswith("wire.sgm: ") and t.endswith("% of its articles") for t in progress_texts
    ), progress_texts
    assert progress_texts[-1] == "wire.sgm: 100% of its articles"
    events, articles = len(window.snapshot), len(window.snapshot.documents)
    assert articles == 7
    found = f"{report.events} events" if report.events != 1 else "1 event"
    text = window.status_label.text()
    assert text.startswith(f"7 articles added, {found} found")
    assert f"; the timeline has {events} events" in text
    assert f"from {articles} articles" in text
    assert (f", {events:,} new after merging repeats;" in text) == (events < report.events)
    assert window.filters.count_label.text().strip() == f"{events} of {events} events shown"
