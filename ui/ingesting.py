"""Adding articles in the background: one ingest at a time, later drops waiting their turn,
with a progress bar and a Cancel button for the status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QToolButton, QWidget

from core.ingest import IngestReport, Progress
from ui.loading import count_events, ingest_paths
from ui.state import WindowState
from ui.wording import progress_format, progress_status
from ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)


class Ingesting(QObject):
    started = Signal()  # articles are being read
    stored = Signal()  # some were stored: the views may show them
    finished = Signal(object)  # IngestReport
    failed = Signal(str)

    def __init__(
        self, parent: QWidget, tasks: TaskRunner, state: WindowState, status: QLabel
    ) -> None:
        super().__init__(parent)
        self.tasks, self.state, self.status = tasks, state, status
        self.task: Task | None = None
        self.events_before = 0  # what the timeline held before the last articles were added
        self.pending_paths: list[str] = []
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QToolButton(parent)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop adding articles (Esc)")
        self.cancel_button.clicked.connect(self.cancel)
        self._set_busy(False)

    def add_paths(self, paths: Sequence[str]) -> None:
        """Ingest files and folders in the background; later drops wait their turn."""
        self.pending_paths.extend(str(p) for p in paths)
        if self.task is None:
            self._start_next()

    def cancel(self) -> None:
        self.pending_paths.clear()
        if self.task is not None:
            self.task.cancel()
            self.status.setText("Cancelling…")

    def _start_next(self) -> None:
        paths, self.pending_paths = self.pending_paths, []
        if not paths:
            return
        db = self.state.db_path
        self._set_busy(True)
        self.status.setText("Adding articles…")
        self.started.emit()
        self.task = self.tasks.start(
            lambda progress, cancelled: (
                count_events(db),
                ingest_paths(db, paths, progress, cancelled),
            ),
            self._done,
            self._failed,
            self._progress,
        )

    def _progress(self, p: Progress) -> None:
        # The bar fills by shares of the work (an archive is several); its text counts what
        # the user dropped.
        self.progress.setFormat(progress_format(p))
        self.progress.setMaximum(p.steps_total or p.total)
        self.progress.setValue(p.steps_done or p.done)
        self.status.setText(progress_status(p))
        self.stored.emit()

    def _done(self, result: tuple[int, IngestReport]) -> None:
        self.events_before, report = result
        self.task = None
        self._set_busy(False)
        self.finished.emit(report)
        self._start_next()

    def _failed(self, message: str) -> None:
        self.task = None
        self._set_busy(False)
        self.failed.emit(message)
        self._start_next()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
