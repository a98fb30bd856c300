"""Wrong dates on wire text nobody tuned for (session 27, wdne): a date that belongs to another
part of the sentence than the happening it was given to. Every sentence here is our own. Each
case: the publication date, a sentence, and the checks of ``check_events`` (the dates and
titles a reader expects)."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events


def _check(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)


@pytest.mark.parametrize(
    ("published", "body", "checks"),
    [
        # "continued to"/"began to" + a verb of plans is a past, not a plan: last December
        ("1987-03-09", "Deposits at the Lisbon banks continued to expand in December.",
         [("has", "1986-12"), ("not", "1987-12")]),
        ("1987-03-09", "The mill began to sell its surplus pulp in November, the union said.",
         [("has", "1986-11"), ("not", "1987-11")]),
        # ... a plan stays ahead
        ("1987-03-09", "The mill said it would continue to sell pulp in November.",
         [("has", "1987-11")]),
    ],
)  # fmt: skip
def test_a_past_of_going_on_is_no_plan(published, body, checks):
    _check(published, body, checks)


@pytest.mark.parametrize(
    ("published", "body", "checks"),
    [
        # the old date of a thing moved, however long its name, and across a wrapped line
        ("1987-03-05", "Brellin Tool said it has put off the special meeting at which holders\n"
                       "will vote on its sale to Osk Holdings until April 21 from April 9.",
         [("not", "1987-04-09")]),
        # "a year earlier than planned": how far off a plan, no year of its own
        ("1987-03-05", "Vantor said it would open the new smelter a year earlier than planned.",
         [("not", "1986"), ("not", "1988")]),
        ("1987-03-05", "The bridge reopened three weeks later than expected, the council said.",
         [("not", "1987-W07"), ("not", "1987-W13")]),
        # ... a date with the offset after it keeps its date
        ("1987-03-05", "Building of the terminal will begin in the second quarter of 1988, a year "
                       "later than first planned.",
         [("has", "1988-Q2")]),
        # ... and so does one the offset follows with no comma: "later" ends no time of its own
        ("2022-07-09", "The museum reopened in 2018 much later than hoped.",
         [("title", "The museum reopened", "2018")]),
        # a comparison's two figures joined by "and": the baseline's date
        ("1987-03-30", "The bonds would be sold at 98.40 to return 6.2 pct compared with 98.10 "
                       "and 6.4 pct in February.",
         [("not", "1987-02")]),
        # a level named by its date: the freezing is not then
        ("2019-06-05", "The regulator held water bills at their level of March 2017.",
         [("not", "2017-03")]),
        ("2021-11-03", "Last year the league kept ticket prices at their level in spring 2018.",
         [("not", "2018-SP")]),
        # a rank or a tier named "level" is no figure: the meeting and the playing are then
        ("2024-07-09", "The two governments met at the ministerial level in May.",
         [("has", "2024-05")]),
        ("2024-07-09", "Rosa Vidal played at the top level in 2010 before a knee injury.",
         [("has", "2010")]),
        ("1987-03-16", "Copper output fell to its lowest level in January.",
         [("has", "1987-01")]),
    ],
)  # fmt: skip
def test_a_date_of_something_else_dates_no_happening(published, body, checks):
    _check(published, body, checks)


@pytest.mark.parametrize(
    ("published", "body", "checks"),
    [
        # ", and plans to …": the date is the second verb phrase's, titled by it
        ("1987-03-16", "Halden Aero is working on designs for a freight plane, and plans to show "
                       "a model at the Hanover fair in April, a spokesman said.",
         [("title", "Halden Aero plans to show a model", "1987-04"),
          ("title-not", "is working", "1987-04")]),
        ("1987-03-16", "The brewer sold its Lyon plant, and expects to close the deal in May.",
         [("title", "The brewer expects to close the deal", "1987-05")]),
        ("1987-03-16", "Orla Foods built a new dairy, and will open it in June.",
         [("title", "Orla Foods will open a new dairy", "1987-06")]),
        # a date before ", X said" after a verb phrase of its own is that phrase's, not the
        # saying's
        ("1987-03-09", "The Kestrel Exchange will stop trading its barley contract from May 4, "
                       "the exchange said.",
         [("title", "The Kestrel Exchange will stop trading", "1987-05-04")]),
        # ... while the saying's own date stays the saying's
        ("1987-03-09", "Barley prices rose sharply, the exchange said on Friday.",
         [("has", "1987-03-06")]),
    ],
)  # fmt: skip
def test_a_second_verb_phrase_keeps_its_own_date(published, body, checks):
    _check(published, body, checks)


@pytest.mark.parametrize(
    ("published", "body", "checks"),
    [
        # a day in words before its year
        ("1987-03-31", "The lease expires June one, 1995, the company said.",
         [("has", "1995-06-01"), ("not", "1987-06")]),
        # a date before an agreement's noun names the document, not the clause's happening
        ("2020-09-14", "Fishermen accused the navy of ignoring a June 2014 landing pact.",
         [("title-not", "accused", "2014-06"), ("title-not", "ignoring", "2014-06")]),
        ("2021-02-10", "Norway cut salmon quotas on Monday after Iceland broke a 2016 "
                       "Nordic-Baltic fishing agreement.",
         [("has", "2021-02-08"), ("not", "2016")]),
        ("2023-05-02", "The envoy said the April 4 Tallinn accords still bind both sides.",
         [("title-not", "bind", "2023-04-04")]),
        # ... unless the clause makes the agreement: the signing's date
        ("2022-03-10", "The union signed the March 2019 pact with the employers.",
         [("title", "The union signed the pact with the employers", "2019-03")]),
        # a happening's noun keeps its day
        ("1987-03-30", "He attended the March 3 Geneva hearing.", [("has", "1987-03-03")]),
        # ... and a range of months is no name
        ("1987-07-30", "Trading profit for the April-June period climbed to 27 mln dlrs.",
         [("not", "1987-06")]),
    ],
)  # fmt: skip
def test_a_date_that_names_a_thing(published, body, checks):
    _check(published, body, checks)
