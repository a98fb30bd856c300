"""Dates a perfect cannot take.

What a saying reports in the past perfect happened before the saying: "Chad said on Friday
its troops had taken the town" gives the taking no Friday. A clause in the present perfect
tells a past linked to now, never at a time named wholly gone by ("Lower fares have been
offered since the market was opened in 1984": not in 1984); a span running up to now ("over
the past year") is read elsewhere.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from types import ModuleType

from core import lang
from core.temporal.tagger import Timex
from core.timeval import TimeValue

_QUOTED = re.compile(r"[“\"].*?(?:[”\"]|$)")
_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")
_PUNCTUATION = re.compile(r"[^\w\s]")


@cache
def _words(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def perfect_refuses(
    title: str, value: TimeValue, until: TimeValue | None, published: datetime, text: str,
    timex: Timex, language: str = "en", sentence_start: int = 0, back: bool = False,
) -> bool:  # fmt: skip
    """Whether a perfect titled ``title`` refuses ``value`` (to ``until``) from ``timex``:
    a past perfect reported after a verb of saying on the saying's day, week or month (not on
    the publication day: "said today it had sent an envoy" is the day's news), or a present
    perfect on a point of time before the publication year (not a span counted back to now,
    ``back``, nor after "since": the start of what has lasted)."""
    day = published.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if (
        value.precision != "year"  # ("said last year the figure had topped …": the figure's)
        and value.end <= day
        and said_right_then(text, timex, language)
        and told_before_saying(title, language)
    ):
        return True
    if back or until is not None or value.end > day.replace(month=1, day=1):
        return False  # ("has grown over the past year": a span up to now)
    if not told_in_present_perfect(title, language):
        return False
    c = _words(language)
    first = timex.text.lower().split()[:2]
    if len(first) == 2 and first[0] in c.BACK_SPAN_THE and first[1] in c.BACK_SPAN_WORDS:
        return False  # "has expanded rapidly in the past year": up to now
    # "have been locked in a struggle since a jury ruled in 1985": what has lasted, its start
    return not any(
        w.lower() in c.CLAUSE_SINCE for w in _WORD.findall(text, sentence_start, timex.start)
    )


def said_right_then(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether ``timex`` follows a past verb of saying at once, or after words that only
    place it ("said on Friday", "announced late yesterday"): the saying's date, not one of
    what is said ("said investigations over the summer had found …").

    >>> text = "Peru said on Friday its army had seized a camp."
    >>> said_right_then(text, Timex(13, 19, "Friday", "DATE", "2025-03-07"))
    True
    """
    c = _words(language)
    words = list(_WORD.finditer(text, max(0, timex.start - 40), timex.start))
    while words and words[-1].group().lower() in c.SAYING_DATE_LEAD:
        words.pop()
    if not words or _PUNCTUATION.search(text, words[-1].end(), timex.start):
        return False
    if text.startswith(tuple(c.POSSESSIVE_ENDINGS), timex.end):
        return False  # "said today's meeting had …": the meeting's day
    return _said(words[-1].group().lower(), c)


def _said(word: str, c: ModuleType) -> bool:
    return c.is_past(word) and bool(set(c.lemmas(word).get("VERB", ())) & c.DATE_OF_SAYING_VERBS)


def told_before_saying(title: str, language: str = "en") -> bool:
    """Whether the title's clause is told in the past perfect ("Its troops had taken the
    town"): reported after a verb of saying, it happened before the saying, at a time the
    saying's date does not give.

    >>> told_before_saying("The union's leader had resigned")
    True
    >>> told_before_saying("The union said its leader had resigned")
    False
    >>> told_before_saying("The firm had 300 workers")
    False
    """
    c = _words(language)
    words, verb = _perfect(title, c.PAST_PERFECT_AUX, c)
    if verb is None or _said(words[verb + 1], c):
        return False  # ("The agency had reckoned on June 8 that …": the saying itself)
    return _participle(words[verb + 1], c)


def _perfect(
    title: str, auxiliaries: frozenset[str], c: ModuleType
) -> tuple[list[str], int | None]:
    """The title's words, and where its first verb is when that verb is one of ``auxiliaries``
    with a word after it (else None)."""
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    verb = _first_verb(words, c)
    if verb is None or words[verb] not in auxiliaries or verb + 1 >= len(words):
        return words, None
    return words, verb


def _participle(word: str, c: ModuleType) -> bool:
    """ "been", or a past form that is no noun: the participle of a perfect."""
    return word == c.BEEN or (c.is_past(word) and "NOUN" not in c.lemmas(word))


def _first_verb(words: list[str], c: ModuleType) -> int | None:
    """The index of the title's first verb: an auxiliary, or a past form that is no noun
    ("The union said its leader had resigned", "Exposure peaked and has declined": the
    clause is told in that past)."""
    for k, word in enumerate(words):
        if word in c.AUX or (k and c.is_past(word) and "NOUN" not in c.lemmas(word)):
            return k
    return None


def told_in_present_perfect(title: str, language: str = "en") -> bool:
    """Whether the title's first verb is a present "has"/"have" before a participle.

    >>> told_in_present_perfect("Lower fares have been offered by carriers")
    True
    >>> told_in_present_perfect("The firm has 300 workers")
    False
    """
    c = _words(language)
    words, verb = _perfect(title, c.PRESENT_PERFECT_AUX, c)
    if verb is None:
        return False
    after, then = words[verb + 1], words[verb + 2 : verb + 3]
    if after == c.BEEN and then and then[0].endswith(c.GERUND):
        return False  # "have been searching since Oct. 23": an activity from its start
    return _participle(after, c)
