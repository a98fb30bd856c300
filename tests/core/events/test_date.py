"""Dates that only describe a thing, in sentences of our own (branch "date", issue #14).

A founding or opening year told in an aside is the thing's age, not a happening of the news;
a "since" clause after a superlative is the record's baseline; a period written as one word
before its noun ("first-quarter results") is the thing's, when a day ahead dates the plan;
weekdays listed before "next week" fall in that week. Checks as ``articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a founding, opening or building year in an aside: no event, and not the clause's date
    ("founded-aside", "2024-05-10T09:00", "The museum, founded in 1921, said on Wednesday it would close its east wing.", [("not", "1921"), ("title", "said it would close", "2024-05-08")]),
    ("established-relative", "2024-05-10T09:00", "The charity, which was established in 1988, has raised 2 million pounds, a spokesman said on Tuesday.", [("not", "1988")]),
    ("opened-relative", "2024-05-10T09:00", "The bridge, which opened in 1931, will shut on June 3 for repairs.", [("not", "1931"), ("title", "will shut", "2024-06-03")]),
    ("founded-then-went-public", "2024-05-10T09:00", "Halden Foods, founded in 2003, went public in 2011 at 12 dollars a share.", [("not", "2003"), ("title", "went public", "2011")]),
    ("formed-inside-subject", "2024-05-10T09:00", "Critics, including the Fenwick Society, which was formed in 1974, say the plan will fail.", [("not", "1974")]),
    ("established-after-object", "2024-05-10T09:00", "The grant came from the Arts Council, established in 1946.", [("not", "1946")]),
    ("dates-back", "2024-05-10T09:00", "Flood records at the gauge date back to 1911.", [("not", "1911")]),
    ("dating-from", "2024-05-10T09:00", "The pair planted an oak dating from 1911 on Monday.", [("not", "1911"), ("title", "The pair planted an oak", "2024-05-06")]),
    # a day or a month of an opening is news, not an age
    ("opened-on-a-day", "2024-05-10T09:00", "The new terminal, which opened on Monday, handled 40 flights.", [("has", "2024-05-06")]),
    ("founded-main-clause", "2024-05-10T09:00", "The firm was founded in Leeds in 1980.", [("has", "1980")]),
    # a record's date after its figure
    ("record-of-figure", "2024-05-10T09:00", "She broke the course record of 2:21:09, set in 2011 by Ana Ruiz, and won easily.", [("not", "2011")]),
    # a superlative's baseline told by a "since" clause
    ("since-clause-baseline", "2025-01-27T09:00", "The party won Sunday's vote with the lowest turnout since the country became independent in 1991.", [("not", "1991"), ("has", "2025-01-26")]),
    ("since-clause-not-reported", "2025-01-27T09:00", "It was the first rally since the regime fell in 1989, police said on Monday.", [("none",)]),
    ("since-clause-keeps-news", "2025-01-27T09:00", "Crews have been searching since the boat sank on Tuesday.", [("has", "2025-01-21")]),
    # a period that bounds a superlative is what the record counts over, not the race's date
    ("superlative-scope", "2018-06-15T09:00", "Ana Ruiz ran the fastest time in the world this year to win the 1,500 metres in Oslo on Thursday night.", [("not", "2018"), ("has", "2018-06-14TNI")]),
    ("superlative-scope-alone-stays", "2018-06-15T09:00", "Sales rose in May, the best month so far this year.", [("has", "2018-05")]),
    # a maturity's year lends no year to the day after it
    ("maturity-frames-no-day", "2018-10-25T09:00", "The firm will redeem its notes due 2031 on Dec. 1.", [("has", "2018-12-01"), ("not", "2031-12-01")]),
    # a period written before its noun, with a day ahead for the plan
    ("quarter-adjective", "2019-03-14T09:00", "The company is due to publish first-quarter results on April 25.", [("has", "2019-04-25"), ("not", "2019-Q1")]),
    ("quarter-adjective-will", "2019-03-14T09:00", "The firm will report fourth-quarter earnings on Tuesday.", [("has", "2019-03-19")]),
    ("quarter-alone-stays", "2019-03-14T09:00", "Acme said on Tuesday its third-quarter profit rose 5 percent.", [("has", "2018-Q3")]),
    # a past form after an article is an adjective: "is due" still looks ahead
    ("revised-plan-due", "2022-11-17T09:00", "A revised plan is due in the spring.", [("has", "2023-SP"), ("not", "2022-SP")]),
    ("speaker-same-day-one-event", "2017-05-19T09:00", "Prices rose sharply, the ministry said on Friday.", [("dated", "2017-05-19"), ("no-title", "said")]),
    # weekdays listed before "next week" all fall in it
    ("weekdays-next-week", "2023-08-04T09:00", "The council will hold public meetings on Tuesday and Wednesday next week.", [("has", "2023-08-08"), ("not", "2023-08-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_date_that_describes_a_thing_dates_no_happening(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
