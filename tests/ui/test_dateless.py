"""Articles with no date of their own are marked wherever they show, and one click from a date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QInputDialog

from core.store import open_store
from tests.ui.test_window import drop_files, make_window
from ui.models import DocumentListModel


@pytest.fixture
def dropped(qtbot, tmp_path, dated_and_undated):
    window = make_window(qtbot, tmp_path / "timeline.db")
    with qtbot.waitSignal(window.ingestFinished, timeout=60000):
        drop_files(window, dated_and_undated)
    yield window
    window.close()
    assert window.tasks.pool.waitForDone(10000), "a background task outlived the window"


def _rows(window) -> dict[str, int]:
    model = window.document_model
    return {model.data(model.index(r), DocumentListModel.TITLE_ROLE): r for r in range(2)}


def test_the_articles_list_marks_the_article_dated_by_its_file(dropped):
    model, rows = dropped.document_model, _rows(dropped)
    undated, dated = (
        model.index(rows["Town library reopens after roof repair"]),
        model.index(rows["Ferry timetable changes at the harbour"]),
    )
    assert "2 Apr 2026, 09:30 (date from file time)" in model.data(undated)
    assert "date from file time" in model.data(undated, Qt.ItemDataRole.ToolTipRole)
    assert not model.data(undated, Qt.ItemDataRole.DecorationRole).isNull()  # a warning icon
    assert model.data(dated).splitlines()[1].startswith("9 Mar 2022, 08:40 · ")
    assert model.data(dated, Qt.ItemDataRole.DecorationRole) is None


def test_the_status_bar_counts_the_dropped_articles_without_a_date(dropped):
    link = dropped.dateless.link
    assert link.isVisible()
    assert "1 article has no date of its own" in link.text()


def test_the_detail_panel_says_the_date_is_the_file_time(qtbot, dropped):
    store = open_store(dropped.db_path)
    by_source = {e["document_published_source"]: e["id"] for e in store.events()}
    store.close()
    with qtbot.waitSignal(dropped.eventShown, timeout=10000):
        dropped.select_event(by_source["mtime"])
    text = dropped.detail.toPlainText()
    assert "the file's modification time, not the article's date" in text
    assert "Set its date…" in text
    with qtbot.waitSignal(dropped.eventShown, timeout=10000):
        dropped.select_event(by_source["header"])
    assert "not the article's date" not in dropped.detail.toPlainText()


def answer_the_date_dialog(value: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog)
    assert "Town library reopens after roof repair" in dialog.labelText()
    dialog.setTextValue(value)
    dialog.accept()


def test_one_click_on_the_status_opens_the_date_of_the_first_article(qtbot, dropped):
    QTimer.singleShot(0, lambda: answer_the_date_dialog("2022-03-16"))
    with qtbot.waitSignals([dropped.redated, dropped.itemsLoaded], timeout=10000):
        dropped.dateless.link.linkActivated.emit("set")
    assert not dropped.dateless.link.isVisible()  # nothing left to date
    model = dropped.document_model
    assert not any(model.data(model.index(r), model.NEEDS_DATE_ROLE) for r in range(2))


def test_the_detail_panel_link_opens_the_same_dialog(qtbot, dropped):
    store = open_store(dropped.db_path)
    undated = next(e["id"] for e in store.events() if e["document_published_source"] == "mtime")
    store.close()
    with qtbot.waitSignal(dropped.eventShown, timeout=10000):
        dropped.select_event(undated)
    QTimer.singleShot(0, lambda: answer_the_date_dialog("2022-03-16"))
    with qtbot.waitSignals([dropped.redated, dropped.eventShown], timeout=10000):
        dropped.detail.anchorClicked.emit(QUrl("redate:0"))
    text = dropped.detail.toPlainText()  # shown again, against the date just set
    assert "Published 16 Mar 2022 (from you)" in text
    assert "not the article's date" not in text


def test_the_events_of_the_article_carry_the_mark_in_the_table(dropped):
    model = dropped.event_model
    sources = {model.data(model.index(r, 4)) for r in range(model.rowCount())}
    assert sources == {
        "Ferry timetable changes at the harbour",
        "Town library reopens after roof repair  ⚠ date from file time",
    }
