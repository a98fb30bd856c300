"""Opening a timeline says so until its events are shown; a dropped folder takes articles only."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt

from tests.ui.test_window import drop_files, make_window
from ui import window as window_module
from ui.window import MainWindow


def test_reopening_says_what_is_opening_never_the_empty_state(qtbot, tmp_path, own_sample,
                                                              monkeypatch):  # fmt: skip
    db = tmp_path / "archive.db"
    first = make_window(qtbot, db)
    with qtbot.waitSignal(first.ingestFinished, timeout=60000):
        first.add_paths([str(own_sample)])
    events = len(first.snapshot)
    first.close()
    read = window_module.load_snapshot

    def slow_read(*args):  # as an archive of 20,000 articles takes seconds
        time.sleep(1.0)
        return read(*args)

    monkeypatch.setattr(window_module, "load_snapshot", slow_read)
    win = MainWindow(str(db))
    qtbot.addWidget(win)
    win.show()
    assert win.centre.currentWidget() is win.timeline_page, "the empty state, as if lost"
    assert win.timeline.empty_message == "Opening archive.db…"
    told = f"Opening archive.db — 1 article, {events:,} events…"
    qtbot.waitUntil(lambda: win.timeline.empty_message == told, timeout=5000)
    assert win.status_label.text() == told and not len(win.snapshot)
    assert win.centre.currentWidget() is win.timeline_page and not win.overview.isVisible()
    qtbot.waitUntil(lambda: len(win.snapshot) == events, timeout=10000)
    assert len(win.timeline.items()) == events and "Opening" not in win.status_label.text()
    assert win.overview.isVisible()
    win.close()


def test_a_new_timeline_still_shows_the_empty_state(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "new.db")
    assert win.centre.currentWidget() is win.empty_state
    win.close()


def test_a_dropped_folder_takes_its_articles_and_names_what_it_skipped(qtbot, tmp_path,
                                                                       own_sample):  # fmt: skip
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = own_sample.read_text()
    (folder / "one.txt").write_text(text)
    (folder / "two.txt").write_text(text + "\nThe ferry service resumed on Monday.\n")
    (folder / "README.txt").write_text("This corpus was collected in 2016.\nUse it freely.\n")
    win = make_window(qtbot, tmp_path / "timeline.db")
    with qtbot.waitSignal(win.ingestFinished, timeout=60000) as finished:
        drop_files(win, [folder])
    report = finished.args[0]
    assert sorted(report.added) and len(win.snapshot.documents) == 2
    assert win.problems.problems() == [(str(folder / "README.txt"),
                                        "a README file, not an article")]  # fmt: skip
    assert "1 skipped as not articles (see Problems)" in win.status_label.text()
    assert win.status_label.toolTip() == win.status_label.text()  # whole, where the bar cuts it
    assert not report.failed
    win.close()


def test_a_file_dropped_on_its_own_is_added_on_purpose(qtbot, tmp_path, own_sample):
    readme = tmp_path / "README.txt"
    readme.write_text(own_sample.read_text())
    win = make_window(qtbot, tmp_path / "timeline.db")
    with qtbot.waitSignal(win.ingestFinished, timeout=60000):
        drop_files(win, [readme])
    assert len(win.snapshot.documents) == 1 and win.problems.problems() == []
    win.close()


def test_while_a_big_timeline_is_read_a_zoomed_in_day_shows_events_one_can_open(
    qtbot, tmp_path, monkeypatch
):
    """Reading every event of a big archive takes seconds; meanwhile the counts show, and a
    day zoomed into draws its events, read by time from the store, each a click away from
    its sentence."""
    import threading
    from datetime import datetime

    from core.model import Document, Event
    from core.store import open_store
    from ui import loading, opening, session
    from ui.timeline import TimelineView
    from ui.timeline_data import TimelineItem
    from ui.timescale import DAY, to_seconds

    store = open_store(tmp_path / "big.db")
    first = to_seconds(datetime(2022, 3, 1))
    for d in range(20):  # twenty articles, each on its own day, five things done that day
        day = first + d * DAY
        sentences = [f"Ferry {d}-{k} sailed to island {k} that morning." for k in range(5)]
        events, offset = [], 0
        for k, sentence in enumerate(sentences):
            events.append(Event(f"Ferry {d}-{k} sails to island {k}", "2022-03-01", None,
                                "day", False, "other", sentence, offset,
                                offset + len(sentence), day, day + DAY,
                                salience=k / 5))  # fmt: skip
            offset += len(sentence) + 1
        store.add_document(Document(f"/ferries/{d}.txt", f"Ferries {d}", " ".join(sentences),
                                    "2022-03-21", "user", f"ferry{d}"), events)  # fmt: skip
    store.close()
    release = threading.Event()
    read = window_module.load_snapshot

    def slow_read(*args):  # as a million events take seconds to read
        assert release.wait(30)
        return read(*args)

    monkeypatch.setattr(window_module, "load_snapshot", slow_read)
    monkeypatch.setattr(opening, "load_preview", lambda db: loading.load_preview(db, 1))
    monkeypatch.setattr(opening, "DETAIL_LIMIT", 20)  # all twenty days: too many to read
    left = TimelineView()  # where it was left last time: all twenty days
    left.set_items([TimelineItem(1, first, first + DAY, "", "day", False)])
    left.set_visible_range(first, first + 20 * DAY)
    session.save_view(session.app_settings(), str(tmp_path / "big.db"), left)
    win = MainWindow(str(tmp_path / "big.db"))
    qtbot.addWidget(win)
    win.show()
    timeline = win.timeline
    qtbot.waitUntil(lambda: timeline.data().summary and timeline.event_count() == 100)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)  # the keyboard: every event in view
    qtbot.waitUntil(lambda: timeline.event_list is not None, timeout=5000)
    assert timeline.event_list.heading.text().startswith("100 events, in view (")
    assert len(timeline.event_list.listed_ids()) == 100
    timeline.event_list.close()
    qtbot.waitUntil(lambda: timeline.event_list is None)
    # A bar of the counts lists its events from the store, the most salient first
    hist = timeline.current_layout().histograms[0]
    x, y, w, h = hist.bars[hist.counts.index(max(hist.counts))]
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(x + w / 2),
                                                                     round(y + h / 2)))  # fmt: skip
    qtbot.waitUntil(lambda: timeline.event_list is not None, timeout=5000)
    popup = timeline.event_list
    assert timeline.drawn_data().summary  # listed from the store, not from events read
    assert popup.heading.text().startswith("5 events, ")
    rows = [popup.model.index(r).data() for r in range(5)]
    assert [r.split("sails to island ")[1] for r in rows] == ["4", "3", "2", "1", "0"]
    with qtbot.waitSignal(win.eventShown, timeout=5000):
        qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert "sailed to island 4" in win.article.highlighted_text()
    asked = []
    read_window = opening.load_window
    monkeypatch.setattr(opening, "load_window", lambda *a: (asked.append(a), read_window(*a))[1])
    timeline.set_visible_range(first + 5 * DAY, first + 8 * DAY)  # a few too many to read
    qtbot.wait(400)
    assert len(asked) == 1 and timeline.drawn_data().summary  # asked once, not again and again
    day = first + 7 * DAY
    timeline.set_visible_range(day - DAY / 4, day + DAY + DAY / 4)
    qtbot.waitUntil(lambda: bool(timeline.current_layout().markers), timeout=5000)
    assert not len(win.snapshot)  # still reading every event
    titles = {timeline.drawn_data().item_of(m.event_id).title
              for m in timeline.current_layout().markers}  # fmt: skip
    assert {f"Ferry 7-{k} sails to island {k}" for k in range(5)} <= titles  # and its neighbours'
    assert all(t.split()[1].split("-")[0] in ("6", "7", "8") for t in titles)
    marker = next(m for m in timeline.current_layout().markers if m.text.startswith("Ferry 7-3"))
    with qtbot.waitSignal(win.eventShown, timeout=5000):
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(marker.x),
                                                                         round(marker.y)))  # fmt: skip
    assert "Ferry 7-3 sailed to island 3" in win.article.highlighted_text()
    zoomed = timeline.visible_range()
    with qtbot.waitSignal(win.itemsLoaded, timeout=10000):
        release.set()
    assert len(timeline.items()) == 100 and not timeline.data().summary
    assert timeline.visible_range() == zoomed  # the day zoomed into stays in view
    win.close()
    assert win.tasks.pool.waitForDone(10000)
