"""Titles a reader can parse (titles6): a verb wire copy wrote with a capital after "U.K.",
the "and next" a date stretches to, a present saying left inside the subject of what was
said, and a fixed phrase's object after a date.

Each case under "the rule" is one the code before these rules got wrong (checked against
a4567c73); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: the full stop of "U.K." was read as a sentence's end, so the auxiliary
        # after it kept a capital
        ("A Treasury panel concluded on Tuesday that the U.K. Would need to import more "
         "timber over the coming years.",
         [("title", "A Treasury panel concluded the U.K. would need to import more timber",
           "1991-05-14")]),
        # guard: a noun there may be a name's word, and stays as written
        ("Shares of U.S. Steel rose 3 pct on Monday in heavy trading.",
         [("title", "Shares of U.S. Steel rose 3 pct", "1991-05-13")]),
        # the rule: "and next" stretches the dropped date, and goes with it
        ("About 15 ferry sailings are planned for this month and next on the island route.",
         [("title", "About 15 ferry sailings are planned on the island route", "1991-05"),
          ("no-title", "and next")]),
        # the rule: a present saying the parser left inside the subject goes with its speaker
        ("Orchard owners in the valley say apple exports through the port fell 12 pct last year.",
         [("title", "Apple exports through the port fell 12 pct", "1990")]),
        # guard: "a say" is a noun, no saying
        ("Tenants who have a say in the scheme voted on Monday to back it.",
         [("title", "Tenants who have a say in the scheme voted to back it", "1991-05-13")]),
        # the rule: a date between "put into effect" and the object, which reads on after it
        ("Norway will put into effect Monday a new quota system for cod landings.",
         [("title", "Norway will put into effect a new quota system for cod landings",
           "1991-05-20")]),
        # guard: a passive has no object, and "a week after" is a time, not one
        ("The pact was put into force on Monday a week after the vote.",
         [("title", "The pact was put into force", "1991-05-13")]),
    ],
)  # fmt: skip
def test_english_titles_parse(text, checks):
    check_events(events_of(text, "en", "1991-05-15"), checks)


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        ("Vintners on both banks say grape prices", "rose 9 pct", "Grape prices rose 9 pct"),
        ("Vintners say that grape prices", "rose 9 pct", "Grape prices rose 9 pct"),
        ("the bank", "said the U.S. Agreed to the sale", "The bank said the U.S. agreed to the sale"),
    ],
)  # fmt: skip
def test_english_headlines(subject, predicate, title):
    assert headline(subject, predicate) == title
