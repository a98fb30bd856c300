"""A relative that tells of the noun a copula names: "The first patient was a girl who fell
ill on November 2" tells that a girl fell ill on November 2; the main clause only says who
the patient was. The relative has no comma before it, its verb right after its pronoun, and
holds its own date; its happening is told by the noun phrase before it ("A girl fell ill")."""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When, token_at
from core.events.states import is_state
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import reduce_names


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def complement_relative(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """The happening of a relative after the noun a copula names ("was a girl who fell ill
    on November 2": "A girl fell ill"), ``when`` its date after the relative's verb; None for
    any other shape (a verb other than "be" before the noun: "rescued two hikers who were cut
    off at noon" tells of the rescue)."""
    c = _clauses(s.language)
    verb = clause.verb
    at = token_at(s.tokens, when.timex.start)
    if verb is None or s.tokens[verb].lower not in c.BE_FINITE or not verb < at:
        return None
    relative = next(
        (k for k in range(verb + 2, at) if s.tokens[k].lower in c.PERSON_RELATIVES | {c.THAT}),
        None,
    )
    if relative is None or any(s.tokens[k].text in (",", ";") for k in range(verb, at)):
        return None
    inner = finite_verb(s.tokens, relative + 1, at, s.language)
    if inner != relative + 1 or not c.is_past(s.tokens[inner].text):
        return None  # "the one that the council …": an object relative
    first = verb + 1
    if s.tokens[first].lower not in c.ARTICLES or relative - first > 4:
        return None  # "was a girl", "was an 8-year-old boy": one noun phrase, its article
    head = s.tokens[relative - 1]
    if not head.text.islower() or "NOUN" not in c.lemmas(head.lower):
        return None
    end = next((k for k in range(at, clause.end) if s.tokens[k].text in (",", ";")), clause.end)
    subject = reduce_names(s.text, s.tokens, first, relative, s.mentions, s.drop, s.language)
    predicate = reduce_names(s.text, s.tokens, inner, end, s.mentions, s.drop, s.language)
    if is_state(predicate, s.language):
        return None
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[inner].text, predicate)
    return Happening(title, kind, when, s.entities([(first, relative), (inner, end)], []))
