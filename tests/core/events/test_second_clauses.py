"""One sentence, a second verb phrase after "and" with its own date (#14, session 20, helper
SECOND): the second happening gives its own event, with the clause's subject carried over, in
sentences of our own.

Each case: a body published on 2024-03-14 (a Thursday), and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-14"
CASES = [
    # a phrase of the first verb between its date and the "and" of the second
    (
        "and-past-after-phrase",
        "Ida Marsh was made a dame in 2001 for services to the theatre and stepped down as"
        " director in 2009, handing the company to her nephew.",
        [
            ("title", "Ida Marsh was made a dame", "2001"),
            ("title", "Ida Marsh stepped down as director", "2009"),
        ],
    ),
    (
        "and-past-after-place",
        "Ole Brandt joined the orchestra in 1979 in the northern town of Tromso and retired"
        " from it in 2012.",
        [
            ("title", "Ole Brandt joined the orchestra", "1979"),
            ("title", "Ole Brandt retired from the orchestra", "2012"),
        ],
    ),
    # "last week" closing the second verb phrase: a week before publication, not before May
    (
        "and-past-last-week",
        "Ida Fell admitted arson in May 2021 and gave evidence against her cousin last week.",
        [
            ("title", "Ida Fell admitted arson", "2021-05"),
            ("title", "Ida Fell gave evidence against her cousin", "2024-W10"),
            ("not", "2021-04"),
        ],
    ),
    # "but" and a verb in the past, or a past auxiliary, past a phrase of the first verb
    (
        "but-past-after-phrase",
        "The Orwin mill lost money in 2019 on weak demand but returned to profit in 2021.",
        [
            ("title", "The Orwin mill lost money", "2019"),
            ("title", "The Orwin mill returned to profit", "2021"),
        ],
    ),
    (
        "but-auxiliary-after-phrase",
        "The fishing talks stalled in May over quotas but were revived in August.",
        [
            ("title", "The fishing talks stalled over quotas", "2023-05"),
            ("title", "The fishing talks were revived", "2023-08"),
        ],
    ),
    # a date fronted before the subject, then "and" and a verb phrase with its own date
    (
        "fronted-date-and-past",
        "In March 2010 Ann Roe joined the board and became its chair last year.",
        [
            ("title", "Ann Roe joined the board", "2010-03"),
            ("title", "Ann Roe became its chair", "2023"),
        ],
    ),
    # adjectives of a noun after "and" with one date: one happening
    (
        "and-adjectives-one-date",
        "Crews cleared the road in January near the old and flooded mill in Carrow.",
        [("dated", "2024-01")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_second_verb_after_and_has_its_own_event(body: str, checks: list) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
