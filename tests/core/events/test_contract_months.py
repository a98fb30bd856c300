"""A futures report's contract month dates nothing: "paced by July", "led by May", "June S and
Ps" name the contract that moved, not when it moved; "led by exports" leaves the month alone."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (
        "Cocoa futures ended 4 dlrs higher, paced by September.",
        [("not", "1987-09"), ("not", "1986-09")],
    ),
    (
        "Hog futures closed mostly lower, led by the nearby June.",
        [("not", "1987-06"), ("not", "1986-06")],
    ),
    ("Selling in December S and Ps pushed the index down, dealers said.", [("not", "1986-12")]),
    # a month that is the clause's own time stays
    ("Retail sales rose 2 pct in March, led by clothing.", [("has", "1987-03")]),
]


@pytest.mark.parametrize(("sentence", "checks"), CASES)
def test_a_contract_month_dates_nothing(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-04-07"), checks)


PAST_AS_BASE = [
    # a past written as its bare form ("set", "shut", "split") dates a yearless month behind
    (
        "In December, the cartel set a lower output ceiling.",
        [("has", "1986-12"), ("not", "1987-12")],
    ),
    ("In January, the refinery shut two of its units.", [("has", "1987-01")]),
    # … and a future or a timetable still ahead
    ("The cartel will set a new ceiling in December.", [("has", "1987-12")]),
    ("The judge set the trial for December.", [("has", "1987-12")]),
]


@pytest.mark.parametrize(("sentence", "checks"), PAST_AS_BASE)
def test_a_past_written_as_its_bare_form_looks_back(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-06-29"), checks)
