"""Titles a reader can parse on unseen English (#14, session 9, helper enT): the classes that
failed most often in a hand-judged draw of 120 events (60 Reuters, 60 TimeBank/AQUAINT first
half), told in sentences of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-04-08"
CASES = [
    # a participle that only opened the date's phrase goes with the date
    (
        "participle-of-date",
        "A reserve fund starting in 1992 will be doubled at the bank's option.",
        [
            ("title", "A reserve fund will be doubled at the bank's option"),
            ("no-title-with", "starting"),
        ],
    ),
    (
        "participle-after-aux-stays",
        "The mayor said on Monday that the strike had ended.",
        [("no-title-ending", "strike")],
    ),
    # a hedge belongs to the figure after it: a title never ends on it
    (
        "hedge-of-figure",
        "The club raised its reserves during that year to just over two billion crowns, while its debts grew.",
        [("no-title-ending", "just"), ("no-title-ending", " to")],
    ),
    # a quotation's marks are balanced or gone, and a title never ends on an opening one
    (
        "open-quote",
        "The mayor on Tuesday called the plan ``a disgrace'' and left the room.",
        [("no-title-ending", "``")],
    ),
    (
        "quote-glued",
        "The governor on Friday condemned the council's ``reckless spending plans,'' and said he would veto them.",
        [("no-title-with", "`` "), ("no-title-with", "``reckless")],
    ),
    # a modifier whose noun the clause took for its verb is no subject
    (
        "ahead-of",
        "Just ahead of the premier's two-day visit, the Foreign Office on Sunday issued a new warning to travellers.",
        [("no-title-with", "Ahead issued")],
    ),
    (
        "lone-other",
        "Other schemes in this city of three mln people include a new metro line, due to run at the end of this year.",
        [("no-title-with", "Other projects in this town"), ("not-title", "Other projects")],
    ),
    (
        "most-of-stays",
        "Finance Minister Ada Lomax said last month that most of the two billion crowns would go to the ports.",
        [("title", "Lomax said most of the two billion crowns would go to the ports")],
    ),
    # after "and" the new clause's subject, not the adjective before it
    (
        "adjective-and-subject",
        "The group said its bond offer was ruled valid and the bank will start sending notices to investors at the end of this week.",
        [
            ("no-title-with", "Effective and"),
            ("title", "The bank will start sending notices to investors"),
        ],
    ),
    # a noun before "of" then a finite verb: the noun was the subject's, the verb is further on
    (
        "noun-of-then-verb",
        "Trade ministers of member countries meeting in the capital agreed on Monday to set up a panel.",
        [
            ("no-title-ending", "meeting"),
            ("title", "Trade ministers of member countries agreed to set up a panel"),
        ],
    ),
    # a verb keeps its object when the cut would take it ("closed [all of] …")
    (
        "object-kept",
        "On March 5, 1985, Governor Ada Lomax shut all of the county's privately-run credit unions and farm lenders and they stayed shut for months.",
        [
            ("not-title", "Lomax shut"),
            (
                "title",
                "Lomax shut all of the county's privately-run credit unions and farm lenders",
            ),
        ],
    ),
    # a verb whose complement was the dropped date gives no title ("is [March 25] and")
    (
        "copula-date-and",
        "The settlement date is June 14 and there will be a long final interest period.",
        [("no-title-with", " is and"), ("no-title-ending", " is")],
    ),
    # "and" before a subject pronoun opens a clause of its own: the title stops there
    (
        "and-pronoun",
        "In late 1986, control of the mill changed and it expanded into metal trading in Asia.",
        [("title", "Control of the mill changed")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_enT_titles(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
