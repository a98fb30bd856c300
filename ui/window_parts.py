"""The main window's parts: the centre (timeline, overview, empty state) and the docks.

They only build and lay out their widgets; ui.window connects them to the state and to what
the window does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.article import ArticleView
from ui.detail import DetailPanel
from ui.models import DocumentListModel, EventTableModel
from ui.overview import OverviewStrip
from ui.panels import DocumentList, EmptyState, EventTable, ProblemsPanel
from ui.timeline import TimelineView


class Centre(QStackedWidget):
    """The timeline with its overview strip below, or the empty state."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.timeline = TimelineView(parent)
        self.empty_state = EmptyState(parent)
        self.overview = OverviewStrip(parent)
        self.timeline.rangeChanged.connect(self.overview.set_window)
        self.overview.rangeRequested.connect(self.timeline.set_visible_range)
        self.timeline_page = QWidget(parent)
        page = QVBoxLayout(self.timeline_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.timeline, 1)
        page.addWidget(self.overview)
        self.addWidget(self.empty_state)
        self.addWidget(self.timeline_page)

    def show_timeline(self, shown: bool = True) -> None:
        self.setCurrentWidget(self.timeline_page if shown else self.empty_state)


class Docks:
    """Details and article on the right; events, articles and problems below."""

    def __init__(self, window: QMainWindow) -> None:
        self.detail = DetailPanel(window)
        self.article = ArticleView(window)
        split = QSplitter(Qt.Orientation.Vertical, window)
        split.addWidget(self.detail)
        split.addWidget(self.article)
        split.setSizes([260, 400])
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.detail_dock = _dock(window, "Event", "detailDock", split, right)
        self.event_model = EventTableModel(window)
        self.table = EventTable(self.event_model, window)
        self.table_dock = _dock(window, "Events", "eventsDock", self.table, bottom)
        self.document_model = DocumentListModel(window)
        self.documents = DocumentList(self.document_model, window)
        self.documents_dock = _dock(window, "Articles", "documentsDock", self.documents, bottom)
        self.problems = ProblemsPanel(window)
        self.problems_dock = _dock(window, "Problems", "problemsDock", self.problems, bottom)
        window.splitDockWidget(self.table_dock, self.documents_dock, Qt.Orientation.Horizontal)
        window.tabifyDockWidget(self.table_dock, self.problems_dock)
        window.resizeDocks([self.table_dock, self.documents_dock, self.detail_dock],
                           [900, 380, 420], Qt.Orientation.Horizontal)  # fmt: skip
        window.resizeDocks([self.table_dock], [250], Qt.Orientation.Vertical)
        self.table_dock.raise_()
        self.problems_dock.hide()

    def all(self) -> list[QDockWidget]:
        return [self.detail_dock, self.table_dock, self.documents_dock, self.problems_dock]


def _dock(
    window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock
