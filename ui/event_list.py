"""The events of a histogram bar, or of the whole view, listed most salient first in a popup:
where the timeline can only count events (a busy day in a big archive), one of them is a
click (or Enter) away. Picking one selects it, as a click on its marker would.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.timeline_data import TimelineData
from ui.timescale import DAY, format_when, to_datetime
from ui.wording import count

AnyIndex = QModelIndex | QPersistentModelIndex
VISIBLE_ROWS = 14  # the list is this many rows high, at most; it scrolls beyond


def period_label(t0: float, t1: float) -> str:
    """A stretch of time as a person says it: "31 Mar 1987, 13:05–13:36", "31 Mar – 2 Apr
    1987".

    >>> from ui.timescale import to_seconds
    >>> from datetime import datetime
    >>> t = to_seconds(datetime(1987, 3, 31, 13, 5))
    >>> period_label(t, t + 1860)
    '31 Mar 1987, 13:05–13:36'
    >>> period_label(t - 13 * 3600 - 300, t + 2 * DAY - 13 * 3600 - 300)
    '31 Mar – 1 Apr 1987'
    """
    if t1 - t0 >= DAY:  # whole days: the range ends just before t1
        if to_datetime(t0).date() == to_datetime(t1 - 1.0).date():
            return format_when(t0, t0, "day")
        return format_when(t0, t1 - 1.0 + DAY, "day")  # a day's end: the last day is named
    start, end = to_datetime(t0), to_datetime(t1)
    if start.date() == end.date():
        return f"{format_when(t0, t0, 'day')}, {start:%H:%M}–{end:%H:%M}"
    return f"{format_when(t0, t0, 'time')} – {format_when(t1, t1, 'time')}"


class EventListModel(QAbstractListModel):
    """Rows of ``data`` (positions in its columns) as "date · title", in the order given."""

    def __init__(self, data: TimelineData, rows: np.ndarray, parent: Any = None) -> None:
        super().__init__(parent)
        self._data, self._rows = data, np.asarray(rows, np.int64)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def event_id(self, row: int) -> int:
        return int(self._data.ids[self._rows[row]])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = int(self._rows[index.row()])
        d = self._data
        when = format_when(float(d.starts[i]), float(d.ends[i]), d.precisions[i])
        undated = bool(d.undated_mask[i])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{'reported ' if undated else ''}{when} · {d.titles[i]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{d.titles[i]}\n{f'reported {when}, no date given' if undated else when}"
        if role == Qt.ItemDataRole.UserRole:
            return int(d.ids[i])
        if role == Qt.ItemDataRole.FontRole and undated:
            font = QFont()
            font.setItalic(True)  # as the timeline draws undated reports hollow
            return font
        return None


class EventListPopup(QFrame):
    """A popup listing events; Enter or a click picks one (``eventChosen``), Escape closes."""

    eventChosen = Signal(int)
    zoomRequested = Signal()

    def __init__(
        self,
        parent: QWidget,
        data: TimelineData,
        rows: np.ndarray,
        heading: str,
        can_zoom: bool = False,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Events listed")
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = EventListModel(data, rows, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # a hundred thousand rows scroll at once
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.clicked.connect(self._pick)
        self.list.activated.connect(self._pick)  # Enter
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.zoom_button = QPushButton("&Zoom In Here", self)
        self.zoom_button.setToolTip("Zoom the timeline in on this stretch of time instead")
        self.zoom_button.clicked.connect(self._zoom)
        self.zoom_button.setAutoDefault(False)
        self.zoom_button.setVisible(can_zoom)
        buttons.addWidget(self.zoom_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.heading)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        row_h = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.list.setMinimumHeight(row_h * min(max(len(rows), 3), VISIBLE_ROWS) + 6)
        self.setMinimumWidth(680)
        if len(rows):
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def show_at(self, pos: QPoint) -> None:
        """Show with the top-left corner at global ``pos``, kept on the screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(pos.x(), area.left()), area.right() - self.width())
        y = pos.y() if pos.y() + self.height() <= area.bottom() else pos.y() - self.height()
        self.move(x, max(y, area.top()))
        self.show()
        self.list.setFocus()

    def listed_ids(self) -> list[int]:
        """The ids listed, top to bottom."""
        return [self.model.event_id(r) for r in range(self.model.rowCount())]

    def pick_row(self, row: int) -> None:
        self._pick(self.model.index(row))

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.close()
            self.eventChosen.emit(self.model.event_id(index.row()))

    def _zoom(self) -> None:
        self.close()
        self.zoomRequested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def heading_for(n: int, period: str) -> str:
    """The popup's first line: how many, when, and in which order.

    >>> heading_for(306, "31 Mar 1987")
    '306 events, 31 Mar 1987 — most salient first'
    """
    return f"{count(n, 'event')}, {period} — most salient first"
