"""News that names its own period, told in a report: "consumer prices rose 3.8% in the year to
September, the office said last month" took place over that year, not in the month it was
told. The period's words are the language's (``core.lang.<code>.clauses.OWN_PERIOD``).
"""

from __future__ import annotations

import re
from functools import cache

from core import lang


@cache
def _own_period(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "clauses").OWN_PERIOD, re.IGNORECASE)


def names_own_period(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether ``text[start:end]`` names the period its news covers, by the day or month
    that ends it.

    >>> text = "Exports rose 4% in the year to May, it said on Monday."
    >>> names_own_period(text, 0, text.index(","))
    True
    >>> text = "Exports are up 4% in the year to date, officials reported."
    >>> names_own_period(text, 0, text.index(","))
    False
    """
    return _own_period(language).search(text, start, end) is not None
