"""Words that name a time on their own: a month or weekday written as a name, a unit of the
calendar or the day, a season ("October", "Friday", "evening", "week", "spring").

The clause cutter reads "that October" as a date, not a clause ("met in Ipswich that
October"), and the finite-verb test reads a present before such a word as a verb ("The bridge
opens Friday").
"""

from __future__ import annotations

from types import ModuleType

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


def words_naming_date(tokens: list[Token], first: int, after: int, language: str = "en") -> int:
    """How many words before token ``first``, a date, name it with their preposition and go
    with it from a title: the owner in "in its [fourth quarter]", the period noun in "depuis
    la saison [1997-1998]", "in den Monaten [April bis Juni]". Left, they dangle ("in its").
    None (0) go when the date describes a noun after it (token ``after``): "in its [1986]
    annual report"."""
    c = lang.words(language, "clauses")
    nxt = tokens[after] if after < len(tokens) else None
    describes = (
        nxt is not None
        and nxt.text.islower()
        and nxt.lower not in c.AUX
        and bool({"NOUN", "ADJ"} & set(c.lemmas(nxt.lower)))
    )
    return 0 if describes else _naming(tokens, first, c)


def _naming(tokens: list[Token], first: int, c: ModuleType) -> int:
    prepositions = lang.union(c, "PREPOSITIONS", "TIMEX_PREPOSITIONS")
    words = [t.lower for t in tokens[max(0, first - 3) : first]]
    before, preposition, word = ["", "", "", *words][-3:]
    if word in c.POSSESSIVE_PRONOUNS and preposition in prepositions:
        return 1
    article = preposition in lang.union(c, "ARTICLES", "DATE_ARTICLES")
    # a fronted phrase (", en la temporada 2010-11,") is no word of a title: it stays
    inside = first > 3 and tokens[first - 4].text[:1].isalnum()
    # the date names the period as a number or a name ("la saison [1997-1998]"); "coach of
    # the year [last week]" is a title before a date of its own
    named = tokens[first].text[:1].isdigit() or tokens[first].text[:1].isupper()
    period = word in c.PERIOD_NOUNS and article and before in prepositions
    return 2 if period and inside and named else 0


def particle_before_day(tokens: list[Token], first: int, language: str = "en") -> bool:
    """Whether the word before token ``first``, where a day's expression opens ("the
    following day", "Monday"), is the particle of the participle before it, not the day's
    preposition, since a day takes none of that kind: "The parcels were handed in [the same
    day]" keeps "handed in", "Two suspects were booked in [Monday night]" keeps "booked
    in"."""
    c = lang.words(language, "clauses")
    if first < 2 or tokens[first - 1].lower not in c.PARTICLES_NOT_BEFORE_DAYS:
        return False
    weekday = tokens[first].lower in lang.words(language, "calendar").WEEKDAYS
    day = weekday or any(t.lower in c.DAY_NOUNS for t in tokens[first : first + 3])
    verb = tokens[first - 2]
    return day and verb.text.islower() and c.is_participle(verb.text)
