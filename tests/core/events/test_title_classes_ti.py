"""Titles a reader can parse (#14, task TI), each class in sentences of our own: the words
that name a date go with it, and a follow-on after "and" with a verb of its own keeps that
verb.

Each case: a language, a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document
from tests.core.events.articles import check_events

PUBLISHED = "2021-06-10"
CASES = [
    # the owner of a dropped date goes with it: not "fell 12 pct in its as …"
    ("its-quarter", "en", "Profits at the Lomax group fell 12 pct in its second quarter as heavy rain kept shoppers at home, the company said on Thursday.", [("title", "Profits at the Lomax group fell 12 pct"), ("no-title-with", " its")]),
    # ... unless the date describes a noun after it: then the phrase is the noun's
    ("its-annual-report", "en", "In its 2020 annual report the Lomax group said it had cut its debt by half.", [("no-title-with", "Annual report")]),
    # a period noun and its article go with the date they name
    ("saison", "fr", "Le club de Plouvenec avait gagné ce titre pendant la saison 2004-2005, selon son président.", [("no-title-ending", "la saison"), ("title", "Le club de Plouvenec avait gagné ce titre")]),
    ("monaten", "de", "Wie die Brauerei am Montag bekanntgab, wuchs der Absatz in den Monaten Januar bis März um 6 Prozent auf 70 Millionen Liter.", [("title", "Der Absatz wuchs um 6 Prozent auf 70 Millionen Liter"), ("no-title-with", "in den Monaten")]),
    # a period noun's "to" ties it to the date it ends at
    ("months-to", "en", "Pre-tax profit climbed to 28 million pounds in the half year to the end of March, the brewer said.", [("title", "Pre-tax profit climbed to 28 million pounds"), ("no-title-with", "half year")]),
    # after "and", a verb of the follow-on's own: the subject's second verb, or a clause
    ("and-plans-to", "en", "The airline will open a route to Oporto on Monday and plans to add a second daily flight from next spring.", [("title", "The airline plans to add a second daily flight"), ("no-title-with", "will open plans")]),
    ("and-own-clause", "en", "Ruth Baines, now 61, will make her final broadcast on Saturday afternoon, and a new presenter takes over the show the following morning.", [("no-title-with", "make a new presenter"), ("title", "A new presenter takes over the show", "2021-06-13TMO"), ("title", "Ruth Baines will make her final broadcast", "2021-06-12TAF")]),
    # a plain follow-on still shares the verb
    ("and-follow-on", "en", "The minister will visit Lisbon on Monday and Madrid the following day.", [("title", "The minister will visit Madrid")]),
    # a fronted phrase before a comma is no subject: the verb after it is the clause's
    ("fronted-phrase-then-verb", "en", "Between May and July of 2020, the number of shops in the town fell 10 pct, said a council official.", [("title", "The number of shops in the town fell 10 pct")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    text = f"Headline\n\n{body}"
    document = Document("/t.txt", "Headline", text, PUBLISHED, "header", "h",
                        body_start=text.index(body), language=language)  # fmt: skip
    check_events(extract_events(document), checks)
