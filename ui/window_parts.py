"""The main window's parts: the centre (timeline, overview, empty state) and the docks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui import session
from ui.article import ArticleView
from ui.detail import DetailPanel
from ui.models import DocumentListModel, EventTableModel
from ui.overview import OverviewStrip
from ui.panels import DocumentList, DropOverlay, EmptyState, EventTable, ProblemsPanel
from ui.timeline import TimelineView

if TYPE_CHECKING:
    from ui.window import MainWindow


def build_centre(window: MainWindow) -> None:
    """The timeline with its overview strip, or the empty state; the drop highlight."""
    window.timeline = TimelineView(window)
    window.timeline.eventClicked.connect(window.select_event)
    window.timeline.selectionCleared.connect(lambda: window.select_event(None))
    window.timeline.lanesArranged.connect(lambda: session.save_lanes(window))
    window.empty_state = EmptyState(window)
    window.empty_state.openSamples.connect(lambda: window.add_paths([str(session.SAMPLES)]))
    window.empty_state.addFiles.connect(lambda: session.choose_files(window))
    window.overview = OverviewStrip(window)
    window.timeline.rangeChanged.connect(window.overview.set_window)
    window.overview.rangeRequested.connect(window.timeline.set_visible_range)
    window.timeline_page = QWidget(window)
    page = QVBoxLayout(window.timeline_page)
    page.setContentsMargins(0, 0, 0, 0)
    page.setSpacing(0)
    page.addWidget(window.timeline, 1)
    page.addWidget(window.overview)
    window.centre = QStackedWidget(window)
    window.centre.addWidget(window.empty_state)
    window.centre.addWidget(window.timeline_page)
    window.setCentralWidget(window.centre)
    window.drop_overlay = DropOverlay(window)


def _dock(
    window: MainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build_docks(window: MainWindow) -> None:
    """Details and article on the right; events, articles and problems below."""
    window.detail = DetailPanel(window)
    window.detail.entityClicked.connect(window.filter_by_entity)
    window.detail.sourceClicked.connect(window.show_source)
    window.article = ArticleView(window)
    split = QSplitter(Qt.Orientation.Vertical, window)
    split.addWidget(window.detail)
    split.addWidget(window.article)
    split.setSizes([260, 400])
    right = Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    window.detail_dock = _dock(window, "Event", "detailDock", split, right)
    window.event_model = EventTableModel(window)
    window.table = EventTable(window.event_model, window)
    window.table.eventChosen.connect(window.select_event)
    window.table_dock = _dock(window, "Events", "eventsDock", window.table, bottom)
    window.document_model = DocumentListModel(window)
    window.document_model.hiddenChanged.connect(window.apply_filters)
    window.documents = DocumentList(window.document_model, window)
    window.documents_dock = _dock(window, "Articles", "documentsDock", window.documents, bottom)
    window.problems = ProblemsPanel(window)
    window.problems_dock = _dock(window, "Problems", "problemsDock", window.problems, bottom)
    window.splitDockWidget(window.table_dock, window.documents_dock, Qt.Orientation.Horizontal)
    window.tabifyDockWidget(window.table_dock, window.problems_dock)
    window.resizeDocks([window.table_dock, window.documents_dock, window.detail_dock],
                     [900, 380, 420], Qt.Orientation.Horizontal)  # fmt: skip
    window.resizeDocks([window.table_dock], [250], Qt.Orientation.Vertical)
    window.table_dock.raise_()
    window.problems_dock.hide()
