"""Classes of wrong dates fixed by #14's sixth round (en20d), each in our own sentences.

Checks as in ``test_reader_classes_round4``: ("has", V) some dated event starts at V; ("not",
V) none does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V)
no event whose title holds W starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a clause told in the present does not happen at a time gone by: the date is a thing's
    ("present-progressive-past-noun", "2025-06-12T18:30", "The safety agency is reviewing an inspection report from last October.", [("not", "2024-10")]),
    ("present-progressive-past-comparison", "1987-03-16", "Ortiz, who is negotiating with foreign banks for a new loan, says growth must return to the level of 1975.", [("not", "1975")]),
    ("present-expects-past-period", "1987-03-16", "The insurer expects to revise its accounts for 1986 to a slight deficit.", [("not", "1986")]),
    ("present-considering-past-request", "2000-02-10", "The agency is still weighing an appeal last week from the growers to extend the deadline.", [("not", "2000-W05")]),
    ("present-state-past-years", "1999-06-07", "Varga describes herself as a trained nurse, and most posts she has filled over the past 20 years were in hospitals.", [("not", "1979"), ("not", "1979/1999")]),
    ("present-follows-past", "2025-10-14", "The closure follows those of the Leeds depot in March 2023 and of the Hull site last July.", [("not", "2023-03"), ("not", "2025-07")]),
    # ... and when the clause has a date its tense can take, it takes that one
    ("present-takes-other-date", "1987-04-08", "Lomax expects to report first-quarter results on Monday.", [("has", "1987-04-13"), ("not", "1987-Q1")]),
    # ... and with no other date a quarter gone by is the period of the figure the clause tells
    ("present-figure-quarter-stays", "1989-11-02", "Ridley Power expects to post a third-quarter pretax loss of $6 million.", [("has", "1989-Q3")]),
    ("plural-present-other-date", "2025-10-14", "Analysts expect the bank to report third-quarter profit on Thursday.", [("has", "2025-10-16"), ("not", "2025-Q3")]),
    # ... but a past clause keeps its date, and so does a present one looking ahead
    ("past-keeps", "2025-06-12T18:30", "The agency reviewed the inspection report last October.", [("title", "reviewed", "2024-10")]),
    ("present-ahead-keeps", "2025-06-12T18:30", "The agency is reviewing the site again on Monday.", [("has", "2025-06-16")]),
    ("present-schedule-keeps", "2025-06-12T18:30", "Parliament reconvenes on June 24.", [("has", "2025-06-24")]),
    ("perfect-keeps", "2025-06-12T18:30", "Prices have risen 4% since March, the agency said on Tuesday.", [("has", "2025-06-10")]),
    ("charged-with-doing-keeps", "2025-10-14", "Orr is charged with robbing a jeweller in Leeds last March.", [("has", "2025-03")]),
    ("span-to-now-keeps", "2025-10-14", "The exhibition runs from September until November.", [("has", "2025-09")]),
    ("present-believe-past-stays", "2025-05-14", "Investigators believe the fire started in the kitchen on Sunday.", [("has", "2025-05-11")]),
    ("present-estimate-thing", "1998-01-08", "He reckons his shares, worth three million euros in October, are worth barely a third of that now.", [("not", "1997-10")]),
    ("present-showing-past-stays", "1987-04-13", "Figures suggest the trade gap doubled in 1986 to 31 billion dinars.", [("has", "1986")]),
    # ... and a date that belongs to the saying stays the report's time
    ("present-reported-on-a-day", "2025-03-12T10:00", "The plant is to be sold, the company announced on Monday.", [("has", "2025-03-10")]),
    # a weekday after a verb of saying is the saying's, gone by, whatever the content's tense
    ("future-said-on-a-day", "2025-10-14T09:00", "The minister will visit Oslo, the ministry said on Monday.", [("has", "2025-10-13"), ("not", "2025-10-20")]),
    # the date right before ", when" dates the "when" clause and the clause it closes
    ("when-two-dates", "2025-10-14", "The bill was tabled in May and passed on 19 September, when the opposition agreed to back it.", [("title", "agreed", "2025-09-19"), ("title-not", "agreed", "2025-05"), ("title", "passed", "2025-09-19")]),
    ("when-main-clause-too", "2025-10-14", "The hearing was held on 3 June, when the union agreed to drop its claim.", [("title", "agreed", "2025-06-03"), ("title", "held", "2025-06-03")]),
    ("when-clause-own-happening", "2025-03-06", "The union held a similar strike in August 2023, when sailings were halted for three days.", [("title", "held", "2023-08"), ("title", "halted", "2023-08")]),
    ("when-clause-under-forecast-not", "1987-04-07", "Usage would be far higher in 1990, when usage under the scheme was estimated to exceed the base case.", [("not", "1990")]),
    ("when-clause-ahead-not", "2025-03-06", "Prices rose in 2019, when the plant will close.", [("title-not", "close", "2019")]),
    # ... but a range's start is a state's beginning, not a happening then
    ("when-range-start", "2025-10-14", "Ruth Adler, who lived in Oslo from 1968, when the army invaded the north, until 1989, came home.", [("title-not", "lived", "1968")]),
    # what was planned, a weekday after it, is still to come when the plan is told
    ("planned-thing-ahead", "2000-01-07T18:00", "Protesters planned a large demonstration in the old town on Saturday.", [("has", "2000-01-08"), ("not", "2000-01-01")]),
    ("had-planned-stays-behind", "2000-01-07T18:00", "The union had planned a strike on Monday but called it off.", [("not", "2000-01-10")]),
    # a date ahead in a "with" phrase and its participle is the phrase's prospect
    ("with-prospect", "2025-10-14T09:00", "The council approved the plan, with work earmarked for next summer.", [("not", "2026-SU")]),
    ("with-prospect-own-date-stays", "2025-10-14T09:00", "The city ordered six trams on Monday, with the first pencilled in for the spring of next year.", [("title", "ordered", "2025-10-13"), ("not", "2026-SP")]),
    ("with-past-stays", "2025-10-14T09:00", "The storm hit the coast, with three people killed on Sunday.", [("has", "2025-10-12")]),
    # a change measured "by" a figure and then "by" a date: a target, no happening's date
    ("target-by-by", "2025-10-14T09:00", "The mill said the new press would cut energy use by a third by 2031.", [("not", "2031")]),
    ("target-by-percent", "2025-10-14T09:00", "The city will raise bus fares by 5% by January.", [("not", "2026-01")]),
    ("deadline-alone-stays", "2025-10-14T09:00", "The mill will close by 2027.", [("has", "2027")]),
    ("measure-and-day-stays", "2025-10-14T09:00", "Prices rose by 3% on Monday.", [("has", "2025-10-13")]),
    # a thing's age in a participle's aside dates neither the clause nor any happening
    ("aside-age-then-verb-not", "2021-05-12", "The rowing club, founded in 1902, won the regatta on Sunday.", [("not", "1902"), ("has", "2021-05-09")]),
    ("object-aside-age-not", "2021-05-12", "Mara joined the rowing club, founded in 1902.", [("not", "1902")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)
