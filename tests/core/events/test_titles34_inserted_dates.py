"""Titles on real news syntax (session 34, helper titles-ref): a bare date set between a
verb's words and the phrase that completes it ("began digging [Monday] through …", "sold its
mills [last spring] to …") no longer ends the title there, and no cut leaves a bare "-ing"
form before its preposition. Guards: a comparison's "from", a clause's "as", a time that
goes on ("[overnight] into Sunday") and a date with a preposition of its own still end it.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-11T12:00"
CASES = [
    # a gerund after its verb, the date, then the preposition it takes
    (
        "gerund-date-into",
        "Auditors began looking Tuesday into the accounts of the rowing club.",
        [
            ("title", "Auditors began looking into the accounts of the rowing club", "2021-06-08"),
        ],
    ),
    (
        "gerund-date-through",
        "Volunteers started sifting yesterday through the ashes of the old barn.",
        [("title", "Volunteers started sifting through the ashes of the old barn", "2021-06-10")],
    ),
    # an object, the date, then the phrase the verb needs
    (
        "object-date-to",
        "The brewery sold its two pubs last March to a hotel group from Bath.",
        [("title", "The brewery sold its two pubs to a hotel group from Bath", "2021-03")],
    ),
    (
        "object-date-to-weekday",
        "The ferry line moved the noon sailing Wednesday to an earlier slot.",
        [("title", "The ferry line moved the noon sailing to an earlier slot", "2021-06-09")],
    ),
    (
        "gerund-date-on",
        "Shares of the glassmaker began trading today on the Vienna exchange.",
        [("title", "Shares of the glassmaker began trading on the Vienna exchange", "2021-06-11")],
    ),
    # a long title is cut after the gerund's phrase, not before it
    (
        "gerund-cut-long",
        "A new fraud unit began digging Monday into the losses of eleven farm co-operatives "
        "in the upland districts.",
        [
            (
                "title",
                "A new fraud unit began digging into the losses of eleven farm co-operatives",
                "2021-06-07",
            )
        ],
    ),
    # "to court" is a place, no infinitive: a long title is cut after it, not before it
    (
        "to-court-over",
        "A tenants' association, Fair Rents Now, took the landlord to court last year over a "
        "rent rise at the tower blocks.",
        [("title", "A tenants' association Fair Rents Now took the landlord to court", "2020")],
    ),
    # guard: where the longer title cuts to nothing, the stop before the date still titles it
    (
        "fallback-before-date",
        "Stockholders are due to vote July 6 on a stockholders rights plan designed to block "
        "hostile bids.",
        [("title", "Stockholders are due to vote", "2021-07-06")],
    ),
    # a manner's or a purpose's "in" is not read on
    (
        "in-purpose-stops",
        "Lower fares were announced by the rail company this morning in an effort to win "
        "back commuters.",
        [("title", "Lower fares were announced by the rail company", "2021-06-11TMO")],
    ),
    # "said the cost [of …]": after an article a past-looking word is the noun; what was
    # said has lost its verb and gives no title
    (
        "said-noun-no-verb",
        "Kestrel said the cost of the survey work in 2020, which starts at once, should be "
        "about 90,000 dlrs.",
        [("no-title-with", "said the cost")],
    ),
    # guard: a past after the reported subject still makes the title
    (
        "said-past-kept",
        "The mayor said the ferry pier closed in May after a crack was found.",
        [("title", "The ferry pier closed", "2021-05")],
    ),
    # "will enable X [to …]": the object alone is no news, the infinitive stays
    (
        "enable-object-infinitive",
        "Strong sales of its ferries will enable Norrland Line to pay on Monday a higher "
        "dividend for 2020.",
        [
            (
                "title",
                "Strong sales will enable Norrland Line to pay a higher dividend",
                "2021-06-14",
            )
        ],
    ),
    # guards: a comparison's "from" still ends the title at the date
    (
        "from-comparison-stops",
        "Unemployment in the valley fell to 6.1 percent last month from 6.4 percent.",
        [("title", "Unemployment in the valley fell to 6.1 percent", "2021-05")],
    ),
    # a time that goes on after the preposition is no complement
    (
        "time-goes-on-stops",
        "Officials on the island said they expected heavy snow overnight into Sunday.",
        [("title", "Officials on the island expected heavy snow", "2021-06-10TNI")],
    ),
    # the clause's "as" is not read on
    (
        "as-clause-stops",
        "The bakery raised its prices last week as flour costs rose sharply.",
        [("title", "The bakery raised its prices", "2021-W22")],
    ),
    # a date with its own preposition before a figure's "from" keeps the old cut
    (
        "preposition-date-stops",
        "Exports of wool rose to 12 mln dlrs in May from 9 mln dlrs.",
        [("title", "Exports of wool rose to 12 mln dlrs", "2021-05")],
    ),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inserted_date_titles(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
