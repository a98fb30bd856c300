"""Classes of wrong dates and non-events seen on unseen wire text (WD3), in our own sentences.

Checks as in ``articles.check_events``: ("has", D) some dated event starts on D; ("not", D)
none does; ("title", W, D) an event whose title holds W starts on D; ("no-title", W) no title
holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # the day a (fiscal) year starts on is the period's, not the clause's: the clause takes the
    # year, its other date, or none; the start goes out of the title with the period
    ("year-starting-day", "1987-03-20", "Marrow Electric will raise parts purchases in the fiscal year beginning April 1.", [("not", "1987-04-01"), ("no-title", "beginning")]),
    ("year-starting-words", "1987-03-20", "The government said it would sell the stake sometime in the year beginning April one.", [("not", "1987-04"), ("no-title", "April")]),
    ("split-year-starting-other-date", "1987-03-20", "The interim budget for 1987/88 starting April 1 is likely to await passage on March 30.", [("has", "1987-03-30"), ("not", "1987-04-01")]),
    ("year-which-begins", "1987-06-10", "Grain shipments for the crop year, which begins July 1, totalled 40,000 tonnes.", [("not", "1987-07-01")]),
    # a happening's own start stays its date, and so does a span of "a year" begun on a date
    ("strike-starting", "1987-03-20", "The dockers will strike for three days starting April 19.", [("has", "1987-04-19")]),
    ("a-year-beginning", "1987-03-20", "Tollan worked as a clerk at the embassy for a year beginning in October 1981.", [("has", "1981-10")]),
    # a quarter or a half of a fiscal year written as two years is no calendar quarter: the
    # split year is the clause's (a span over both years), and the part goes out of the title
    ("fiscal-quarter-before", "1987-04-10", "First quarter 1986/87 group net profit at Tarvo Mills rose 12 pct.", [("has", "1986"), ("not", "1987-Q1"), ("no-title", "Quarter")]),
    ("fiscal-half-after-year", "1987-04-10", "Short-term rates will ease over the second half of 1987/88, the bank said.", [("has", "1987"), ("not", "1987-H2")]),
    ("fiscal-quarter-of", "1987-06-16", "Power companies moved their spending into the final quarter of 1986/87.", [("has", "1986"), ("not", "1986-Q4")]),
    ("fiscal-half-before-noun", "1987-04-08", "Barrow Tiles said its 1986/87 first half net fell to 15 mln dlrs.", [("not", "1987-H1"), ("no-title", "half")]),
    # a calendar quarter stays one
    ("calendar-quarter", "1987-04-10", "First quarter net profit at Tarvo Mills rose 12 pct.", [("has", "1987-Q1")]),
    # the day a fiscal year written as two years ends on is the period's, not the clause's
    ("split-year-ending", "1987-03-26", "Kestrel Farms expects to harvest 14 mln tonnes of rice in 1986/87 ending June 30.", [("not", "1987-06-30")]),
    ("months-of-split-year-ending", "1987-03-09", "Milk production for the first five months of the fiscal year 1986/87 ending June 30 climbed to 412,000 tonnes.", [("not", "1986-06-30"), ("not", "1987-06-30")]),
    # a fronted time phrase whose date owns a noun, with no comma: the owned noun goes with
    # the date, the subject opens on the article after it
    ("owned-noun-week", "1987-04-02", "At this week's auction the Treasury sold 3.6 billion crowns of bills.", [("title", "The Treasury sold 3.6 billion crowns of bills"), ("no-title", "Auction")]),
    ("owned-noun-day", "1987-04-02", "At Monday's auction the Treasury sold 9 billion dlrs of bills.", [("title", "The Treasury sold 9 billion dlrs of bills", "1987-03-30")]),
    ("owned-noun-month", "1987-04-02", "At last month's board meeting the directors approved a new share plan.", [("no-title", "meeting")]),
    # ... as the subject itself the owned noun stays
    ("owned-noun-subject", "1987-04-02", "Monday's auction raised 9 billion dlrs for the Treasury.", [("title", "Monday's auction raised 9 billion dlrs for the Treasury")]),
    # a condition with its own verb is no happening, and its date dates nothing
    ("unless-clause", "1987-04-21", "Bus drivers said the walkout would widen unless the claims were settled, with stoppages set for Thursday, three hours on Friday and five on Saturday.", [("no-title", "nless"), ("no-title", "claims")]),
    ("unless-after-said", "1987-04-01", "The delegate said unless big growers showed readiness to talk, prospects for a pact in October looked bleak.", [("no-title", "nless"), ("no-title", "growers")]),
    ("assuming-opening", "1987-03-30", "Assuming the plan is approved on April 29, Tarvo would then seek the creditors' backing.", [("not", "1987-04-29"), ("no-title", "ssuming")]),
    ("if-counterfactual", "1987-03-26", "Harlow said that if it had bought the unit at the start of 1986, its loss would have been 9 dlrs a share.", [("no-title", "bought")]),
    # ... one without a verb, set off by a comma, leaves the clause its own
    ("if-participle", "2025-06-20", "If approved, the rule takes effect September 1, in time for the new school year.", [("title", "The rule takes effect", "2025-09-01")]),
    # the base year of an index or of constant prices is the figures' yardstick, no date
    ("index-base", "1987-04-04", "The producer price index of Tavia, base 1980, climbed 0.4 pct to 131.6 in March.", [("has", "1987-03"), ("not", "1980")]),
    ("index-base-parenthesis", "1987-03-27", "The factory index (base 1980) gained 0.5 pct to 118.4 in February from January.", [("has", "1987-02"), ("not", "1980")]),
    ("constant-prices", "1987-03-26", "Investment measured at 1980 prices climbed to 218 billion lire last year.", [("has", "1986"), ("not", "1980")]),
    ("index-base-only-date", "1987-04-17", "The data put the February index, base 1980, at 107 after 104 in January.", [("not", "1980")]),
    # a forecast of a figure over a period is no happening, with an article before the figure
    ("forecast-figure-article", "1987-03-31", "The institute forecasts that the big economies will expand a weak 1.8 pct in 1987.", [("none",)]),
    ("forecast-figure-likely", "1987-06-18", "Output this year is likely to rise a modest 1.9 pct, the analyst said.", [("none",)]),
    # ... a change on a day stays news, and so does a thing an article names
    ("figure-change-on-a-day", "1987-04-13", "The price of bread will rise by an average 18 pct on Monday.", [("has", "1987-04-13")]),
    ("article-thing", "1987-04-13", "Tarvo will raise a new 500 mln dlr loan this year.", [("has", "1987")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wd3_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
