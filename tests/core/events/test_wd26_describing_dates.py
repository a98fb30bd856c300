"""Dates that describe a term or a yardstick never date the happening of their sentence (#14):
a record date, a price base, a term extended to a day, a figure's change from an earlier
period. Every sentence here is our own. Each case: the publication date, a sentence, the event
dates a reader expects from it (None: not checked), and a date that must not appear."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article


def _dates(published: str, body: str) -> list[str]:
    return [e.start for e in extract_events(article(body, published)) if not e.undated]


@pytest.mark.parametrize(
    ("published", "body", "expected", "trap"),
    [
        # a record date
        ("1988-08-20", "The board declared a dividend of 10 cents, payable on Dec 15 to stockholders of record as of Sept 15.", ["1988-12-15"], "1988-09-15"),  # the payment's own day (recall4), never the record date
        ("1988-08-20", "The distribution will be paid on Oct 1 to owners of record as of Sept 10.", ["1988-10-01"], "1988-09-10"),
        ("1988-08-20", "The directors declared a payout of 9 cents, payable to stockholders of record as of Sept 12.", None, "1988-09-12"),  # no payment day to take: the record date must still not date the declaring
        ("1988-08-20", "Orvik Mills set a record date of Sept 15 for its rights issue.", [], "1988-09-15"),
        # a price base
        ("2022-03-27", "The ministry said on Monday the tunnel would cost 5 billion euros in 2019 terms.", ["2022-03-21"], "2019"),
        ("2022-03-27", "The ship, launched in 1912, would cost $400 million in 2020 money.", ["1912"], "2020"),
        ("2022-03-27", "The bridge was finished in 2020 at a cost of 40 million 2019 euros.", ["2020"], "2019"),
        ("2022-03-27", "The states approved the probe in 2017, in a package worth 200 million euros in 2018 prices.", ["2017"], "2018"),
        ("2022-03-27", "The cash was lost from a budget set in 2014-15 terms, the audit found.", None, "2014"),
        # ... "in 1986 prices rose" is the clause's year
        ("1987-03-02", "In 1986 prices rose 4 pct.", ["1986"], "1987"),
        # a term extended to a day: the new end, not the extending
        ("1987-03-20", "Orvik Corp said it extended the expiry of its offer through Dec 31.", [], "1986-12-31"),
        ("1987-03-20", "The deadline for bids was extended to April 15.", [], "1987-04-15"),
        ("1987-03-20", "Orvik Corp said on Thursday it extended its offer until March 31.", ["1987-03-19"], "1987-03-31"),
        ("1987-03-16", "Orvik said it has extended to April 3 from March 13 its offer for the preferred shares.", [], "1987-03-13"),
        ("1987-03-16", "Orvik said it extended to May 2, 1988, from May 2, 1987, the expiry of its warrants.", [], "1987-05-02"),
        # ... the object's own date tells its own happening ("The warrants were issued")
        ("1987-04-06", "Orvik said it extended to May 2, 1988, the expiry of the options granted as part of its stock listing in June 1984.", ["1984-06"], "1988-05-02"),
        # ... "extend ... from" a day starts then
        ("2015-09-10", "The pool will extend its opening times on Sundays from October 2.", ["2015-10-02"], "2015-09-10"),
        # a figure's change from an earlier period, set off by a comma
        ("2024-02-08", "The directors declared a dividend of 19 cents a share, the same as in the previous quarter.", [], "2023-Q3"),
        ("2024-02-08", "Orvik raised its dividend to 30 cents on Tuesday, up from last year.", ["2024-02-06"], "2023"),
    ],
)  # fmt: skip
def test_a_date_of_a_term_or_a_yardstick_is_not_the_events(published, body, expected, trap):
    dates = _dates(published, body)
    assert trap not in dates
    if expected is not None:
        assert dates == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        ("2026-03-27", "Orvik Foods will host an analyst briefing at 10:00 CET tomorrow.", ["2026-03-28T10:00"]),
        ("2026-03-27", "Organisers said next year's open would be held in June.", ["2027-06"]),
        ("2026-08-20", "Last year's final was played in June.", ["2025-06"]),
    ],
)  # fmt: skip
def test_a_shifted_date_dates_its_event(published, body, expected):
    assert _dates(published, body) == expected
