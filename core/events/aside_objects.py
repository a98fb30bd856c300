"""A date after a noun's participle inside an aside that trails its clause: "The trust has
released an album, based on songs taped in March" — March is when the songs were taped,
not when the album came out. The aside opens on a participle
or a gerund and its preposition (", drawing on", ", made from"); the pattern is the language's
(``ASIDE_OBJECT_PARTICIPLE_BEFORE`` of its ``anchors`` data). ``core.events.anchors`` reads
such a date as describing the noun, as it does an object's participle ("endorsed the scheme
drafted in June").
"""

from __future__ import annotations

import re
from functools import cache

from core import lang

_REACH = 160  # characters before the date: the aside's opening and its noun phrase


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(lang.words(language, "anchors").ASIDE_OBJECT_PARTICIPLE_BEFORE)


def in_aside_object(before: str, language: str) -> bool:
    """Whether the text ``before`` a date ends on a noun's participle inside a trailing
    aside (", based on songs taped in | March")."""
    found = _pattern(language).search(before[-_REACH:])
    if found is None:
        return False
    c = lang.words(language, "clauses")
    a = lang.words(language, "anchors")
    participle = found.group("participle")
    return c.is_participle(participle) and participle not in a.OBJECT_PARTICIPLE_NOT
