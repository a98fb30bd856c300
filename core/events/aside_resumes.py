"""A present that resumes a clause after a participle aside set off by commas.

"The summit, postponed twice, takes place in Geneva next month": past the aside's closing
comma, "takes" is the clause's verb though it spells a noun's plural too, as it would be
right after its subject ("The summit takes place …"). ``core.events.finite`` asks it.
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite_cues import _third_person
from core.events.tokens import Token

_REACH = 9  # tokens from the aside's opening comma to its closing one


def resumes_after_participle_aside(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """Whether the third-person form at ``k`` follows the closing comma of an aside that
    opens on a participle right after a noun or a name ("The fair, held every summer since
    1950, | returns to the park in July"), an adverb between at most ("…, | finally takes")."""
    word = tokens[k].lower
    if k < 3 or not tokens[k].text.islower() or not _third_person(word, c):
        return False
    closed = k - 1
    if closed > start and set(c.lemmas(tokens[closed].lower)) == {"ADV"}:
        closed -= 1  # "…, postponed twice, finally takes place"
    if tokens[closed].text != ",":
        return False
    reach = range(closed - 1, max(start, closed - _REACH) - 1, -1)
    opened = next((j for j in reach if tokens[j].text == ","), None)
    if opened is None or opened - 1 < start:
        return False
    lead = opened + 1
    while lead < closed - 1 and tokens[lead].lower in c.ADVERBS:
        lead += 1  # ", first held in 1950,"
    if not c.is_participle(tokens[lead].text) or tokens[lead].lower in c.AUX:
        return False
    head = tokens[opened - 1]
    return head.text[:1].isalpha() and head.lower not in c.FUNCTION_WORDS
