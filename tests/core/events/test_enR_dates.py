"""Wrong dates on modern news (session 10, helper enR): the direction of a bare weekday from
the clause that governs it, a weekday that only names a kind of thing, a start set going by
a day's decision, and the year of a yearless date against the story told before it. Each
case is a sentence of our own, published on the date given, with what must hold of its
events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # "planning" before a noun is the noun's modifier, not a plan: the meeting was held
    (
        "planning-board-meeting",
        "2025-03-14",
        "Members backed the new library at a planning board meeting on Tuesday night.",
        [("has", "2025-03-11TNI"), ("not", "2025-03-18TNI")],
    ),
    # the present of a rule's timetable lies ahead
    (
        "comes-into-force",
        "2025-03-14",
        "The new parking rules come into force at 8am on Monday across the city centre.",
        [("has", "2025-03-17T08:00"), ("not", "2025-03-10T08:00")],
    ),
    # the present perfect takes no day gone by: what it called is ahead
    (
        "has-called-to-talks",
        "2025-03-11",
        "The mayor has called both unions to crisis talks on Thursday at city hall, an aide "
        "told reporters on Monday.",
        [("has", "2025-03-13"), ("not", "2025-03-06")],
    ),
    # a weekday between a determiner and a noun names a kind of thing: the clause's own day
    (
        "weekday-names-a-kind",
        "2025-03-15",
        "The ferry company cancelled all Sunday crossings to the islands on Friday afternoon.",
        [("has", "2025-03-14TAF"), ("not", "2025-03-09"), ("not", "2025-03-16")],
    ),
    # a date in a participle aside with its agent ("first drafted by …") is not the story's
    # time: the later yearless date is the news's
    (
        "aside-with-agent",
        "2023-10-02",
        "The bill, first drafted by Senator Ana Ruiz in March 2022, had stalled in committee "
        "twice before the House passed it on September 9.",
        [("has", "2023-09-09"), ("not", "2022-09-09")],
    ),
    # "will" speaks from the publication's time: its sentence's yearless month is the news's
    (
        "will-in-story-sentence",
        "2023-11-20",
        "Police arrested the treasurer in May 2021. Two months later the bank froze his "
        "accounts.\n\nHis partner, Tom Reed, had admitted the theft in July and will be sentenced on "
        "December 4.",
        [
            ("title", "admitted the theft", "2023-07"),
            ("title-not", "admitted the theft", "2021-07"),
            ("has", "2023-12-04"),
        ],
    ),
    # a time counted in words, then its day written out: the day
    (
        "restated-day",
        "2025-03-27",
        "The night shift began on 14 March 1985. The dock strike had ended a week earlier, on "
        "3 March, and the men were glad of the work.",
        [("title", "strike had ended", "1985-03-03")],
    ),
]


@pytest.mark.parametrize(
    ("published", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_enR_dates(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)
