"""Menus, file choosers and what the window remembers between runs (QSettings).

Remembered: window geometry and dock layout, the recent timelines (database files), the
last one opened, and the visible time range of each.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ui.lanes import MODES

if TYPE_CHECKING:
    from ui.window import MainWindow

log = logging.getLogger(__name__)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
RECENT_LIMIT = 8
ARTICLE_FILTER = (
    "Articles (*.txt *.md *.text *.markdown *.html *.htm *.pdf *.eml *.docx *.sgm);;All files (*)"
)
DB_FILTER = "Datelines timelines (*.db);;All files (*)"


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Datelines", "Datelines"
    )


def last_database(settings: QSettings | None = None) -> str | None:
    """The timeline open when the app last closed, if its file still exists."""
    path = (settings or app_settings()).value("last_database", None)
    return str(path) if path and Path(str(path)).exists() else None


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value("recent_databases", [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    return [str(v) for v in value or []]


def remember_database(window: MainWindow, db_path: str) -> None:
    recent = [db_path] + [p for p in recent_databases(window.settings) if p != db_path]
    window.settings.setValue("recent_databases", recent[:RECENT_LIMIT])
    window.settings.setValue("last_database", db_path)
    _fill_recent_menu(window)


def save_view(window: MainWindow) -> None:
    if window.timeline.event_count():
        t0, t1 = window.timeline.visible_range()
        window.settings.setValue(_view_key(window.db_path), [t0, t1])
    save_lanes(window)


def save_lanes(window: MainWindow) -> None:
    """The lanes' order and folding, kept as soon as the user changes them."""
    state = json.dumps(window.timeline.lane_state())
    window.settings.setValue(_view_key(window.db_path).replace("view/", "lanes/", 1), state)


def restore_lanes(window: MainWindow) -> None:
    """The lanes' order and folding as the user left them in this timeline."""
    value = window.settings.value(_view_key(window.db_path).replace("view/", "lanes/", 1), "")
    try:
        state = json.loads(str(value)) if value else {}
    except ValueError:
        state = {}
    window.timeline.set_lane_state(state if isinstance(state, dict) else {})


def restore_view(window: MainWindow) -> None:
    value = window.settings.value(_view_key(window.db_path), None)
    try:
        t0, t1 = (float(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return
    if t1 > t0:
        window.timeline.set_visible_range(t0, t1)


def _view_key(db_path: str) -> str:
    return "view/" + str(Path(db_path).resolve()).replace("/", "|")


def save_layout(window: MainWindow) -> None:
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
    save_view(window)
    window.settings.sync()


def restore_layout(window: MainWindow) -> None:
    geometry = window.settings.value("window/geometry", None)
    state = window.settings.value("window/state", None)
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)


# Menus ---------------------------------------------------------------------------------------


def build_menus(window: MainWindow) -> None:
    act = window.add_action
    menu = window.menuBar().addMenu("&File")
    act(menu, "&New Timeline…", QKeySequence.StandardKey.New, lambda: new_timeline(window))
    act(menu, "Open &Timeline…", "Ctrl+Shift+T", lambda: open_timeline(window))
    window.recent_menu = menu.addMenu("Open &Recent")
    _fill_recent_menu(window)
    menu.addSeparator()
    act(menu, "&Add Files…", QKeySequence.StandardKey.Open, lambda: choose_files(window))
    act(menu, "Add &Folder…", "Ctrl+Shift+O", lambda: choose_folder(window))
    act(menu, "Add the &Sample Articles", None, lambda: window.add_paths([str(SAMPLES)]))
    menu.addSeparator()
    act(menu, "&Export…", "Ctrl+E", window.exporter.ask_and_export)
    menu.addSeparator()
    act(menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)
    edit = window.menuBar().addMenu("&Edit")
    for action in window.curation.actions:
        if action is None:
            edit.addSeparator()
        else:
            edit.addAction(action)
    view = window.menuBar().addMenu("&View")
    act(view, "Zoom &In", "Ctrl++", lambda: window.timeline.zoom_by(1.5))
    act(view, "Zoom &Out", "Ctrl+-", lambda: window.timeline.zoom_by(1 / 1.5))
    act(view, "Zoom to &Fit", "Ctrl+0", window.timeline.zoom_to_fit)
    act(view, "Show &All Events", "Ctrl+Shift+0", lambda: window.timeline.zoom_to_fit(True))
    act(view, "&Search", QKeySequence.StandardKey.Find, _focus(window))
    _lanes_menu(window, view.addMenu("&Lanes"))
    view.addSeparator()
    for dock in (window.detail_dock, window.table_dock, window.documents_dock,
                 window.problems_dock):  # fmt: skip
        view.addAction(dock.toggleViewAction())
    act(window, "Cancel", "Esc", window.cancel_ingest)


def _lanes_menu(window: MainWindow, menu: QMenu) -> None:
    """One timeline or lanes, as the toolbar's box offers: Ctrl+Alt+1 to 4."""
    group = QActionGroup(menu)
    actions = {}
    for i, (mode, label) in enumerate(MODES.items(), start=1):
        action = window.add_action(menu, label, f"Ctrl+Alt+{i}", lambda _on=False, m=mode: (
            window.filters.set_lane_mode(m)))  # fmt: skip
        action.setCheckable(True)
        group.addAction(action)
        actions[mode] = action
    actions[window.filters.lane_mode()].setChecked(True)
    window.filters.laneModeChanged.connect(lambda mode: actions[mode].setChecked(True))
    menu.addSeparator()
    act = window.add_action
    act(menu, "&Fold All Lanes", None, lambda: window.timeline.fold_all(True))
    act(menu, "&Unfold All Lanes", None, lambda: window.timeline.fold_all(False))


def _focus(window: MainWindow):
    def focus() -> None:
        window.search_box.setFocus()
        window.search_box.selectAll()

    return focus


def _fill_recent_menu(window: MainWindow) -> None:
    menu: QMenu | None = getattr(window, "recent_menu", None)
    if menu is None:
        return
    menu.clear()
    recent = recent_databases(window.settings)
    for path in recent:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.switch_database(p))
    menu.setEnabled(bool(recent))


def new_timeline(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "New timeline", "timeline.db", DB_FILTER)
    if path:
        if Path(path).suffix == "":
            path += ".db"
        window.switch_database(path)


def open_timeline(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open a timeline", "", DB_FILTER)
    if path:
        window.switch_database(path)


def choose_files(window: MainWindow) -> None:
    files, _ = QFileDialog.getOpenFileNames(window, "Add articles", "", ARTICLE_FILTER)
    if files:
        window.add_paths(files)


def choose_folder(window: MainWindow) -> None:
    folder = QFileDialog.getExistingDirectory(window, "Add a folder of articles")
    if folder:
        window.add_paths([folder])
