"""One sentence, two dated happenings (#14, session 10, helper enM): each dated clause gives
its own event with its own title, in sentences of our own.

Each case: a body published on 2024-03-14 (a Thursday), and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-14"
CASES = [
    # ", and" opens a clause whose subject is a count ("about 500 tractors")
    (
        "and-count-subject",
        "Farmers protested outside the ministry on Monday, and about 500 tractors blocked the"
        " motorway on Friday.",
        [
            ("title", "Farmers protested outside the ministry", "2024-03-11"),
            ("title", "About 500 tractors blocked the motorway", "2024-03-08"),
        ],
    ),
    (
        "and-bare-count-subject",
        "Nurses walked out at the Elm Road hospital on Tuesday, and 300 porters joined them on"
        " Wednesday.",
        [("title", "300 porters joined them", "2024-03-13")],
    ),
    # ", and" then a fronted range before the subject
    (
        "and-fronted-range",
        "Mara Lind joined the Corvel orchestra in 1980, and between 1985 and 1990 her quartet"
        " recorded four albums.",
        [
            ("title", "Mara Lind joined the Corvel orchestra", "1980"),
            ("title", "quartet recorded four albums", "1985"),
        ],
    ),
    # ", and" then a fronted time word before the subject
    (
        "and-fronted-time-word",
        "On May 2, 1995, Ida Farkas was made a colonel, and the following year she was"
        " appointed attache in Rome.",
        [
            ("title", "Ida Farkas was made a colonel", "1995-05-02"),
            ("title", "Ida Farkas was appointed attache in Rome", "1996"),
        ],
    ),
    # "whom" opens a relative with its own date; the main clause resumes after it
    (
        "whom-relative-own-date",
        "The coach, Ann Weir, whom the club hired in 2015, left on Monday.",
        [
            ("title", "The club hired Weir", "2015"),
            ("title", "Weir left", "2024-03-11"),
            ("no-title-with", "hired in"),
        ],
    ),
    # a pronoun opening the clause after ", and" stands for the one person named before
    (
        "and-clause-pronoun",
        "Dr Rosa Vidal was born in Leon. She joined the school board in 2015, and in 2019 she"
        " was elected to the city council.",
        [("title", "Vidal was elected to the city council", "2019")],
    ),
    # a second participle after "and" shares the passive's "was" when its agent follows or
    # when it is a participle only
    (
        "passive-shared-by-agent",
        "The altarpiece was carved in 1512 and bought by a Dutch merchant in 1790.",
        [
            ("title", "The altarpiece was carved", "1512"),
            ("title", "The altarpiece was bought by a Dutch merchant", "1790"),
        ],
    ),
    (
        "passive-shared-participle-only",
        "The charter was written in 1801 and given to the town museum in 1950.",
        [("title", "The charter was given to the town museum", "1950")],
    ),
    (
        "active-past-after-passive",
        "Pavel Orn was arrested in May and fled the country in June.",
        [("title", "Pavel Orn fled the country", "2023-06"), ("no-title-with", "was fled")],
    ),
    # "after" and a gerund with a date of its own: the earlier happening, on its own date
    (
        "gerund-after-day-figure",
        "Tolmar shares dropped 2.1 percent in Oslo on Tuesday, after gaining 0.8 percent on"
        " Monday.",
        [
            ("title", "Tolmar shares dropped 2.1 percent in Oslo", "2024-03-12"),
            ("title", "Tolmar shares gained 0.8 percent", "2024-03-11"),
        ],
    ),
    (
        "gerund-month-figure-stays-baseline",
        "Retail sales rose 2% in February after falling 3% in January.",
        [("not", "2024-01")],
    ),
    (
        "gerund-after-period-noun",
        "The cyclone was named on Wednesday, a day after forming near the Keel Islands on Tuesday.",
        [
            ("title", "The cyclone was named", "2024-03-13"),
            ("title", "The cyclone formed near the Keel Islands", "2024-03-12"),
        ],
    ),
    (
        "gerund-after-company-shares",
        "Orsk shares climbed 2 percent on Tuesday after slipping 1 percent on Monday.",
        [("title", "Orsk shares slipped 1 percent", "2024-03-11")],
    ),
    (
        "fronted-gerund-no-comma-pronoun",
        "Tom Reed opened a bakery in Leeds in 1950. After retiring in 1970 he ran a pub in York"
        " for two decades.",
        [("title", "Reed retired", "1970"), ("no-title-with", "pub")],
    ),
    (
        "fronted-gerund-verb-alone",
        "After retiring in 1970, Tom Reed ran a bakery in Leeds for two decades.",
        [("title", "Tom Reed retired", "1970"), ("no-title-with", "bakery")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enM_each_dated_happening(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
