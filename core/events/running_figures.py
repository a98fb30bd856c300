"""Figures that tell no happening though a date stands by them: a measure's change over a
period still running ("the Ostra fund has fallen 3% this year", "bonds rose well above par
this year": how things went so far, no news of a day), a change told as a yearly pace ("credit
grew at an annual rate of 6% in April") and the baseline of a comparison ("a year earlier the
mill earned 2 million"). A change over a period gone by stays a happening as hand
chronologies keep it ("Profit fell 5% in the first quarter"), and so does one on a day
("shares fell 50 cents on Monday", "the bank cut its rate to 4% on Monday").

The words are each language's ``MEASURE_MOVES`` (the verbs of a change), ``MOVE_FIGURE_LEADS``
(the words that may open a change's figure: "to", "by", "above"), ``ANNUAL_PACE`` (the
phrases of a yearly pace), ``BASELINE_TIMEXES`` (the times of a comparison's baseline) and
``BASELINE_VERBS`` (the verbs a figure is told with) in its ``clauses`` data, with
``FIGURE_MOVES`` the verbs that move a figure besides.

>>> from core.timeval import parse_value
>>> june = datetime(1991, 6, 12)
>>> running_figure("The Ostra fund has fallen 3 pct", parse_value("1991"), "this year", june)
True
>>> running_figure("Profit fell 5 pct", parse_value("1991-Q1"), "the first quarter", june)
False
>>> running_figure("The mill earned 2 mln dlrs", parse_value("1990"), "a year earlier", june)
True
"""

from __future__ import annotations

import re
from datetime import datetime
from types import ModuleType

from core import lang
from core.timeval import TimeValue

_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?|[$£€¥]?\d[\d.,%]*")
_PERIODS = frozenset({"year", "quarter", "month"})  # a day's change is the day's news
_FIGURE_REACH = 5  # words between a baseline's verb and its figure: "had net profit of 2 mln"


def running_figure(
    title: str, value: TimeValue, timex: str, published: datetime, language: str = "en"
) -> bool:
    """Whether the happening titled ``title``, dated ``value`` by the time expression
    ``timex`` (its words), only tells a figure: a change over a period not yet over, a change
    told as a yearly pace, or the baseline a comparison set a year before."""
    if value.precision not in _PERIODS:
        return False
    c = lang.words(language, "clauses")
    words = [w.lower() for w in _WORD.findall(title)]
    if timex.lower().strip() in c.BASELINE_TIMEXES and _baseline(words, c):
        return True  # "a year earlier the mill earned 2 million": the figure compared with
    move = _move(words, c)
    if move is None:
        return False
    if _annual_pace(words[move + 1 :], c):
        return True  # "credit grew at an annual rate of 6% [in April]"
    # a year still running: "has fallen 3% this year"; a month's change may be a step taken
    # ("the levy rose to 4.4% this month" as a cut lapsed), kept
    running = value.precision == "year" and value.start <= published < value.end
    return running and _figure_follows(words[move + 1 :], c)


def _move(words: list[str], c: ModuleType) -> int | None:
    """Where the clause's verb of change stands, told in a finite or perfect form ("fell",
    "has risen"), not after a form of "be" ("was increased by 5%": someone changed it) nor
    a noun ("the fall in prices")."""
    for k, word in enumerate(words):
        verbs = set(c.lemmas(word).get("VERB", ()))
        if not verbs & (c.MEASURE_MOVES | c.FIGURE_MOVES) or word in verbs:
            continue
        if k and words[k - 1] in c.BE:
            return None
        return k
    return None


def _figure_follows(after: list[str], c: ModuleType) -> bool:
    """Whether a change's figure or its lead comes right after the verb, past adverbs ("2
    pct", "well above par", "sharply to 90"), or nothing at all ("prices have fallen"); not
    an object ("increased its stake": someone did something)."""
    rest = [w for w in after if w not in c.ADVERBS and not w.endswith(c.ADVERB_ENDING)]
    if not rest:
        return True
    if _figure(rest[0], c):
        return True
    # "to 90", "well above par", not "lost to Spain"
    return rest[0] in c.MOVE_FIGURE_LEADS and any(
        _figure(w, c) or w in c.LEVEL_COMPARISONS for w in rest[1:5]
    )


def _figure(word: str, c: ModuleType) -> bool:
    """A figure: "4", "$90", "4.5%", "four"."""
    bare = word.lstrip("$£€¥")
    return bare[:1].isdigit() or bare in c.NUMBER_WORDS


def _annual_pace(after: list[str], c: ModuleType) -> bool:
    """Whether the words after a verb of change open with a yearly pace: "at an annual rate"."""
    text = " ".join(w for w in after if w not in c.ADVERBS)
    return any(text.startswith(p) for p in c.ANNUAL_PACE)


def _baseline(words: list[str], c: ModuleType) -> bool:
    """Whether the clause tells a figure with one of the verbs a figure is told with ("earned
    2 mln", "had net profit of 2 mln", "was 3.4 pct"), not a deed ("was named chairman",
    "cut 300 jobs")."""
    for k, word in enumerate(words):
        verbs = set(c.lemmas(word).get("VERB", ()))
        if not verbs or word in verbs:
            continue  # a noun or the verb's bare form ("the firm"): the subject's words
        if word in c.AUX and k + 1 < len(words) and c.is_participle(words[k + 1]):
            continue  # "had cut": the participle tells
        if verbs & (c.BASELINE_VERBS | c.MEASURE_MOVES):
            return any(w.lstrip("$£€¥")[:1].isdigit() for w in words[k + 1 : k + 1 + _FIGURE_REACH])
        return False
    return False
