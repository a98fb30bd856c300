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
