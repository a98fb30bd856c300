"""Classes of non-events and lost happenings seen on unseen wire text (WRONG, session 22), in
our own sentences.

Checks as in ``articles.check_events``: ("has", D) some dated event starts on D; ("not", D)
none does; ("title", W, D) an event whose title holds W starts on D; ("no-title", W) no title
holds W; ("none",) no event at all.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a measure's move foreseen with a hedging modal, a verb of starting or an adverb in its
    # verb group is a forecast, no happening
    ("measure-should-move", "1987-04-13", "Ferro said its revenues should consistently increase over the rest of the year.", [("not", "1987")]),
    ("measure-would-start", "1987-04-13", "The bankers agreed that food prices would start to climb in 1988.", [("not", "1988")]),
    ("measure-should-peak", "1987-04-13", "Officials said inflation should peak at 14 pct in the third quarter.", [("not", "1987-Q3")]),
    ("measure-should-show", "1987-04-13", "Halden said the unit's earnings for 1988 should show a strong gain.", [("not", "1988")]),
    # ... and so is a result foreseen, its figure or its measure after the verb
    ("result-expected-earn", "1987-04-13", "Next year, Marlow Foods is expected to earn three dlrs per share.", [("not", "1988")]),
    ("result-expected-have", "1987-04-13", "The shipping arm is expected to have slightly lower earnings in 1987.", [("not", "1987")]),
    # ... while a happening planned or told ahead stays, and so does a release of results
    ("sale-should-complete", "1987-04-13", "The sale of the two plants should be completed in June.", [("has", "1987-06")]),
    ("move-will-rise", "1987-04-13", "Bus fares will rise again in June.", [("has", "1987-06")]),
    ("expected-to-report", "1987-04-13", "Marlow Foods is expected to report its results next week.", [("has", "1987-W17")]),
    ("expected-talks", "1987-04-13", "The minister is expected to have talks with the unions in May.", [("has", "1987-05")]),
    ("month-not-modal", "1987-06-13", "Prices in May rose 3 pct, the office said.", [("has", "1987-05")]),
    # a name that ends like a possessive is the subject of the past after it
    ("name-in-s-object", "2024-03-14", "Moody's downgraded the regional lender on Tuesday.", [("title", "Moody's downgraded the regional lender", "2024-03-12")]),
    ("name-in-s-pronoun", "2024-03-14", "Harrod's sold it on Tuesday to a group of investors.", [("has", "2024-03-12")]),
    ("name-in-s-affirmed", "2024-03-14", "Lloyd's affirmed the harbour's rating on Tuesday.", [("title", "Lloyd's affirmed the harbour's rating", "2024-03-12")]),
    # ... not a possessive before a noun, nor a noun that is a verb's past as well
    ("possessive-noun", "2024-03-14", "The council's planned merger collapsed on Tuesday.", [("title", "merger collapsed", "2024-03-12")]),
    ("possessive-cut-in", "2024-03-14", "Brazil's cut in interest rates surprised markets on Tuesday.", [("title", "surprised markets", "2024-03-12")]),
    # a habit told in the plain present takes no date: what is done each year or each day
    ("habit-normally", "1987-04-13", "Rice planting normally starts in June in the northern provinces.", [("none",)]),
    ("habit-usually-passive", "2023-03-16", "The harbour fair is usually held in the first week of August.", [("none",)]),
    ("habit-every-day", "2024-03-14", "The bakeries open at 5 a.m. every day during the festival.", [("none",)]),
    # ... not a past or a plan that holds such a word
    ("past-every", "2024-03-14", "The striker played every minute of the final on Sunday.", [("has", "2024-03-10")]),
    ("past-often", "2024-03-14", "Officials often cited the audit in February.", [("has", "2024-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "text", "checks"), CASES, ids=[c[0] for c in CASES])
def test_wrong22_class(name: str, published: str, text: str, checks: list[tuple]) -> None:
    check_events(extract_events(article(text, published)), checks)
