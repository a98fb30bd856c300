"""Weekdays a day's decision sets going, and the verbs that say how long (session 10, helper
enR), in our own sentences: the values the tagger gives."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("text", "published", "said", "value"),
    [
        # a start set going on a day named before it lies after that day
        (
            "The mayor declared an emergency on Wednesday and closed the schools beginning at "
            "8 a.m. Friday.",
            "2025-03-13",
            "8 a.m. Friday",
            "2025-03-14T08:00",
        ),
        (
            "The council voted on Monday to shut the pier starting Saturday.",
            "2025-03-19",
            "Saturday",
            "2025-03-22",
        ),
        # with no day before it, the sentence's tense places it, as before
        ("Fares rose by a fifth starting on Monday.", "2025-03-19", "Monday", "2025-03-17"),
        # the present of a rule's timetable lies ahead
        (
            "The ban takes effect on Sunday, the ministry said.",
            "2025-03-14",
            "Sunday",
            "2025-03-16",
        ),
        # a date straight after a past verb of commitment is the promise's
        ("The minister vowed on Monday to cut taxes.", "2023-09-20", "Monday", "2023-09-18"),
        (
            "The minister promised in January to halve waiting lists, a goal few now think she "
            "will reach.",
            "2023-09-20",
            "January",
            "2023-01",
        ),
        ("Relief is promised in January.", "2023-09-20", "January", "2024-01"),
        # what someone wants now lies ahead
        (
            "The minister has said she wants a final deal on Thursday evening.",
            "2023-09-20",
            "Thursday evening",
            "2023-09-21TEV",
        ),
        # "last until" says how long, not when: the end of a warning still ahead
        (
            "Flood alerts come into force at noon on Saturday and last until midnight on Sunday.",
            "2025-03-14",
            "midnight on Sunday",
            "2025-03-16T24:00",
        ),
        (
            "The closures last until Sunday, the council said.",
            "2025-03-14",
            "Sunday",
            "2025-03-16",
        ),
    ],
)
def test_enR_weekday_direction(text: str, published: str, said: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, date.fromisoformat(published))}
    assert found[said] == value, found
