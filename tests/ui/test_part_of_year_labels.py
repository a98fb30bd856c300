"""An event dated to a season or a half of a year is listed, and shown on hover, as that season
or half: a summer runs from June to September and is no "second quarter"."""

from __future__ import annotations

import pytest

from core.model import to_seconds
from core.timeval import parse_value
from ui.timescale import format_when


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("1989-SU", "summer 1989"),
        ("1986-SP", "spring 1986"),
        ("1986-FA", "autumn 1986"),
        ("1986-WI", "winter 1986"),
        ("1986-H1", "first half of 1986"),
        ("1986-H2", "second half of 1986"),
        ("1987-Q1", "first quarter of 1987"),
        ("1987-Q4", "fourth quarter of 1987"),
        ("1987-03", "March 1987"),
    ],
)
def test_a_part_of_the_year_is_named_as_it_was_dated(value: str, label: str) -> None:
    span = parse_value(value)
    assert span is not None
    assert format_when(to_seconds(span.start), to_seconds(span.end), span.precision) == label


@pytest.mark.parametrize(
    ("value", "unit"),
    [("1989-SU", "season"), ("1986-WI", "season"), ("1986-H2", "half year"),
     ("1987-Q3", "quarter")],
)  # fmt: skip
def test_the_table_and_the_detail_panel_name_the_unit_of_a_season_or_a_half(
    qtbot, value: str, unit: str
) -> None:
    from ui.detail import DetailPanel
    from ui.event_columns import EventColumns
    from ui.models import EventTableModel

    span = parse_value(value)
    assert span is not None
    start, end = to_seconds(span.start), to_seconds(span.end)
    model = EventTableModel()
    model.set_rows(
        EventColumns.from_rows(
            [(1, start, end, "The quarry closed", "quarter", 0, "other", value, None, 1, 1)]
        ),
        {1: "Quarry town"},
    )
    assert model.data(model.index(0, 3)) == unit
    panel = DetailPanel()
    qtbot.addWidget(panel)
    source = {"published_source": "header", "sentence": "The quarry closed.", "path": "q.txt",
              "published": "1990-01-05", "document_title": "Quarry town"}  # fmt: skip
    panel.show_event({"undated": False, "start": value, "end": None, "precision": "quarter",
                      "title": "The quarry closed", "kind": "other", "sources": [source],
                      "entities": []})  # fmt: skip
    assert f"({unit} precision)" in panel.toPlainText()
