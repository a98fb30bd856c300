"""A forecast or a range a company gave, named with the day it gave it: "expects a profit
of 18 million francs, down from a previous forecast of 30 million francs issued in March"
gives "A previous forecast of 30 million francs was issued" in March. The comparison's date
dates no clause of the sentence (``core.events.anchors``: a baseline); the giving is a
happening of its own. The words are the language's ``GUIDANCE_GIVEN_BEFORE`` (``anchors``
data); none in a language without.

>>> _title("The", "previous range of $4 to $5", "was", "given")
'The previous range of $4 to $5 was given'
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Happening, When
from core.events.quick_patterns import compile_quick
from core.events.title_words import be_for
from core.temporal.tagger import Timex

# How far before its date the forecast's noun phrase may start, in characters.
_REACH = 140


@cache
def _data(language: str) -> tuple[re.Pattern[str], ModuleType]:
    a = lang.words(language, "anchors")
    return compile_quick(a.GUIDANCE_GIVEN_BEFORE, re.I), a


def guidance_happenings(
    text: str, start: int, timexes: list[Timex], language: str
) -> list[Happening]:
    """The forecasts ``text`` says were given on its dates (``timexes``, from ``start``)."""
    before, a = _data(language)
    found = []
    for timex in timexes:
        if timex.type != "DATE" or timex.start < start:
            continue
        given = before.search(text, max(start, timex.start - _REACH), timex.start)
        if given is not None and (given.group("base") or given.group("rel")):
            det, noun, verb = given.group("det", "noun", "verb")
            head = noun.split(a.GUIDANCE_COMPLEMENT)[0].split()[-1]  # "range", "forecasts"
            be = be_for(head, a.OBJECT_PARTICIPLE_BE, a.SINGULAR_ENDINGS)
            participle = a.GUIDANCE_PARTICIPLES.get(verb.lower(), verb.lower())
            opener = a.GUIDANCE_KEPT_DETERMINERS.get(det.lower(), a.GUIDANCE_DETERMINER)
            title = _title(opener, noun, be, participle)
            found.append(Happening(title, "other", When(timex), ()))
    return found


def _title(opener: str, noun: str, be: str, participle: str) -> str:
    return " ".join([*opener.split(), *noun.split(), be, participle])
