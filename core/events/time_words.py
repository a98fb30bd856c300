"""Words that name a time on their own: a month or weekday written as a name, a unit of the
calendar or the day, a season ("October", "Friday", "evening", "week", "spring").

The clause cutter reads "that October" as a date, not a clause ("met in Ipswich that
October"), and the finite-verb test reads a present before such a word as a verb ("The bridge
opens Friday").
"""

from __future__ import annotations

from core import lang
from core.events.tokens import Token


def time_word(tokens: list[Token], k: int, language: str = "en") -> bool:
    """Whether token ``k`` names a time; a month or weekday only as a name, with its capital
    ("May" and "may" differ).

    >>> from core.events.tokens import tokenize
    >>> text = "met that October, that evening, but that may"
    >>> tokens = tokenize(text, 0, len(text))
    >>> [t.text for k, t in enumerate(tokens) if time_word(tokens, k)]
    ['October', 'evening']
    """
    if k >= len(tokens):
        return False
    calendar = lang.words(language, "calendar")
    clauses = lang.words(language, "clauses")
    lower, capital = tokens[k].lower, tokens[k].text[:1].isupper()
    named = capital and (lower in calendar.MONTHS or lower in calendar.WEEKDAYS)
    return named or lower in clauses.TIME_UNITS or lower in calendar.SEASONS
