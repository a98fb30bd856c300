"""Dates that are arguments, not adverbials, and the words a dropped date takes with it
(``core.events.parse.dropped``).

A date is dropped from a title with its preposition wherever it stands. Where it is the
object of a verb that names it in a role ("had targeted [May 4] as the closing date"), it
stays: without it the title says half. Where it is the subject of a clause of its own passing
("as [the year] progresses"), the whole clause is a time and goes with it; so do the words
that only describe it ("over [the year] as a whole").
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token

_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})


def role_object(tokens: list[Token], first: int, after: int, c: ModuleType) -> bool:
    """Whether the date at tokens ``first`` … ``after`` (exclusive) is the object of the verb
    before it, named in a role by the word after it: "targeted [May 4] as the closing date"."""
    if not c.DATE_ROLE_WORD or first < 1 or after >= len(tokens) - 1:
        return False
    if tokens[after].lower != c.DATE_ROLE_WORD:
        return False
    verb = tokens[first - 1].lower
    return bool(c.DATE_ROLE_VERBS.intersection(c.lemmas(verb).get("VERB", ())))


def subject_clause(tokens: list[Token], first: int, after: int, c: ModuleType) -> list[int]:
    """The opener, verb and particle of a clause whose subject is the date at ``first`` …
    ``after`` and that says only that it passes ("as [the year] progresses", "as the season
    goes on"), when the clause ends there; else none. Not in the past: which year "progressed"
    the text most often told before, and the date read alone may not be it."""
    if first < 1 or after >= len(tokens) or tokens[first - 1].lower not in c.DATE_SUBJECT_OPENERS:
        return []
    if not c.DATE_SUBJECT_VERBS.intersection(c.lemmas(tokens[after].lower).get("VERB", ())):
        return []
    if c.is_past(tokens[after].text):
        return []  # "orders grew as the year progressed": which year, the text told before
    words = [first - 1, after]
    end = after + 1
    if end < len(tokens) and tokens[end].lower in c.DATE_SUBJECT_PARTICLES:
        words.append(end)
        end += 1
    if end < len(tokens) and tokens[end].text not in _CLAUSE_ENDS:
        return []
    return words


def whole_tail(tokens: list[Token], after: int, c: ModuleType) -> list[int]:
    """The words after a date at ``after`` that only describe it ("as a whole")."""
    for words in c.DATE_WHOLE_TAILS:
        end = after + len(words)
        if end <= len(tokens) and tuple(t.lower for t in tokens[after:end]) == words:
            return list(range(after, end))
    return []


_PART_REACH = 3  # the most words (an article, adjectives) before a part's noun


def part_of_date(tokens: list[Token], first: int, c: ModuleType) -> list[int]:
    """The words naming a part of the date at ``first`` after a preposition ("for [the early
    part of] March", "during [the rest of] the year"), the preposition with them; none when
    the part is no preposition's ("The rest of the year will be quiet")."""
    if first < 3 or tokens[first - 1].lower != c.DATE_PART_OF:
        return []
    if tokens[first - 2].lower not in c.DATE_PART_NOUNS:
        return []
    for k in range(first - 3, max(first - 3 - _PART_REACH, -1), -1):
        word = tokens[k]
        if word.lower in c.DATE_PART_LEADS:
            return list(range(k, first))
        if not (word.text.isalpha() and word.text.islower()):
            return []
    return []
