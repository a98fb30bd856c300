"""The window's menus and the file choosers they open.

``Menus`` is given what its actions act on (the timeline, the filter bar, the edit actions,
the docks, and callbacks for what the window does), and observes the state for the list of
recent timelines; it never reaches into the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLineEdit, QMainWindow, QMenu, QMessageBox

from ui import session
from ui.filters import FilterBar
from ui.lanes import MODES
from ui.state import WindowState
from ui.timeline import TimelineView

log = logging.getLogger(__name__)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
ARTICLE_FILTER = (
    "Articles (*.txt *.md *.text *.markdown *.html *.htm *.pdf *.eml *.docx *.sgm);;All files (*)"
)
DB_FILTER = "Datelines timelines (*.db);;All files (*)"


@dataclass(frozen=True, slots=True)
class WindowActions:
    """What the window does when a menu asks."""

    add_paths: Callable[[Sequence[str]], None]
    switch_database: Callable[[str], None]
    export: Callable[[], None]
    cancel_ingest: Callable[[], None]


class Menus:
    """File, Edit and View; Esc cancels adding articles."""

    def __init__(
        self,
        window: QMainWindow,
        state: WindowState,
        settings: QSettings,
        timeline: TimelineView,
        filters: FilterBar,
        edit_actions: Sequence[QAction | None],
        docks: Sequence[QDockWidget],
        do: WindowActions,
    ) -> None:
        self.window, self.settings, self.do = window, settings, do
        act = self._act
        menu = window.menuBar().addMenu("&File")
        act(menu, "&New Timeline…", QKeySequence.StandardKey.New, self.new_timeline)
        act(menu, "Open &Timeline…", "Ctrl+Shift+T", self.open_timeline)
        self.recent_menu = menu.addMenu("Open &Recent")
        self._fill_recent_menu()
        menu.addSeparator()
        act(menu, "&Add Files…", QKeySequence.StandardKey.Open, self.choose_files)
        act(menu, "Add &Folder…", "Ctrl+Shift+O", self.choose_folder)
        act(menu, "Add the &Sample Articles", None, self.add_samples)
        menu.addSeparator()
        act(menu, "&Export…", "Ctrl+E", do.export)
        menu.addSeparator()
        act(menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)
        edit = window.menuBar().addMenu("&Edit")
        for action in edit_actions:
            if action is None:
                edit.addSeparator()
            else:
                edit.addAction(action)
        view = window.menuBar().addMenu("&View")
        act(view, "Zoom &In", "Ctrl++", lambda: timeline.zoom_by(1.5))
        act(view, "Zoom &Out", "Ctrl+-", lambda: timeline.zoom_by(1 / 1.5))
        act(view, "Zoom to &Fit", "Ctrl+0", timeline.zoom_to_fit)
        act(view, "Show &All Events", "Ctrl+Shift+0", lambda: timeline.zoom_to_fit(True))
        act(view, "&List Events in View…", "Ctrl+L", timeline.list_in_view)
        act(view, "&Search", QKeySequence.StandardKey.Find, lambda: _focus(filters.search_box))
        self._lanes_menu(view.addMenu("&Lanes"), timeline, filters)
        view.addSeparator()
        for dock in docks:
            view.addAction(dock.toggleViewAction())
        act(window, "Cancel", "Esc", do.cancel_ingest)
        state.database_changed.connect(self._database_opened)

    def _act(self, menu: Any, text: str, shortcut: Any, slot: Callable) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _lanes_menu(self, menu: QMenu, timeline: TimelineView, filters: FilterBar) -> None:
        """One timeline or lanes, as the toolbar's box offers: Ctrl+Alt+1 to 4."""
        group = QActionGroup(menu)
        actions = {}
        for i, (mode, label) in enumerate(MODES.items(), start=1):
            action = self._act(menu, label, f"Ctrl+Alt+{i}", lambda _on=False, m=mode: (
                filters.set_lane_mode(m)))  # fmt: skip
            action.setCheckable(True)
            group.addAction(action)
            actions[mode] = action
        actions[filters.lane_mode()].setChecked(True)
        filters.laneModeChanged.connect(lambda mode: actions[mode].setChecked(True))
        menu.addSeparator()
        self._act(menu, "&Fold All Lanes", None, lambda: timeline.fold_all(True))
        self._act(menu, "&Unfold All Lanes", None, lambda: timeline.fold_all(False))

    def _database_opened(self, db_path: str) -> None:
        session.remember_database(self.settings, db_path)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = session.recent_databases(self.settings)
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.do.switch_database(p))
        menu.setEnabled(bool(recent))

    # The file choosers ---------------------------------------------------------------------

    def new_timeline(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "New timeline", "timeline.db",
                                              DB_FILTER)  # fmt: skip
        if path:
            if Path(path).suffix == "":
                path += ".db"
            self.do.switch_database(path)

    def open_timeline(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open a timeline", "", DB_FILTER)
        if path:
            self.do.switch_database(path)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, "Add articles", "", ARTICLE_FILTER)
        if files:
            self.do.add_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Add a folder of articles")
        if folder:
            self.do.add_paths([folder])

    def ask_for_another_timeline(self, title: str, message: str) -> QMessageBox:
        """A window-modal box offering a new timeline or another one (it is open)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        new = box.addButton("New Timeline…", QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton("Open Another…", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        new.clicked.connect(self.new_timeline)
        other.clicked.connect(self.open_timeline)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    def add_samples(self) -> None:
        self.do.add_paths([str(SAMPLES)])


def _focus(box: QLineEdit) -> None:
    box.setFocus()
    box.selectAll()
