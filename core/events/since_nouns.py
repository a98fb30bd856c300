"""A happening a "since" phrase names by its noun, with its own date: "has been in hiding
since the June 2020 bombing of a depot in Oslo".

The date starts the clause's running span (``core.events.anchors`` says it describes: the
flight from justice is no happening of June 2020), but it is the bombing's own day, and
the bombing is news the article tells in passing. The noun phrase is read as any dated
noun's (``core.events.nominal.dated_noun``): only a noun the language lists as naming one
happening counts, so "since the 1990 budget" and "since the 1986 sales" give nothing.
"""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.events.anchor_context import happening_after
from core.events.anchor_cues import _cues
from core.events.entities import Mention
from core.events.nominal import dated_noun
from core.events.parse import Happening, When, parse_sentence
from core.temporal.tagger import Timex

_LOOK_BACK = 40  # characters: "since [at least] the" before the date
_BASELINE_LOOK_BACK = 160  # characters: "the highest turnout for any … since the"
_NOUN_LOOK_AHEAD = 48  # characters: the noun phrase after it


def since_happening(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` stands between "since the" and a happening's noun ("since the
    2019 Riverside bombing"), not a thing's ("since the 1990 budget")."""
    cues = _cues(language)
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start]
    if not cues.since.search(before) or not cues.determiner.search(before):
        return False
    if not happening_after(timex.text, text[timex.end : timex.end + _NOUN_LOOK_AHEAD], cues):
        return False
    # "the highest turnout since the 2011 referendum": a record's yardstick
    reach = max(0, timex.start - _BASELINE_LOOK_BACK)
    return not since_baseline(language).search(text, reach, timex.start)


@cache
def since_baseline(language: str) -> re.Pattern[str]:
    """A record's words before "since": what follows is its yardstick."""
    return re.compile(lang.words(language, "anchors").SINCE_NOUN_BASELINE_BEFORE, re.I)


def since_noun_happenings(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention],
    language: str,
) -> list[Happening]:  # fmt: skip
    """The happenings the nouns after the "since" dates ``timexes`` of ``text[start:end]``
    name, each on its date."""
    if not timexes:
        return []
    s = parse_sentence(text, start, end, [When(t) for t in timexes], mentions, language)
    if s is None:
        return []
    return [h for h in (dated_noun(s, when) for when in s.whens) if h is not None]
