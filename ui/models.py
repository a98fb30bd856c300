"""Thin Qt models over the window's snapshot of the database: events and documents.

Sorting and filtering happen here over numpy index arrays, not in a QSortFilterProxyModel,
whose per-comparison calls into Python would take minutes on a million events.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from core.reading.published import has_own_date, source_name
from core.timelabel import date_label, precision_label
from ui.event_columns import CodedColumn, EventColumns, EventRow
from ui.wording import count

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
UNDATED_TEXT = QColor("#6f6f6a")
STAND_IN_TEXT = QColor("#9a5b00")  # an article dated only by its file's time
UNDATED_PRECISION = "none given"  # the Precision column of an event the text gives no date
# What an article's date is when it has none of its own, in the articles list.
STAND_IN_NOTES = {"mtime": "date from file time", "pasted": "date from drop time",
                  "dateline-mtime": "year from file time",
                  "dateline-weekday": "year guessed from weekday"}  # fmt: skip


def stand_in_note(source: str) -> str:
    """ "date from file time" for an article with no date of its own; "" otherwise."""
    return "" if has_own_date(source) else STAND_IN_NOTES.get(source, "not its own date")


class EventTableModel(QAbstractTableModel):
    """Events by row: date, title, kind, precision, source. Sorts and filters itself."""

    COLUMNS = ("Date", "Title", "Kind", "Precision", "Source")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PUBLISHED_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cols = EventColumns.from_rows([])
        self._by_date: np.ndarray | None = None
        self._doc_titles: dict[int, str] = {}
        self._ids = np.zeros(0, np.int64)
        self._shown = np.zeros(0, bool)
        self._order = np.zeros(0, np.int64)  # all rows, in the current sort order
        self._view = np.zeros(0, np.int64)  # the rows shown, in order
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # Content ---------------------------------------------------------------------------------

    def set_rows(
        self, rows: EventColumns, doc_titles: dict[int, str], by_date: np.ndarray | None = None
    ) -> None:
        """Show ``rows``; ``by_date`` is their ``date_order()`` when already computed."""
        self.beginResetModel()
        self._cols = rows
        self._doc_titles = dict(doc_titles)
        self._ids = rows.ids
        self._shown = np.ones(len(rows), bool)
        self._by_date = by_date
        self._order = self._sorted_order(*self._sort)
        self._view = self._order
        self.endResetModel()

    def set_shown(self, shown: np.ndarray) -> None:
        """Show only the rows where ``shown`` (aligned with the rows given) is true."""
        self.beginResetModel()
        self._shown = shown.astype(bool, copy=True)
        self._view = self._order[self._shown[self._order]]
        self.endResetModel()

    def event_id(self, row: int) -> int:
        return int(self._ids[self._view[row]])

    def row_of(self, event_id: int) -> int | None:
        """The row showing ``event_id``, or None when it is filtered out or unknown."""
        hits = np.flatnonzero(self._ids[self._view] == event_id)
        return int(hits[0]) if len(hits) else None

    def shown_ids(self) -> list[int]:
        return self._ids[self._view].tolist()

    # Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._view):
            return None
        row = self._cols.row(int(self._view[index.row()]))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.when}"
        if role == Qt.ItemDataRole.ForegroundRole and row.undated:
            return UNDATED_TEXT
        if role == self.ID_ROLE:
            return row.id
        return None

    def _text(self, row: EventRow, column: int) -> str:
        if column == 0:
            return row.when
        if column == 1:
            return row.title + (f"  ({row.sources} sources)" if row.sources > 1 else "")
        if column == 2:
            return row.kind
        if column == 3:  # an undated event's stored day is its report's, no precision of its own
            return UNDATED_PRECISION if row.undated else precision_label(row.start, row.precision)
        return self._doc_titles.get(row.document_id, "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        self._view = self._order[self._shown[self._order]]
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        cols, n = self._cols, len(self._cols)
        coded = cols.kinds if column == 2 else cols.precisions if column == 3 else None
        if column == 0:
            perm = self._by_date if self._by_date is not None else cols.date_order()
        elif isinstance(coded, CodedColumn):  # a million rows: sorted by numpy
            perm = np.argsort(coded.sort_keys(), kind="stable")
        else:
            if column == 1:
                keys = [t.casefold() for t in cols.titles]
            elif coded is not None:
                keys = list(coded)
            else:
                titles = self._doc_titles
                keys = [titles.get(d, "").casefold() for d in cols.document_ids.tolist()]
            perm = np.asarray(sorted(range(n), key=keys.__getitem__), np.int64)
        return perm[::-1].copy() if order == Qt.SortOrder.DescendingOrder else perm


class DocumentListModel(QAbstractListModel):
    """The articles: title, publication date and where it came from; a check box shows it."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PUBLISHED_ROLE = Qt.ItemDataRole.UserRole + 2
    TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
    NEEDS_DATE_ROLE = Qt.ItemDataRole.UserRole + 4  # dated only by its file's time
    hiddenChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._docs: list[dict[str, Any]] = []
        self._hidden: set[int] = set()

    def set_documents(self, docs: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self._hidden &= {d["id"] for d in self._docs}
        self.endResetModel()

    def hidden(self) -> set[int]:
        return set(self._hidden)

    def set_hidden(self, document_id: int, hidden: bool) -> None:
        row = self.row_of(document_id)
        if row is None:
            return
        state = Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, d in enumerate(self._docs) if d["id"] == document_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        doc = self._docs[index.row()]
        note = stand_in_note(doc["published_source"])
        if role == Qt.ItemDataRole.DisplayRole:
            when = date_label(doc["published"]) + (f" ({note})" if note else "")
            return f"{_title(doc)}\n{when} · {count(doc.get('events', 0), 'event')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _document_tooltip(doc, note)
        if role == Qt.ItemDataRole.DecorationRole and note:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and note:
            return STAND_IN_TEXT
        if role == self.NEEDS_DATE_ROLE:
            return bool(note)
        if role == self.TITLE_ROLE:
            return _title(doc)
        if role == Qt.ItemDataRole.CheckStateRole:
            hidden = doc["id"] in self._hidden
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        if role == self.ID_ROLE:
            return doc["id"]
        if role == self.PUBLISHED_ROLE:
            return doc["published"]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        doc_id = self._docs[index.row()]["id"]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (doc_id not in self._hidden):
            return True
        if checked:
            self._hidden.discard(doc_id)
        else:
            self._hidden.add(doc_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.hiddenChanged.emit()
        return True


def _title(doc: dict[str, Any]) -> str:
    return doc.get("title") or Path(doc["path"]).name


def source_title(doc: dict[str, Any]) -> str:
    """An article as its events' source column names it, marked when its date is a stand-in."""
    note = stand_in_note(doc["published_source"])
    return f"{_title(doc)}  ⚠ {note}" if note else _title(doc)


def _document_tooltip(doc: dict[str, Any], note: str) -> str:
    source = source_name(doc["published_source"])
    text = f"{doc['path']}\nPublished {doc['published']} (from {source})"
    if note:
        text += (
            f"\n⚠ {note}: no date was found in the article itself, so its "
            "relative dates (“on Monday”, “last week”) may be in the wrong week or month."
            "\nRight-click → Set Publication Date… to give it its date."
        )
    return text
