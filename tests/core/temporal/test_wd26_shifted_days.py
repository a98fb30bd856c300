"""Words that shift a date: a day word after a clock time and its zone ("at 10:00 CET
tomorrow" is tomorrow's ten o'clock), and a year's possessive before its happening ("next
year's open will take place in June" is June of next year). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag


def _value(text: str, now: date, words: str) -> str:
    return next(t.value for t in tag(text, now) if words in t.text)


@pytest.mark.parametrize(
    ("now", "text", "words", "value"),
    [
        # a day word after the clock time and its zone
        (date(2026, 3, 27), "Orvik Foods will host an analyst briefing at 10:00 CET tomorrow.", "10:00", "2026-03-28T10:00"),
        (date(2026, 3, 27), "Analysts can dial in at 9 a.m. ET tomorrow.", "9 a.m.", "2026-03-28T09:00"),
        (date(2026, 3, 27), "Banks must bid by 1100 GMT tomorrow for the funds.", "1100", "2026-03-28T11:00"),
        (date(2026, 3, 27), "The firm will hold a call at 11:00 a.m. Eastern time tomorrow.", "11:00", "2026-03-28T11:00"),
        (date(2026, 3, 27), "Voting ends at 8 p.m. Central European Time on Sunday.", "8 p.m.", "2026-03-29T20:00"),
        # the zone between a clock time and its day
        (date(2026, 3, 27), "The results follow at 07:00 CET on March 30.", "07:00", "2026-03-30T07:00"),
        (date(2026, 3, 27), "Trading resumes at 8:30 BST Monday.", "8:30", "2026-03-30T08:30"),
        # no day word: the publication's day; "tomorrow" in a clause of its own is not the time's
        (date(2026, 3, 27), "The call will start at 10:00 CET.", "10:00", "2026-03-27T10:00"),
        (date(2026, 3, 27), "Workers walked out at 6 a.m. and will return tomorrow.", "6 a.m.", "2026-03-27T06:00"),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_its_sentence_names(now, text, words, value):
    assert _value(text, now, words) == value


@pytest.mark.parametrize(
    ("now", "text", "words", "value"),
    [
        (date(2026, 3, 27), "Next year's regatta will be staged in June.", "June", "2027-06"),
        (date(2026, 3, 27), "The league said next year's final would be held on May 30.", "May 30", "2027-05-30"),
        (date(2026, 3, 27), "Next year's games will open in the first half of July.", "July", "2027-07"),
        (date(2026, 3, 27), "Next year's fair is scheduled for April.", "April", "2027-04"),
        (date(2026, 8, 20), "Last year's open took place in June.", "June", "2025-06"),
        (date(2026, 8, 20), "Last year's final was played on June 3 in Leeds.", "June 3", "2025-06-03"),
        # the year's thing is no happening set in that year: the month is the tense's
        (date(2026, 3, 27), "Last year's winner will play in June.", "June", "2026-06"),
        (date(2026, 3, 27), "Next year's budget will be presented in October.", "October", "2026-10"),
    ],
)  # fmt: skip
def test_a_years_happening_takes_place_in_that_year(now, text, words, value):
    assert _value(text, now, words) == value


@pytest.mark.parametrize(
    ("now", "text", "words", "value"),
    [
        # a term extended through a day: the new end lies ahead, whatever the tense
        (date(1987, 3, 20), "Orvik said it extended the expiry of its offer through Dec 31.", "Dec 31", "1987-12-31"),
    ],
)  # fmt: skip
def test_a_term_extended_ends_ahead(now, text, words, value):
    assert _value(text, now, words) == value
