"""How prominent an event is: the score that picks each bucket's top event."""

from __future__ import annotations

import logging

from core.model import Event

log = logging.getLogger(__name__)

_PRECISION_SCORE = {"time": 0.3, "day": 0.3, "week": 0.2, "month": 0.1}


def score(event: Event, sources: int = 1) -> float:
    """The prominence of an event about to be stored with ``sources`` sources."""
    return score_of(sources, event.precision, event.undated, event.salience)


def score_of(sources: int, precision: str, undated: bool, salience: float = 0.0) -> float:
    """Prominence: more sources first, then the article's salience and finer dates; undated
    events last."""
    dated = _PRECISION_SCORE.get(precision, 0.0) - (0.5 if undated else 0.0)
    return sources + salience + dated
