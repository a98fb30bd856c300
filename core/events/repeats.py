"""One happening, one event: the second telling of a happening an article already gave.

A medium's participle beside the clause it carries tells the clause's happening again: "In a
statement issued on Friday, the firm blamed its supplier" is the blaming, not also "A
statement was issued".
"""

from __future__ import annotations

from core.events.object_participles import closes_means_medium
from core.events.parse import Happening


def without_means_copies(
    told: list[Happening], found: list[Happening], text: str, start: int, language: str
) -> list[Happening]:
    """``told`` (participles' happenings) without those whose date a clause of ``found`` took
    through the medium it was told in: "In a letter sent on Monday, the mayor asked …" gives
    the asking, on Monday, and no "A letter was sent"."""
    taken = {h.when.timex.start for h in found if h.when is not None}
    return [
        h
        for h in told
        if h.when is None
        or h.when.timex.start not in taken
        or not closes_means_medium(text, start, h.when.timex, language)
    ]
