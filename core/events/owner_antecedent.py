"""The thing an "it" stands for when the sentence opened on "its" ("Its orchard was planted
in 1950, and it sold the cider press last spring"): the owner "its" was resolved to, when
nothing is named between the two pronouns. The person's counterpart is
``core.events.topic_person.possessive_owner``.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.parse import Sentence
from core.events.tokens import Clause


def thing_owner(s: Sentence, first: Clause, resolved: list[Mention], k: int) -> Mention | None:
    """The one name the "its" opening the first clause's subject was resolved to
    (``resolved``), for the "it" at token ``k`` later in the sentence; None when the first
    clause opens on no such possessive, the owner is not one name, or a name stands between."""
    c: ModuleType = lang.words(s.language, "clauses")
    owner = s.tokens[first.body].lower
    if owner not in c.ONE_THING_PRONOUNS & c.POSSESSIVE_PRONOUNS or first.body >= k:
        return None
    if s.tokens[k].lower not in c.ONE_THING_PRONOUNS - c.POSSESSIVE_PRONOUNS:
        return None
    if len(resolved) != 1:
        return None
    start, end = s.tokens[first.body].end, s.tokens[k].start
    if any(start <= m.start < end for m in s.mentions):
        return None  # "Its barn burned down when Ann Roe visited, and it …": not sure whose
    return resolved[0]
