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


AUTUMN_24 = date(2024, 10, 14)

# "N years ago today" is that very day, and a story told in the past opens there: its
# yearless dates and counted days are that year's, not the article's.
AGO_TODAY = [
    (
        "Thirty years ago today, the mill burned down. Crews put out the last flames on October 16.",
        [("Thirty years ago today", "1994-10-14"), ("October 16", "1994-10-16")],
    ),
    (
        "Ten years ago today, the ferry sank. Divers found the wreck on October 20 and raised it the next day.",
        [("Ten years ago today", "2014-10-14"), ("October 20", "2014-10-20"), ("the next day", "2014-10-21")],
    ),
    ("A year ago yesterday, the dam failed.", [("A year ago yesterday", "2023-10-13")]),
    ("Ten years ago, the dam failed.", [("Ten years ago", "2014")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGO_TODAY)
def test_years_ago_today_is_a_day_that_opens_the_story(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=AUTUMN_24)


JUNE_25 = date(2025, 6, 12)

# A recent story told in one paragraph ends where a later one names a month next to the
# publication's: that is the news's own date. Within the paragraph, or for a story long
# past, the story's year holds.
BACK_TO_NOW = [
    (
        "Police held the driver on 3 May 2023 and freed him a day later.\n\nHis trial began on 2 June.",
        [("3 May 2023", "2023-05-03"), ("a day later", "2023-05-04"), ("2 June", "2025-06-02")],
    ),
    (
        "Police held the driver on 3 May 2023. His trial began on 2 June.",
        [("3 May 2023", "2023-05-03"), ("2 June", "2023-06-02")],
    ),
    (
        "Troops landed on 3 May 1944.\n\nThe town fell on 2 June.",
        [("3 May 1944", "1944-05-03"), ("2 June", "1944-06-02")],
    ),
    (
        "Police held the driver on 3 May 2023.\n\nHe was charged in September.",
        [("3 May 2023", "2023-05-03"), ("September", "2023-09")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BACK_TO_NOW)
def test_a_later_paragraph_near_publication_is_back_in_the_present(
    text: str, expected: list[tuple[str, str]]
) -> None:
    expect(text, *expected, dct=JUNE_25)


def test_december_is_next_to_january_when_a_later_paragraph_comes_back_to_now() -> None:
    expect(
        "Police held the driver on 3 May 2023.\n\nHis trial began on 20 December.",
        ("3 May 2023", "2023-05-03"),
        ("20 December", "2024-12-20"),
        dct=date(2025, 1, 10),
    )
