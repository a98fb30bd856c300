"""A list of subjects whose second item an article opens after a comma, in a language whose
relative clause ends on its verb: no relative clause.

"Die neue Mensa, die Turnhalle und der Sportplatz wurden am Freitag eingeweiht": "die" after
the comma reads like a relative pronoun, but a relative clause ends on its finite verb ("…,
die der Verein 2019 gebaut hat,"); here the finite verb stands second, after the list joined by
"und", with words after it: the clause goes on, and its date is the main clause's.
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _is_finite
from core.events.tokens import Token


def listed_subject(tokens: list[Token], start: int, k: int, c: ModuleType) -> bool:
    """Whether the article at ``k`` (after a comma, in the clause from ``start``) opens the
    next item of a list of subjects: no verb before the comma, the list joined by "und" before
    the first finite verb, and words other than verbs after that verb before any comma (a
    relative's verbs close it)."""
    if not c.VERB_LAST or k < 2:
        return False
    if any(_is_finite(tokens, j, start, c) for j in range(start, k - 1)):
        return False  # "Er kaufte das Haus, die …": a clause before the comma
    n = len(tokens)
    verb = next((j for j in range(k + 1, n) if _is_finite(tokens, j, k, c)), None)
    if verb is None or any(t.text == "," for t in tokens[k + 1 : verb]):
        return False
    if not any(t.lower == c.AND for t in tokens[k + 2 : verb - 1]):
        return False  # "…, die Anna gebaut hat": no list before the verb
    stop = next((j for j in range(verb + 1, n) if tokens[j].text == ","), n)
    # "…, die Rampe und die Halle sind am Samstag eröffnet worden": words not verbs after it
    # (not "…, die Lena und Jakob besichtigt hatten,": a relative's verbs close it)
    return any(
        t.lower not in c.AUX and "VERB" not in c.lemmas(t.lower) for t in tokens[verb + 1 : stop]
    )
