"""A comparison's baseline named as a year's period ("against 4 pct in the same 1986 period",
"from the 1986 period", "over the same month of 1986") dates no event, nor does a later "the
same period" take its year; a year's period that is the clause's own time still dates it."""

from __future__ import annotations

from core.events.extract import extract_events
from tests.core.events.articles import article


def _events(body: str, published: str) -> list[tuple[str, str]]:
    return [(str(e.start), e.title) for e in extract_events(article(body, published))]


def test_the_same_period_after_a_baseline_is_not_the_baseline_year():
    body = (
        "Steel output grew 2.1 pct in the first half of 1987, against 4.0 pct in the same 1986 "
        "period. Coal output in the same period dropped 1.5 pct from the 1986 period."
    )
    got = _events(body, "1987-10-20")
    coal = [start for start, title in got if title.startswith("Coal output")]
    assert coal, got
    assert not [start for start in coal if start.startswith("1986")], got


def test_over_the_same_month_of_a_year_is_a_baseline():
    got = _events("Car sales rose 4 pct over the same month of 1986.", "1987-04-08")
    assert not [start for start, _ in got if start == "1986"], got


def test_a_year_period_that_is_the_clause_own_time_dates_it():
    got = _events("In the 1986 period the company sold 40,000 cars.", "1987-04-08")
    assert [start for start, _ in got if start.startswith("1986")], got
