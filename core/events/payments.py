"""A dividend's payment told in the aside after its amount, on the payment's own date: "The
board declared a quarterly dividend of 14 cents a unit, payable on July 20" gives
"Quarterly dividend of 14 cents a unit is payable" on July 20 (the declaring keeps its own
date, and a record date after the payment dates neither: ``core.events.anchors``). The words
are the language's ``DIVIDEND_PAYMENT_BEFORE`` (``anchors`` data), joined by its
``DIVIDEND_PAYMENT_BE``; none in a language without.

>>> _title("special dividend of 35 cents per unit", "payable", "is")
'Special dividend of 35 cents per unit is payable'
"""

from __future__ import annotations

import re
from functools import cache

from core import lang
from core.events.parse import Happening, When
from core.events.quick_patterns import compile_quick
from core.temporal.tagger import Timex

# How far before its date the dividend's noun phrase may start, in characters.
_REACH = 120


@cache
def _before(language: str) -> tuple[re.Pattern[str], str]:
    a = lang.words(language, "anchors")
    return compile_quick(a.DIVIDEND_PAYMENT_BEFORE, re.I), a.DIVIDEND_PAYMENT_BE


def payment_happenings(
    text: str, start: int, timexes: list[Timex], language: str
) -> list[Happening]:
    """The payments of the dividends ``text`` names before its dates (``timexes``, from
    ``start``)."""
    found = []
    before, be = _before(language)
    for timex in timexes:
        if timex.type != "DATE" or timex.start < start:
            continue
        paid = before.search(text, max(start, timex.start - _REACH), timex.start)
        if paid is not None:
            title = _title(paid.group("noun"), paid.group("paid"), be)
            found.append(Happening(title, "other", When(timex), ()))
    return found


def _title(noun: str, paid: str, be: str) -> str:
    words = " ".join([*noun.split(), *be.split(), *paid.split()])
    return f"{words[:1].upper()}{words[1:]}"
