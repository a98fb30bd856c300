"""A person's name set off by commas after the noun it names, straight before a clause's verb:
"The audit which was done in March by a retired judge, Ada Voss, found …". The commas close
no aside of the clause's own; the relative before them runs to the first comma, and the
clause's verb follows the second.
"""

from __future__ import annotations

from core.events.entities import PERSON
from core.events.parse import Sentence

_NAME_WORDS = 4  # at most this many words in the name between the commas


def named_aside_start(s: Sentence, start: int, verb: int) -> int | None:
    """The first comma of the only pair of commas in tokens ``[start, verb)`` when they set off
    a person's name after a noun, the second comma right before ``verb`` ("…by a retired
    judge, | Ada Voss |, found"); None otherwise (no commas, other commas, or no name)."""
    commas = [k for k in range(start, verb) if s.tokens[k].text in (",", ";")]
    if len(commas) != 2 or commas[1] != verb - 1 or s.tokens[commas[0]].text != ",":
        return None
    a, b = commas
    if s.tokens[b].text != "," or not 0 < b - a - 1 <= _NAME_WORDS or a <= start:
        return None
    if not s.tokens[a - 1].text[:1].isalpha():
        return None
    first, last = s.tokens[a + 1], s.tokens[b - 1]
    named = any(
        m.kind == PERSON and m.start <= first.start and last.end <= m.end for m in s.mentions
    )
    return a if named else None
