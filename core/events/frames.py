"""Whether a year that opens a sentence, set off by a comma, only frames the finer date its
main clause gives later: "In 1972, the ferry sailed to Arran on 9 May" happened on 9 May
1972, and "In 2017, the last ferry of the season sailed in mid-October" in October 2017
(``core.events.joins.finest`` keeps the finer date)."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb
from core.events.parse import Sentence, When, token_after, token_at
from core.timeval import is_day_value


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?$")


def fronted_frame(s: Sentence, first: When, second: When) -> bool:
    """Whether ``first`` opens the sentence as its frame, set off by a comma (one word may
    come before it: "In 1972, …"), and ``second`` is a day in it with only the main clause's
    words between ("A year later, the ferry sailed to Arran on 9 May."): the happening's day,
    the frame only says which year it is; a month in it too ("In 2017, the last ferry sailed in
    mid-October")."""
    opening = s.text[s.tokens[0].start : first.timex.start] if s.tokens else ""
    if not _DAY_OR_MONTH.match(second.timex.value) or len(opening.split()) > 1:
        return False
    between = s.text[first.timex.end : second.timex.start]
    if not between.startswith(",") or any(mark in between[1:] for mark in ",;:()"):
        return False
    month = not is_day_value(second.timex.value)
    if month and set(between.lower().split()) & _clauses(s.language).COORDINATORS:
        return False  # "Two years ago, and again in May 2024, …": two times, not one
    return not any(ch.isdigit() for ch in between) and _clause_own_day(s, first, second)


def _clause_own_day(s: Sentence, first: When, second: When) -> bool:
    """Whether no word between the frame ``first`` and the day ``second`` makes the day
    another thing's: a relative or subordinate clause ("In 2015, the school honoured a
    teacher who retired on 8 July": the retirement's) or a common noun after a preposition
    ("In 2012, the mayor thanked the crews for the rescue on 2 March": the rescue's); a
    name after one ("the ferry sailed to Arran on 9 May") keeps the day the clause's, and so
    does a phrase in the subject, before the verb ("In 2017, the last ferry of the season
    sailed in mid-October")."""
    c = _clauses(s.language)
    openers = c.RELATIVES | c.SUBORDINATORS | c.BARE_OPENERS
    start, end = token_after(s, first.timex), token_at(s.tokens, second.timex.start)
    words = s.tokens[start:end]
    if words and words[-1].lower in c.PREPOSITIONS:
        words = words[:-1]  # the day's own preposition ("on")
    verb = finite_verb(s.tokens, start, end, s.language)
    for k, word in enumerate(words):
        if word.lower in openers:
            return False
        thing = words[k + 1].text if k + 1 < len(words) else ""
        in_subject = verb is not None and start + k < verb
        if word.lower in c.PREPOSITIONS and not thing[:1].isupper() and not in_subject:
            return False
    return True
