"""The user's corrections in the window: edit, delete, merge, split, check, undo and redo.

Every change runs off the GUI thread through ``core.store.edits.Curator``; the window reloads
when ``changed`` fires. Undo and redo name what they will undo, and work across restarts
because the edit log lives in the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.events.kinds import KINDS
from core.store import open_store
from core.store.edits import Curator
from core.timeval import parse_value
from ui.workers import TaskRunner


def _with_curator(
    db_path: str, work: Callable[[Curator], Any]
) -> tuple[Any, str | None, str | None]:
    """Run one curation step in a worker thread: its result and the new undo/redo labels."""
    store = open_store(db_path)
    try:
        curator = Curator(store)
        result = work(curator)
        return result, curator.undo_label(), curator.redo_label()
    finally:
        store.close()


class Curation(QObject):
    """Owns the Edit menu's actions and carries them out on the selected events."""

    changed = Signal()  # the database changed: views reload
    failed = Signal(str)  # a reason to show the user

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        db_path: Callable[[], str],
        selected: Callable[[], Sequence[int]],
    ):
        super().__init__(parent)
        self.parent_widget, self.tasks, self.db_path, self.selected = (
            parent,
            tasks,
            db_path,
            selected,
        )
        self.undo_action = self._action("&Undo", QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action("&Redo", "Ctrl+Shift+Z", self.redo)
        self.edit_action = self._action("&Edit Event…", "F2", self.edit_selected)
        self.delete_action = self._action(
            "&Delete Event", QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self.merge_action = self._action("&Merge Events", "Ctrl+M", self.merge_selected)
        self.check_action = self._action("Mark as &Checked", "Ctrl+K", self.check_selected)
        self.actions = [self.undo_action, self.redo_action, None, self.edit_action,
                        self.delete_action, self.merge_action, self.check_action]  # fmt: skip
        self._show_labels(None, None)
        self.refresh()

    def _action(self, text: str, shortcut: Any, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # What the actions do ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the undo/redo labels again (another database, or changes from elsewhere)."""
        self._run(lambda c: None, reload=False, quiet=True)

    def undo(self) -> None:
        self._run(lambda c: c.undo())

    def redo(self) -> None:
        self._run(lambda c: c.redo())

    def delete_selected(self) -> None:
        ids = list(self.selected())
        if ids:
            self._run(lambda c: c.delete(ids))

    def merge_selected(self) -> None:
        ids = list(self.selected())
        if len(ids) < 2:
            self.failed.emit("Select two or more events to merge (Ctrl+click in the table).")
            return
        self._run(lambda c: c.merge(ids))

    def check_selected(self) -> None:
        for event_id in self.selected():
            self._run(lambda c, i=event_id: c.update(i, checked=1))

    def update(self, event_id: int, **fields: Any) -> None:
        self._run(lambda c: c.update(event_id, **fields))

    def split(self, event_id: int, source_id: int) -> None:
        self._run(lambda c: c.split(event_id, source_id))

    def resolve(self, event_id: int, source_id: int) -> None:
        """Settle a disputed event on the date this source gives."""
        self._run(lambda c: c.resolve(event_id, source_id))

    def edit_selected(self) -> None:
        ids = list(self.selected())
        if not ids:
            return
        db = self.db_path()

        def load(_progress, _cancelled):
            store = open_store(db)
            try:
                return store.event(ids[0])
            finally:
                store.close()

        self.tasks.start(load, self._open_editor, self.failed.emit)

    def _open_editor(self, event: dict[str, Any] | None) -> None:
        if event is None:
            return
        dialog = EventEditor(event, self.parent_widget)
        dialog.accepted.connect(lambda: self.update(event["id"], **dialog.changes()))
        dialog.open()

    # Running them ---------------------------------------------------------------------------

    def _run(
        self, work: Callable[[Curator], Any], reload: bool = True, quiet: bool = False
    ) -> None:
        db = self.db_path()
        self.tasks.start(
            lambda _p, _c: _with_curator(db, work),
            lambda result: self._done(result, reload),
            # reading the labels of a timeline that will not open: the window says why already
            (lambda _message: self._show_labels(None, None)) if quiet else self.failed.emit,
        )

    def _done(self, result: tuple[Any, str | None, str | None], reload: bool) -> None:
        self._show_labels(result[1], result[2])
        if reload:
            self.changed.emit()

    def _show_labels(self, undo: str | None, redo: str | None) -> None:
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")


class EventEditor(QDialog):
    """Title, date (as a TIMEX3 value), end, kind and the checked mark of one event."""

    def __init__(self, event: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Edit Event")
        self.event = event
        self.title = QLineEdit(event["title"])
        # Room for the whole title on one line (about 60 characters at least, 900 px at most).
        fm = self.title.fontMetrics()
        wide = max(fm.horizontalAdvance(event["title"]) + 4 * fm.averageCharWidth(),
                   60 * fm.averageCharWidth())  # fmt: skip
        self.title.setMinimumWidth(min(wide, 900))
        self.start = QLineEdit(event["start"])
        self.start.setPlaceholderText("2022-02-14, 2022-02 or 2014")
        self.end = QLineEdit(event["end"] or "")
        self.end.setPlaceholderText("empty for a single date")
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))
        self.kind.setCurrentText(event["kind"])
        self.checked = QCheckBox("Checked against the source")
        self.checked.setChecked(bool(event.get("checked")))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Date", self.start)
        form.addRow("Until", self.end)
        form.addRow("Kind", self.kind)
        form.addRow("", self.checked)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def changes(self) -> dict[str, Any]:
        """Only what the user changed, so the edit log says exactly that."""
        now = {
            "title": self.title.text().strip(),
            "start": self.start.text().strip(),
            "end": self.end.text().strip() or None,
            "kind": self.kind.currentText(),
            "checked": int(self.checked.isChecked()),
        }
        before = {
            **{k: self.event.get(k) for k in now},
            "checked": int(bool(self.event.get("checked"))),
        }
        return {k: v for k, v in now.items() if v != before[k]}

    def _accept_if_valid(self) -> None:
        for field, text in (("Date", self.start.text()), ("Until", self.end.text())):
            if text.strip() and parse_value(text.strip()) is None:
                self.problem.setText(f"{field}: “{text}” is not a date (2022-02-14, 2022-02, 2014)")
                return
        if not self.title.text().strip():
            self.problem.setText("The title cannot be empty")
            return
        self.accept()
