"""Whether a noun can be the subject of the relative after it, by the endings they share.

In Russian and Ukrainian a relative agrees with its noun in gender and number, and a subject
relative is in the nominative: "…выставка, которая открылась в среду" (the exhibition opened),
but "…на сессии, которая пройдёт" (another case: the relative is some other noun's) and
"…институт, который окончила" (a feminine verb: the institute is its object, not its subject).
A language with no such endings (``RELATIVE_NOUN_ENDINGS`` empty) takes any noun.
"""

from __future__ import annotations

from core import lang


def agrees(language: str, relative: str, noun: str, verb: str) -> bool:
    """Whether ``noun`` (lower case) ends as the nominative the relative agrees with, and the
    relative's ``verb``, if it is a past of another gender or number, does not belie it.

    >>> agrees("ru", "которая", "выставка", "открылась"), agrees("ru", "которая", "сессии", "")
    (True, False)
    >>> agrees("uk", "який", "інститут", "закінчила"), agrees("en", "which", "fair", "opened")
    (False, True)
    """
    c = lang.words(language, "clauses")
    endings = c.RELATIVE_NOUN_ENDINGS.get(relative)
    if endings is None:
        return True
    if not noun or noun[-1] not in endings:
        return False
    pasts = c.RELATIVE_PAST_ENDINGS
    own = pasts.get(relative, ())
    return verb.endswith(own) or not any(
        verb.endswith(other) for r, other in pasts.items() if r != relative
    )
