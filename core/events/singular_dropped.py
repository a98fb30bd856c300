"""What a singular verb with its subject left out stands for, opening a sentence in a
language that drops subjects (``clauses.DROPPED_SINGULAR_TAKES_SUBJECT_BEFORE``), when the
sentence before names no person: the singular subject of that sentence, what it went on
about. "La cofradía del puerto compró la lonja en 1990. En 2004 la vendió al ayuntamiento"
→ "La cofradía del puerto la vendió al ayuntamiento".

Only when that subject is sure: a singular noun phrase heading a clause whose verb is no
"be", no passive "se" and no saying; no possessive or pronoun opening it, no "and" in it, no
person anywhere in its sentence (a person named may be who goes on: the ending does not
tell). Anything else leaves the subject to the person the article names, or to none.
"""

from __future__ import annotations

from collections.abc import Callable

from core.events.antecedents import Subject, _clauses, _head, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.plural_subject import _calendar_word
from core.events.thing_antecedent import _subject_before, subject_verb
from core.events.tokens import Clause


def dropped_singular_before(
    s: Sentence, verb: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The singular subject of the sentence before that the singular verb ``verb``, opening
    ``s`` with no subject (after a fronted time at most), goes on about; None when it is not
    sure."""
    c = _clauses(s.language)
    if not c.DROPPED_SINGULAR_TAKES_SUBJECT_BEFORE:
        return None
    found = _subject_before(s, verb, subject_of, c)
    if found is None:
        return None
    before, subject, mentions, a, b = found
    a_at, b_at = before.tokens[0].start, before.tokens[-1].end
    named = [m for m in before.mentions if a_at <= m.start < b_at]
    if any(m.kind == PERSON for m in [*mentions, *named]):
        return None  # "Ana Ruiz dirige la escuela. En 2019 abrió …": she, or the school?
    said = subject_verb(before, c)
    if said is None or said < b or says(before.tokens[said].lower, c):
        return None
    if before.tokens[said].lower in c.BE_FINITE or before.tokens[said - 1].lower in c.REFLEXIVES:
        return None  # "El torneo es largo", "La obra se inauguró en 1992": not who acts next
    head = _head(before, a, b, c)
    if head is None or is_plural(before.tokens[head].text, c):
        return None
    if any(_calendar_word(before, j) for j in range(a, head + 1)):
        return None  # "El 2 de mayo el club …": a date the sentence is parsed without
    if any(before.tokens[j].lower in c.COORDINATORS | {c.AND} for j in range(a, head)):
        return None
    return subject, mentions
