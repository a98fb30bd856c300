"""One sentence, two happenings each with its own date (session 27, helper coord): the second
happening after "and" is found past a role ("as a trainee in its export office"), a noun
aside (", the last day of the fair,"), a verb in the past with a bare complement ("became
head coach", "went bankrupt"), "is due to …", and a subject with a phrase of its own; a
place after "from" is no baseline. Dates that only describe or bound a thing open nothing.
Every sentence here is our own.

Each case: a body published on 2024-03-14 (a Thursday), and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-14"
CASES = [
    # a role after "as" holds no clause: the "and" after it opens the second happening
    (
        "role-then-bare-complement",
        "Pia Sandvik joined the brewery in 1994 as a trainee in its export office and became"
        " managing director in 2011.",
        [
            ("title", "Pia Sandvik joined the brewery", "1994"),
            ("title", "Pia Sandvik became managing director", "2011"),
        ],
    ),
    (
        "role-then-went",
        "The shipyard was opened in 1871 as a repair dock for the fishing fleet and went"
        " bankrupt in 1932.",
        [
            ("title", "The shipyard was opened as a repair dock", "1871"),
            ("title", "The shipyard went bankrupt", "1932"),
        ],
    ),
    # a noun aside between the first date and "and"
    (
        "noun-aside",
        "Olga Brand qualified as a pilot in 1978, one of two women in her course, and joined"
        " the coastguard in 1981.",
        [
            ("title", "Olga Brand qualified as a pilot", "1978"),
            ("title", "Olga Brand joined the coastguard", "1981"),
        ],
    ),
    # guards: a list of verb phrases, a date that only describes a thing, a figure's baseline
    (
        "no-aside-over-a-verb-list",
        "The river rose on Monday, fell back on Tuesday, and flooded the market square on"
        " Wednesday.",
        [
            ("title", "The river flooded the market square", "2024-03-13"),
            ("title", "The river fell back", "2024-03-12"),
        ],
    ),
    (
        "no-month-of-another-phrase",
        "Ticket sales rose in May, fell in June, and recovered in July.",
        [("title", "Ticket sales rose", "2023-05"), ("title-not", "fell", "2023-07")],
    ),
    (
        "thing-date-no-happening",
        "Olga Brand joined the club in 1975 as a member of the 1974 champion team and became"
        " its captain in 1980.",
        [("not", "1974"), ("title", "Olga Brand became its captain", "1980")],
    ),
    (
        "baseline-after-from",
        "Exports rose to 4.1 billion crowns from 3.8 billion in January and 3.5 billion a year"
        " earlier.",
        [("not", "2024-01"), ("not", "2023")],
    ),
]


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_happening_keeps_its_own_date(name, body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# Cases published on a day of their own: (name, body, publication date, checks).
DATED_CASES = [
    # a noun aside between the first date and "and then"
    (
        "noun-aside-and-then",
        "The orchestra played its last concert in Vienna on 11 October, the final night of its"
        " European tour, and then flew home to Boston on 13 October.",
        "2023-10-20",
        [
            ("title", "The orchestra played its last concert in Vienna", "2023-10-11"),
            ("title", "The orchestra flew home to Boston", "2023-10-13"),
        ],
    ),
    # "and is due to …" after a present: what is ahead, with its own date
    (
        "and-is-due-to",
        "The east wing reopens on 6 May and is due to host a Turner show in July.",
        "2025-04-22",
        [
            ("title", "The east wing reopens", "2025-05-06"),
            ("title", "The east wing is due to host a Turner show", "2025-07"),
        ],
    ),
    # ", and" opens a clause whose subject has a phrase of its own
    (
        "and-subject-with-phrase",
        "Nominations close on 2 June, and a shortlist of six novels will be announced in July.",
        "2022-05-18",
        [
            ("title", "Nominations close", "2022-06-02"),
            ("title", "A shortlist of six novels will be announced", "2022-07"),
        ],
    ),
    # "until" and the pronoun the sentence opens on: the same person's own happening
    (
        "until-same-pronoun",
        "He taught at the academy in Turin from 1961 until he died in 1990.",
        "2019-08-01",
        [("title", "He taught at the academy in Turin", "1961"), ("title", "He died", "1990")],
    ),
    # a place after "from" is where she came from, not a figure compared with
    (
        "from-a-place",
        "Maria Costa moved from Porto to Lyon in 2008 and opened a bakery there in 2010.",
        "2021-02-11",
        [
            ("title", "Maria Costa moved from Porto to Lyon", "2008"),
            ("title", "Maria Costa opened a bakery there", "2010"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "published", "checks"), DATED_CASES, ids=[c[0] for c in DATED_CASES]
)
def test_each_happening_keeps_its_own_date_on_its_day(name, body, published, checks):
    check_events(extract_events(article(body, published)), checks)


def test_a_time_that_ends_a_span_dates_no_follow_on():
    """ "… and extended trading hours to 0800 to 1600" tells when trading ends, not when the
    hours were extended."""
    body = (
        "The exchange moved to a new trading floor in the Corn Hall today and extended trading"
        " hours for wheat futures to 0800 to 1600 local time."
    )
    events = extract_events(article(body, "2024-03-14T18:00"))
    assert not [e for e in events if "T16:00" in e.start], [(e.start, e.title) for e in events]
