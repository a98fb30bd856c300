"""Titles a reader can parse (#14, task TITLES in session 20), each class in sentences of our
own: a title does not end on a verb that lost what it takes ("The fund owes", "Figures show",
"The memo was dated"); a verb of hoping keeps the clause it hopes ("hoped a first lorry
[could leave …]"); a participle whose date it was is told in the passive when the verb after
it lost its clause ("A survey released … showed that …" → "A survey was released"); a title
that ends on a second clause's subject, its verb cut away, stops before the "and".

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-10"
CASES = [
    # a verb that never ends a clause, its object cut away with the date
    ("owes", "en", "The fishing cooperative owes more than 40 mln crowns and its lenders earlier this week agreed to let it keep trading.", [("no-title-ending", "owes")]),
    ("figures-show", "en", "Grain exports rose 4 pct in April after falling in March, figures from the port authority show.", [("no-title-ending", "show"), ("title", "Grain exports rose 4 pct", "2021-04")]),
    ("reiterated", "en", "The minister reiterated on Monday, in a long interview with two papers, the cabinet's promise to cut fuel duty.", [("no-title-ending", "reiterated")]),
    ("dated", "en", "The memo, dated Friday, is meant to prepare the ground for a new budget.", [("no-title-with", "dated")]),
    # ... a passive, or an estimate's noun, stands
    ("passive-stands", "en", "The damage was estimated on Tuesday.", [("title", "The damage was estimated", "2021-06-08")]),
    ("noun-stands", "en", "The water board raised its estimate in May.", [("title", "The water board raised its estimate", "2021-05")]),
    # a verb of hoping keeps the clause it hopes, or gives no title
    ("hoped-clause", "en", "The mayor told reporters he hoped a first lorry of relief supplies could leave the depot this weekend.", [("no-title-ending", "lorry"), ("no-title-ending", "supplies")]),
    ("hoped-for", "en", "The union hoped for a settlement on Monday.", [("title", "The union hoped for a settlement", "2021-06-07")]),
    ("object-participle", "en", "On Monday the agency issued a report showing that most of the grain had been sold.", [("title", "The agency issued a report", "2021-06-07")]),
    # a participle whose date it was: the passive, when the verb after it lost its clause
    ("participle-kept", "en", "A council survey released in May showed that most tenants want the depot reopened.", [("title", "A council survey was released", "2021-05")]),
    # a second clause's subject, its verb cut away
    ("and-subject-cut", "en", "Confidence in the currency faded in early February and mortgage rates climbed steeply as the central bank stubbornly kept its peg to the euro.", [("no-title-ending", "rates"), ("title", "Confidence in the currency faded", "2021-02")]),
    ("and-copula-date", "en", "The loan is backed by the state bank and payment date is July 17.", [("no-title-ending", "date")]),
    ("and-name-stands", "en", "The chain ran 410 stores in 28 states and Guam at May 31, compared with 380 a year earlier.", [("title", "The chain ran 410 stores in 28 states and Guam", "2021-05-31")]),
    # a measure's move ahead is a forecast, no happening; a move gone by, or a plan, stays
    ("measure-likely", "en", "The price of zinc is likely to climb in the final quarter of the year, dealers said.", [("none",)]),
    ("measure-continue", "en", "Brokers said house prices would continue to climb this year.", [("none",)]),
    ("measure-gone-by", "en", "Rents climbed 4 pct in March.", [("title", "Rents climbed 4 pct", "2021-03")]),
    ("plan-stays", "en", "Bus fares will be reviewed in September.", [("title", "Bus fares will be reviewed", "2021-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
