"""The person a sentence's "he" or "she" goes on about: the subject of the sentence before.

A pronoun opening a sentence most often continues the sentence before's subject ("Vang, 44,
of Tromsø, became a suspect in May. He was charged on Thursday."): the person that sentence
opens on, when no other person is named there ("… met Tom Kell", "… after Sam Orr called
police" make two candidates, and then no one is sure: the title would pin the act on the wrong
one). Names that are no one do not compete: where someone is from ("of Ely") and short
abbreviations taken for names ("Cambs.", "Vt."); nor is one the subject (a ship, a title: a
name the article only ever writes after "the").
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.sentences import sentence_before
from core.events.someone import a_person, word_before
from core.events.tokens import Token, tokenize


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def subject_person_before(s: Sentence, pronoun: str = "") -> Mention | None:
    """The person the sentence before ``s`` opens on as its subject, when no other person is
    named there (but as the owner of a noun after that sentence has already called its
    subject by the same ``pronoun``: "Ilse Varga denied that she hid Tom Kell's plan. She
    …"); None otherwise."""
    c = _clauses(s.language)
    before = sentence_before(s.text, s.tokens[0].start, s.language)
    if before is None:
        return None
    a, b = before
    people = [m for m in s.mentions if a <= m.start and m.end <= b and m.kind == PERSON]
    if not people or not _opens_on(s.text, a, people[0]):
        return None
    same = [m for m in s.mentions if m.name == people[0].name]
    if all(word_before(s.text, m) in c.ARTICLES for m in same):
        return None  # "The Kittiwake, a 144-car vessel, …": a ship, a name only after "the"
    if not a_person(s, people[0]):
        return None  # "Son Leica, un modèle de 1933, …": a thing of hers, no one
    first_word = people[0].text.split()[0].lower()
    if first_word in c.FRONTED | c.PREPOSITIONS | c.LINKS | c.DETERMINERS:
        return None  # "With the election due, …": a word taken for a name, no subject
    tokens = tokenize(s.text, a, b)
    for other in people[1:]:
        if other.name != people[0].name and not _no_one(s.text, tokens, other, c):
            if _owner_after_pronoun(s.text, tokens, people[0], other, pronoun, c):
                continue
            return None  # "… met Tom Kell", "… after Sam Orr called police": two candidates
    return people[0]


def _no_one(text: str, tokens: list[Token], mention: Mention, c: ModuleType) -> bool:
    """Whether a name taken for a person is where someone is from ("of Ely") or a short
    abbreviation ("Cambs.", "Vt."): no one a pronoun could stand for."""
    at = next((k for k, t in enumerate(tokens) if t.start >= mention.start), None)
    if at is None:
        return False
    if at > 0 and tokens[at - 1].lower == c.OF:
        return True
    after = text[mention.end : mention.end + 1]
    return (
        " " not in mention.text and len(mention.text) <= c.STATE_ABBREVIATION_CHARS and after == "."
    )


def _owner_after_pronoun(
    text: str, tokens: list[Token], subject: Mention, other: Mention, pronoun: str,
    c: ModuleType,
) -> bool:  # fmt: skip
    """Whether ``other`` only owns a noun ("Tom Kell's plan") after the sentence has called
    its ``subject`` by ``pronoun`` ("Ilse Varga denied that she hid Tom Kell's plan")."""
    if not pronoun or text[other.end : other.end + 2] not in c.POSSESSIVE_ENDINGS:
        return False
    return any(t.lower == pronoun for t in tokens if subject.end <= t.start < other.start)


def _opens_on(text: str, start: int, mention: Mention) -> bool:
    """Whether the sentence at ``start`` opens on the name, or on capitalised words before it
    (a title: "Dr. Ann Roe", "Police Chief Tom Hale")."""
    before = text[start : mention.start].split()
    return all(w[:1].isupper() for w in before)
