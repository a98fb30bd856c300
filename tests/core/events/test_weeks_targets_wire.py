"""Three kinds of wrong date: a weekday put in the wrong week (a Friday a week back taken for
the publication Friday; an obligation met read as a plan; a successor's first day read as the
asking's); a postponement's target a year off (it counts from the plan's own date); and wire
text whose date only describes the goods, the terms or a figure of another day."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("published", "text", "checks"),
    [
        # "last Friday" in a Friday article: a later bare "Friday" is still the publication day
        ("2023-02-03", "Crowds queued for fuel on Friday as the storm neared. The storm formed "
         "over the ocean last Friday. Farmers moved their cattle to higher ground on Friday "
         "morning.",
         [("title", "Farmers moved their cattle", "2023-02-03TMO"), ("has", "2023-01-27")]),
        # a first day asked of someone, the asking dated the same day: the Monday to come
        ("2018-06-08", "The club accepted the offer on Friday morning and asked its assistant, "
         "Karl Dorn, to take over on Monday as acting coach.",
         [("title", "asked", "2018-06-11"), ("not", "2018-06-04")]),
        # an obligation met: the Monday gone by
        ("2024-03-13", "Residents of the valley had to leave their homes on Monday.",
         [("has", "2024-03-11"), ("not", "2024-03-18")]),
        ("2024-03-13", "Residents of the valley will have to leave their homes on Monday.",
         [("has", "2024-03-18")]),
    ],
)  # fmt: skip
def test_a_weekday_in_its_week(published, text, checks):
    check_events(events_of(text, "en", published), checks)


@pytest.mark.parametrize(
    ("published", "text", "checks"),
    [
        # a market's clock time within half a day of the wire's stamp is the stamp's day
        ("1987-04-07T08:32", "Cocoa futures eased at midday in thin trading.",
         [("has", "1987-04-07T12:00"), ("not", "1987-04-06T12:00")]),
        # ... and one not yet reached by far, told in the past, is the night before
        ("2024-11-06T07:15", "Mayor Ortega conceded at 11:40 p.m.",
         [("has", "2024-11-05T23:40")]),
        # another day's run carried on or undone now is not dated by that day
        ("1987-04-08", "Tin shares extended yesterday's recovery in brisk dealings.",
         [("not", "1987-04-07")]),
        ("1987-04-08", "Tin shares extended yesterday's recovery today in brisk dealings.",
         [("dated", "1987-04-08")]),
        # the month before a change that a figure followed
        ("1987-04-08", "The March dip in car sales followed a 4.2 pct gain in February, the "
         "board said.",
         [("not", "1987-02")]),
        # goods sold now for a window of delivery from named ports
        ("1987-04-07", "An Italian trading house sold 22,000 tonnes of wheat to Egypt for "
         "delivery from Black Sea ports from May 3 to 20, a spokesman said.",
         [("not", "1987-05-03"), ("not", "1987-05-20")]),
        # a deal's goods spread over months up to a month's end
        ("1987-04-07", "Four mills have concluded talks to export 250,000 tonnes of steel tubes "
         "in the six months to end-October to India.",
         [("not", "1987-10")]),
        ("1987-04-07", "Steel tube exports rose 5 pct in the six months to end-September.",
         [("has", "1987-09")]),
        # an anger made clear now, first voiced in a month gone by
        ("1987-04-07", "Farm groups again made clear their anger over the quotas, first voiced "
         "during a tour of the provinces in March.",
         [("not", "1987-03")]),
    ],
)  # fmt: skip
def test_wire_dates_that_only_describe(published, text, checks):
    check_events(events_of(text, "en", published), checks)
