"""The person a sentence-opening "he" or "she" stands for when no name does: a noun of that sex
the sentence before is about ("The Ripley man was arrested on Thursday. He appeared in court on
Friday" → "The Ripley man appeared in court").

Languages whose articles say the sex ("Ein Mann … Er", "Un homme … Il") read it from the
article (``core.events.phrase_antecedent``); English reads it from the noun itself, listed per
language (``MALE_NOUNS``, ``FEMALE_NOUNS``). Sure only as ``core.events.antecedents`` is for
"it": the sentence before is passive (no one it acts on competes for the pronoun), its subject
opens on an article and holds one noun of the pronoun's sex, and it names no person; it is in
the same paragraph, or a paragraph of its own just before. A chain of the same pronoun ("He
appeared …. He will reappear …") is followed back to that sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _head, _passive, _previous
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence, parse_sentence
from core.events.pronoun_chain import CHAIN_SENTENCES, chained
from core.events.sentences import sentence_before
from core.events.someone import a_person
from core.events.tokens import Clause


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def person_noun_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject], depth: int = 0
) -> tuple[str, list[Mention]] | None:
    """The subject of the sentence before ``s``, as written, that "he" or "she" (token ``k``,
    opening ``s``'s first clause) stands for: "The Ripley man was arrested …" for "He"; None
    when it is not sure."""
    c = _clauses(s.language)
    pronoun = s.tokens[k].lower
    nouns = c.FEMALE_NOUNS if pronoun in c.FEMALE_PRONOUNS else c.MALE_NOUNS
    clause = s.clauses[0]
    if pronoun not in c.PERSONAL_PRONOUNS or not nouns or not clause.start <= k < clause.end:
        return None
    if any(j not in s.drop and s.tokens[j].text != "," for j in range(clause.start, k)):
        return None  # "In the report he …": a phrase before the pronoun
    chain = chained(s, k) if depth < CHAIN_SENTENCES else None
    if chain is not None:  # "He appeared in court. He will reappear …": the first "he"'s
        return person_noun_before(*chain, subject_of, depth + 1)
    before = _previous(s) or _one_sentence_paragraph_before(s)
    if before is None or not before.clauses:
        return None
    passive = _passive(before, before.clauses[0], c)
    if passive is None:  # "The man robbed a shopkeeper. He …": either may be meant
        return None
    subject, mentions, (a, b) = subject_of(before, passive)
    if not subject or b <= a or mentions or before.tokens[a].lower not in c.ARTICLES:
        return None  # "Her father", "Police": whose, or who, is not sure
    head = _head(before, a, b, c)
    if head is None or before.tokens[head].lower not in nouns:
        return None
    if any(before.tokens[j].lower in c.COORDINATORS for j in range(a, b)):
        return None  # "The man and his son were arrested": either
    others = c.MALE_NOUNS | c.FEMALE_NOUNS
    if any(t.lower in others for j, t in enumerate(before.tokens) if j != head):
        return None  # "The man was robbed by a woman": another person
    first, last = before.tokens[0].start, before.tokens[-1].end
    people = [m for m in before.mentions if m.kind == PERSON and first <= m.start < last]
    if any(a_person(before, m) for m in people):
        return None  # "The man was arrested by Sgt Ann Lee": she may be meant
    return subject, []


def _one_sentence_paragraph_before(s: Sentence) -> Sentence | None:
    """The sentence before ``s`` when it is a paragraph of its own, as a wire story writes one
    sentence a paragraph ("The Ripley man was arrested …" ¶ "He appeared …"): the story goes
    on about it as within a paragraph; a longer paragraph may have turned to another topic."""
    span = sentence_before(s.text, s.tokens[0].start, s.language)
    if span is None:
        return None
    a, b = span
    if s.text[b : s.tokens[0].start].count("\n") != 2 or s.text[a - 1 : a] not in ("\n", ""):
        return None
    return parse_sentence(s.text, a, b, [], s.mentions, s.language)
