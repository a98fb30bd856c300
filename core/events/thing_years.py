"""A year that names what a happening is for, not when its clause happens: "Pay talks for 2031
will open in November", "La negociación para 2031 comenzará en noviembre".

The year after "<happening noun> for" ("talks for 2031", "the agreement for 2031") is the
period the happening covers; when the clause has a date of its own, that date is the
happening's and the year yields to it (``core.events.when_choice``). A figure's noun keeps its
year ("the average guess for 1987 planted acreage was …, below the acreage planted last year":
"last year" is not the guess's). A participle before "for" keeps its year ("set
for 2031", "scheduled for 2031": the plan's date). The words are the language's
``NOUN_FOR_BEFORE`` (``anchors`` data).
"""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.events.anchor_cues import _cues
from core.events.nominal import is_happening_noun
from core.temporal.tagger import Timex

_YEAR = re.compile(r"\d{4}")
_REACH = 40  # how far before the year its noun and preposition are looked for


@cache
def _noun_for(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "anchors").NOUN_FOR_BEFORE, re.I)


def year_for_a_thing(text: str, timex: Timex, language: str) -> bool:
    """Whether the year ``timex`` follows "<happening noun> for" ("the wage talks for 2031"):
    the period the happening is for.

    >>> t = Timex(10, 14, "2031", "DATE", "2031")
    >>> year_for_a_thing("Talks for 2031 begin in May.", t, "en")
    True
    >>> year_for_a_thing("It is set for 2031 now.", Timex(11, 15, "2031", "DATE", "2031"), "en")
    False
    """
    if not _YEAR.fullmatch(timex.value) or timex.text != timex.value:
        return False
    found = _noun_for(language).search(text, max(0, timex.start - _REACH), timex.start)
    if found is None or found.end() != timex.start:
        return False
    word = found.group("noun").lower()
    cues = _cues(language)
    forms = cues.lemmas(word)
    if "NOUN" not in forms or "ADJ" in forms or cues.is_participle(word):
        return False
    listed = {word, word.rstrip("s"), *forms["NOUN"]} & cues.event_nouns
    return bool(listed) or is_happening_noun(word, language)
