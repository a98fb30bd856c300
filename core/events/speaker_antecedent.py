"""The body a sentence-opening "it" stands for when "it" says or intends something: the body
that spoke in the sentence before ("The museum said its trustees had bought a painting. It
added that it sold two prints in May" → "The museum sold two prints").

A verb of saying or of intent ("It also intends to …") needs someone who speaks or means,
and no thing the sentence before names in what it reported ("a painting") does; the
one that spoke there is its subject. Sure only when that subject is a body named by its noun
after an article ("The company", "The council"), one and no person, and the sentence before
names no other organisation or person, by name or by such a noun, that might have spoken
instead ("The union said the council …"). A body named by its name is found by
``core.events.pronoun_names``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _head, is_plural
from core.events.clause_edges import says
from core.events.entities import ORGANISATION, PERSON, Mention
from core.events.parse import Sentence
from core.events.thing_antecedent import _subject_before, subject_verb
from core.events.tokens import Clause

# the names that might have spoken instead of the subject
KINDS = (ORGANISATION, PERSON)


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def speaker_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The subject of the sentence before ``s``, as written ("The company"), when "it"
    (token ``k``, opening the first clause of ``s``) is the subject of a verb of saying and
    that subject said something there too; None when it is not sure."""
    c = _clauses(s.language)
    if s.tokens[k].lower not in c.ONE_THING_PRONOUNS - c.POSSESSIVE_PRONOUNS:
        return None
    if not _says_after(s, k, c):
        return None  # "It was closed in May": a thing may be meant
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        return None
    before, subject, mentions, a, b = found
    verb = subject_verb(before, c)
    if verb is None or not says(before.tokens[verb].lower, c):
        return None  # "The company sold the unit. It said …": the unit's buyer may be meant
    if mentions or before.tokens[a].lower not in c.ARTICLES:
        return None  # "Its board", "Lomax Corp": whose, or a name found elsewhere
    head = _head(before, a, b, c)
    bodies = lang.words(s.language, "events").ORGANISATION_WORDS
    if (
        head is None
        or before.tokens[head].lower not in bodies
        or is_plural(before.tokens[head].text, c)
    ):
        return None
    if _another_body(before, a, b, bodies, c):
        return None  # "The union said the council would …": either may say it
    return subject, []


def _says_after(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the verb after the pronoun ``k``, past its auxiliaries and adverbs ("It also
    said", "It has warned", "It also intends to"), is one of saying or of intent, which only
    someone does; not a passive ("It is expected to close": a thing may be meant)."""
    j = k + 1
    while j < len(s.tokens) - 1 and s.tokens[j].lower in c.AUX | c.ADVERBS:
        if s.tokens[j].lower in c.BE:
            return False
        j += 1
    if j >= len(s.tokens):
        return False
    intent = set(c.lemmas(s.tokens[j].lower).get("VERB", ())) & c.INTENT_VERBS
    return says(s.tokens[j].lower, c) or bool(intent)


def _another_body(before: Sentence, a: int, b: int, bodies: frozenset[str], c: ModuleType) -> bool:
    """Whether the sentence names, outside its subject ``[a, b)``, an organisation or a
    person, or a body by its noun after an article ("the council"), that might have spoken."""
    first, last = before.tokens[a].start, before.tokens[b - 1].end
    start, end = before.tokens[0].start, before.tokens[-1].end
    named = [m for m in before.mentions if start <= m.start < end and m.kind in KINDS]
    if any(not first <= m.start < last for m in named):
        return True
    return any(
        token.lower in bodies and before.tokens[j - 1].lower in c.ARTICLES
        for j, token in enumerate(before.tokens)
        if j and not a <= j < b
    )
