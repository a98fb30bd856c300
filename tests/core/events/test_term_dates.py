"""Dates that only name a thing's term date nothing: a holiday that names a trading season
("pre-Easter buying"), the day bills or contracts run out ("bills maturing through June 24"),
a fiscal year's half or quarter read as the calendar's, a cargo's delivery terms. The same
words as the clause's own time keep their date."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # a holiday's season, told now
    ("Pre-Easter buying lifted lamb prices at the Dunmore auction.", [("not", "1987-04-19")]),
    (
        "The statistics office blamed the dip in output on a long Christmas break.",
        [("not", "1986-12-25")],
    ),
    (
        "Easter chocolate sales were finished at the Pell depot this week.",
        [("not", "1987-04-19"), ("has", "1987-W15")],
    ),
    (
        "Heron Stores said Easter bookings at its cafes were running far above last year's.",
        [("not", "1987-04-19")],
    ),
    # the holiday's own happening, or a time inside its season, keeps the day
    ("Orwell Town lost the Boxing Day derby to Fenwick Rangers.", [("has", "1986-12-26")]),
    ("During the Christmas holidays, thieves broke into the Alder depot.", [("has", "1986-12-25")]),
    # a security's or a contract's term
    (
        "The reserve bank bought Treasury bills maturing between May and September 24 for "
        "settlement tomorrow.",
        [("not", "1987-09-24"), ("not", "1987-05")],
    ),
    (
        "Wage talks will steer zinc prices, with labour contracts expiring end-June at two "
        "Yukon smelters.",
        [("not", "1987-06")],
    ),
    ("The Tarn lease expires on May 31.", [("has", "1987-05-31")]),
    # a fiscal year's part
    ("Orlo Tools said margins over the first half of fiscal 1989 widened.", [("not", "1989-H1")]),
    ("Margins widened in the fiscal first half, the brewer said.", [("not", "1987-H1")]),
    (
        "The Brill unit will be sold during the third quarter of its coming financial year.",
        [("not", "1987-Q3"), ("not", "1988-Q3")],
    ),
    (
        "Start-up costs may trim margins over the second half of its trading year ending in May "
        "1988.",
        [("not", "1987-H2")],
    ),
    (
        "Kessel Foods expects level earnings for fiscal 1987 ending Aug. 31.",
        [("not", "1987-08-31")],
    ),
    (
        "Quarry output rose 9 pct in the first quarter, Ardel Mining said.",
        [("has", "1987-Q1")],
    ),
    # a fiscal quarter told by its last day is the calendar's quarter
    (
        "Pellam Tools lost 3.1 mln dlrs in a second fiscal quarter that ended on Dec. 31.",
        [("has", "1986-Q4")],
    ),
    # a cargo month priced after another: the contract's month
    (
        "April deliveries of feed barley were offered in Kent at 118 stg and May at 119 stg "
        "per tonne.",
        [("not", "1987-05")],
    ),
    # a plan for a thing after it: the thing's date
    (
        "The issue includes 50 mln dlrs of class B notes to be wholly repaid by May 1, 2011 priced "
        "at 99.5 pct.",
        [("not", "2011-05-01")],
    ),
    # a change over a window counted back from now: the window's start dates nothing
    (
        "The Brennock bread index slid by a tenth over the past 12 months.",
        [("not", "1986-04")],
    ),
    (
        "Ferry fares on the Kells crossing doubled over the past decade, the operator said.",
        [("not", "1977")],
    ),
    ("Over the past decade, ferry fares on the Kells crossing doubled.", [("not", "1977")]),
    # ... a clause in the present perfect keeps the span, wherever the window stands
    (
        "Over the past two years, Dunmore's share index has leapt 90 pct.",
        [("has", "1985")],
    ),
    # ... how long a state has lasted keeps its start
    ("Farmers have blockaded the Tolsen depot for the past three weeks.", [("has", "1987-03-18")]),
    # a day's close or high passed is a yardstick, not the day of the move
    ("The mining index topped Tuesday's record close by 12 points.", [("not", "1987-04-07")]),
    # a cargo's delivery terms
    (
        "Ghana tendered for 8,000 tonnes of shea butter for shipment at Tema/Takoradi by May 2.",
        [("not", "1987-05-02")],
    ),
    (
        "Cyprus will tender for 20,000 tonnes of barley for delivery in three equal tranches in "
        "June, July and August.",
        [("not", "1987-06")],
    ),
    (
        "The accord covers 30,000 tonnes of rice, all to be shipped within the co-op's trading "
        "year, ending next August 31.",
        [("not", "1987-08-31")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), CASES)
def test_a_term_dates_nothing(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-04-08"), checks)
