"""The filter bar above the timeline: full-text search, kind, the name filter, and counts."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui.lanes import MODES
from ui.wording import shown_counts

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # typing pauses this long before a search starts
ALL_KINDS = "All kinds"


class FilterBar(QToolBar):
    """Emits what the user asks to see; the window runs the queries and applies them."""

    searchRequested = Signal(str)  # the query, stripped ("" clears the search)
    kindChanged = Signal()
    entityCleared = Signal()
    laneModeChanged = Signal(str)  # a key of ui.lanes.MODES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Filters", parent)
        self.setObjectName("filtersToolbar")
        self.setMovable(False)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search events and articles…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(360)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.search_now)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(ALL_KINDS)
        self.kind_box.setToolTip("Show only events of one kind")
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_box.currentTextChanged.connect(lambda _t: self.kindChanged.emit())
        self.entity_button = QToolButton(self)
        self.entity_button.setToolTip("Show every event again")
        self.entity_button.clicked.connect(self.entityCleared)
        self.lane_box = QComboBox(self)
        for mode, label in MODES.items():
            self.lane_box.addItem(label, mode)
        self.lane_box.setToolTip(
            "One timeline, or a lane per source article, per kind or per person or place"
        )
        self.lane_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lane_box.currentIndexChanged.connect(
            lambda _i: self.laneModeChanged.emit(self.lane_mode())
        )
        self.count_label = QLabel(self)
        self.addWidget(QLabel(" Lanes ", self))
        self.addWidget(self.lane_box)
        self.addSeparator()
        self.addWidget(QLabel(" Search ", self))
        self.addWidget(self.search_box)
        self.addSeparator()
        self.addWidget(self.kind_box)
        self.addSeparator()
        self.entity_action = self.addWidget(self.entity_button)
        self.entity_action.setVisible(False)
        self.count_action = self.addWidget(self.count_label)  # shown through its action

    def search_now(self) -> None:
        self._timer.stop()
        self.searchRequested.emit(self.query())

    def lane_mode(self) -> str:
        return str(self.lane_box.currentData())

    def set_lane_mode(self, mode: str) -> None:
        i = self.lane_box.findData(mode)
        self.lane_box.setCurrentIndex(max(i, 0))

    def query(self) -> str:
        return self.search_box.text().strip()

    def kind(self) -> str | None:
        kind = self.kind_box.currentText()
        return None if kind == ALL_KINDS else kind

    def set_kinds(self, kinds: list[str]) -> None:
        """Offer these kinds, keeping the chosen one if it is still there."""
        current = self.kind_box.currentText()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItems([ALL_KINDS, *kinds])
        self.kind_box.setCurrentText(current if current in kinds else ALL_KINDS)
        self.kind_box.blockSignals(False)

    def show_entity(self, name: str | None) -> None:
        """Show the name filter in use (None: no name filter)."""
        if name is not None:
            self.entity_button.setText(f"Only “{name}” ✕")
        self.entity_action.setVisible(name is not None)

    def show_counts(self, shown: int, total: int, hidden_articles: int) -> None:
        self.count_action.setVisible(total > 0)
        self.count_label.setText("  " + shown_counts(shown, total, hidden_articles))


def filter_toggle(bar: FilterBar, text: str, tip: str) -> QPushButton:
    """A filter that is on or off ("Disputed", "New since …"), drawn as a framed button that
    stays down while it filters: a toolbar's own buttons are flat, and read as labels until
    pressed (seen under Xvfb). The caller places it in ``bar``."""
    button = QPushButton(text, bar)
    button.setToolTip(tip)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus where it was
    return button
