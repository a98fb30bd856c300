"""A day gone by, named in a possessive before a clause told in the future: "the weekend's
cancellations will cut the March figure" happens later, not at the weekend.

"Monday's vote drew a record turnout" happened on Monday, and "Sunday's election will decide
the presidency", its Sunday still ahead, happens on Sunday; but a possessive day already past
names only what happened then (the cancellations), and the clause's future verb lies ahead of
it: the day does not date the clause.

>>> from datetime import datetime
>>> from core.temporal.tagger import Timex
>>> text = "The weekend's cancellations will cut the March figure."
>>> weekend = Timex(0, 11, "The weekend", "DATE", "2025-W09-WE")
>>> names_the_past_before_a_future(text, weekend, datetime(2025, 3, 3, 10), "en")
True
"""

from __future__ import annotations

import re
from datetime import datetime

from core import lang
from core.temporal.tagger import Timex
from core.temporal.tense import says_ahead, sentence_bounds
from core.timeval import parse_value

_WRITTEN_YEAR = re.compile(r"\d{3,4}")  # a year written out: "en 1990", "mayo de 2019"


def names_the_past_before_a_future(
    text: str, timex: Timex, published: datetime, language: str
) -> bool:
    """Whether ``timex`` is a possessive day before publication ("the weekend's …") whose
    clause is told in the future."""
    endings = tuple(lang.words(language, "clauses").POSSESSIVE_ENDINGS)
    if not endings or not text.startswith(endings, timex.end):
        return False
    c = lang.words(language, "clauses")
    before = text[sentence_bounds(text, timex.start, timex.end)[0] : timex.start]
    opening = re.split(r"[,;:]", before)[-1].split()  # its clause: "…, but the weekend's …"
    said = [
        k
        for k, w in enumerate(opening)
        if set(c.lemmas(w.lower()).get("VERB", ())) & c.SPEECH_VERBS
    ]
    if said:  # "He said Saturday's vote would be annulled": the reported clause's subject
        opening = opening[said[-1] + 1 :]
    if opening and opening[0].lower() in c.COORDINATORS | {c.THAT}:
        opening = opening[1:]
    if any(word.lower() not in c.DETERMINERS for word in opening):
        return False  # the clause's subject only: "Under last month's accord, Japan promised …"
    value = parse_value(timex.value)
    if value is None or value.end > published:
        return False
    clause = text[timex.start : sentence_bounds(text, timex.start, timex.end)[1]]
    return says_ahead(clause, 0, timex.end - timex.start, language)  # the verb after it


def past_date_under_future(text: str, timex: Timex, published: datetime, language: str) -> bool:
    """Whether ``timex`` names a time gone by while the verb nearest before it looks ahead
    ("the club's future will rest on the outcome of a deal last week", "will
    display the vase, found in 1962"): the date is of something the clause names, since what
    is still to come cannot have happened then.

    >>> from datetime import datetime
    >>> text = "Its fortunes will depend on an accord last month."
    >>> month = Timex(38, 48, "last month", "DATE", "1987-02")
    >>> past_date_under_future(text, month, datetime(1987, 3, 12), "en")
    True
    """
    value = parse_value(timex.value)
    if value is None or value.end > published:
        return False
    if lang.words(language, "tense").FUTURE_NARRATES and _WRITTEN_YEAR.search(timex.text):
        return False  # "qui n'accordera son prix qu'en 1990": a future that tells the past
    left = sentence_bounds(text, timex.start, timex.end)[0]
    if not lang.words(language, "tense").FUTURE_MODALS or not re.search(
        lang.words(language, "tense").FUTURE_MODALS, text[left : timex.start], re.I
    ):
        return False  # a modal of the future before it in its sentence
    return says_ahead(text, timex.start, timex.end, language)
