"""The person a sentence-opening "he" or "she" stands for when the sentence before opens on
someone's kin, named in an aside: "Rossi's daughter, Lina, took over the shop in 1998. She
sold it in 2010" → "Lina sold it".

The sentence before names two people, and no one is sure from the names alone; but its
subject is the kin ("daughter"), the other name only its owner ("Rossi's"), and the kin word
says the sex ("daughter" for "she", ``FEMALE_WORDS``; "father" for "he", ``MALE_WORDS``).
Sure only when the sentence opens that way, in the pronoun's paragraph, and names no one else.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.sentences import sentence_before

# how many describing words may stand between the owner and the kin word ("'s elder sister")
KIN_WORDS = 2


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def apposed_person(s: Sentence, k: int) -> Mention | None:
    """The name set off after the kin word that opens the sentence before ``s`` as its
    subject ("Rossi's daughter, | Lina |,"), when the kin word is of the sex of pronoun ``k``;
    None otherwise."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    if pronoun not in c.PERSONAL_PRONOUNS:
        return None
    kin = c.FEMALE_WORDS if pronoun in c.FEMALE_PRONOUNS else c.MALE_WORDS
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None or "\n" in s.text[before[1] : s.tokens[0].start]:
        return None
    a, b = before
    people = sorted((m for m in s.mentions if a <= m.start < b and m.kind == PERSON), key=_start)
    if len({m.name for m in people}) != 2 or len(people) != 2:
        return None  # "… met Tom Kell": a third may be meant
    owner, named = people
    if owner.start != a or s.text[named.end : named.end + 1] != ",":
        return None
    between = s.text[owner.end : named.start]
    owns = next(
        (e for e in c.POSSESSIVE_ENDINGS if e[:1] in "'\u2019" and between.startswith(e)), ""
    )
    if not owns or not between.rstrip().endswith(","):
        return None
    words = between[len(owns) :].rstrip().rstrip(",").split()
    if not words or len(words) > KIN_WORDS + 1 or words[-1].lower() not in kin:
        return None  # "Rossi's shop, Lina …": no kin word says who she is
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    return named


def _start(m: Mention) -> int:
    return m.start
