"""How much an event matters to the article that reports it: what crowded views title first.

Nothing is dropped for being minor; salience only ranks. What the article gives (each part
in [0, 1], the sum at most 1): the lead (the story's first sentences report its news), named
actors, figures, and a kind of happening that makes news. How many articles report it is
added by the store when events merge (``core.store.ranking``).

>>> from core.model import Entity, Event
>>> e = Event("Putin and Xi meet", "2022-02-04", None, "day", False, "meeting", "", 40, 80,
...           0.0, 86400.0, (Entity("Putin", "person"), Entity("Xi", "person")))
>>> salience(e, lead=True)
0.8
"""

from __future__ import annotations

import re

from core.model import Document, Event

LEAD_SENTENCES = 2  # sentences of the body that make the lead
LEAD, NAMES, FIGURES = 0.4, 0.2, 0.1
KIND_WEIGHT = {"statement": 0.1, "meeting": 0.2, "other": 0.0}  # other kinds: NOTABLE_KIND
NOTABLE_KIND = 0.3
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"'“‘«(]?[A-Z0-9À-ÖØ-ÞЀ-ЯҐ])")
_FIGURE = re.compile(r"\d")


def salience(event: Event, lead: bool) -> float:
    """The article's weight on ``event`` in [0, 1]; ``lead``: it comes from the lead."""
    names = min(len(event.entities), 2) / 2
    figures = 1.0 if _FIGURE.search(event.title) else 0.0
    kind = KIND_WEIGHT.get(event.kind, NOTABLE_KIND)
    return round(LEAD * lead + NAMES * names + FIGURES * figures + kind, 3)


def with_salience(document: Document, events: list[Event]) -> list[Event]:
    """``events`` of ``document``, each with its salience set."""
    return [e.with_salience(salience(e, _in_lead(document, e))) for e in events]


def _in_lead(document: Document, event: Event) -> bool:
    before = document.text[document.body_start : event.char_start]
    return len(_SENTENCE_END.findall(before)) < LEAD_SENTENCES
