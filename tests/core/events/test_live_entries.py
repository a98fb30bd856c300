"""Live pages and election nights (#14 item 1; session 25, helper live): an entry's time dates
only what tells no time of its own, and a clock time with no day takes the night it was told
of. Each case: when the article was published, a body of our own, and what must hold of its
events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

EVENING = "2023-05-17T18:00"  # a Wednesday
CASES = [
    # the sentence's own day or time is its happening's; the entry's time is only the posting's
    (
        "own-day-today",
        EVENING,
        "14:05 The harbour master resigned on Wednesday.",
        [("title", "The harbour master resigned", "2023-05-17"), ("not", "2023-05-17T14:05")],
    ),
    (
        "own-clock-time",
        EVENING,
        "14:05 — Police closed the coast road at 1pm.",
        [("title", "Police closed the coast road", "2023-05-17T13:00")],
    ),
    (
        "own-past-month",
        EVENING,
        "15:30 — Some background: the reservoir fell to its lowest level in September 2021, "
        "after a dry summer.",
        [("title", "reservoir fell", "2021-09"), ("not", "2023-05-17T15:30")],
    ),
    (
        "own-past-season",
        EVENING,
        "08:15\nSome background: the dispute over pay began last autumn.",
        [("title", "dispute over pay began", "2022-FA"), ("not", "2023-05-17T08:15")],
    ),
    # ... but a date in a relative aside about the subject leaves the entry its time
    (
        "aside-keeps-entry-time",
        EVENING,
        "15:05\nThe outgoing mayor, who was first elected in 2011, has conceded.",
        [("title", "has conceded", "2023-05-17T15:05"), ("has", "2011")],
    ),
    # an entry's time after a label: the label is no word of the title
    (
        "updated-label",
        EVENING,
        "Updated 09:12 The ferry company has cancelled the evening sailing.",
        [
            ("title", "The ferry company has cancelled the evening sailing", "2023-05-17T09:12"),
            ("no-title-with", "Updated"),
        ],
    ),
    (
        "update-label-own-day",
        EVENING,
        "UPDATE 9:40 AM: The port director resigned yesterday.",
        [("title", "The port director resigned", "2023-05-16"), ("not", "2023-05-16T09:40")],
    ),
    # an entry's time takes no day from its sentence ("since yesterday" is not when it was posted)
    (
        "entry-time-keeps-its-day",
        EVENING,
        "12.20pm\nThe power company says it has sent 200 extra crews to the coast since yesterday."
        "\n\n12.35pm\nThe mayor opened a shelter at the school.",
        [
            ("not", "2023-05-16T12:20"),
            ("title", "The mayor opened a shelter at the school", "2023-05-17T12:35"),
        ],
    ),
    # election night: a past clock time half a day or more after the publication's is the
    # night before's ...
    (
        "last-night-clock",
        "2023-05-05T01:30",
        "Polls closed at 10pm last night.",
        [("title", "Polls closed", "2023-05-04T22:00")],
    ),
    (
        "next-morning-clock",
        "2023-05-05T09:00",
        "The first result was declared at 11.45pm.",
        [("title", "The first result was declared", "2023-05-04T23:45")],
    ),
    (
        "entry-time-after-publication",
        "2023-05-05T09:00",
        # (a happening: a reading such as "Turnout is running at 41 percent" is no event)
        "23:50 The first ballot boxes in the city have arrived at the count.",
        [("has", "2023-05-04T23:50")],
    ),
    # ... the same evening's when published that evening, and a time ahead stays ahead
    (
        "same-evening",
        "2023-05-04T23:30",
        "Polls closed at 10pm.",
        [("title", "Polls closed", "2023-05-04T22:00")],
    ),
    (
        "ahead-not-moved",
        "2023-05-05T01:30",
        "Counting will resume at 9am.",
        [("has", "2023-05-05T09:00"), ("not", "2023-05-04T09:00")],
    ),
    (
        "tonight-clock",
        "2023-05-17T10:00",
        "Polls will close at 10pm tonight.",
        [("title", "Polls will close", "2023-05-17T22:00")],
    ),
    # a future of the past ("would") tells a time ahead, not one gone by
    (
        "would-leave-ahead",
        "2023-05-17T10:00",
        "The ferry company said the last sailing would leave at 7.30pm.",
        [("has", "2023-05-17T19:30"), ("not", "2023-05-16T19:30")],
    ),
]


@pytest.mark.parametrize(
    ("published", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_live_entries(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)
