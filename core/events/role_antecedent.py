"""The person a sentence-opening "he" or "she" stands for when the sentence before is about
someone named only by a role, and already says "she" of that one: "The health minister
broke off a trip to Oslo, where she had landed on Saturday. She will open the ward on Friday"
→ "The health minister will open the ward".

The sentence before opens on the role after an article as its subject ("The harbour
master"), and its own "she" can only be that person: it names no one else, by name, by a
role or by a noun of a person ("a woman", "her son"). Sure only then, in the same paragraph;
a role with no such pronoun after it ("The minister met farmers. She …") stays unsure.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _head, _previous
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.tokens import Clause
from core.events.wording import reduce_names


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def role_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The subject of the sentence before ``s``, as written ("The harbour master"), that
    "he" or "she" (token ``k``, opening the first clause of ``s``) stands for; None when it is
    not sure."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    clause = s.clauses[0]
    if pronoun not in c.PERSONAL_PRONOUNS or not clause.start <= k < clause.end:
        return None
    if any(j not in s.drop and s.tokens[j].text != "," for j in range(clause.start, k)):
        return None  # "In the report she …": a phrase before the pronoun
    before = _previous(s)
    if before is None or not before.clauses or before.clauses[0].verb is None:
        return None
    first = before.clauses[0]
    subject, mentions, (a, b) = subject_of(before, first)
    if not subject or b <= a or mentions:
        return None
    a = _past_clock(before, a, b)  # "16:45 The minister …": a live blog's entry time
    if before.tokens[a].lower not in c.ARTICLES:
        return None  # "Her father": whose is not sure
    if any(not _clock(before.tokens[j].text) for j in range(a)):
        return None  # "In the end the minister": a phrase first
    subject = reduce_names(before.text, before.tokens, a, b, before.mentions, before.drop,
                           before.language)  # fmt: skip
    head = _head(before, a, b, c)
    roles = lang.words(s.language, "events").ROLES
    if head is None or before.tokens[head].lower not in roles:
        return None
    if not _says_pronoun(before, b, pronoun) or _someone_else(before, a, b, c, roles):
        return None
    return subject, []


def _past_clock(before: Sentence, a: int, b: int) -> int:
    """Where the subject ``[a, b)`` starts past a clock time opening it ("16:45")."""
    while a < b - 1 and _clock(before.tokens[a].text):
        a += 1
    return a


def _clock(text: str) -> bool:
    """Whether a token is part of a clock time: digits or a colon."""
    return text.isdigit() or text == ":"


def _says_pronoun(before: Sentence, b: int, pronoun: str) -> bool:
    """Whether the sentence, after its subject (ending at ``b``), says the pronoun itself."""
    return any(t.lower == pronoun for t in before.tokens[b:])


def _someone_else(before: Sentence, a: int, b: int, c: ModuleType, roles: frozenset[str]) -> bool:
    """Whether the sentence names a person outside its subject ``[a, b)``: a name the tagger
    took for one, a role after an article ("the judge"), or a noun of a person ("a woman",
    "her son")."""
    start, end = before.tokens[0].start, before.tokens[-1].end
    if any(m.kind == PERSON and start <= m.start < end for m in before.mentions):
        return True
    people = c.MALE_NOUNS | c.FEMALE_NOUNS | c.MALE_WORDS | c.FEMALE_WORDS
    tokens = before.tokens
    return any(
        t.lower in people or (t.lower in roles and j and tokens[j - 1].lower in c.ARTICLES)
        for j, t in enumerate(tokens)
        if not a <= j < b
    )  # ("is flying home": a role word only after an article, "the judge")
