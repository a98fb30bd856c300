"""#14 round 2: where yearless dates take their year in news about the present, in sentences
of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect

SUMMER_25 = date(2025, 6, 10)

# A date where a state lasting to now began ("has been shut since ...") is no story told in
# the past: later yearless months are the article's own year's.
SINCE_NOW = [
    (
        "The pool has been shut since a leak on 4 March 2023. In April, the town voted to mend it.",
        [("4 March 2023", "2023-03-04"), ("April", "2025-04")],
    ),
    (
        "The ferry has not sailed since the storm of 9 January 2024, and in May the owners sold it.",
        [("9 January 2024", "2024-01-09"), ("May", "2025-05")],
    ),
    # a story told in the past still carries its year
    (
        "On 4 March 2023 a leak shut the pool. In April, the town voted to mend it.",
        [("4 March 2023", "2023-03-04"), ("April", "2023-04")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_NOW)
def test_a_since_date_of_a_state_lasting_to_now_tells_no_story(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=SUMMER_25)
