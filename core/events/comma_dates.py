"""A date set off by commas between a verb and its object: "a remporté, mardi, le prix".

``core.events.wording.cut_coordination`` stops a predicate at its first comma unless the
comma opens a short aside on a preposition ("won, on Tuesday, the prize"). A bare date needs
no preposition in French or Spanish ("a remporté, mardi, le Grand prix", "ganó, el martes,
el premio"), so the predicate stopped before its object and the title read "Claire Vidal a
remporté". When everything between the two commas is the dropped date, the predicate reads on
past it, and the two commas go with the date.
"""

from __future__ import annotations

from core.events.finite import finite_verb
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
    if not tokens[close + 1].text[:1].isalpha():
        return stop, drop
    further = min(end, cut_coordination(tokens, close, clause_end, s.language))
    if further <= close + 1 or finite_verb(tokens, close + 1, further, s.language) is not None:
        return stop, drop  # "a démissionné, lundi, les élus ont voté": another clause
    return further, drop | {stop, close}
