"""The window's side panels and overlays: events table, documents, problems, drop, empty state."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.models import DocumentListModel, EventTableModel

log = logging.getLogger(__name__)


WIDE_DATE = "reported 28 Sep 2022, no date given"


class EventTable(QTableView):
    """The events as a sortable table; choosing a row emits its event id."""

    eventChosen = Signal(int)

    def __init__(self, model: EventTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows may be chosen (Ctrl/Shift+click) to merge or delete them together
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Room for the longest usual date, an undated event's, whole ("reported …").
        date_width = self.fontMetrics().horizontalAdvance(WIDE_DATE) + 16
        for column, width in enumerate((date_width, 300, 90, 80)):
            self.setColumnWidth(column, width)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def event_model(self) -> EventTableModel:
        model = self.model()
        assert isinstance(model, EventTableModel)
        return model

    def show_event(self, event_id: int | None) -> None:
        """Select (without emitting) the row of ``event_id``, scrolled into view."""
        row = self.event_model().row_of(event_id) if event_id is not None else None
        self._quiet = True
        try:
            if row is None:
                self.selectionModel().clear()
                return
            index = self.model().index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().setCurrentIndex(index, flags)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.eventChosen.emit(self.event_model().event_id(current.row()))


class DocumentList(QListView):
    """The articles; unticking one hides the events only it reported."""

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        # Laid out a few hundred rows per pass of the event loop: a folder of 20,000 articles
        # re-listed after each batch added stalled the window (two model calls a row).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)


class ProblemsPanel(QTreeWidget):
    """Each file that could not be added, and why, newest batch first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels(["File", "Problem"])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setColumnWidth(0, 220)

    def add_problems(self, problems: list[tuple[str, str]]) -> None:
        for path, reason in reversed(problems):
            item = QTreeWidgetItem([Path(path).name, reason])
            item.setToolTip(0, path)
            item.setToolTip(1, reason)
            self.insertTopLevelItem(0, item)

    def problems(self) -> list[tuple[str, str]]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [(item.toolTip(0), item.text(1)) for item in items if item is not None]


class DropOverlay(QWidget):
    """A highlight over the whole window while files are dragged over it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(31, 101, 200, 40))
            painter.setPen(QPen(QColor(31, 101, 200), 4, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(4, 4, -4, -4))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(31, 101, 200))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "Drop to add these articles"
            )
        finally:
            painter.end()


class EmptyState(QWidget):
    """What a new timeline shows: how to add articles, and the app's own samples."""

    openSamples = Signal()
    addFiles = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel("<h2>No articles yet</h2>")
        text = QLabel(
            "Drop news articles (files or whole folders) anywhere on this window.<br>"
            "Every dated event in them appears on a timeline, one click from its sentence."
        )
        text.setWordWrap(True)
        text.setMinimumWidth(min(560, text.fontMetrics().horizontalAdvance("m") * 48))
        self.samples_button = QPushButton("Open the sample articles")
        self.samples_button.clicked.connect(self.openSamples)
        add_button = QPushButton("Add files…")
        add_button.clicked.connect(self.addFiles)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, text, self.samples_button, add_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            if isinstance(widget, QLabel):
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
