"""A period gone by that a future seen from the past cannot take.

A clause whose verb is "would" tells what comes after the time it is told from: the saying of
a report ("said Friday it would investigate the killings of four years ago"), or a condition
("if confirmed, the toll would make it the worst since last September"). News reports what was
said lately, so a month, a quarter or a year wholly gone by when the article was written,
written after the "would", is the date of a thing the clause names (the killings, debts
incurred in an acquisition, the results of a year), not of what would be done. A day is left
alone ("said the talks would resume on Tuesday" in a Thursday article reports a plan kept),
and so is a date before the "would" ("announced last September it would buy …": the saying's).

>>> from core.temporal.tagger import Timex
>>> from core.timeval import parse_value
>>> text = "The board said it would examine the collapse of the bridge in 1984."
>>> year = Timex(text.index("1984"), text.index("1984") + 4, "1984", "DATE", "1984")
>>> title = "The board would examine the collapse of the bridge"
>>> refuses(title, parse_value("1984"), datetime(1987, 3, 1), text, year)
True
>>> refuses("The board said it would examine", parse_value("1984"), datetime(1987, 3, 1), text, year)
False
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from types import ModuleType

from core import lang
from core.temporal.tagger import Timex
from core.timeval import TimeValue

_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")
_QUOTED = re.compile(r"[“\"].*?(?:[”\"]|$)")
# The shortest value a period has ("1987-03"): a day's ("1987-03-05") is longer.
_DAY_LENGTH = 10
# How far back from the date the "would" may stand.
_REACH = 200


@cache
def _words(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def refuses(
    title: str, value: TimeValue, published: datetime, text: str, timex: Timex,
    language: str = "en", sentence_start: int = 0,
) -> bool:  # fmt: skip
    """Whether the happening titled ``title`` (its first verb "would") may not take ``value``,
    a period (no day) wholly gone by at ``published`` that ``timex`` gives after that "would"."""
    c = _words(language)
    if not c.PAST_FUTURE or len(timex.value) >= _DAY_LENGTH or not timex.value[:1].isdigit():
        return False
    day = published.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if value.end > day:
        return False
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", title))]
    first = next((w for w in words[1:] if w in c.AUX or c.is_past(w)), None)
    if first not in c.PAST_FUTURE:
        return False  # "said it would …": the saying's clause, whose date it may be
    before = [
        w.lower()
        for w in _WORD.findall(text[max(sentence_start, timex.start - _REACH) : timex.start])
    ]
    return any(w in c.PAST_FUTURE for w in before)
