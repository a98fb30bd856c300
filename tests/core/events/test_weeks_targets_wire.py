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
        ("2023-10-06", "Pickers began the grape harvest on Friday. The first frost came last "
         "Friday. Growers covered the late vines with fleece on Friday evening.",
         [("title", "Growers covered the late vines", "2023-10-06TEV"), ("has", "2023-09-29")]),
        # a first day asked of someone, the asking dated the same day: the Monday to come
        ("2018-06-08", "The trustees met on Friday morning and asked Lena Brandt, their deputy, "
         "to take over rehearsals on Monday.",
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
        ("1987-04-07T08:32", "Dealers in Milan marked the lira down at midday.",
         [("has", "1987-04-07T12:00"), ("not", "1987-04-06T12:00")]),
        # ... and one not yet reached by far, told in the past, is the night before
        ("2024-11-06T07:15", "Mayor Ortega conceded at 11:40 p.m.",
         [("has", "2024-11-05T23:40")]),
        # another day's run carried on or undone now is not dated by that day
        ("1987-04-08", "Copper mining stocks in Santiago extended yesterday's rebound.",
         [("not", "1987-04-07")]),
        ("1987-04-08", "Copper mining stocks in Santiago extended yesterday's rebound today.",
         [("dated", "1987-04-08")]),
        # the month before a change that a figure followed
        ("1987-04-08", "April's slide in ferry bookings followed a 3.1 pct jump in March, the "
         "port authority reported.",
         [("not", "1987-03")]),
        # goods sold now for a window of delivery from named ports
        ("1987-04-07", "A Polish mill bought 9,000 tonnes of rapeseed for shipment to Gdansk "
         "from June 2 to 16, brokers in Rotterdam reported.",
         [("not", "1987-06-02"), ("not", "1987-06-16")]),
        # a deal's goods spread over months up to a month's end
        ("1987-04-07", "A Danish dairy group has finished talks to export 30,000 tonnes of "
         "butter powder over the nine months to end-December, its board said.",
         [("not", "1987-12")]),
        ("1987-04-07", "Butter powder shipments climbed 8 pct over the nine months to end-March.",
         [("has", "1987-03")]),
        # a complaint repeated now, first raised in a month gone by
        ("1987-04-07", "Dock workers repeated their complaint about night shifts, first raised "
         "during a meeting with the harbour board in March.",
         [("not", "1987-03")]),
        # after a subject's own aside, the participle is the clause's verb
        ("1987-04-07", "Her mentor, a printer whom she met in 1961, retired in March.",
         [("has", "1987-03")]),
    ],
)  # fmt: skip
def test_wire_dates_that_only_describe(published, text, checks):
    check_events(events_of(text, "en", published), checks)
