"""Opening a timeline says so until its events are shown; a dropped folder takes articles only."""

from __future__ import annotations

import time

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
