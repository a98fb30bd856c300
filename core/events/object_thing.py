"""The thing an object "it" stands for when the part of the sentence before it names one.

"The agency issued a flood alert on Monday and raised it to red on Tuesday": the title of
the second act, "The agency raised it to red", says nothing beside the timeline; "it" is the
one thing the first act was done to, "a flood alert". Sure only when that part names one
such thing as its verb's object (an article, words of its noun phrase, a singular noun; not
a phrase after a preposition, "for the coast", which describes it), names no firm or place
besides, and its subject cannot be meant: the same subject goes on ("issued … and raised
it"), or it is many or a person ("Nurses rejected a pay offer, and the trust raised it").
Otherwise "it" stays as written.
"""

from __future__ import annotations

import re
from types import ModuleType

from core import lang
from core.events.antecedents import _head, is_plural
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.subjects import subject_of
from core.events.tokens import Clause
from core.events.wording import reduce_names


def object_thing(
    s: Sentence, verb: int, stop: int, drop: set[int], subject: str,
    subject_range: tuple[int, int], predicate: str,
) -> tuple[str, list[Mention]] | None:  # fmt: skip
    """The predicate with its one object "it" put as the thing the words before name ("raised
    it to red" → "raised a flood alert to red"), and that thing's names; None when unsure."""
    c = lang.words(s.language, "clauses")
    if not c.THING_OBJECTS:
        return None
    found = [
        k for k in range(verb + 1, stop) if k not in drop and s.tokens[k].lower in c.THING_OBJECTS
    ]
    if len(found) != 1:
        return None
    first = s.clauses[0]
    if first.verb is None or first.verb >= verb:
        return None
    start = subject_range[0] if subject_range[0] < verb and subject_range[1] > first.verb else verb
    link = next(
        (j for j in range(start - 1, first.verb, -1) if s.tokens[j].lower in c.COORDINATORS), None
    )
    if link is None:
        return None  # "… after regulators cleared it": whose "it" is not sure
    if any(s.tokens[j].lower in c.PRONOUNS for j in range(first.verb, link)):
        return None  # "… sold it and …": a pronoun before, already
    if not _subject_not_meant(s, first, subject, c):
        return None
    things = _objects(s, first.verb + 1, link, c)
    if len(things) != 1:
        return None
    x, y = things[0]
    inside = (s.tokens[x].start, s.tokens[y - 1].end)
    span = (s.tokens[first.verb].start, s.tokens[link].start)
    names = [m for m in s.mentions if span[0] <= m.start < span[1]]
    if any(not inside[0] <= m.start < inside[1] for m in names if m.kind != PERSON):
        return None  # "sold the plant to Acme and …": the plant or Acme?
    phrase = reduce_names(s.text, s.tokens, x, y, s.mentions, s.drop, s.language)
    word = re.compile(rf"\b{re.escape(s.tokens[found[0]].text)}\b")
    if not phrase or len(word.findall(predicate)) != 1:
        return None
    return word.sub(phrase, predicate, count=1), [m for m in names if m.kind != PERSON]


def _subject_not_meant(s: Sentence, first: Clause, subject: str, c: ModuleType) -> bool:
    """Whether the first clause's subject cannot be what "it" stands for: the title's subject
    is the same (the clause goes on after "and"), or that subject is many or a person."""
    before, mentions, (a, b) = subject_of(s, first)
    if b == a + 1 and s.tokens[a].lower in c.PERSONAL_PRONOUNS:
        return True  # "He opened a bakery …": he is no "it"
    if not before or b <= a:
        return False
    if before == subject:
        return True
    if any(m.kind == PERSON for m in mentions):
        return True
    head = _head(s, a, b, c)
    return head is not None and not mentions and is_plural(s.tokens[head].lower, c)


def _objects(s: Sentence, start: int, end: int, c: ModuleType) -> list[tuple[int, int]]:
    """The noun phrases from ``start`` to ``end`` that an article or a demonstrative opens, not
    after a preposition, and a singular noun ends ("a 3% pay offer", not "for the coast"), as
    spans; one a possessive opens counts as (-1, -1): whose is not sure."""
    openers = c.ARTICLES | c.DEMONSTRATIVES | c.POSSESSIVE_PRONOUNS
    stops = c.PREPOSITIONS | c.COORDINATORS | c.AUX | c.OPENERS | c.PRONOUNS | openers
    calendar = lang.words(s.language, "calendar")
    times = {*calendar.UNITS, *calendar.SEASONS, *calendar.PARTS_OF_DAY}
    found: list[tuple[int, int]] = []
    for d in range(start, end):
        token = s.tokens[d]
        if d in s.drop or token.lower not in openers:
            continue
        if d > start and s.tokens[d - 1].lower in c.PREPOSITIONS:
            continue  # "a flood alert for the coast": the alert's place
        j = d + 1
        while j < end and j not in s.drop and s.tokens[j].lower not in stops:
            if not (s.tokens[j].text[:1].isalnum() or s.tokens[j].text in ("%", "-")):
                break
            j += 1
        head = s.tokens[j - 1] if j > d + 1 else None
        if head is None or not head.text.isalpha() or not head.text.islower():
            continue
        if "NOUN" not in c.lemmas(head.lower) or head.lower in times or is_plural(head.text, c):
            continue
        found.append((-1, -1) if token.lower in c.POSSESSIVE_PRONOUNS else (d, j))
    return found
