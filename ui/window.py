"""The main window: a timeline in the centre, details on the side, drops anywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QToolButton,
)

from core.ingest import IngestReport, Progress, ingest
from core.store import open_store
from ui.detail import DetailPanel
from ui.errors import report_error
from ui.timeline import TimelineItem, TimelineView
from ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)


def load_items(db_path: str) -> list[TimelineItem]:
    """Every event of the database as timeline items (runs in a worker thread)."""
    store = open_store(db_path)
    try:
        return [
            TimelineItem(
                id=r[0], start=r[1], end=r[2], title=r[3], precision=r[4], undated=bool(r[5])
            )
            for r in store.timeline_rows()
        ]
    finally:
        store.close()


def load_event(db_path: str, event_id: int) -> dict[str, Any] | None:
    store = open_store(db_path)
    try:
        return store.event(event_id)
    finally:
        store.close()


def ingest_paths(
    db_path: str,
    paths: Sequence[str],
    progress: Callable[[Progress], None],
    cancelled: Callable[[], bool],
) -> tuple[IngestReport, list[TimelineItem]]:
    store = open_store(db_path)
    try:
        report = ingest(store, paths, progress=progress, cancelled=cancelled)
    finally:
        store.close()
    return report, load_items(db_path)


class MainWindow(QMainWindow):
    itemsLoaded = Signal()  # the timeline shows what the database holds (tests wait on it)
    ingestFinished = Signal(object)  # IngestReport

    def __init__(self, db_path: str):
        super().__init__()
        self.db_path = db_path
        self.tasks = TaskRunner(self)
        self.ingest_task: Task | None = None
        self.pending_paths: list[str] = []
        self.setWindowTitle(f"Datelines — {Path(db_path).name}")
        self.setAcceptDrops(True)
        self.resize(1200, 720)
        self.timeline = TimelineView(self)
        self.timeline.eventClicked.connect(self.show_event)
        self.setCentralWidget(self.timeline)
        self.detail = DetailPanel(self)
        dock = QDockWidget("Event", self)
        dock.setObjectName("detailDock")
        dock.setWidget(self.detail)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._build_status_bar()
        self._build_menus(dock)
        self.reload()

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.progress.setFormat("%v / %m files")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop adding articles (Esc)")
        self.cancel_button.clicked.connect(self.cancel_ingest)
        self.status_label = QLabel(self)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _build_menus(self, dock: QDockWidget) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Add Files…", QKeySequence.StandardKey.Open, self.choose_files)
        self._action(file_menu, "Add &Folder…", "Ctrl+Shift+O", self.choose_folder)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu("&View")
        self._action(view_menu, "Zoom to &Fit", "Ctrl+0", self.timeline.zoom_to_fit)
        view_menu.addAction(dock.toggleViewAction())
        self._action(self, "Cancel", "Esc", self.cancel_ingest)

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Loading and adding ----------------------------------------------------------------

    def reload(self) -> None:
        db = self.db_path
        self.tasks.start(
            lambda _progress, _cancelled: load_items(db),
            self._show_items,
            lambda msg: report_error(self, "Cannot open the timeline", msg),
        )

    def _show_items(self, items: list[TimelineItem]) -> None:
        self.timeline.set_items(items)
        if not self.ingest_task:
            self.status_label.setText(f"{len(items)} events" if items else "")
        self.itemsLoaded.emit()

    def add_paths(self, paths: Sequence[str]) -> None:
        """Ingest files and folders in the background; later drops wait their turn."""
        self.pending_paths.extend(str(p) for p in paths)
        if self.ingest_task is None:
            self._start_next_ingest()

    def _start_next_ingest(self) -> None:
        paths, self.pending_paths = self.pending_paths, []
        if not paths:
            return
        db = self.db_path
        self._set_busy(True)
        self.status_label.setText("Adding articles…")
        self.ingest_task = self.tasks.start(
            lambda progress, cancelled: ingest_paths(db, paths, progress, cancelled),
            self._ingest_done,
            self._ingest_failed,
            self._ingest_progress,
        )

    def _ingest_progress(self, p: Progress) -> None:
        self.progress.setMaximum(p.total)
        self.progress.setValue(p.done)
        self.status_label.setText(f"Adding {Path(p.current).name} — {p.events} events so far")

    def _ingest_done(self, result: tuple[IngestReport, list[TimelineItem]]) -> None:
        report, items = result
        self.ingest_task = None
        self._set_busy(False)
        self._show_items(items)
        self.status_label.setText(report.summary())
        if report.failed:
            lines = "\n".join(f"{Path(p).name}: {reason}" for p, reason in report.failed[:20])
            more = f"\n… and {len(report.failed) - 20} more" if len(report.failed) > 20 else ""
            report_error(self, "Some files could not be added", lines + more)
        self.ingestFinished.emit(report)
        self._start_next_ingest()

    def _ingest_failed(self, message: str) -> None:
        self.ingest_task = None
        self._set_busy(False)
        report_error(self, "Adding articles failed", message)
        self.reload()
        self._start_next_ingest()

    def cancel_ingest(self) -> None:
        self.pending_paths.clear()
        if self.ingest_task is not None:
            self.ingest_task.cancel()
            self.status_label.setText("Cancelling…")

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add articles", "", "Articles (*.txt *.md *.text *.markdown);;All files (*)"
        )
        if files:
            self.add_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of articles")
        if folder:
            self.add_paths([folder])

    # Details -----------------------------------------------------------------------------

    def show_event(self, event_id: int) -> None:
        db = self.db_path
        self.timeline.select(event_id)
        self.tasks.start(
            lambda _p, _c: load_event(db, event_id),
            lambda event: self.detail.show_event(event) if event else self.detail.show_nothing(),
            lambda msg: report_error(self, "Cannot show the event", msg, modal=False),
        )

    # Drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
            self.status_label.setText("Drop to add these articles")

    def dragLeaveEvent(self, event: Any) -> None:
        self.status_label.setText("")

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pending_paths.clear()
        if not self.tasks.stop_all():
            log.warning("background work did not stop in time")
        event.accept()


def _local_paths(urls: Sequence[Any]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
