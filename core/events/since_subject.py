"""Whom the "it" of a "since" clause stands for, when the clause it counts from is the main
clause's: "The storm has killed 20 people since it struck Barbuda on Wednesday" — the storm
struck Barbuda then. Used by ``core.events.subjects``.
"""

from __future__ import annotations

from collections.abc import Callable

from core import lang
from core.events.antecedents import Subject, _head, _plural
from core.events.entities import PERSON
from core.events.parse import Sentence
from core.events.tokens import Clause


def since_subject(
    s: Sentence, clause: Clause, keep: list[int], subject_of: Callable[..., Subject]
) -> Subject | None:
    """The main clause's subject for the "it" alone before the verb of a "since" clause
    straight after it ("The storm has killed 20 people | since it struck Barbuda"), when that
    subject is one thing: no person, nothing many, no pronoun, and its verb no "be" (a state
    weighed since then). None for any other shape ("Copies were built | since it entered
    service": "it" is not the copies)."""
    c = lang.words(s.language, "clauses")
    if len(keep) != 1 or s.tokens[keep[0]].lower not in c.ONE_THING_PRONOUNS:
        return None
    if clause.opener not in c.CLAUSE_SINCE or len(s.clauses) < 2 or s.clauses[1] is not clause:
        return None
    first = s.clauses[0]
    if first.verb is None or first.start != 0 or clause.verb is None:
        return None
    if s.tokens[first.verb].lower in c.BE:
        return None  # "The unrest is the worst faced by the government since it came to power"
    subject, mentions, (a, b) = subject_of(s, first, inherited=True)
    head = _head(s, a, b, c) if subject and b > a else None
    if head is None or _plural(s.tokens[head].text, c) or not s.tokens[head].text.isalpha():
        return None
    if subject.split()[0].lower() in c.PRONOUNS or any(m.kind == PERSON for m in mentions):
        return None
    if any(m.kind == PERSON and m.start <= s.tokens[head].start < m.end for m in s.mentions):
        return None  # "Ann Roe has led … since it …": "it" is no person
    return subject, mentions, (clause.body, clause.verb)
