"""Whom a "he" or "she" opening a reported clause stands for when the speaker right before it is
a person told by a noun, with no name ("A farmer said on Saturday he is leaving …"): the
speaker, told as written ("A farmer said he is leaving"), never a name from a sentence before
("Officials met Lena Kask. A farmer said he …" is not about Lena Kask).

Sure only when the clause of saying is the sentence's first, ends on its verb (its date and
"that" aside), and its subject is one noun phrase that names no one and no body ("the
ministry" said "he": someone else) and is no plural ("officials said she …").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.clause_edges import says
from core.events.entities import Mention
from core.events.parse import Sentence
from core.events.subject_parts import plural_head
from core.events.tokens import Clause

Subject = tuple[str, list[Mention], tuple[int, int]]


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def sayer_pronoun(
    s: Sentence, clause: Clause, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> Subject | None:
    """The pronoun at ``k``, opening ``clause``, as written when it stands for the speaker of
    the clause of saying right before it, a person named by a noun (module doc); else None."""
    c = _clauses(s.language)
    if s.tokens[k].lower not in c.PERSONAL_PRONOUNS or k != clause.body or clause.verb is None:
        return None
    if len(s.clauses) < 2 or clause is not s.clauses[1]:
        return None
    before = s.clauses[0]
    if before.opener or before.verb is None or before.end != clause.start:
        return None
    words = [j for j in range(before.body, before.end) if j not in s.drop]
    words = [j for j in words if s.tokens[j].text.isalpha() and s.tokens[j].lower != c.THAT]
    if not words or words[-1] != before.verb or not says(s.tokens[before.verb].lower, c):
        return None  # the clause ends on its verb: "A farmer said [Saturday] | he …"
    speaker, named, (a, b) = subject_of(s, before)
    if not speaker or named or speaker.lower() in c.PRONOUNS or b - a < 2:
        return None
    first, last = s.tokens[a].start, s.tokens[b - 1].end
    if any(first <= m.start < last for m in s.mentions) or plural_head(s, speaker):
        return None
    head = s.tokens[b - 1].lower
    if s.tokens[a].lower not in c.ARTICLES or not s.tokens[b - 1].text.islower():
        return None  # "a farmer", "the witness": a noun after its article
    if head in lang.words(s.language, "events").ORGANISATION_WORDS:
        return None  # "The ministry said he …": someone else
    return s.tokens[k].text, [], (k, clause.verb)
