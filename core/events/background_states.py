"""A background told in a tense of duration ("le navire effectuait hier une patrouille": it
was on patrol, a state the news happened in): no happening of its own, though a day stands by
it. Only near the report's day: long before it the same tense tells a happening in a
retrospective ("le 12 mars 1999, l'alliance lançait ses frappes").

The endings are each language's ``IMPERFECT_ENDINGS`` (``clauses`` data); a conditional
(French "signerait", the verb's infinitive before the ending) and a modal ("devait") are no
background, and an auxiliary before the verb ("avait été élaboré") makes another tense.

>>> from core.timeval import parse_value
>>> sept = datetime(1999, 9, 13)
>>> background("Le navire effectuait une patrouille", parse_value("1999-09-12"), sept, "fr")
True
>>> background("Le navire a coulé", parse_value("1999-09-12"), sept, "fr")
False
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from types import ModuleType

from core import lang
from core.timeval import TimeValue

_WORD = re.compile(r"[^\W\d]+")
_NEAR = timedelta(days=7)  # a background told for the report's days, not a retrospective's


def background(title: str, value: TimeValue, published: datetime, language: str) -> bool:
    """Whether the happening titled ``title``, dated ``value`` near ``published``, is told
    with its first verb in a tense of duration and no auxiliary: a background state."""
    c = lang.words(language, "clauses")
    if not c.IMPERFECT_ENDINGS or not published - _NEAR <= value.start <= published:
        return False
    for word in _WORD.findall(title):
        lower = word.lower()
        if lower in c.AUX or lower in c.MODALS:
            return False  # "avait été élaboré", "devait se réunir": another tense, a plan
        verbs = c.lemmas(lower).get("VERB", ())
        if not verbs or not word.islower() or lower in verbs:
            continue  # a name, a noun, an infinitive
        return lower.endswith(c.IMPERFECT_ENDINGS) and not _conditional(lower, verbs, c)
    return False


def _conditional(word: str, verbs: tuple[str, ...], c: ModuleType) -> bool:
    """Whether ``word`` is a conditional: the infinitive (less a final "e") before the
    ending ("signerait" of "signer", "prendrait" of "prendre"), not an imperfect ("entrait")."""
    stem = next((word[: -len(e)] for e in c.IMPERFECT_ENDINGS if word.endswith(e)), word)
    return any(stem in (v, v.removesuffix("e")) for v in verbs)


def time_marker(title: str, language: str) -> bool:
    """Whether ``title`` only tells the hour by the sky ("Dawn broke", "Night fell"): a
    time marker, no happening.

    >>> time_marker("Dawn broke", "en"), time_marker("The dam broke", "en")
    (True, False)
    """
    words = [w.lower() for w in _WORD.findall(title)]
    return " ".join(words) in lang.words(language, "clauses").SKY_TIMES
