"""What a subject of only an article and an ordinal counts ("A third will leave tomorrow"):
the noun the sentence before counted up to the number before it.

"The operator has added two extra sailings tonight. A third will leave tomorrow at noon": "a
third" is a third sailing, as sure as the count ("two … sailings", then "third") says, and
the title names it ("A third sailing will leave"). When the sentence before counts no such
noun, or two, the subject stays as written.
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.antecedents import _clauses, _previous, is_plural
from core.events.parse import Sentence

# words a count may stand before its noun ("two [extra] sailings", "three [more daily] flights")
COUNT_REACH = 3


def counted_before(s: Sentence, keep: list[int]) -> str:
    """The subject ``keep`` ("A third") with the noun it counts after it ("A third sailing"),
    when ``keep`` is an article and an ordinal opening ``s`` and the sentence before counts
    that noun up to the ordinal's number less one; "" otherwise."""
    if len(keep) != 2 or keep[0] != 0:
        return ""
    c = _clauses(s.language)
    calendar = lang.words(s.language, "calendar")
    article, ordinal = (s.tokens[k].lower for k in keep)
    n = calendar.ORDINALS.get(ordinal, 0) if ordinal in calendar.COUNTING_ORDINALS else 0
    if article not in c.ARTICLES or n < 2:
        return ""
    before = _previous(s)
    if before is None:
        return ""
    nouns = {_counted(before, j, n - 1, c, calendar) for j in range(len(before.tokens))}
    nouns.discard("")
    if len(nouns) != 1:
        return ""
    return f"{s.tokens[keep[0]].text} {s.tokens[keep[1]].text} {nouns.pop()}"


def _counted(before: Sentence, j: int, count: int, c: ModuleType, calendar: ModuleType) -> str:
    """The singular of the noun at ``j`` when a number of ``count`` stands just before it
    (modifiers between at most): "two extra [sailings]" → "sailing"; or the ordinal of
    ``count`` before a singular noun: "the first [ferry]" (before "The second …"); "" otherwise."""
    word = before.tokens[j].text
    if not word.isalpha() or not word.islower():
        return ""
    forms = c.lemmas(word).get("NOUN", ())
    one = word if word in forms else ""
    many = next(iter(forms)) if is_plural(word, c) and len(forms) == 1 else ""
    if not one and not many:
        return ""
    for i in range(j - 1, max(-1, j - 1 - COUNT_REACH), -1):
        lower = before.tokens[i].lower
        if calendar.ONES.get(lower) == count or lower == str(count):
            return many or (one if count == 1 else "")
        if (lower in calendar.COUNTING_ORDINALS or lower == calendar.FIRST) and one:
            return one if calendar.ORDINALS[lower] == count else ""
        if not lower.isalpha() or lower in c.PREPOSITIONS | c.DETERMINERS | c.COORDINATORS:
            return ""
    return ""
