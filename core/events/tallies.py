"""Figures told as if they happened: an age reached ("Karlsson turns 60 in March"), a
year's tally ("the harbour handled 3.2 million tonnes of grain last year"), an amount
("оборот фабрики составил 12 млрд рублей"). Each tells how much or how old, not what happened, so
no title is made of it (``core.events.states.is_state`` asks here).

The verbs are each language's ``AGE_VERBS``, ``TALLY_VERBS`` and ``AMOUNT_VERBS``
(``clauses`` data, by lemma), the words that may stand before the figure its
``FIGURE_LEADS`` ("more than", "about"), the words an age may end in its ``AGE_YEARS``.
A tally counts only over a year: "the final on Saturday drew 9,400 spectators" is the final, a
happening, and a half's or a quarter's figure is a report's.

>>> tallied(["turned", "88"], 0, {"turn"}, "en", "2017-05")
True
>>> tallied(["handled", "3.2", "million", "tonnes"], 0, {"handle"}, "en", "2022-03-14")
False
"""

from __future__ import annotations

import re
from types import ModuleType

from core import lang

# A year's value: a tally over a year is a count ("carried 2.1 million travellers in 2022"),
# over a half or a quarter a period's figure as a report gives it ("carried 9 million
# passengers in the six months to June"), on a day the day's happening
_YEAR = re.compile(r"\d{4}")
_SCORE = re.compile(r"\d+[-–:]\d+$")  # a match's score: "2-2", "3:1"
_OLDEST = 120  # an age is at most this: "turned 180 degrees" is a turn


def tallied(words: list[str], k: int, verbs: set[str], language: str, when: str | None) -> bool:
    """Whether the predicate ``words`` (lowercase), its verb ``words[k]`` of lemmas
    ``verbs`` and dated ``when`` (a value), tells a figure, not a happening: an age
    ("turns 60", "исполнилось 60 лет"), an amount ("составил 12 млрд"), a tally over a
    year ("carried more than 2.1 million travellers [in 2022]")."""
    c = lang.words(language, "clauses")
    if when and _YEAR.fullmatch(when) and _averaged(words, k, verbs, c):
        return True  # "exported an average of 9,000 bpd [in 1986]": a year's average
    if not verbs & (c.AGE_VERBS | c.TALLY_VERBS | c.AMOUNT_VERBS):
        return False
    at = _figure_at(words, k + 1, c)
    if at is None:
        return False
    if verbs & c.AGE_VERBS and _age(words, at, c):
        return True
    if verbs & c.AMOUNT_VERBS:
        return True
    return bool(verbs & c.TALLY_VERBS and when and _YEAR.fullmatch(when))


def _averaged(words: list[str], k: int, verbs: set[str], c: ModuleType) -> bool:
    """Whether the verb ``words[k]``, no move, is followed by an average's words and a figure
    ("exported an average of 9,000 bpd"), the figure right after them."""
    if verbs & c.MEASURE_MOVES:
        return False
    after = " ".join(words[k + 1 :])
    lead = next((w for w in c.AVERAGE_LEADS if after.startswith(w + " ")), None)
    if lead is None:
        return False
    at = k + 1 + len(lead.split())
    return at < len(words) and words[at][:1].isdigit()


def _figure_at(words: list[str], start: int, c: ModuleType) -> int | None:
    """Where a figure in digits stands after ``start``, past its leading words ("more
    than", "около"); None when another word or a match's score comes first."""
    for j in range(start, len(words)):
        if words[j][:1].isdigit():
            return None if _SCORE.match(words[j]) else j  # "drew 2-2 with Brazil": a match
        if words[j] not in c.FIGURE_LEADS:
            return None
    return None


def _age(words: list[str], at: int, c: ModuleType) -> bool:
    """Whether the figure at ``at`` is an age: a whole number a person may reach, alone or
    followed by its word for years ("60", "60 лет"), not a count of things ("3 песни")."""
    figure = words[at].rstrip(".,;")
    if not figure.isdigit() or int(figure) > _OLDEST:
        return False
    return at == len(words) - 1 or words[at + 1] in c.AGE_YEARS
