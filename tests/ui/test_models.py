"""The window's Qt models pass pytest-qt's model tester, sort and filter as shown."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt

from core.model import to_seconds
from core.timeval import parse_value
from tests.core.store.build import bridge_article, bridge_event, same_title
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
    assert model.data(index) == "4 Feb 2022"
    assert model.data(model.index(1, 1)) == "Putin and Xi meet  (2 sources)"
    assert model.data(model.index(1, 4)) == "Putin–Xi"
    model.set_shown(np.array([True, True, True]))
    undated = model.index(model.row_of(3), 0)
    assert model.data(undated) == "reported 4 Feb 2022, no date given"
    assert model.data(model.index(model.row_of(3), 3)) == "none given"  # not the report's "day"
    assert model.data(undated, Qt.ItemDataRole.ForegroundRole) is not None


def test_the_date_column_reads_as_people_write_dates_and_sorts_by_time(qtbot):
    """Labels ("11th century", "1980s", "week 10 of 1998") would sort wrongly as text: the
    column sorts on the stored times and shows the labels."""
    values = [("1998-W10", "week"), ("10", "century"), ("1987-03-19TAF", "day"),
              ("198", "decade"), ("1989-W43-WE", "week")]  # fmt: skip
    rows = EventColumns.from_rows([
        (i, to_seconds(parse_value(v).start), to_seconds(parse_value(v).end), f"event {i}", p,
         0, "other", v, None, 1, 1)
        for i, (v, p) in enumerate(values)
    ])  # fmt: skip
    model = EventTableModel()
    model.set_rows(rows, DOCS)
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == ["11th century", "1980s", "19 Mar 1987, afternoon",
                     "weekend of 28–29 Oct 1989", "week 10 of 1998 (2–8 Mar)"]  # fmt: skip
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "week 10 of 1998 (2–8 Mar)"
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "event 0\nweek 10 of 1998 (2–8 Mar)"


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
    assert model.data(model.index(1)) == "xi.txt\n4 Feb 2022 · 12 events"
    assert model.data(model.index(0)).startswith("Bridge\n9 Mar 2022, 08:40 · 7 events")
    assert "from the file name" in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.hiddenChanged):
        model.set_hidden(2, True)
    assert model.hidden() == {2}
    assert model.data(model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_event_columns_hold_what_the_rows_hold(store):
    """The window reads every event as columns (numbers, codes, joined strings); they say
    what the rows say, with an end, accents, a kind this version does not know, and an
    event merged from two articles."""
    store.add_document(
        bridge_article("a", "/a.txt"),
        [bridge_event("Pont rouvert à Nantes", 200.0, "meeting"),
         replace(bridge_event("Roadworks", 50.0, precision="month"), end="2022-03"),
         bridge_event("Bridge reopens", 100.0)],
    )  # fmt: skip
    store.add_document(
        bridge_article("b", "/b.txt"),
        [bridge_event("Bridge reopens", 100.0), bridge_event("Ferry «stops»", 300.0)],
        same=same_title,
    )
    store.db.execute("UPDATE events SET kind = 'ceremony' WHERE title = 'Roadworks'")
    columns = EventColumns.from_store(store.event_columns())
    rows = EventColumns.from_batches(store.event_row_batches())
    assert columns is not None and len(columns) == len(rows) == 4
    by_id = columns.date_order()
    for name in ("ids", "start_ts", "end_ts", "undated", "document_ids", "sources", "scores"):
        assert getattr(columns, name)[by_id].tolist() == getattr(rows, name)[by_id].tolist()
    for name in ("titles", "precisions", "kinds", "starts", "ends"):
        assert [getattr(columns, name)[i] for i in by_id] == [
            getattr(rows, name)[i] for i in by_id
        ], name
    assert "ceremony" in columns.kinds and None in list(columns.ends)
    assert [columns.row(int(i)).when for i in by_id] == [rows.row(int(i)).when for i in by_id]
    merged = columns.ids[columns.sources > 1].tolist()
    assert len(merged) == 1
    assert store.merged_event_documents(merged) == store.merged_event_documents()
