"""Whose is a second predicate that follows a preposition's object: "The van was seen near the
depot before the robbery, and was found burned out in May". The clause cutter reads "before"
as opening a clause whose subject is "the robbery" and whose verb is "was found"; the words
before that verb end on "and", so they are no subject: the verb is the main clause's second
predicate, and the van was found. Used by ``core.events.subjects``.
"""

from __future__ import annotations

from collections.abc import Callable

from core import lang
from core.events.antecedents import Subject
from core.events.parse import Sentence
from core.events.tokens import Clause


def coordinated_subject(
    s: Sentence, clause: Clause, keep: list[int], subject_of: Callable[..., Subject]
) -> Subject | None:
    """The first clause's subject for a clause opened by a preposition ("before", "after")
    whose would-be subject ends on a coordinator ("before the robbery, and | was found"); no
    subject when the first clause gives none; None for any other shape."""
    c = lang.words(s.language, "clauses")
    if len(keep) < 2 or s.tokens[keep[-1]].lower not in c.COORDINATORS:
        return None
    if clause.opener not in c.PREPOSITIONS or clause.verb is None or keep[-1] != clause.verb - 1:
        return None
    first = s.clauses[0]
    if first is clause or first.verb is None or first.verb > clause.start:
        return "", [], (clause.verb, clause.verb)
    subject = subject_of(s, first, inherited=True)
    return subject[0], subject[1], (clause.verb, clause.verb)
