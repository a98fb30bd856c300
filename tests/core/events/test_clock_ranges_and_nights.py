"""Two clock times that are no time of their own: a range of hours told as a rule ("Lorries
will be allowed between 7 and 11 a.m.") is a daily window, no event; a time in the small hours
after an evening or a night of a day D ("On Friday night …, at 2.15 a.m.") falls on D+1,
unless the night is named by the day it runs into ("в ночь на 1 января")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("language", "published", "text", "checks"),
    [
        # a range of hours in a rule: no event, no half-range title
        ("en", "2024-03-12", "Lorries will be allowed between 7 and 11 a.m. in the old town.",
         [("not", "2024-03-12T11:00"), ("no-title", "between 7")]),
        ("en", "2024-03-12", "The ferry ban starts on May 4. Cyclists will still be allowed "
         "from 5 to 9 p.m., and tenants may park in their yards.",
         [("has", "2024-05-04"), ("not", "2024-03-12T21:00"), ("not", "2024-03-12T17:00")]),
        ("en", "2024-03-12", "Food stalls may open between 8 a.m. and 2 p.m. under the rule, "
         "which the board adopted on Tuesday.",
         [("not", "2024-03-12T08:00"), ("not", "2024-03-12T14:00")]),
        ("de", "2024-03-12", "Lieferwagen dürfen künftig zwischen 6 und 10 Uhr in die Gasse.",
         [("none",)]),
        # a range on a day of its own, or told in the past, stays a time of that day
        ("en", "2024-03-12", "The orchard road was shut between 2 and 4 p.m.",
         [("has", "2024-03-12T16:00")]),
        ("en", "2024-03-12", "Guards said the pier would be shut from 2 to 4 p.m. on Monday.",
         [("has", "2024-03-18T16:00")]),
        ("en", "2024-03-12", "The library will close at 4 p.m. for the inventory.",
         [("has", "2024-03-12T16:00")]),
    ],
)  # fmt: skip
def test_a_range_of_hours_in_a_rule_is_no_event(language, published, text, checks):
    check_events(events_of(text, language, published), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("en", "On Friday night the choir sang in the square, and the last guests left at "
         "2.15 a.m.", [("title", "The last guests left", "2020-01-04T02:15")]),
        ("en", "On the evening of 31 December 2019, the crew gathered in the signal box. "
         "The backup pump started at 00:04.",
         [("title", "The backup pump started", "2020-01-01T00:04")]),
        ("en", "On Friday evening the fair opened. Firemen arrived at 11:30 p.m.",
         [("title", "Firemen arrived", "2020-01-03T23:30")]),
        ("en", "On Friday morning the fair opened. Firemen arrived at 1:30 a.m.",
         [("not", "2020-01-04T01:30")]),
        ("de", "Am Freitagabend begann das Dorffest. Die Feuerwehr kam um 1.30 Uhr.",
         [("title", "Die Feuerwehr kam", "2020-01-04T01:30")]),
        ("fr", "Dans la nuit de vendredi à samedi, l'équipe a réparé le pont. La grue est "
         "tombée à 2 h 15.", [("title", "La grue est tombée", "2020-01-04T02:15")]),
        # a night named by the morning it runs into: its small hours are on that day
        ("de", "In der Nacht zum Samstag reparierte die Mannschaft die Schleuse. Der Kran "
         "stürzte um 2.15 Uhr um.", [("has", "2020-01-04T02:15"), ("not", "2020-01-05T02:15")]),
        ("ru", "В ночь на 1 января рабочие собрались в депо. Насос запустился в 00:04.",
         [("has", "2020-01-01T00:04"), ("not", "2020-01-02T00:04")]),
    ],
)  # fmt: skip
def test_small_hours_after_an_evening_are_the_next_day(language, text, checks):
    check_events(events_of(text, language, "2020-01-05"), checks)


def test_the_last_night_of_something_is_not_last_night():
    # "the last night of the regatta" is a night of the regatta, not the night before the story
    events = events_of(
        "On the last night of the regatta the skippers dined on the quay.", "en", "2020-01-05"
    )
    check_events(events, [("not", "2020-01-04TNI"), ("not", "2020-01-04")])
    check_events(
        events_of("Last night the skippers dined on the quay.", "en", "2020-01-05"),
        [("has", "2020-01-04TNI")],
    )
