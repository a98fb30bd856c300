"""Classes of #14's third round (dates and recall on unseen English), each in our own sentences.

Checks as in ``test_reader_classes``: ("has", V) some event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) no event
whose title holds W starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article
from tests.core.events.articles import article

CASES = [
    # a forecast of a figure for a period is made now: the period is the figure's
    ("forecast-figure", "2025-10-15", "The brewer expects to sell four million barrels in 2026, its chief said.", [("not", "2026")]),
    ("forecast-growth-for", "2025-10-15", "The ministry now sees growth of 2.1% for 2026.", [("not", "2026")]),
    ("forecast-for-year", "1987-03-02", "Analysts predict sales for 1987 will be flat.", [("not", "1987")]),
    ("forecast-of-happening-stays", "2025-10-15", "The new stadium is expected to open in 2027.", [("title", "expected to open", "2027")]),
    ("forecast-named-thing-stays", "2025-10-15", "The port expects to finish the 60 million euro quay in 2028.", [("title", "finish", "2028")]),
    ("estimated-adjective-stays", "1989-10-20", "The region's output grew an estimated 3% in the third quarter.", [("has", "1989-Q3")]),
    # a plan given up: the date it was once meant for is no happening's
    ("originally-due", "2026-02-04", "The probe was originally due to launch in October 2025 but was held back by a faulty valve.", [("not", "2025-10")]),
    ("had-been-scheduled", "2026-01-20", "The vote had been scheduled for November but was put off.", [("not", "2025-11")]),
    ("as-planned-stays", "2026-01-20", "The crew began the repairs on Monday as previously planned.", [("has", "2026-01-19")]),
    # a plan the same sentence then says was given up ("but … called off / shelved")
    ("planned-then-called-off", "2026-01-20", "The guild planned to hold its ballot on March 9 but called it off.", [("not", "2026-03-09")]),
    ("was-to-then-scrapped", "2026-01-20", "The carrier was to restart the island route on 1 April, but the plan was scrapped.", [("not", "2026-04-01")]),
    ("hoped-then-shelved", "2026-01-20", "The studio hoped to release the sequel in June, but it was shelved after the writers quit.", [("not", "2026-06")]),
    ("due-then-adjourned", "2026-01-20", "The inquest was due to open on Thursday but was adjourned.", [("not", "2026-01-22")]),
    ("plan-kept-then-other-delay-stays", "2026-01-20", "The mill planned to restart its kiln in March and did so on time, but deliveries were delayed.", [("has", "2026-03")]),
    # a plain present before a bare weekday tells what lies ahead, never the day gone by
    ("plain-present-weekday", "2026-02-04", "Forecasters give a 60% chance of snow on Saturday.", [("has", "2026-02-07"), ("not", "2026-01-31")]),
    ("past-weekday-stays", "2026-02-04", "Forecasters gave a warning on Monday.", [("has", "2026-02-02")]),
    ("saying-weekday-stays", "2026-02-04", "The mayor says on Monday he wants a new depot.", [("not", "2026-02-09")]),
    # a season ahead in a schedule, once it is over this year, is next year's
    ("scheduled-spring", "2025-10-15", "A smaller version is scheduled to follow in the spring.", [("has", "2026-SP"), ("not", "2025-SP")]),
    # a date a "when" clause follows dates that clause, not the clause it stands in
    ("since-when", "2025-05-04", "Wages have risen every year since 2015, when the new law took effect.", [("title", "took effect", "2015"), ("title-not", "risen", "2015")]),
    ("when-state-keeps-main", "2025-05-04", "The army seized the airport in 2014, when the region was in turmoil.", [("title", "seized", "2014")]),
    # a span counted from a date to a clause dates that clause
    ("months-after", "2025-05-04", "The club was last in the table in November, two months after Ana Reyes replaced Piet Lund as coach.", [("title", "replaced", "2024-09")]),
    ("days-after", "2025-05-04", "Shares in the brewer jumped on March 12, three days after the company unveiled the deal.", [("title", "unveiled", "2025-03-09"), ("title", "jumped", "2025-03-12")]),
    ("weeks-before", "2025-05-04", "The bridge shut on April 1, two weeks before the council approved the repairs.", [("title", "approved", "2025-04-15")]),
    ("finer-than-date-none", "2025-05-04", "The bridge shut in April, a week after the council approved the repairs.", [("title-not", "approved", "2025-04")]),
    # a colon before a capital opens a clause of its own, a nominal subject with its day
    ("colon-clause", "2026-02-04", "It was the third delay this month: Monday's attempt was called off because of fog.", [("title", "called off", "2026-02-02")]),
    # a preposition before a clock time opens no clause: the verb keeps its time
    ("after-clock", "2026-05-08T06:45", "Hale conceded shortly after 3:15 a.m. and thanked his staff.", [("title", "conceded", "2026-05-08T03:15")]),
    # "and" with a past auxiliary after a dated phrase: the subject's second happening
    ("and-was-later", "2026-01-20", "Moss was arrested in May 2024 on fraud charges and was charged two weeks later.", [("title", "arrested", "2024-05"), ("title", "charged", "2024-05")]),
    ("and-was-dated", "2026-01-20", "The clinic was closed in March 2023 by the regulator and was sold in June 2024.", [("title", "closed", "2023-03"), ("title", "sold", "2024-06")]),
    # a level named by its date is a figure, not when anything happened
    ("date-level", "1987-03-18", "The producers agreed to roll back output to the end of 1986 level.", [("not", "1986")]),
    ("date-levels-day-stays", "1987-03-18", "The producers agreed on Monday to cut output to 1986 levels.", [("has", "1987-03-16"), ("not", "1986")]),
    # a thing expected in a "with" phrase: its date is not the main clause's
    ("with-expected", "1987-03-18", "Norland said it agreed to buy a cable maker for 40 mln dlrs, with completion expected by June.", [("title-not", "buy", "1987-06"), ("title", "Completion expected", "1987-06")]),
    # a dividend's payment and record dates are not when it was declared
    ("payment-record", "1987-03-18", "The trust declared a payment of 12 cts on May 4, record April 20.", [("not", "1987-05-04"), ("not", "1987-04-20")]),
    # a fiscal quarter ended on a date is the three months to it; a calendar one stays
    ("fiscal-quarter", "1987-03-18", "Profit at the chain fell 8% in the fourth quarter ended January 31.", [("span", "fell", "1986-11", "1987-01")]),
    ("calendar-quarter", "1987-11-02", "Profit at the chain rose 4% in the third quarter ended Sept. 30.", [("has", "1987-Q3")]),
    ("period-to-end-month", "1987-03-18", "Bank lending grew 3.4 pct in the quarter to end January 1987, the reserve bank said.", [("span", "grew", "1986-11", "1987-01")]),
    # a relative clause after the verb keeps its own date
    ("relative-after-verb", "1987-03-18", "Some lenders tied their approval to other terms which would be settled at a meeting in mid-April.", [("not", "1987-04")]),
    ("relative-in-subject", "2026-03-18", "Rangers who had been searching the hills found the missing climber on Monday.", [("has", "2026-03-16")]),
    # a state said to last until a date: nothing happens at that date
    ("state-until", "2025-11-06", "The governor said prices would stay above the target until the end of 2026.", [("not", "2026")]),
    # a clause with no date of its own happens when the "when" clause beside it does
    ("when-after", "2026-05-08", "The chief resigned when the board met on Monday.", [("title", "resigned", "2026-05-04")]),
    ("when-fronted", "2025-03-22", "When the council voted to close the depot in 1992, Okafor wrote a long report.", [("title", "wrote", "1992")]),
    # a plain present after a plural subject and an adverb is the clause's verb
    ("plural-adverb-present", "2026-02-04", "Flight controllers now plan to launch on Saturday, weather permitting.", [("title", "plan to launch", "2026-02-07")]),
    # "stood for" a seat is a happening, "stood at" a figure a state
    ("stood-for", "2026-05-08", "Ward first stood for the seat in 2019.", [("title", "stood for", "2019")]),
    ("stood-at", "2026-05-08", "The index stood at 110 in March.", [("not", "2026-03")]),
    # the later periods of a forecast's list of figures are periods too
    ("forecast-list", "1987-03-18", "The project expects to invest 40 mln dlrs this year, 85 mln dlrs next year and 110 mln dlrs in 1989.", [("not", "1988"), ("not", "1989")]),
    ("baseline-list", "1987-03-18", "The shortfall shrank to 0.9 billion from 1.4 billion in January and 318 mln a year ago.", [("not", "1986-03"), ("not", "1986")]),
    # holders of record on a date: not when the dividend was set (its payment is an event of
    # its own on April 20: ``test_recall4_classes``)
    ("holders-of-record", "1987-03-18", "The directors lifted the dividend, payable April 24 to owners of record March 27.", [("not", "1987-03-27"), ("title-not", "lifted", "1987-04-24")]),
    # a "when" clause of a plan after a date is not dated by it
    ("when-plan-not-told", "1987-03-18", "The governors were asked to resubmit the plan before July, when ministers were due to meet in Riyadh.", [("title-not", "ministers", "1987-07"), ("title-not", "ministers", "1986-07")]),
    # a past happening's yearless day just after publication is last year's
    ("past-day-ahead", "2026-02-25T10:00", "The strike at the port began on March 1.", [("has", "2025-03-01"), ("not", "2026-03-01")]),
    ("future-day-stays", "2026-02-25T10:00", "The port said the strike would end on March 3.", [("not", "2025-03-03")]),
    ("moved-day-stays", "2026-02-25T10:00", "The union postponed the strike to March 3.", [("not", "2025-03-03")]),
    # what is expected on a bare weekday ("is expected to bring … on Sunday") lies ahead; what
    # only could happen then is no event
    ("expected-weekday", "2026-02-06T10:00", "Forecasters said the storm is expected to bring heavy rain on Sunday.", [("has", "2026-02-08"), ("not", "2026-02-01")]),
    ("will-hit-weekday", "2026-02-06T10:00", "Temperatures will hit 38C on Saturday, the weather service said.", [("has", "2026-02-07"), ("not", "2026-01-31")]),
    ("could-weekday", "2026-02-06T10:00", "Forecasters said the storm could bring heavy rain on Sunday.", [("none",)]),
    ("forecast-to-reach", "2025-10-15", "The bank expects inflation to fall to 2% in 2027.", [("not", "2027")]),
    ("forecast-happening-to-stays", "1987-03-18", "Coastal Grid expects the turbine hall to be working by early 1989.", [("has", "1989")]),
    # ", and in July the union walked out": a second clause behind its own date
    ("and-date-clause", "2026-06-10T10:00", "Talks collapsed in March, and in May the union walked out.", [("title", "collapsed", "2026-03"), ("title", "walked out", "2026-05")]),
    # a state lasting until a date, past a comma
    ("state-until-comma", "2026-06-10T10:00", "Licences already granted stay valid, some until 2041.", [("not", "2041")]),
    # a list of days runs from the first
    ("day-list", "2026-02-10T10:00", "The festival will run on 6 and 7 March.", [("span", "run", "2026-03-06", "2026-03-07")]),
    ("past-month-ahead", "2026-06-10T10:00", "The dockers walked out in July over pay.", [("has", "2025-07"), ("not", "2026-07")]),
    ("noun-month-ahead-stays", "2026-06-10T10:00", "The supplier told buyers of a cut in its deliveries in July.", [("not", "2025-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.end, e.undated, e.title) for e in events]
    starts = [e.start for e in events if not e.undated]
    for check in checks:
        if check[0] == "has":
            assert check[1] in starts, got
        elif check[0] == "not":
            assert check[1] not in starts, got
        elif check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "span":
            spans = [(e.start, e.end) for e in events if check[1] in e.title]
            assert (check[2], check[3]) in spans, got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title and e.start == check[2]], got


def test_a_sentence_the_dateline_opens_gives_its_news(tmp_path):
    """ "OSLO, May 6, 2025 (Agency) - Ferries stopped …": the dateline's sentence is the lead."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "Ferries stop after storm\n\nOSLO, May 6, 2025 (Northwire) - The coastal operator "
        "cancelled all sailings on Tuesday after a storm damaged two piers on Monday.\n\n"
        "Sailings will resume on Thursday, the operator said.\n",
        encoding="utf-8",
    )
    events = [(e.start, e.title) for e in extract_events(read_article(path)) if not e.undated]
    assert any(start == "2025-05-06" and "cancelled" in title for start, title in events), events
    assert any(start == "2025-05-05" and "damaged" in title for start, title in events), events
