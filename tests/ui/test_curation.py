"""Edit, delete, merge, undo and redo through the window's actions and dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from core.ingest import ingest
from core.store import open_store
from ui.curation import Curation, EventEditor
from ui.workers import TaskRunner


@pytest.fixture
def db(tmp_path, own_sample):
    path = str(tmp_path / "curate.db")
    store = open_store(path)
    ingest(store, [own_sample], workers=1)
    store.close()
    return path


@pytest.fixture
def ui(qtbot, db):
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    selection: list[int] = []
    curation = Curation(parent, tasks, lambda: db, lambda: selection)
    yield curation, selection
    assert tasks.stop_all()


def _titles(db) -> dict[int, str]:
    store = open_store(db)  # a fresh connection: what a restart would see
    try:
        return {r["id"]: r["title"] for r in store.events()}
    finally:
        store.close()


def test_delete_then_undo_then_redo(qtbot, ui, db):
    curation, selection = ui
    victim = next(i for i, t in _titles(db).items() if "closed" in t.lower())
    selection[:] = [victim]
    with qtbot.waitSignal(curation.changed, timeout=10000):
        curation.delete_action.trigger()
    assert victim not in _titles(db)
    assert curation.undo_action.isEnabled() and curation.undo_action.text().startswith(
        "&Undo Delete"
    )
    with qtbot.waitSignal(curation.changed, timeout=10000):
        curation.undo_action.trigger()
    assert victim in _titles(db)
    assert curation.redo_action.text().startswith("&Redo Delete")
    with qtbot.waitSignal(curation.changed, timeout=10000):
        curation.redo_action.trigger()
    assert victim not in _titles(db)


def _open_editor(qtbot, curation, parent) -> EventEditor:
    curation.edit_action.trigger()
    qtbot.waitUntil(lambda: parent.findChild(EventEditor) is not None, timeout=10000)
    return parent.findChild(EventEditor)


def test_edit_in_the_dialog_is_stored_and_survives_re_adding(qtbot, ui, db, own_sample):
    curation, selection = ui
    target = next(i for i, t in _titles(db).items() if "cables" in t.lower())
    selection[:] = [target]
    dialog = _open_editor(qtbot, curation, curation.parent_widget)
    dialog.start.setText("next spring")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "not a date" in dialog.problem.text()
    dialog.start.setText("2021-06-15")
    dialog.title.setText("Cable replacement starts")
    with qtbot.waitSignal(curation.changed, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _titles(db)[target] == "Cable replacement starts"
    store = open_store(db)
    assert store.event(target)["start"] == "2021-06-15"
    ingest(store, [own_sample], workers=1)  # the same article again
    store.close()
    assert _titles(db)[target] == "Cable replacement starts"


def test_merge_two_events_and_undo(qtbot, ui, db):
    curation, selection = ui
    first, second = list(_titles(db))[:2]
    selection[:] = [first, second]
    with qtbot.waitSignal(curation.changed, timeout=10000):
        curation.merge_action.trigger()
    store = open_store(db)
    assert second not in {r["id"] for r in store.events()}
    assert len(store.event(first)["sources"]) == 2
    store.close()
    with qtbot.waitSignal(curation.changed, timeout=10000):
        curation.undo_action.trigger()
    assert {first, second} <= set(_titles(db))


def test_merging_one_event_explains_why_not(qtbot, ui, db):
    curation, selection = ui
    selection[:] = [next(iter(_titles(db)))]
    with qtbot.waitSignal(curation.failed, timeout=5000) as blocker:
        curation.merge_action.trigger()
    assert "two or more" in blocker.args[0]
