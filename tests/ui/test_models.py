"""The window's Qt models pass pytest-qt's model tester, sort and filter as shown."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from ui.event_columns import EventColumns
from ui.models import DocumentListModel, EventTableModel

ROWS = EventColumns.from_rows([
    (1, 100.0, 200.0, "Bridge closed", "year", 0, "other", "2020", None, 1, 1),
    (2, 50.0, 60.0, "Putin and Xi meet", "day", 0, "meeting", "2022-02-04", None, 2, 2),
    (3, 300.0, 400.0, "Exercises planned", "day", 1, "military", "2022-02-04", None, 2, 1),
])  # fmt: skip
DOCS = {1: "Harbour bridge", 2: "Putin–Xi"}


def test_event_model_passes_the_model_tester(qtmodeltester):
    model = EventTableModel()
    model.set_rows(ROWS, DOCS)
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_shown(np.array([True, False, True]))  # rows by date: 2, 1, 3
    qtmodeltester.check(model, force_py=True)


def test_event_model_sorts_by_date_or_title_and_filters(qtbot):
    model = EventTableModel()
    model.set_rows(ROWS, DOCS)
    assert model.shown_ids() == [2, 1, 3]  # by date
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.shown_ids() == [1, 3, 2]
    model.set_shown(np.array([True, True, False]))  # rows by date: 2, 1, 3
    assert model.shown_ids() == [1, 2] and model.row_of(3) is None and model.row_of(2) == 1
    index = model.index(1, 0)
    assert model.data(index) == "2022-02-04"
    assert model.data(model.index(1, 1)) == "Putin and Xi meet  (2 sources)"
    assert model.data(model.index(1, 4)) == "Putin–Xi"
    model.set_shown(np.array([True, True, True]))
    undated = model.index(model.row_of(3), 0)
    assert "undated" in model.data(undated)
    assert model.data(undated, Qt.ItemDataRole.ForegroundRole) is not None


def test_document_model_passes_the_model_tester_and_hides(qtmodeltester, qtbot):
    model = DocumentListModel()
    docs = [
        {"id": 1, "path": "/a/bridge.txt", "title": "Bridge", "published": "2022-03-09T08:40",
         "published_source": "header", "events": 7},
        {"id": 2, "path": "/a/xi.txt", "title": "", "published": "2022-02-04",
         "published_source": "filename", "events": 12},
    ]  # fmt: skip
    model.set_documents(docs)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1)) == "xi.txt\n2022-02-04 · 12 events"
    assert "from the file name" in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.hiddenChanged):
        model.set_hidden(2, True)
    assert model.hidden() == {2}
    assert model.data(model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
