"""What a sentence-opening "it" stands for when the sentence before is about a person: the
one thing that sentence names.

"In 1964 she designed the town library. It opened in 1966": "it" is no person, so not
"she"; the library is the one thing named, and the title says so as the article writes it
("The town library opened"). Sure only when nothing else in that sentence could be meant:
one singular thing after a determiner, no other such noun, no firm's or place's name beside
it ("He left the bank to run the mill. It …": the bank or the mill?); otherwise the pronoun
stays as written (``core.events.pronoun_names.kept_as_written``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from core import lang
from core.events.antecedents import Subject, _clauses, _previous, is_plural
from core.events.clause_edges import says
from core.events.entities import PERSON, Mention
from core.events.parse import Sentence
from core.events.someone import _introduced
from core.events.thing_antecedent import _subject_before
from core.events.tokens import Clause, Token
from core.events.wording import reduce_names


def object_before(
    s: Sentence, k: int, subject_of: Callable[[Sentence, Clause], Subject]
) -> tuple[str, list[Mention]] | None:
    """The one thing the sentence before ``s`` names, as written ("the town library"), that
    "it" (token ``k``, opening ``s``'s first clause after a fronted time at most) stands for
    when that sentence's subject is a person; None when no one thing is sure."""
    c = _clauses(s.language)
    if not c.IT_TAKES_SUBJECT_BEFORE or s.tokens[k].lower not in c.ONE_THING_PRONOUNS - (
        c.POSSESSIVE_PRONOUNS
    ):
        return None
    if any(t.lower in c.PERSONAL_PRONOUNS | c.PERSONAL_POSSESSIVES for t in s.tokens):
        return None  # "It showed that his …": whose, and what "it" is, not sure
    if not _tells_of_a_thing(s, s.clauses[0], c):
        return None
    found = _subject_before(s, k, subject_of, c)
    if found is None:
        found = _person_pronoun_before(s, k, c)
    if found is None:
        return None
    before, _, mentions, a, b = found
    if not _a_person(before, a, b, mentions, c):
        return None
    things = _things(before, a, b, c)
    if len(things) != 1:
        return None
    x, y = things[0]
    first, last = before.tokens[0].start, before.tokens[-1].end
    named = [m for m in before.mentions if first <= m.start < last]
    inside = [m for m in named if before.tokens[x].start <= m.start < before.tokens[y - 1].end]
    others = [m for m in named if m.kind != PERSON and m not in inside]
    if others:
        return None  # "She left the bank for Leeds": Leeds may be meant
    phrase = reduce_names(before.text, before.tokens, x, y, before.mentions, before.drop,
                          before.language)  # fmt: skip
    return phrase[:1].upper() + phrase[1:], [m for m in inside if m.kind != PERSON]


def _tells_of_a_thing(s: Sentence, clause: Clause, c: ModuleType) -> bool:
    """Whether the clause's verb may tell of a thing: no "be" alone ("It was a hard year":
    no thing, the time), no verb that holds the place of what follows ("It took a long
    campaign"), no verb of saying (a thing says nothing)."""
    verb = clause.verb
    if verb is None:
        return False
    while verb + 1 < clause.end and s.tokens[verb].lower in c.AUX | c.ADVERBS:
        verb += 1
    word = s.tokens[verb].lower
    if word in c.BE or word in c.AUX:
        return False
    lemmas = set(c.lemmas(word).get("VERB", ()))
    return not lemmas & c.IT_PLACEHOLDER_VERBS and not says(word, c)


def _person_pronoun_before(
    s: Sentence, k: int, c: ModuleType
) -> tuple[Sentence, str, list[Mention], int, int] | None:
    """The sentence before, when its first clause's subject is "he" or "she" (after a
    fronted time at most: "Four years later she completed …"), with that pronoun's span."""
    clause = s.clauses[0]
    if not all(j in s.drop or s.tokens[j].lower in c.LINKS for j in range(clause.start, k)):
        return None
    before = _previous(s)
    if before is None or not before.clauses or before.clauses[0].verb is None:
        return None
    first = before.clauses[0]
    j = first.verb - 1
    while j > first.body and before.tokens[j].lower in c.AUX | c.ADVERBS:
        j -= 1  # "she had already left"
    if before.tokens[j].lower not in c.PERSONAL_PRONOUNS:
        return None
    if (
        j > first.start
        and before.tokens[j - 1].text != ","
        and not _fronted(before, first.start, c)
    ):
        return None  # "the house she bought": a relative, not the sentence's subject
    return before, before.tokens[j].text, [], j, j + 1


def _fronted(before: Sentence, start: int, c: ModuleType) -> bool:
    """Whether the words from ``start`` to the subject pronoun are a fronted phrase of time
    ("In 1964", "Four years later"): a preposition or a figure opens them."""
    first = before.tokens[start]
    return (
        first.lower in c.PREPOSITIONS or first.text[:1].isdigit() or (first.lower in c.NUMBER_WORDS)
    )


def _a_person(before: Sentence, a: int, b: int, mentions: list[Mention], c: ModuleType) -> bool:
    """Whether the subject ``[a, b)`` of the sentence before is a person: "he" or "she", a
    person named in full or with a title, or a role ("The mayor")."""
    words = [t for t in before.tokens[a:b] if t.text[:1].isalpha()]
    if len(words) == 1 and words[0].lower in c.PERSONAL_PRONOUNS:
        return True
    first, last = before.tokens[a].start, before.tokens[b - 1].end
    named = [m for m in before.mentions if first <= m.start < last] or mentions
    if named:
        return all(m.kind == PERSON and _introduced(before, m, c) for m in named)
    roles = lang.words(before.language, "events").ROLES
    return bool(words) and words[-1].lower in roles and words[0].lower in c.ARTICLES


def _things(before: Sentence, a: int, b: int, c: ModuleType) -> list[tuple[int, int]]:
    """The singular things the sentence before names outside its subject ``[a, b)``: each
    phrase a determiner opens and a singular noun ends, up to a preposition or a comma ("the
    covered market | at Techiman"), as its span; (-1, -1) for one a possessive opens ("its
    roof": whose is not sure). A phrase set off by a comma and "a" after one describes it
    ("the library, a building she loved") and ends the count."""
    tokens = before.tokens
    calendar = lang.words(before.language, "calendar")
    times = {*calendar.UNITS, *calendar.SEASONS, *calendar.PARTS_OF_DAY}
    roles = lang.words(before.language, "events").ROLES
    determiners = c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.DEMONSTRATIVES
    found: list[tuple[int, int]] = []
    for d, token in enumerate(tokens):
        after = tokens[d + 1].lower if d + 1 < len(tokens) else ""
        if found and token.text == "," and after in c.DESCRIBING_ARTICLES:
            break  # "…, a building she later called …": the thing again, described
        if a <= d < b or d in before.drop or token.lower not in determiners:
            continue
        end = d + 1
        while end < len(tokens) and end not in before.drop and _modifier(tokens, end, c):
            end += 1
        head = tokens[end - 1] if end > d + 1 else None
        if head is None or not head.text.islower() or not c.lemmas(head.text).get("NOUN"):
            continue
        if head.lower in times or head.lower in roles or is_plural(head.text, c):
            continue  # "the next day", "the mayor", "the shops": no thing "it" stands for
        owner = token.lower in c.POSSESSIVE_PRONOUNS - c.PERSONAL_POSSESSIVES
        found.append((-1, -1) if owner else (d, end))
    return found


def _modifier(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k``, after a determiner, goes on with its noun phrase: a word
    that is no function word and no verb alone ("town", "library"), a participle before
    such a word ("the covered market"), or a name ("the Foleshill library")."""
    lower, text = tokens[k].lower, tokens[k].text
    if not text[:1].isalpha() or lower in c.ARTICLES | c.POSSESSIVE_PRONOUNS | c.DEMONSTRATIVES:
        return False
    if lower in c.PREPOSITIONS | c.AUX | c.COORDINATORS | c.PRONOUNS:
        return False
    readings = c.lemmas(lower)
    if text[:1].isupper() or not readings or set(readings) != {"VERB"}:
        return True
    participle = c.is_participle(text) or lower.endswith(c.GERUND)
    return participle and k + 1 < len(tokens) and _modifier(tokens, k + 1, c)
