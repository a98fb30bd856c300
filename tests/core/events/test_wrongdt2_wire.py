"""Wrong dates on wire text (session 31, helper wrongdt2): a date that belongs to a cause, a
contract's or a quota's period, a term's end, a thing expected in a "with" phrase or a noun's
participle never dates the clause; a plan told in the past takes its quarter from the
telling; a fiscal year its last day names, or written as two years, is read as the text defines
it; a wire paragraph ends a closing abbreviation. Each case is a sentence of our own,
published on the date given, with what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

from datetime import date

import pytest

from core.events.extract import extract_events
from core.events.sentences import split_sentences
from core.temporal.tagger import tag
from tests.core.events.articles import article, check_events

CASES = [
    # a cause's date is the cause's: the fall is not placed in January
    (
        "owing-largely-to",
        "1987-03-18",
        "Operating profit at the glassworks fell 8 pct, owing largely to the devaluation in "
        "January.",
        [("not", "1987-01")],
    ),
    (
        "due-mainly-to",
        "1987-03-18",
        "Canning output dropped 12 pct due mainly to a dock strike in February.",
        [("title-not", "output", "1987-02"), ("title", "Dock strike", "1987-02")],
    ),
    (
        "as-a-result-of",
        "1987-03-18",
        "Ferry margins improved mainly as a result of fare rises in February.",
        [("not", "1987-02")],
    ),
    # ... a happening noun with its own date still gets it
    (
        "as-a-result-of-dated-noun",
        "1987-03-18",
        "Earnings dropped, chiefly as a result of an October 1986 fire at the tannery.",
        [("title", "Fire at the tannery", "1986-10")],
    ),
    # "due to" before a verb is a plan, not a cause
    (
        "due-to-sail",
        "1987-03-18",
        "The new ferry is due to sail in May.",
        [("has", "1987-05")],
    ),
    # a cause not weighed among others may share the result's time: left dated
    (
        "delayed-due-to",
        "1987-03-18",
        "The bridge opening was delayed due to a flood in February.",
        [("has", "1987-02")],
    ),
    # what a contract is for is its terms: the signing was not last July
    (
        "contract-to-deliver-between",
        "1987-03-18",
        "The agency signed a contract to deliver 300,000 barrels between July and September.",
        [("not", "1986-07"), ("not", "1987-07")],
    ),
    (
        "quota-for-the-period",
        "1987-03-18",
        "The ministry set an import quota of 12,000 tonnes of barley for the period between "
        "June 1 and November 30.",
        [("not", "1987-06-01")],
    ),
    # ... but an agreement's own completion keeps its month
    (
        "agreement-to-sell-completed",
        "1987-06-13",
        "Harlan said its deal to sell the pumps arm was completed in May.",
        [("has", "1987-05")],
    ),
    # a term's end: how long the pact holds, not when it was made
    (
        "runs-through",
        "1987-06-29",
        "The ore pact runs through 1992, with first cargoes expected to begin in the autumn, "
        "the miner said.",
        [("title-not", "runs", "1992"), ("title", "The ore pact", "1992")],
    ),
    # ... a "with" phrase holds no verb of the clause: the trial is scheduled
    (
        "with-then-scheduled",
        "2019-06-12",
        "A pilot with bakers in Leeds is scheduled to open next month.",
        [("has", "2019-07")],
    ),
    # an object's participle dates the object, not the noting
    (
        "noted-the-drift-seen",
        "1987-03-18",
        "The treasurer welcomed the steadier prices recorded in May 1985.",
        [
            ("title-not", "welcomed", "1985-05"),
            ("title", "steadier prices were recorded", "1985-05"),
        ],
    ),
    # a change named by a noun dates itself, not the concern about it
    (
        "concern-about-the-decline-in",
        "1987-03-17",
        "Ministers voiced worry over the sharp fall in farm incomes during the last quarter of "
        "1986.",
        [("not", "1986-Q4")],
    ),
    (
        "blamed-on-the-fall-in",
        "1987-03-17",
        "The minister blamed the deficit on the fall in copper prices in January.",
        [("not", "1987-01")],
    ),
    # a plan told last October: the fourth quarter after that October
    (
        "said-last-october-fourth-quarter",
        "1987-03-18",
        "Dorwin announced last October it would close its smelter in the fourth quarter.",
        [("not", "1987-Q4")],
    ),
    # a span "of" something ahead is no span counted back from publication
    (
        "first-years-of-a-bond",
        "1987-06-29",
        "The bond's first three years will have no call and a set coupon.",
        [("none",)],
    ),
    (
        "years-of-drought-have",
        "1987-06-29",
        "Nearly six years of drought have emptied the reservoirs.",
        [("has", "1981")],
    ),
    # a British report's year, named by its last day: not the publication year
    (
        "year-to-april-30",
        "1986-03-18",
        "Brewing profit over the year to April 30, 1985 climbed to 48 mln stg.",
        [("not", "1986")],
    ),
    # ... nor the day it was reported: the news took that year
    (
        "year-to-then-said",
        "1986-03-18",
        "Brewing profit climbed 9 pct over the year to April 30, 1985, the brewer said on Monday.",
        [("not", "1986-03-17"), ("not", "1986")],
    ),
    (
        "year-ended-then-said",
        "2025-11-06",
        "Rail fares rose 4.1% in the year ended September 30, the regulator said on Monday.",
        [("not", "2025-11-03")],
    ),
    # a year a percentage is measured "on" is a yardstick
    (
        "pct-on-the-previous-year",
        "1987-03-17",
        "The agency lent 640 mln dinars in its financial year to August 2, 1986, down 11 pct "
        "on the previous year.",
        [("not", "1985"), ("not", "1987")],
    ),
    (
        "pct-on-monday-dates",
        "1987-03-17",
        "Tin shares rose 5 pct on Monday.",
        [("has", "1987-03-16")],
    ),
    # a fiscal year written as two years spans both
    (
        "fiscal-split-year",
        "1987-04-13",
        "Pretax profit for fiscal 1986/87 rose to 40 mln stg.",
        [("has", "1986")],
    ),
    # "next Thursday" in a Wednesday article is the coming one, and so is "this Thursday"
    (
        "next-thursday-on-wednesday",
        "1987-04-08",
        "The port talks will resume next Thursday.",
        [("dated", "1987-04-09")],
    ),
    (
        "this-thursday-on-wednesday",
        "1987-04-08",
        "The port talks will resume this Thursday.",
        [("dated", "1987-04-09")],
    ),
]


@pytest.mark.parametrize(
    ("published", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_wrongdt2_wire(published: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, published)), checks)


def test_said_last_october_takes_that_fourth_quarter() -> None:
    """The plan's quarter is the one after the telling; the event is the telling or the plan."""
    text = "Dorwin announced last October it would close its smelter in the fourth quarter."
    assert [t.value for t in tag(text, date(1987, 3, 18))] == ["1986-10", "1986-Q4"]
    events = extract_events(article(text, "1987-03-18"))
    assert events and {e.start for e in events} <= {"1986-10", "1986-Q4"}


def test_fiscal_split_year_spans_both_years() -> None:
    events = extract_events(
        article("Pretax profit for fiscal 1986/87 rose to 40 mln stg.", "1987-04-13")
    )
    assert [(e.start, e.end) for e in events] == [("1986", "1987")]


def test_fiscal_year_ended_day_and_its_year_earlier() -> None:
    """ "fiscal 1984 ended July 31" told in April 1985 ended in 1984; a year before is 1983."""
    text = "Net income for fiscal 1984 ended July 31 climbed from 4.3 mln pounds a year before."
    values = [t.value for t in tag(text, date(1985, 4, 13))]
    assert values == ["1984", "1984-07-31", "1983-07-31"]


def test_wire_paragraph_ends_a_company_name() -> None:
    text = (
        "Shares of Brill rose after the bid from Tallis Mining Co.\n"
        "    The offer was made on Monday.\n"
        "    Harrow Foods Inc.\n"
        "said it would buy Delmont Inc.\n"
        "    Delmont shares rose four dlrs.\n"
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Shares of Brill rose after the bid from Tallis Mining Co.",
        "The offer was made on Monday.",
        "Harrow Foods Inc.\nsaid it would buy Delmont Inc.",
        "Delmont shares rose four dlrs.",
    ]


def test_fiscal_year_ending_may_still_run() -> None:
    """ "fiscal 1984 ending April 30" told in March 1985 may be a year to April 1985."""
    text = "Tax receipts could beat the goal for fiscal 1984 ending April 30."
    assert [t.value for t in tag(text, date(1985, 3, 10))] == ["1984", "1985-04-30"]
