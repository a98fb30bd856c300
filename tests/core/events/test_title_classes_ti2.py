"""Titles a reader can parse (#14, task TI, second round), each class in sentences of our own:
"it" and "its" never stand for a plural, a purpose infinitive cut from its object goes, a
clause with no subject of its own ("as happened") takes no one's, a second verb in the present
after "and" takes its own date, the verb a reported clause follows is the one told, and a
Spanish participle with no auxiliary describes its noun.

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
    ("its-singular", "en", "The Harlow brewer said on Tuesday that its new plant would open in May.", [("title", "The Harlow brewer's new plant would open", "2021-05")]),
    # "it" after a plural speaker is written as it stands, not given the speaker's name
    ("it-after-plural-speaker", "en", "Board members said on Tuesday it would review the offer in July.", [("no-title-with", "Board members would"), ("no-title-with", "members review")]),
    # a purpose infinitive whose object a cut took goes with it
    ("purpose-cut", "en", "The Kestrel Observatory is due to photograph the asteroid on 4 August to search for evidence that its surface is cracking.", [("title", "The Kestrel Observatory is due to photograph the asteroid"), ("no-title-ending", "to search")]),
    # an infinitive's object keeps its "that" clause: not "The union asked the court"
    ("infinitive-object", "en", "The union asked the tribunal on Monday to reject the claim that the strike was unlawful.", [("not-title", "The union asked the tribunal"), ("title", "The union asked the tribunal to reject the claim", "2021-06-07")]),
    # "as happened in 2019": no one's doing, never the speaker's
    ("as-happened", "en", "Campaigner Ruth Odell said the trust would ask the city to sell the hall to residents, as happened in nearby Ashcombe in 2019.", [("no-title-with", "Odell happened"), ("not", "2019")]),
    # a second present verb after "and" takes its own date
    ("and-present", "en", "The exhibition stays at the Corn Hall until May 2 and moves to the Tate in Liverpool in July.", [("title", "The exhibition moves to the Tate in Liverpool", "2021-07"), ("title-not", "stays", "2021-07")]),
    # ... not a plural noun after "and" ("rents and repairs on …")
    ("and-nouns", "en", "The landlord expects to collect about 4 million dlrs in rents and repairs on its London offices during 2022.", [("no-title-with", "repairs on its")]),
    # the verb before "that" is the one told: "found", not "reported"
    ("and-found-that", "en", "A review panel reported in 2017 and found that the alarms had been switched off.", [("title", "A review panel found the alarms had been switched off", "2017"), ("no-title-with", "reported the alarms")]),
    # Spanish: a participle with no auxiliary describes its noun; the title is that noun phrase
    ("participio", "es", "El incendio declarado el domingo en el monte de Ardales, entre Ronda y Antequera, ha quemado ya unas 900 hectáreas y obligó a cortar dos carreteras.", [("title", "El incendio declarado en el monte de Ardales", "2021-06-06"), ("not-title", "El incendio declarado")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, language, body, checks):
    text = f"Headline\n\n{body}"
    document = Document("/t.txt", "Headline", text, PUBLISHED, "header", "h",
                        body_start=text.index(body), language=language)  # fmt: skip
    check_events(extract_events(document), checks)
