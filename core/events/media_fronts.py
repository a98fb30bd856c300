"""A sentence opened by the statement its news was told in, a participle dating it: "En
declaraciones hechas ayer a una radio, la ministra anunció su dimisión", "En un comunicado
difundido el lunes, la empresa negó los despidos". The participle ("hechas", "difundido") is
no clause's verb: the verb is the one after the phrase's comma, and the statement's date is
the day the subject told its news in it. Only after a preposition and a noun of a statement
(``clauses.FRONTED_MEDIA``); a date of any other thing fronted so ("Con la ley aprobada en
2010, el Gobierno recortará …") describes that thing, not the clause.
"""

from __future__ import annotations

from core import lang
from core.events.finite import finite_verb
from core.events.parse import Sentence
from core.events.tokens import Clause

_NOUN_REACH = 5  # words from the preposition to the participle: "en la rueda de prensa"


def media_fronted_verb(s: Sentence, clause: Clause) -> int | None:
    """The verb after the comma of a fronted statement phrase whose participle the clause
    took for its verb ("En una entrevista publicada ayer, | la ministra anunció"), or None."""
    c = lang.words(s.language, "clauses")
    v = clause.verb
    if not c.FRONTED_MEDIA or v is None or clause is not s.clauses[0]:
        return None
    if not c.is_participle(s.tokens[v].text) or v - clause.body > _NOUN_REACH:
        return None
    if s.tokens[clause.body].lower not in c.PREPOSITIONS:
        return None
    if s.tokens[v - 1].lower not in c.FRONTED_MEDIA:
        return None
    comma = next((k for k in range(v + 1, clause.end) if s.tokens[k].text == ","), None)
    if comma is None:
        return None
    later = finite_verb(s.tokens, comma + 1, clause.end, s.language)
    if later is None or any(s.tokens[k].text == ";" for k in range(v, later)):
        return None
    return later
