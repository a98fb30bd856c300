"""The main window: timeline in the centre; events, documents, problems and details in docks.

Everything that touches the database runs in a worker (ui.loading); the window only applies
results. Views share the selection through event ids: a click on the timeline selects the
table row and shows the event's sentence, and the other way round.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow

from core.ingest import IngestReport
from ui import dropping, session
from ui.curation import Curation
from ui.dateless import DatelessArticles
from ui.disputes import DisputesPart
from ui.errors import report_error
from ui.exporting import Exporter
from ui.filtering import FilterQueries
from ui.filters import FilterBar
from ui.ingesting import Ingesting
from ui.languages import Languages
from ui.loading import Snapshot, load_snapshot
from ui.menus import Menus, WindowActions
from ui.models import source_title
from ui.news import NewsPart
from ui.opening import Opening
from ui.panels import DropOverlay
from ui.redating import Redating
from ui.selection import SelectionDetails
from ui.state import SearchFilter, WindowState
from ui.status import StatusText
from ui.timeline_data import TimelineData
from ui.timeline_scene import LaneInput
from ui.window_parts import Centre, Docks
from ui.wording import count, ingest_summary, status_counts
from ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

LANES_IN_WORKER = 50_000  # from this many events on, lanes are built in a worker
LIVE_RELOAD_S = 1.0  # while adding articles, show what is stored at most this often
Loaded = tuple[str, Snapshot, tuple[IngestReport | None, int]]  # db, what it holds, what added


class MainWindow(QMainWindow):
    itemsLoaded = Signal()  # the views show what the database holds (tests wait on it)
    ingestFinished = Signal(object)  # IngestReport, once the views show what was added
    searchFinished = Signal(int)  # the events shown after a search (or its clearing)
    eventShown = Signal(int)  # the detail panel and article show this event
    filtersApplied = Signal()  # the timeline and table show what the filters let through
    exportFinished = Signal(str)  # the file written by File → Export
    redated = Signal(int)  # a document whose publication date the user set
    lanesShown = Signal()  # lanes built in a worker (many events) are on the timeline

    def __init__(self, db_path: str, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or session.app_settings()
        self.state = WindowState(db_path)
        self.tasks = TaskRunner(self)
        self._loading = False
        self._reload_again = False
        self._last_reload = 0.0
        self._finished: IngestReport | None = None  # announced once the views show it
        self._before = 0  # events the timeline held before ``_finished`` was added
        self._restore_view = True
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.centre = Centre(self)
        self.timeline, self.overview = self.centre.timeline, self.centre.overview
        self.empty_state, self.timeline_page = self.centre.empty_state, self.centre.timeline_page
        self.setCentralWidget(self.centre)
        self.drop_overlay = DropOverlay(self)
        self.docks = Docks(self)
        self.detail, self.article = self.docks.detail, self.docks.article
        self.table, self.event_model = self.docks.table, self.docks.event_model
        self.documents, self.document_model = self.docks.documents, self.docks.document_model
        self.problems, self.problems_dock = self.docks.problems, self.docks.problems_dock
        self.filters = FilterBar(self)
        self.search_box = self.filters.search_box
        self.addToolBar(self.filters)
        self.languages = Languages(self.documents, self.problems, self)
        self.filters.insertWidget(self.filters.entity_action, self.languages.box)
        self.state.snapshot_changed.connect(self.languages.show_snapshot)  # before the filters
        self.status_label = StatusText(self)
        self.ingesting = Ingesting(self, self.tasks, self.state, self.status_label)
        self.opening = Opening(self.tasks, self.state, self.centre, self.status_label)
        self.queries = FilterQueries(self, self.tasks, self.state)
        self.details = SelectionDetails(self, self.tasks, self.state, self.detail, self.article)
        self.curation = Curation(self, self.tasks, lambda: self.db_path, self.selected_event_ids)
        self.exporter = Exporter(self, self.tasks, self.state, self.timeline,
                                 self.shown_event_ids)  # fmt: skip
        self.redating = Redating(self, self.tasks, self.state, self.documents)
        self.dateless = DatelessArticles(self, self.redating)
        self.disputes = DisputesPart(self)
        self.news = NewsPart(self)
        self._build_status_bar()
        self._connect_parts()
        self.menus = Menus(self, self.state, self.settings, self.timeline, self.filters,
                           self.curation.actions, self.docks.all(), WindowActions(
                               self.add_paths, self.switch_database,
                               self.exporter.ask_and_export, self.cancel_ingest))  # fmt: skip
        self.recent_menu = self.menus.recent_menu
        session.restore_layout(self.settings, self)
        self._open_database(db_path)

    # Construction ------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(self.status_label)
        bar.addWidget(self.dateless.link, 1)
        bar.addPermanentWidget(self.ingesting.progress)
        bar.addPermanentWidget(self.ingesting.cancel_button)

    def _connect_parts(self) -> None:
        """The parts observe the state; what they ask for goes through the window."""
        state, timeline = self.state, self.timeline
        state.selection_changed.connect(timeline.select)
        state.selection_changed.connect(self.table.show_event)
        state.entity_filter_changed.connect(
            lambda f: self.filters.show_entity(None if f is None else f.name)
        )
        state.entity_filter_changed.connect(lambda _f: self.apply_filters())
        state.search_changed.connect(self._search_done)
        state.snapshot_changed.connect(self._show_snapshot)
        state.snapshot_changed.connect(lambda _s: self.queries.search_again())
        timeline.eventClicked.connect(self.select_event)
        timeline.selectionCleared.connect(lambda: self.select_event(None))
        timeline.lanesArranged.connect(
            lambda: session.save_lanes(self.settings, self.db_path, timeline)
        )
        self.empty_state.openSamples.connect(lambda: self.menus.add_samples())
        self.empty_state.addFiles.connect(lambda: self.menus.choose_files())
        self.table.eventChosen.connect(self.select_event)
        self.document_model.hiddenChanged.connect(self.apply_filters)
        self.detail.entityClicked.connect(self.queries.filter_by_entity)
        self.detail.sourceClicked.connect(self.details.show_source)
        self.detail.splitRequested.connect(self.curation.split)
        self.detail.redateRequested.connect(self.redating.ask_for_document)
        self.details.eventShown.connect(self.eventShown)
        self.filters.searchRequested.connect(self.queries.search)
        self.queries.lanesBuilt.connect(self._lanes_built)
        self.filters.kindChanged.connect(self.apply_filters)
        self.languages.changed.connect(self.apply_filters)
        self.ingestFinished.connect(self.languages.report_unread)
        self.filters.entityCleared.connect(lambda: self.queries.filter_by_entity(None, None))
        self.filters.set_lane_mode(str(self.settings.value("lane_mode", "none")))
        self.filters.laneModeChanged.connect(self._lane_mode_changed)
        self.curation.changed.connect(self.reload)
        self.curation.changed.connect(lambda: self.select_event(self.timeline.selected()))
        self.curation.failed.connect(
            lambda message: report_error(self, "Cannot change the timeline", message, modal=False)
        )
        self.exporter.finished.connect(self.exportFinished)
        self.redating.redated.connect(lambda _id: self.reload())
        self.redating.redated.connect(lambda _id: self.select_event(self.timeline.selected()))
        self.redating.redated.connect(self.redated)
        self.ingesting.started.connect(self._ingest_started)
        self.ingesting.stored.connect(self._ingest_stored)
        self.ingesting.finished.connect(self._ingest_done)
        self.ingesting.failed.connect(self._ingest_failed)

    @property
    def db_path(self) -> str:
        return self.state.db_path

    @property
    def snapshot(self) -> Snapshot:
        return self.state.snapshot

    @property
    def ingest_task(self) -> Task | None:
        return self.ingesting.task

    # The database ------------------------------------------------------------------------

    def _open_database(self, db_path: str) -> None:
        self.state.open_database(db_path)
        self.dateless.pending.clear()
        self.setWindowTitle(f"Datelines — {Path(db_path).name}")
        self._restore_view = True
        self.search_box.clear()
        self.select_event(None)
        session.restore_lanes(self.settings, db_path, self.timeline)
        self.reload()

    def switch_database(self, db_path: str) -> None:
        """Show another timeline (database file); refused while articles are being added."""
        if self.ingest_task is not None:
            report_error(self, "Cannot switch timelines", "wait until the articles are added",
                         modal=False)  # fmt: skip
            return
        session.save_view(self.settings, self.db_path, self.timeline)
        self._open_database(db_path)
        self.curation.refresh()

    def shown_event_ids(self) -> list[int] | None:
        """The events the filters let through, or None when they let all through."""
        shown = self.event_model.shown_ids()
        return None if len(shown) == len(self.snapshot) else shown

    def selected_event_ids(self) -> list[int]:
        """What an edit applies to: the rows chosen in the table, else the timeline's event."""
        rows = self.table.selectionModel().selectedRows()
        ids = [self.table.event_model().event_id(index.row()) for index in rows]
        selected = self.timeline.selected()
        if selected is not None and selected not in ids:
            ids.insert(0, selected)
        return ids

    def reload(self) -> None:
        """Read the database again in the background; calls made meanwhile coalesce."""
        if self._loading:
            self._reload_again = True
            return
        self._loading, self._reload_again = True, False
        self._last_reload = time.monotonic()
        db, finished, self._finished, before = self.db_path, self._finished, None, self._before
        names = self.filters.lane_mode() == "entity"  # lanes by name need the names read
        self.tasks.start(
            lambda _progress, _cancelled: (db, load_snapshot(db, names), (finished, before)),
            self._snapshot_loaded,
            self._snapshot_failed,
        )

    def _snapshot_failed(self, message: str) -> None:
        self._loading = False
        self._reload_again = False
        log.error("Cannot open the timeline: %s", message)
        self.open_failure = self.menus.ask_for_another_timeline(
            "Cannot open the timeline",
            f"{message}\n\nThe file is left as it is. You can start a new timeline or open "
            "another one.",
        )

    def _snapshot_loaded(self, result: Loaded) -> None:
        self._loading = False
        db, snapshot, (finished, before) = result
        if db != self.db_path:  # another timeline was opened meanwhile
            self.reload()
            return
        # What the window shows lives until the next reload: the collector's full passes
        # over it (tens of thousands of rows and articles) stalled the window 30–90 ms each
        # while articles were added. Frozen, it is skipped; refcounts still free it.
        gc.freeze()
        self.state.set_snapshot(snapshot)
        if self._restore_view and len(snapshot):
            self._restore_view = False
            if self.timeline.untouched():  # not zoomed into while the events were read
                session.restore_view(self.settings, self.db_path, self.timeline)
        if finished is not None:  # merged repeats make the timeline hold fewer than found
            counts = len(snapshot), len(snapshot.documents), before
            self.status_label.setText(ingest_summary(finished, *counts))
        self.dateless.update(snapshot.documents, finished)
        self.itemsLoaded.emit()
        if finished is not None:
            self.ingestFinished.emit(finished)
        if self._reload_again:
            self.reload()

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self.document_model.set_documents(snapshot.documents)
        titles = {d["id"]: source_title(d) for d in snapshot.documents}
        self.event_model.set_rows(snapshot.rows, titles, snapshot.by_date)
        self.filters.set_kinds(snapshot.kind_names)
        self.apply_filters()

    def _lanes_built(self, data: TimelineData, lanes: list[LaneInput] | None) -> None:
        self.timeline.set_data(data, lanes)
        self._show_counts()
        self.lanesShown.emit()

    def _search_done(self, _search: SearchFilter | None) -> None:
        self.apply_filters()
        self.searchFinished.emit(self.event_model.rowCount())

    def _show_counts(self) -> None:
        """The status bar says what the filter bar counts: the search's matches, or all."""
        if self.ingest_task:
            return  # the status bar shows the progress
        search = self.state.search and (self.state.search.query, self.event_model.rowCount())
        n_docs = len(self.snapshot.documents)
        self.status_label.setText(status_counts(len(self.snapshot), n_docs, search))

    def _lane_mode_changed(self, mode: str) -> None:
        self.settings.setValue("lane_mode", mode)
        if mode == "entity" and self.snapshot.entity_pairs is None and len(self.snapshot):
            self.reload()  # the names are read with the events; the lanes follow
        else:
            self.apply_filters()

    def apply_filters(self) -> None:
        """Show, on the timeline and in the table, the events the filters let through, in
        the lanes chosen."""
        hidden = self.document_model.hidden() | self.languages.hidden_documents()
        shown = self.snapshot.shown(hidden, self.filters.kind(), self.state.filtered_ids())
        data = self.snapshot.data
        data = data if shown.all() else data.subset(np.flatnonzero(shown))
        mode = self.filters.lane_mode()
        if mode != "none" and len(data) >= LANES_IN_WORKER:  # a second's work: not here
            self.status_label.setText(f"Arranging {count(len(data), 'event')} in lanes…")
            self.queries.build_lanes_later(data, mode, shown, hidden)
        else:
            self.queries.drop_lanes_on_their_way()
            self.timeline.set_data(data, self.snapshot.lanes(mode, shown, hidden))
        self.overview.set_data(data)
        self.event_model.set_shown(shown)
        self.table.show_event(self.timeline.selected())
        has_documents = bool(self.snapshot.documents)
        self.centre.show_timeline(has_documents)
        self.timeline.empty_message = "No events match the filters" if has_documents else ""
        self.filters.show_counts(self.event_model.rowCount(), len(self.snapshot), len(hidden))
        self._show_counts()
        self.filtersApplied.emit()

    # Selection and details ----------------------------------------------------------------

    def select_event(self, event_id: int | None) -> None:
        """Select an event everywhere (None: nothing) and show where it came from."""
        self.state.select(event_id)

    # Adding articles ---------------------------------------------------------------------

    def add_paths(self, paths: Sequence[str]) -> None:
        """Ingest files and folders in the background; later drops wait their turn."""
        self.ingesting.add_paths(paths)

    def cancel_ingest(self) -> None:
        self.ingesting.cancel()

    def _ingest_started(self) -> None:
        self.centre.show_timeline()
        self.timeline.empty_message = "Reading the articles…"

    def _ingest_stored(self) -> None:
        if time.monotonic() - self._last_reload >= LIVE_RELOAD_S:
            self.reload()  # the timeline fills as articles are stored

    def _ingest_done(self, report: IngestReport) -> None:
        self._finished, self._before = report, self.ingesting.events_before
        self.reload()
        self.status_label.setText(ingest_summary(report))
        self.problems.add_problems(report.skipped)  # a line each, no dialog: nothing failed
        if report.failed:
            self.problems.add_problems(report.failed)
            self.problems_dock.show()
            self.problems_dock.raise_()
            problems = f"{count(len(report.failed), 'file')}, listed under Problems"
            report_error(self, "Some files could not be added", problems, modal=False)

    def _ingest_failed(self, message: str) -> None:
        report_error(self, "Adding articles failed", message)
        self.reload()

    # Drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropping.accepts(event.mimeData()):
            event.acceptProposedAction()
            self.drop_overlay.cover()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        if paths := dropping.paths_to_add(event.mimeData(), self.db_path, self):
            event.acceptProposedAction()
            self.add_paths(paths)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.drop_overlay.isVisible():
            self.drop_overlay.cover()

    def closeEvent(self, event: QCloseEvent) -> None:
        session.save_layout(self.settings, self, self.db_path, self.timeline)
        self.ingesting.pending_paths.clear()
        if not self.tasks.stop_all():
            log.warning("background work did not stop in time")
        event.accept()
