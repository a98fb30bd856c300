"""The person an object pronoun stands for, named in the title.

"Nora Vance ran the charity's accounts for a decade. Police arrested her in March": a title
"Police arrested her" says nothing beside the timeline; "Police arrested Nora Vance" does. The
object "him" or "her" stands for the person its subject pronoun ("he", "she") would stand for
at that place, found the same way (``core.events.subjects``); never for the clause's own
subject ("Roe said she would meet her": not Roe), so only a clause whose subject names no one
and holds no personal pronoun is read. When no one is sure, the pronoun stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.subjects import _antecedent
from core.events.tokens import Token
from core.events.wording import name_in_title


def object_person(
    s: Sentence, verb: int, stop: int, drop: set[int], subject_range: tuple[int, int],
    resolved: list[Mention], predicate: str,
) -> tuple[str, Mention] | None:  # fmt: skip
    """The predicate with its one object pronoun ("him", "her" before no noun) put as the
    name of the person it stands for ("arrested her in March" → "arrested Nora Vance in
    March"), and that person; None when the predicate holds none or no person is sure."""
    c = lang.words(s.language, "clauses")
    if not c.PERSON_OBJECTS:
        return None
    found = [k for k in range(verb + 1, stop) if k not in drop and _object_at(s, k, stop, c)]
    if len(found) != 1:
        return None
    k = found[0]
    a, b = subject_range
    if any(m.kind == PERSON for m in resolved) or any(
        s.tokens[j].lower in c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES for j in range(a, b)
    ):
        return None  # "She said she would meet him": him, or her, is not the subject
    first, last = s.tokens[a].start if b > a else 0, s.tokens[b - 1].end if b > a else 0
    if any(m.kind == PERSON and first <= m.start < last for m in s.mentions):
        return None  # "Reyes's plan to promote him": whose, not sure
    subject = c.PERSON_OBJECTS[s.tokens[k].lower]
    tokens = [*s.tokens[:k], Token(s.tokens[k].start, s.tokens[k].end, subject), *s.tokens[k + 1 :]]
    person = _antecedent(replace(s, tokens=tokens), k)
    if person is None or person.kind != PERSON:
        return None
    word = re.compile(rf"\b{re.escape(s.tokens[k].text)}\b")
    if len(word.findall(predicate)) != 1:
        return None
    name = name_in_title(s.text, person, s.language)
    return word.sub(name, predicate, count=1), person


def _object_at(s: Sentence, k: int, stop: int, c: object) -> bool:
    """Whether token ``k`` is an object pronoun that stands for a person: "him", or "her"
    before no word of a noun phrase ("arrested her in March", "offered her a job"; not "her
    husband")."""
    lower = s.tokens[k].lower
    if lower not in c.PERSON_OBJECTS:  # type: ignore[attr-defined]
        return False
    if lower not in c.PERSONAL_POSSESSIVES:  # type: ignore[attr-defined]
        return True
    after = s.tokens[k + 1] if k + 1 < stop else None
    ends = c.PREPOSITIONS | c.COORDINATORS | c.ADVERBS | c.ARTICLES | {c.TO}  # type: ignore[attr-defined]
    return after is None or not after.text[:1].isalnum() or after.lower in ends
