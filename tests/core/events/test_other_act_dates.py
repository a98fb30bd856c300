"""A date that belongs to another act of the sentence than the one the title tells, in our
own sentences: a participle after the object of a past verb ("approved the scheme drafted in
June": the drafting's date, told as "The scheme was drafted"), an awaited thing after a verb
of awaiting ("expected a fire-safety check in the spring": the check's date, told as "A
fire-safety check is expected"), a clause joined by "and" with no comma ("raised its prices
and sales slumped in October": the slump's October, not the rise's).

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Thursday 12 November 2026: "Monday" is the 9th gone by, "last month" October 2026.
CASES = [
    # a participle after a past verb's object: the object's own happening, on its date
    ("past-verb-object-participle", "2026-11-12", "The parish board endorsed the scheme drafted in June.", [("title", "The scheme was drafted", "2026-06"), ("no-title-with", "endorsed")]),
    ("past-verb-object-participle-agent", "2026-11-12", "Wardens rejected a bid submitted in August by a Lisbon caterer.", [("title", "A bid was submitted", "2026-08"), ("title-not", "rejected", "2026-08")]),
    # ... a clock's night as well ("launched last night")
    ("past-verb-object-participle-night", "2026-11-12", "Rangers halted a raid launched last night on the salmon farm.", [("has", "2026-11-11TNI"), ("title-not", "halted", "2026-11-11TNI")]),
    # ... the clause's own date stays its own
    ("past-verb-object-participle-own-day", "2026-11-12", "The parish board on Monday endorsed the scheme drafted in June.", [("title", "endorsed", "2026-11-09"), ("title", "The scheme was drafted", "2026-06")]),
    # a thing awaited: the thing's date, told by the thing
    ("awaited-visit-season", "2026-11-12", "The hostel said it expected a fire-safety check in the spring.", [("title", "A fire-safety check is expected", "2027-SP"), ("no-title-with", "hostel expected")]),
    ("awaited-ruling-phrase", "2026-11-12", "The fishermen's guild expects a ruling on the quota dispute next week.", [("title", "A ruling on the quota dispute is expected", "2026-W47")]),
    ("awaited-plural", "2026-11-12", "The museum expects new tapestries from Flanders in December.", [("title", "New tapestries from Flanders are expected", "2026-12")]),
    ("awaited-anticipates", "2026-11-12", "The museum anticipates the return of its stolen tapestries in December.", [("title", "The return of its stolen tapestries is anticipated", "2026-12")]),
    # ... not who is to act ("expects the board this year to approve …")
    ("awaited-not-infinitive-subject", "2026-11-12", "Growers said they expect the ministry this year to lift the quota.", [("no-title-with", "ministry is expected")]),
    # ... nor a measure foreseen, nor an outlook for a year
    ("awaited-not-measure", "2026-11-12", "Bankers expected a rise in arrears in March.", [("no-title-with", "is expected")]),
    ("awaited-not-year-outlook", "2026-11-12", "Corvel Tools expects a hard year for the saw trade in 2027.", [("no-title-with", "year is expected")]),
    # ... nor a passive's own clause
    ("awaited-passive-stays", "2026-11-12", "A fire-safety check is expected in the spring.", [("has", "2027-SP")]),
    # "and" or "but" with no comma before a subject and its verb: the second clause's date
    ("bare-and-clause", "2026-11-12", "The bakery raised its prices and sales slumped in October.", [("title", "Sales slumped", "2026-10"), ("title-not", "raised", "2026-10")]),
    ("bare-and-article-subject", "2026-11-12", "Poachers kept their word and the wardens found the snares on Monday.", [("title", "The wardens found the snares", "2026-11-09"), ("title-not", "Poachers", "2026-11-09")]),
    ("comma-and-bare-noun-subject", "2026-11-12", "Poachers kept their word, and police found the snares on Monday.", [("title", "Police found the snares", "2026-11-09"), ("title-not", "Poachers", "2026-11-09")]),
    # ... not a subject of two ("Oslo and Bergen agreed"), a name, a list or two adjectives
    ("bare-and-two-subjects", "2026-11-12", "Oslo and Bergen agreed on Monday to share a ferry.", [("title", "Oslo and Bergen agreed", "2026-11-09")]),
    ("bare-and-name", "2026-11-12", "Analysts said shares of Lund and Berg Holdings rose on Monday.", [("title", "Shares of Lund and Berg Holdings rose", "2026-11-09")]),
    ("bare-and-adjectives", "2026-11-12", "Lee said rules set by local and regional boards in 2025 would help.", [("no-title-with", "regional boards would")]),
    ("bare-and-auxiliary", "2026-11-12", "His partner admitted theft in May and will be sentenced next month.", [("title", "admitted theft", "2026-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_date_of_another_act_is_not_the_titles(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
