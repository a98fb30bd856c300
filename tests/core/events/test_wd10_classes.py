"""Wrong dates, non-events and garbled titles seen on unread wire copy (session WD10), each in
sentences of our own.

Checks: ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) no event
whose title holds W starts at V; ("not", V) no event starts at V.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a past weekday in the possessive, after a preposition, in a past sentence: the day gone by
    # (the possessive's noun alone, "Rocket attack", is no present verb looking ahead)
    ("possessive-day-after-response", "1991-03-04", "Gunboats shelled two depots on Monday in response to Saturday's rocket attack on a ferry.", [("title", "ttack", "1991-03-02"), ("title-not", "ttack", "1991-03-09")]),
    ("possessive-day-decision-on", "1991-03-04", "The minister had taken a decision on the reply to Friday's border raid, aides said.", [("title", "aid", "1991-03-01"), ("title-not", "aid", "1991-03-08")]),
    ("possessive-day-after-past", "1991-03-05", "As traders sought calm after Monday's bond market slump, the minister came under fire.", [("title-not", "lump", "1991-03-11")]),
    # the same possessive after a verb that looks ahead is the coming day
    ("possessive-day-ahead", "1991-03-04", "The finance minister will press his partners for cuts at Thursday's meetings of the bloc, officials said.", [("title", "eetings", "1991-03-07")]),
    # a day's possessive after a word of comparison is a baseline's, not the clause's day
    ("possessive-above-close", "1991-03-05", "Copper futures traded above yesterday's closing levels in quiet dealings this morning, brokers said.", [("not", "1991-03-04")]),
    ("possessive-exceeding-record", "1991-03-05", "Norvik said group revenue rose to 5.6 billion crowns in 1990, exceeding the previous year's peak of 5.2 billion.", [("not", "1989"), ("title", "rose", "1990")]),
    ("possessive-would-exceed", "1991-03-05", "Growers doubted that the rice crop would exceed last year's 2.1 mln tonne mark.", [("not", "1990")]),
    ("possessive-below-range", "1991-03-04", "Brent was quoted at 19.10 dlrs, below Friday's 19.30-40 range, in early trade.", [("not", "1991-03-01")]),
    # a date inside a noun phrase joined to another word keeps its place in the title
    ("date-in-joined-phrase", "1991-03-05", "The bank said its fourth quarter and annual losses stemmed from bad property loans.", [("title", "fourth quarter and annual losses", "1990-Q4")]),
    ("date-before-and", "1991-03-05", "Premiums on the July and September contracts narrowed sharply, dealers said.", [("title-not", "the and", "1991-07")]),
    # a date in a passive infinitive after a noun of the object is the noun's plan, not the
    # clause's; the subject's own plan and a rank keep theirs
    ("noun-plan-fund", "1991-03-05", "Harlow Securities is underwriting a 50 mln dlr property fund to be listed on the Oslo exchange next month.", [("not", "1991-04")]),
    ("noun-plan-package", "1991-03-05", "The coalition proposal will be the heart of a set of spending cuts due to be presented in late April.", [("not", "1991-04")]),
    ("noun-plan-subject", "1991-03-05", "The merger of the two dairies is expected to be completed in June.", [("title", "completed", "1991-06")]),
    ("noun-plan-rank", "1991-03-05", "Dunmore was the third mill to be shut this year.", [("title", "third mill", "1991")]),
    ("date-before-to", "1991-03-05", "Importers bought 40,000 tonnes during the February 10 to 20 period, the ministry said.", [("title", "February 10 to 20 period", "1991-02-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_gets_the_date_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.undated, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "not":
            assert check[1] not in [e.start for e in events if not e.undated], got
