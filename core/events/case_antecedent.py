"""What an object pronoun opening a sentence stands for, in a language whose verbs need no
named doer: the one thing the sentence before has its verb act on, written in the same case.

"Музей готовит выставку новых находок. Её откроют в мае": "её" is no subject (the verb's
doers go unnamed) but the exhibition, and the sentence before writes it in the very case the
pronoun has ("выставку"), so the title can say it in the article's own words: "Выставку
новых находок откроют". Each language lists, for a pronoun, the endings a noun of its
gender and case has (``OBJECT_PRONOUN_ENDINGS``) and those of a subject the pronoun might
stand for instead (``OBJECT_PRONOUN_RIVALS``). Sure only when nothing else is: no person
named in that sentence, no subject of the pronoun's gender, one such noun after its verb.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.antecedents import _previous
from core.events.entities import PERSON
from core.events.parse import Sentence

# words the thing's phrase may hold ("небольшую выставку новых находок"); a longer one is cut
# after its noun
PHRASE_WORDS = 5


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def case_object_before(s: Sentence, k: int) -> str:
    """The phrase the object pronoun ``k``, opening ``s``, stands for, as the sentence before
    writes it: "Музей готовит выставку. Её откроют 7 ноября" → "Выставку"; "" when no one
    thing is sure."""
    c = _clauses(s.language)
    endings = c.OBJECT_PRONOUN_ENDINGS.get(s.tokens[k].lower, ())
    if not endings or any(j not in s.drop for j in range(k)):
        return ""
    before = _previous(s)
    if before is None or not before.clauses or before.clauses[0].verb is None:
        return ""
    first, last = before.tokens[0].start, before.tokens[-1].end
    if any(m.kind == PERSON and first <= m.start < last for m in before.mentions):
        return ""  # "Анна купила машину. Её …": she may be meant
    clause = before.clauses[0]
    assert clause.verb is not None
    rivals = c.OBJECT_PRONOUN_RIVALS.get(s.tokens[k].lower, ())
    if any(_rival(before, j, rivals, c) for j in range(clause.body, clause.verb)):
        return ""  # "Школа готовит выставку. Её …": the school or the exhibition?
    span = _object_after(before, clause.verb + 1, clause.end, endings, c)
    if span is None:
        return ""
    a, head, b = span
    others = [
        j
        for j, token in enumerate(before.tokens)
        if not a <= j < b and token.lower.endswith(endings) and _noun(token.lower, c)
    ]
    if [j for j in others if not _after_preposition(before, j, c)]:
        return ""  # two things in that case: either may be meant (not "к юбилею")
    end = b if b - a <= PHRASE_WORDS else head + 1
    text = s.text[before.tokens[a].start : before.tokens[end - 1].end]
    return text[:1].upper() + text[1:]


def _object_after(
    s: Sentence, a: int, end: int, endings: tuple[str, ...], c: ModuleType
) -> tuple[int, int, int] | None:
    """The verb's object starting at ``a``: its first token, its noun and its end (the words
    after the noun up to a comma, "and" or the clause's end), when its words before the noun agree
    with it (adjectives in the same ending) and its noun has one of ``endings``."""
    head = a
    while head < end and s.tokens[head].lower.endswith(c.ADJECTIVE_ENDINGS):
        if not s.tokens[head].lower.endswith(endings):
            return None  # "новых выставок": not the pronoun's case
        head += 1
    if head >= end or not s.tokens[head].text.islower():
        return None
    if not s.tokens[head].lower.endswith(endings) or not _noun(s.tokens[head].lower, c):
        return None
    b = head + 1
    stops = c.COORDINATORS | {c.AND}
    while b < end and b not in s.drop and s.tokens[b].text[:1].isalnum():
        if s.tokens[b].lower in stops:
            break  # "выставку и книгу": the other thing is a rival, not a word of this one
        b += 1
    return a, head, b


def _rival(s: Sentence, j: int, rivals: tuple[str, ...], c: ModuleType) -> bool:
    """Whether the subject's word ``j`` is a noun the pronoun may stand for: one with a rival
    ending that no noun or preposition before it governs ("школа", "новая школа"; not the
    genitive of "к годовщине открытия", "для жителей города")."""
    word = s.tokens[j].lower
    if not word.endswith(rivals) or not _noun(word, c):
        return False
    before = s.tokens[j - 1].lower if j > 0 else ""
    return not (_noun(before, c) or before in c.PREPOSITIONS)


def _after_preposition(s: Sentence, j: int, c: ModuleType) -> bool:
    """Whether a preposition governs the noun ``j``, an adjective between them at most ("к
    юбилею", "к новому юбилею"): a dative or a place, not the object the verb acts on."""
    k = j - 1
    if k >= 0 and s.tokens[k].lower.endswith(c.ADJECTIVE_ENDINGS):
        k -= 1
    return k >= 0 and s.tokens[k].lower in c.PREPOSITIONS


def _noun(word: str, c: ModuleType) -> bool:
    """Whether a dictionary reads the word as a noun only (not "сразу", not a verb)."""
    readings = c.lemmas(word)
    return bool(readings) and set(readings) == {"NOUN"}
