"""A date set off by commas between a verb and its object: "a remporté, mardi, le prix".

``core.events.wording.cut_coordination`` stops a predicate at its first comma unless the
comma opens a short aside on a preposition ("won, on Tuesday, the prize"). A bare date needs
no preposition in French or Spanish ("a remporté, mardi, le Grand prix", "ganó, el martes,
el premio"), so the predicate stopped before its object and the title read "Claire Vidal a
remporté". When everything between the two commas is the dropped date, the predicate reads on
past it, and the two commas go with the date.
"""

from __future__ import annotations

from core import lang
from core.events.parse import Sentence
from core.events.wording import cut_coordination

_ASIDE_WORDS = 6  # how long a date set off by commas may run ("le mardi 4 février 2020")


def past_date_aside(
    s: Sentence, stop: int, drop: set[int], end: int, clause_end: int
) -> tuple[int, set[int]]:
    """``stop`` moved past a date between commas at ``stop`` and the words after it, with the
    commas added to ``drop``; ``stop`` and ``drop`` unchanged otherwise.

    "Claire Vidal a remporté, mardi, le prix" (stop at the first comma) → the stop after
    "prix", the commas and "mardi" dropped."""
    tokens = s.tokens
    if stop >= min(end, clause_end) or tokens[stop].text != ",":
        return stop, drop
    close = next(
        (
            k
            for k in range(stop + 1, min(clause_end, stop + 2 + _ASIDE_WORDS))
            if tokens[k].text == ","
        ),
        None,
    )
    if close is None or close == stop + 1 or close + 1 >= clause_end:
        return stop, drop
    if not all(k in drop for k in range(stop + 1, close)):
        return stop, drop  # "a remporté, selon ses proches, …": no date alone
    if _modifies_a_noun(s, stop, drop):
        return stop, drop  # "confirmed the June 3, 1985, ruling": the ruling's date
    if not tokens[close + 1].text[:1].isalpha():
        return stop, drop
    further = min(end, cut_coordination(tokens, close, clause_end, s.language))
    if further <= close + 1 or _second_verb(s, close + 1, further):
        return stop, drop  # "a démissionné, lundi, les élus ont voté": another clause
    return further, drop | {stop, close}


def _second_verb(s: Sentence, start: int, end: int) -> bool:
    """Whether an auxiliary or a past form stands in ``tokens[start:end]``: the words after the
    date's commas open a clause of their own ("…, lundi, les élus ont voté"). (A present form
    may be a noun's homograph: Spanish "la etapa reina", "reina" also "reigns".)"""
    c = lang.words(s.language, "clauses")
    return any(t.lower in c.AUX or c.is_past(t.lower) for t in s.tokens[start:end])


def _modifies_a_noun(s: Sentence, comma: int, drop: set[int]) -> bool:
    """Whether the date the comma at ``comma`` stands in opens after an article or determiner:
    "confirmed the June 3, 1985, ruling" dates the ruling, and its words go on to the noun."""
    c = lang.words(s.language, "clauses")
    first = comma
    while first > 0 and (
        first - 1 in drop or (s.tokens[first - 1].text == "," and first - 2 in drop)
    ):
        first -= 1
    return first > 0 and s.tokens[first - 1].lower in c.ARTICLES | c.DETERMINERS
