"""Whose is a second predicate that follows a preposition's object: "The van was seen near the
depot before the robbery, and was found burned out in May". The clause cutter reads "before"
as opening a clause whose subject is "the robbery" and whose verb is "was found"; the words
before that verb end on ", and", so they are no subject: the verb is the second predicate of
the clause before, and the van was found. Used by ``core.events.subjects``.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject
from core.events.parse import Sentence
from core.events.tokens import Clause

_OWNED_WORDS = 3  # "their old van"


def coordinated_subject(
    s: Sentence, clause: Clause, keep: list[int], subject_of: Callable[..., Subject]
) -> Subject | None:
    """The subject of the clause just before, for a clause opened by a preposition ("before",
    "after") whose would-be subject ends on a comma and a coordinator ("before the robbery,
    and | was found"); no subject when that clause has no verb; None for any other shape."""
    c = lang.words(s.language, "clauses")
    if len(keep) < 3 or s.tokens[keep[-1]].lower not in c.COORDINATORS:
        return None
    if s.tokens[keep[-2]].text != ",":
        return None  # ("after the theft but began …": whose, a comma would have told)
    if clause.opener not in c.PREPOSITIONS or clause.verb is None or keep[-1] != clause.verb - 1:
        return None
    at = next((i for i, part in enumerate(s.clauses) if part is clause), 0)
    before = s.clauses[at - 1] if at else None
    if before is None or before.verb is None or before.end != clause.start:
        return "", [], (clause.verb, clause.verb)
    subject = subject_of(s, before, inherited=True)
    if not subject[0]:  # "His car": whose is not sure, the words as written are still its
        return _owned_as_written(s, before, c), [], (clause.verb, clause.verb)
    return subject[0], subject[1], (clause.verb, clause.verb)


def _owned_as_written(s: Sentence, before: Clause, c: ModuleType) -> str:
    """The subject of ``before`` as written when it is an owner's pronoun and a plain noun
    or two ("His car", "their old van"); "" for any other."""
    if before.verb is None:
        return ""
    words = s.tokens[before.body : before.verb]
    if not 2 <= len(words) <= _OWNED_WORDS or words[0].lower not in c.POSSESSIVE_PRONOUNS:
        return ""
    if not all(w.text.isalpha() and w.text.islower() for w in words[1:]):
        return ""
    return " ".join(w.text for w in words)
