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
        "gerund-date-with",
        "The choir's new director started rehearsing yesterday with the youth section in the crypt.",
        [
            (
                "title",
                "The choir's new director started rehearsing with the youth section",
                "2021-06-10",
            )
        ],
    ),
    # a long title is cut after the gerund's phrase, not before it
    (
        "gerund-cut-long",
        "A volunteer fraud panel began combing Monday through the ledgers of nine parish "
        "councils across the moorland villages.",
        [
            (
                "title",
                "A volunteer fraud panel began combing through the ledgers of nine parish councils",
                "2021-06-07",
            )
        ],
    ),
    # "to court" is a place, no infinitive: a long title is cut after it, not before it
    (
        "to-court-over",
        "The Harbour Lane tenants' association took the landlord to court last autumn over damp "
        "and mould in the flats.",
        [("title", "The Harbour Lane tenants' association took the landlord to court", "2020-FA")],
    ),
    # a manner's or a purpose's "in" is not read on
    (
        "in-purpose-stops",
        "The museum shut its east wing this morning in a bid to save heating costs.",
        [("title", "The museum shut its east wing", "2021-06-11TMO")],
    ),
    # "said the cost [of …]": after an article a past-looking word is the noun; what was
    # said has lost its verb and gives no title
    (
        "said-noun-no-verb",
        "Norvik Mining said the cost of a second shaft in 2020, a year of weak copper prices, "
        "was higher than planned.",
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
        "Higher tolls on the coastal road will enable the harbour bridge trust to repay on "
        "Monday a loan from the county council.",
        [
            (
                "title",
                "Higher tolls will enable the harbour bridge trust to repay a loan",
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
        "Two hikers were stuck in the hut after the gale, and rangers said they feared fresh "
        "drifts overnight into Sunday.",
        [("title", "Rangers feared fresh drifts", "2021-06-10TNI")],
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
