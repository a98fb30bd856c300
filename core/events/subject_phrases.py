"""A subject after its verb that goes on past its noun (German): "Vergangene Woche hatten
Beschäftigte von Kitas und Stadtverwaltungen … die Arbeit niedergelegt", "Das teilte das Amt
für Denkmalpflege mit". A bare noun's phrase right after the subject's noun names which ones,
when the verb still takes something after it (an object, or only its particle): the
title keeps it with the subject ("Beschäftigte von Kitas und Stadtverwaltungen hatten die
Arbeit niedergelegt"), not between the verb and its object.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.parse import Sentence
from core.events.tokens import Clause


def subject_phrase_end(s: Sentence, clause: Clause, b: int, c: ModuleType) -> int:
    """Where a subject ending at ``b`` ends with the phrase after it (``b`` when none goes with
    it): "von" or "für" (``SUBJECT_PHRASE_PREPOSITIONS``) and a bare capitalised noun, and
    "und" with another; not after a passive's auxiliary, nor when nothing is left for the verb
    ("stimmte der Rat für Änderungen": what it voted for)."""
    tokens = s.tokens
    if b + 1 >= clause.end or tokens[b].lower not in c.SUBJECT_PHRASE_PREPOSITIONS:
        return b
    if {b, b + 1} & s.drop or not tokens[b + 1].text[:1].isupper():
        return b  # ("von der Schließung": an article, the verb's own phrase)
    if any(tokens[k].lower in c.PASSIVE_AUX for k in range(clause.start, clause.end)):
        return b
    end = b + 2
    if end + 1 < clause.end and tokens[end].lower == c.AND and tokens[end + 1].text[:1].isupper():
        end += 2  # "von Kitas und Stadtverwaltungen"
    rest = [k for k in range(end, clause.end) if k not in s.drop and tokens[k].text[:1].isalpha()]
    if not rest or tokens[rest[0]].text[:1].isupper():
        return b  # nothing left for the verb, or a noun of the phrase's going on
    object_ = any(tokens[k].lower in c.ARTICLES for k in rest)
    # ("hatten Händler von Touristen profitiert": a participle alone may be what "von" is for)
    particle = tokens[rest[-1]].lower in c.TITLE_PARTICLES and len(rest) == 1
    return end if object_ or particle else b


def legal_form_end(s: Sentence, b: int, end: int) -> int:
    """Past a company's legal form after the subject's noun ("Mitarbeiter der Nordkäse | eG",
    "… GmbH"): an organisation word written in capitals, not a noun of its own ("Amt")."""
    if b >= end or b in s.drop:
        return b
    token = s.tokens[b]
    forms = lang.words(s.language, "events").ORGANISATION_WORDS
    return b + 1 if token.lower in forms and not token.text.istitle() else b
