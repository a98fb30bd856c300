"""A period a future seen from the past cannot take.

A clause whose verb is "would" tells what comes after the time it is told from: a saying
("said Friday it would review the floods of three years ago") or a condition ("if
confirmed, the toll would make it the worst since last September"). A month, a quarter or a
year written after that "would" and wholly gone by before the time it is told from is the date
of a thing the clause names (the killings, debts incurred in an acquisition, a comparison's
yardstick), never of what would be done. The time told from is the date the sentence gives
before the "would" ("in July, when the hospital announced it would switch … from January":
January comes after July and stays); with none there, a saying or a condition before it is
told about now, at publication (a period ended in the last two months may be the saying's own,
written last: "announced it would ease curbs last month"). A day is left alone ("said the
talks would resume on June 9", a plan kept), and so are the periods of figures a company would
report ("would report full year 1990 net income": the figures' year, as ``forecasts`` reads a
loss expected for a quarter already over) and a "would" in a story long past with no saying
("The owners would reopen the mine in February").

>>> from core.temporal.tagger import Timex
>>> from core.timeval import parse_value
>>> text = "The board said it would examine the collapse of the bridge in 1984."
>>> year = Timex(text.index("1984"), text.index("1984") + 4, "1984", "DATE", "1984")
>>> title = "The board would examine the collapse of the bridge"
>>> refuses(title, parse_value("1984"), datetime(1987, 3, 1), text, year)
True
>>> refuses("The board said it would examine", parse_value("1984"), datetime(1987, 3, 1),
...         text, year)
False
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from types import ModuleType

from core import lang
from core.temporal.tagger import Timex, tag
from core.timeval import TimeValue, parse_value

_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")
_QUOTED = re.compile(r"[“\"].*?(?:[”\"]|$)")
# The shortest value a day has ("1987-03-05"); a period's is shorter ("1987-03", "1987-Q1").
_DAY_LENGTH = 10
# How lately a period with no date of the saying before it may have ended and still be the
# saying's, written at the sentence's end ("announced it would ease curbs last month").
_RECENT_DAYS = 60
# How much text before the sentence the tagger reads to place the sentence's own dates.
_CONTEXT = 2000
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
    a period (no day) gone by at ``published`` that ``timex`` gives after that "would"."""
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
    start = max(sentence_start, timex.start - _REACH)
    found = [
        m for m in _WORD.finditer(text, start, timex.start) if m.group().lower() in c.PAST_FUTURE
    ]
    if not found:
        return False
    would = found[-1]
    after = [w.lower() for w in _WORD.findall(text, would.end(), timex.start)]
    if any(set(c.lemmas(w).get("VERB", ())) & c.PAST_FUTURE_FIGURE_VERBS for w in after[:2]):
        return False  # "would report full year 1990 net income": the figures' year
    # (tagged with the text before the sentence: "Six weeks later" counts from its dates)
    lead = max(0, sentence_start - _CONTEXT)
    found_before = tag(text[lead : would.start()], day, language)
    told = [t for t in found_before if t.start >= sentence_start - lead]
    if any(not t.value[:1].isdigit() for t in told):
        return False  # a time told from that the tagger cannot place
    if told:
        then = parse_value(told[-1].value)
        return then is not None and value.end <= then.start  # "said Friday it would …"
    if value.end > day - timedelta(days=_RECENT_DAYS):
        return False  # "agreed it would lift the steel quota last month": the saying's
    before = [w.lower() for w in _WORD.findall(text, sentence_start, would.start())]
    return any(
        w in c.CONDITION_OPENERS
        or (c.is_past(w) and set(c.lemmas(w).get("VERB", ())) & c.DATE_OF_SAYING_VERBS)
        for w in before
    )
