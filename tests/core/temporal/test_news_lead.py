"""A yearless month after a backstory of the last few years is the news's own month only in a
text that opened with its news (``core.temporal.news_months.opened_with_news``): a history
that opens in its past and speaks of its present only paragraphs later keeps its story's
year. Every paragraph here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a history: it opens in 2007, names its present once, then goes on with its story
        (
            "The strike at the port began on 3 October 2007, when dockers walked out over "
            "pensions. Talks failed twice that winter.\n\nIn March 2008 the harbour board "
            "hired temporary crews; the union, which still runs the port today, called the "
            "move illegal. On 12 April 2008 the dockers marched on the town hall.\n\nIn May, "
            "a court ordered both sides back to talks. The dockers returned to work in August.",
            date(2011, 6, 20),
            [("3 October 2007", "2007-10-03"), ("that winter", "2007-WI"),
             ("March 2008", "2008-03"), ("today", "2011-06-20"),
             ("12 April 2008", "2008-04-12"), ("May", "2008-05"), ("August", "2008-08")],
        ),
        # the same kind of history, a year's story first and a month of it later
        (
            "Building work on the observatory started in January 2016 on a ridge above the "
            "valley.\n\nThe dome was lifted into place in June 2017. Visitors can still climb "
            "to it this year.\n\nThe first telescope arrived on 9 September 2017.\n\nIn "
            "July, engineers aligned its mirror.",
            date(2019, 10, 2),
            [("January 2016", "2016-01"), ("June 2017", "2017-06"), ("this year", "2019"),
             ("9 September 2017", "2017-09-09"), ("July", "2017-07")],
        ),
    ],
)  # fmt: skip
def test_a_history_that_names_its_present_late_keeps_its_years(text, dct, expected) -> None:
    expect(text, *expected, dct=dct)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the news first, its backstory after: the last April before publication
        (
            "A court awarded the Ortiz family damages on Monday for their flooded bakery.\n\n"
            "The river burst its banks in June 2021, and the council paid out the first grants "
            "in July 2021.\n\nRepairs began in April.",
            date(2022, 8, 10),
            [("Monday", "2022-08-08"), ("June 2021", "2021-06"), ("July 2021", "2021-07"),
             ("April", "2022-04")],
        ),
        # a lead that tells its backstory first and its news in the same paragraph
        (
            "The river burst its banks in June 2021 and swept away the Ortiz family's bakery. "
            "On Monday a court awarded them damages.\n\nThe council paid out the first grants "
            "in July 2021.\n\nRepairs began in April.",
            date(2022, 8, 10),
            [("June 2021", "2021-06"), ("Monday", "2022-08-08"), ("July 2021", "2021-07"),
             ("April", "2022-04")],
        ),
    ],
)  # fmt: skip
def test_news_that_opens_with_its_present_goes_back_to_its_months(text, dct, expected) -> None:
    expect(text, *expected, dct=dct)
