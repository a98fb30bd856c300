"""Dated clauses that gave no event because no verb or no title was found (session 11, helper
head): timeline lines and schedules in the plain present ("- May 3: Two ferries stop for
repairs", "Doors open at 7 p.m."), a date fronted with no comma ("Last autumn the canal froze
again, …"), a time phrase after "shortly" ("resigned shortly after midnight"), "not … until"
(it happened then), a happening noun with only a copula or "set for" ("The vote is on …"),
told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-03-08"  # a Wednesday
CASES = [
    # a timeline line in the present: a plural noun, then a verb that is a noun too
    (
        "entry-plural-present",
        "- March 2: Two ferries stop for repairs after a engine fault.",
        [("title", "Two ferries stop for repairs", "2023-03-02")],
    ),
    # a line that ends on its verb
    (
        "entry-verb-last",
        "- June 2022: harbour work begins",
        [("title", "Harbour work begins", "2022-06")],
    ),
    # a plan's participle and its infinitive, the "is" of a headline left out
    (
        "entry-expected-to",
        "- autumn 2024: museum expected to reopen",
        [("title", "Museum expected to reopen", "2024-FA")],
    ),
    # a plural subject that opens its clause, its verb a noun too, pointing ahead
    (
        "plural-subject-schedule",
        "Tickets go on sale to club members on Friday.",
        [("title", "Tickets go on sale to club members", "2023-03-10")],
    ),
    # ... after a place's name
    (
        "plural-subject-place",
        "Polling stations in Dunmore open at 7 a.m. on Thursday.",
        [("title", "Polling stations in Dunmore open", "2023-03-09T07:00")],
    ),
    # ... after a place named by common nouns, a plain present of a schedule pointing ahead
    (
        "plural-subject-common-place",
        "Libraries in the borough reopen on Monday.",
        [("title", "Libraries in the borough reopen", "2023-03-13")],
    ),
    # a timeline line: a plural right after the date's colon opens the clause
    (
        "entry-plural-after-colon",
        "- Feb. 20: Farmers march on the capital.",
        [("title", "Farmers march on the capital", "2023-02-20")],
    ),
    # ... unless a verb of its own follows: "close" is an adjective there
    (
        "sources-close-to",
        "Sources close to the board said on Monday that the chairman would stay.",
        [("title", "Sources close to the board said the chairman would stay", "2023-03-06")],
    ),
    # a bare plural after ", and" opens a clause of its own
    (
        "and-bare-plural",
        "The storm reached the coast on Sunday, and rivers rose on Monday.",
        [("title", "Rivers rose", "2023-03-06"), ("title", "The storm reached the coast")],
    ),
    # a date fronted with no comma, a comma later in the clause
    (
        "fronted-date-no-comma",
        "Last winter the canal froze again, for the first time in a decade.",
        [("title", "The canal froze again", "2022-WI")],
    ),
    # "shortly after midnight": a time phrase, no clause, and no word of the title
    (
        "shortly-after",
        "The governor conceded shortly after midnight in a brief speech.",
        [("title", "The governor conceded in a brief speech"), ("no-title-with", "shortly")],
    ),
    # "not … until": it happened then, and the title keeps no "not"
    (
        "not-until",
        "The ferry service will not resume until April 20 because of the strike.",
        [("title", "The ferry service will resume", "2023-04-20")],
    ),
    # ... in the past, a day gone by
    (
        "did-not-until",
        "The company did not confirm the closure until February 27.",
        [("title", "The company confirmed the closure", "2023-02-27")],
    ),
    # ... a past that would fall after the publication day is a thing's date: none
    (
        "did-not-until-ahead",
        "The company did not confirm the closure until April 27.",
        [("not", "2023-04-27")],
    ),
    # a happening noun and a copula only: the noun phrase is the title, the date ahead
    (
        "copula-happening-noun",
        "The mayoral election is on April 2.",
        [("title", "Mayoral election", "2023-04-02")],
    ),
    (
        "copula-in-month",
        "The regional election is in November.",
        [("title", "Regional election", "2023-11")],
    ),
    # ... not a one-word noun ("The vote was"), nor a noun that names no happening
    ("copula-one-noun", "The vote was on Monday.", [("none",)]),
    ("copula-no-happening", "The deadline is on Friday.", [("none",)]),
    # "set for" after a noun phrase whose head's modifier names the happening
    (
        "set-for-compound",
        "A ballot measure on school funding is set for May 2024.",
        [("title", "Ballot measure on school funding", "2024-05")],
    ),
    # "declared an emergency …, and X ordered": no reported clause after "declared"
    (
        "declared-and-clause",
        "Gov. Lena Ortiz declared an emergency on Tuesday, and the county ordered an evacuation.",
        [("title", "declared an emergency", "2023-03-07")],
    ),
    # a second verb after "and" holds the date past "shortly before", no word of the title
    (
        "and-verb-shortly-before",
        "Divers searched all night and brought the two boys up shortly before dawn on Friday.",
        [("title", "Divers brought the two boys up", "2023-03-03"), ("no-title-with", "searched")],
    ),
    # a verb of saying straight before "by" is a passive's participle, no reported clause
    (
        "announced-by-passive",
        "A rebate scheme announced by the council in January pays half of the fees.",
        [("title", "A rebate scheme was announced by the council", "2023-01")],
    ),
    # an adjective after a copula is no schedule: the store was open then
    ("open-adjective", "The store was open on Saturday.", [("not", "2023-03-11")]),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_head(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
