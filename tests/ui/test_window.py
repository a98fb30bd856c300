"""The main window driven as a user would: real drops, waits on signals."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.model import to_seconds
from ui.window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(str(tmp_path / "timeline.db"))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.itemsLoaded, timeout=10000):
        win.show()
    yield win
    win.close()
    assert win.tasks.pool.activeThreadCount() == 0, "a background task outlived the window"


def drop_files(window: MainWindow, paths) -> None:
    """A real drag-enter then drop of file URLs, as the window system delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused the drag"
    drop = QDropEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)


def _iso(seconds: float) -> str:
    return (datetime(1970, 1, 1) + timedelta(seconds=seconds)).date().isoformat()


def test_empty_window_invites_a_drop(window):
    assert window.timeline.items() == []
    assert window.acceptDrops()


def test_dropping_an_article_puts_its_events_on_the_timeline(qtbot, window, own_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [own_sample])
    report = blocker.args[0]
    assert report.added == [str(own_sample)] and not report.failed
    days = {_iso(i.start) for i in window.timeline.items()}
    assert "2022-03-21" in days  # "will reopen to traffic on March 21"
    assert "2022-03-08" in days  # "said on Tuesday", published Wednesday 9 March


def test_dropping_the_design_sample(qtbot, window, shared_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        drop_files(window, [shared_sample.parent])
    days = {_iso(i.start) for i in window.timeline.items()}
    assert {"2022-02-04", "2022-02-14", "2022-02-15", "2022-02-07"} <= days


def test_clicking_an_event_shows_its_sentence(qtbot, window, own_sample):
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        drop_files(window, [own_sample])
    item = next(i for i in window.timeline.items() if i.start == to_seconds(datetime(2022, 3, 21)))
    with qtbot.waitSignal(window.timeline.eventClicked):
        window.timeline.eventClicked.emit(item.id)
    qtbot.waitUntil(lambda: "March 21" in window.detail.toPlainText(), timeout=5000)
    text = window.detail.toPlainText()
    assert "precision: day" in text and "2022-03-21" in text


def test_a_bad_file_is_reported_and_the_rest_still_added(
    qtbot, window, own_sample, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        "ui.window.report_error", lambda parent, title, msg, **kw: shown.append(msg)
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000) as blocker:
        drop_files(window, [empty, own_sample])
    report = blocker.args[0]
    assert report.added == [str(own_sample)]
    assert report.failed and "empty.txt" in shown[0] and "empty" in shown[0]


def test_reopening_shows_what_was_added_before(qtbot, tmp_path, own_sample):
    db = str(tmp_path / "persist.db")
    first = MainWindow(db)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.ingestFinished, timeout=60000):
        first.add_paths([str(own_sample)])
    count = len(first.timeline.items())
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: len(second.timeline.items()) == count, timeout=10000)
    assert count > 0
    second.close()
