"""File → Export: what the window shows (its filters, and for images its view) to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from core.export.formats import DATA_FORMATS, atomic_target, write_records
from core.store import open_store
from ui.state import WindowState
from ui.timeline import TimelineView
from ui.wording import count
from ui.workers import TaskRunner

FILTERS = {
    "csv": "CSV table (*.csv)",
    "json": "JSON (*.json)",
    "timelinejs": "TimelineJS (*.timeline.json)",
    "ics": "Calendar (*.ics)",
    "md": "Markdown chronology (*.md)",
    "png": "PNG image of the view (*.png)",
    "svg": "SVG image of the view (*.svg)",
    "pdf": "PDF of the view (*.pdf)",
}


def export_file(db_path: str, path: str, fmt: str, event_ids: list[int] | None) -> int:
    """Write the events ``event_ids`` (None: all) as data format ``fmt``, in a worker thread.
    (Images are drawn by Qt on the GUI thread: see ``Exporter``.)"""
    store = open_store(db_path)
    try:
        rows = store.events(event_ids=event_ids, with_sources=True)
    finally:
        store.close()
    with atomic_target(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as out:
        write_records(rows, fmt, out)
    return len(rows)


class Exporter(QObject):
    """Asks where, then writes what the window shows, off the GUI thread where it can."""

    finished = Signal(str)  # the file written

    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskRunner,
        state: WindowState,
        timeline: TimelineView,
        shown_ids: Callable[[], list[int] | None],
    ) -> None:
        super().__init__(window)
        self.window, self.tasks, self.state = window, tasks, state
        self.timeline, self.shown_ids = timeline, shown_ids

    def ask_and_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export the timeline", "timeline.csv", ";;".join(FILTERS.values())
        )
        if path:
            fmt = next((f for f, label in FILTERS.items() if label == chosen), None)
            self.export(path, fmt or _format_of(path))

    def export(self, path: str, fmt: str) -> None:
        ids = self.shown_ids()
        if fmt in DATA_FORMATS:
            db = self.state.db_path
            self.tasks.start(
                lambda _p, _c: export_file(db, path, fmt, ids),
                lambda count: self._done(path, count),
                lambda message: self._failed(path, message),
            )
            return
        self._export_image(path, fmt, ids)

    def _export_image(self, path: str, fmt: str, ids: list[int] | None) -> None:
        from ui.render import render_timeline

        timeline = self.timeline
        db, view = self.state.db_path, timeline.visible_range()
        lanes = [
            (key, label, timeline.lane_event_ids(i), folded)
            for i, (key, label, _, folded) in enumerate(timeline.lanes())
        ] or None
        scroll = timeline.scroll_bar.value()

        def rows(_p, _c) -> list[dict[str, Any]]:
            store = open_store(db)
            try:
                return store.events(*view, event_ids=ids)
            finally:
                store.close()

        def draw(found: list[dict[str, Any]]) -> None:
            size = timeline.size()
            try:
                with atomic_target(path) as tmp:
                    render_timeline(found, tmp, fmt, (size.width(), size.height()), view,
                                    lanes=lanes, scroll=scroll)  # fmt: skip
            except OSError as exc:
                self._failed(path, exc.strerror or str(exc))
                return
            self._done(path, len(found))

        self.tasks.start(rows, draw, lambda message: self._failed(path, message))

    def _done(self, path: str, n_events: int) -> None:
        self.window.statusBar().showMessage(f"Exported {count(n_events, 'event')} to {path}", 10000)
        self.finished.emit(path)

    def _failed(self, path: str, message: str) -> None:
        from ui.errors import report_error

        report_error(self.window, "Export failed", f"{path}: {message}")


def _format_of(path: str) -> str:
    name = Path(path).name.lower()
    if name.endswith(".timeline.json"):
        return "timelinejs"
    suffix = Path(name).suffix.lstrip(".")
    return suffix if suffix in FILTERS else "csv"
