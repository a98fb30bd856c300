"""What a yearless date takes its year from when a date before it only compares (WD13).

Every sentence here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import values

HISTORY = date(2009, 12, 19)
NEWS = date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month a comparison looks back to does not move the story on: May is 2005's
        (
            "On February 4, 2005, the general ordered a withdrawal. The next weeks were quiet "
            "compared to the shelling of November and January. Hopes of a truce faded in May.",
            HISTORY,
            [("January", "2005-01"), ("May", "2005-05")],
        ),
        # a written date a comparison looks back to is not the story's time
        (
            "Sales in January were flat compared with January 1986, the bureau said. "
            "The icy weather that gripped the north in January slowed it.",
            NEWS,
            [("January", "1987-01"), ("January 1986", "1986-01"), ("January", "1987-01")],
        ),
        # a story's own date still sets it
        (
            "In January 1986 the mill closed. The icy weather that gripped the north in "
            "February slowed the clean-up.",
            NEWS,
            [("January 1986", "1986-01"), ("February", "1986-02")],
        ),
    ],
)
def test_compared_dates_leave_the_story(text: str, dct: date, expected: list) -> None:
    found = values(text, dct)
    assert [pair for pair in found if pair in expected] == expected
