"""Titles a reader can parse (#14, task TI, second round), each class in sentences of our own:
"it" and "its" never stand for a plural, a clause with no subject of its own ("as happened")
takes no one's, and a second verb in the present after "and" takes its own date.

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document
from tests.core.events.articles import check_events

PUBLISHED = "2021-06-10"
CASES = [
    # "its" after a plural subject is not the subject's: not "Garnet's bonds's patents"
    ("its-not-plural", "en", "Garnet's bonds fell 3 pct on Tuesday, and analysts said the drug could earn a fortune before its patents run out in 2031.", [("no-title-with", "bonds's"), ("not", "2031")]),
    # ... but a singular one keeps it
    # (a month after the saying: "would open in May", said in June, is no May gone by)
    ("its-singular", "en", "The Harlow brewer said on Tuesday that its new plant would open in August.", [("title", "The Harlow brewer's new plant would open", "2021-08")]),
    # ... after "Members of the club" it is the club's, not the members'
    ("its-of-owner", "en", "Members of the Harbour Lane rowing club cancelled the regatta on Friday, a week after its main backer, the insurer Colwyn Mutual, pulled its funding.", [("no-title-with", "Members pulled"), ("title", "The club's main backer pulled its funding")]),
    # "it" after a plural speaker is written as it stands, not given the speaker's name
    ("it-after-plural-speaker", "en", "Board members said on Tuesday it would review the offer in July.", [("no-title-with", "Board members would"), ("no-title-with", "members review")]),
    # "as happened in 2019": no one's doing, never the speaker's
    ("as-happened", "en", "Campaigner Ruth Odell said the trust would ask the city to sell the hall to residents, as happened in nearby Ashcombe in 2019.", [("no-title-with", "Odell happened"), ("not", "2019")]),
    # a second present verb after "and" takes its own date
    ("and-present", "en", "The exhibition stays at the Corn Hall until May 2 and moves to the Tate in Liverpool in July.", [("title", "The exhibition moves to the Tate in Liverpool", "2021-07"), ("title-not", "stays", "2021-07")]),
    # ... not a plural noun after "and" ("rents and repairs on …")
    ("and-nouns", "en", "The landlord expects to collect about 4 million dlrs in rents and repairs on its London offices during 2022.", [("no-title-with", "repairs on its")]),
    ("opens-closes", "en", "The share offer opens on June 14 and closes on June 25.", [("title", "The share offer closes", "2021-06-25"), ("title-not", "opens", "2021-06-25")]),
    # ... never a past ("was") nor a noun before an auxiliary ("and prospects would")
    ("and-not-past", "en", "Output in 2019 was weak with only slight growth and prospects for 2020 would remain poor, the report said.", [("no-title-with", "prospects would")]),
    ("as-reported", "en", "Harrow Mills sold its dye works, as reported in May, to a buyer from Leeds.", [("no-title-with", "Mills reported")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    text = f"Headline\n\n{body}"
    document = Document("/t.txt", "Headline", text, PUBLISHED, "header", "h",
                        body_start=text.index(body), language=language)  # fmt: skip
    check_events(extract_events(document), checks)
