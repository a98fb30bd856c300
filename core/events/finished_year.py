"""A bare "the year" a clause told in the past cannot take.

Company and statistics reports give a finished year's figures as "the year": "For the year,
the mill reported a loss", "in the full year orders gained two pct", "the firm made gains on
sales during the year". The tagger reads a bare "the year" as the publication's year, but a
clause told in the past about a whole year that is still mostly ahead cannot be about that
year: the year meant is an earlier one, a calendar or a fiscal one, and the sentence does not
say which. A missing date beats a wrong one, so the happening keeps none. The last quarter of
the year is left alone: by then a finished fiscal year may well be the current one.

>>> from datetime import datetime
>>> from core.temporal.tagger import Timex
>>> from core.timeval import parse_value
>>> text = "For the year, the mill reported a loss."
>>> year = Timex(4, 12, "the year", "DATE", "1987")
>>> march, november = datetime(1987, 3, 10), datetime(1987, 11, 20)
>>> year_not_over("The mill reported a loss", parse_value("1987"), march, text, year)
True
>>> year_not_over("The mill reported a loss", parse_value("1987"), november, text, year)
False
>>> year_not_over("The mill expects a loss", parse_value("1987"), march, text, year)
False
>>> this_year = Timex(0, 9, "this year", "DATE", "1987")
>>> year_not_over("The mill reported a loss", parse_value("1987"), march, text, this_year)
False
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from types import ModuleType

from core import lang
from core.temporal.tagger import Timex
from core.timeval import TimeValue

# How much of the year must still lie ahead for "the year" to be read as a finished one.
_AHEAD = timedelta(days=92)
_PART_REACH = 8  # characters before the year: "of "
_WORD = re.compile(r"[^\W\d]+(?:['’][^\W\d]+)?")


@cache
def _bare_year(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    c = lang.words(language, "clauses")
    part = re.compile(c.BARE_YEAR_PART, re.I)
    return re.compile(c.BARE_YEAR, re.I), re.compile(c.BARE_YEAR_BOUNDED), part


def year_not_over(
    title: str, value: TimeValue, published: datetime, text: str, timex: Timex,
    language: str = "en",
) -> bool:  # fmt: skip
    """Whether the happening titled ``title``, told in the past, takes ``timex`` in ``text``, a
    bare "the year" read as the publication's own year while more than a quarter of it is
    still ahead."""
    bare, bounded, part = _bare_year(language)
    if timex.type != "DATE" or not bare.fullmatch(timex.text.strip()):
        return False
    if bounded.match(text, timex.end):
        return False  # "for the year following the meeting": a span it names
    if part.search(text[max(0, timex.start - _PART_REACH) : timex.start]):
        return False  # "in the first two months of the year": a part, of which year unsaid
    day = published.replace(tzinfo=None)
    if not (value.start <= day < value.end and value.end - day > _AHEAD):
        return False
    return _told_past(title, language)


def _told_past(title: str, language: str) -> bool:
    """Whether the title holds a verb in the past and nothing that looks ahead or tells the
    present ("will", "would", "may", "is", "expects")."""
    c = lang.words(language, "clauses")
    words = [w.lower() for w in _WORD.findall(title)]
    ahead = c.FUTURE | c.HYPOTHETICAL | c.PRESENT_MODALS | (c.BE_FINITE - c.BE_PAST)
    if set(words) & ahead or any(_present(w, c) for w in words[1:]):
        return False
    return any(c.is_past(w) for w in words[1:])


def _present(word: str, c: ModuleType) -> bool:
    """A verb's third-person present ("expects", "sees"), not a plural noun only ("sales")."""
    forms = c.lemmas(word)
    verbs = forms.get("VERB", ())
    return (
        word.endswith(c.THIRD_PERSON_ENDS)
        and bool(verbs)
        and word not in verbs
        and ("NOUN" not in forms)
    )
