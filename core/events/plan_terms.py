"""Dates that name a plan's or a trade's terms, not the clause's happening: a noun's plan
after "in" ("confident about a settlement in pay negotiations slated to resume next month")
and a futures contract's month ("- April offered 0.40 over", "bought new crop November").
"""

from __future__ import annotations

from core.events.anchor_cues import _Cues
from core.temporal.tagger import Timex
from core.temporal.tense import sentence_bounds


def noun_plan_in(text: str, timex: Timex, before: str, cues: _Cues) -> bool:
    """Whether the date is the plan of a noun after "in", "at", "about" ("confident about a
    settlement in pay negotiations slated to resume next month"), in a clause that does not
    itself look ahead before it ("will join in pay negotiations slated to resume next month":
    the joining's)."""
    found = cues.noun_plan_in and cues.noun_plan_in.search(before)
    if not found or cues.noun_plan_in_ahead is None:
        return False
    at = timex.start - len(before) + found.start()
    clause = text[sentence_bounds(text, at, at + 1)[0] : at]
    return not cues.noun_plan_in_ahead.search(clause)


def contract_month(before: str, after: str, cues: _Cues) -> bool:
    """Whether a month alone names a futures contract: before its goods ("April crude"), after
    a crop or goods ("new crop November"), or opening its clause before a trade's verb or a
    price ("- April offered 0.40 over")."""
    if cues.contract_month.match(after) or cues.contract_month_before.search(before):
        return True
    return bool(cues.contract_month_alone.match(after) and cues.contract_month_opens.search(before))
