"""Whether a predicate tells how things are, not what happened: no title is made of it.

>>> is_state("was basically good")
True
>>> is_state("appeared in court")
False
"""

from __future__ import annotations

from types import ModuleType

from core import lang
from core.events.titles import _words


def is_state(predicate: str, language: str = "en") -> bool:
    """A predicate that tells how things are, not what happened: "was basically good",
    "remained at 10 pct", "compares with 17 mln", "was one of two systems"."""
    c = lang.words(language, "clauses")
    words = [w.lower() for w in _words(predicate)]
    if c.COMMA_ASIDES:  # "ont rejeté, par 290 voix, la motion": the verb without its comma
        words = [w.rstrip(",") or w for w in words]
    auxiliaries = [w for w in words[:4] if w in c.AUX]
    k = next((i for i, w in enumerate(words) if w not in c.AUX and w not in c.ADVERBS), None)
    if k is None:
        return True  # "Its business was": nothing happened in the words left
    head = words[k]
    if c.PASSIVE_PERFECT and c.PASSIVE_PERFECT in words[k:]:
        return False  # German "war entlassen worden": something was done, whatever the verb
    verbs = set(c.lemmas(head).get("VERB", ()))
    at_a_place = k + 1 < len(words) and words[k + 1] in c.PLACE_AFTER
    if verbs & c.STATE_VERBS_BUT_AT_A_PLACE and at_a_place:
        return False  # "appeared in court", not "appeared calm"
    if verbs & c.STATE_VERBS or head in c.STATE_PARTICIPLES:
        return True
    to_verb = c.TO in words[k:] and _verb_after_to(words, k, c)
    if c.VERB_LAST and any(c.is_participle(w) for w in words[k:]):
        return False  # German "war nach Moskau geflogen": the participle closes the clause
    if auxiliaries and auxiliaries[-1] in c.BE and not c.is_participle(head):
        if head in c.SCHEDULED:
            return False  # "the report is due on Friday": a plan, not how things are
        return not (head.endswith(c.GERUND) or to_verb)  # "was one of", not "was to sign"
    if auxiliaries and auxiliaries[-1] in c.HAVE and not c.is_participle(head):
        return not to_verb and head != c.BEEN  # "had net profit of", not "had to close"
    return False


def _verb_after_to(words: list[str], start: int, c: ModuleType) -> bool:
    return any(
        w == c.TO and "VERB" in c.lemmas(n)
        for w, n in zip(words[start:], words[start + 1 :], strict=False)
    )
