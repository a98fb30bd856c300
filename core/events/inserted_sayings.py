"""A verb of saying set off by two commas inside the clause it attributes: "En 1995, agregó,
el banco cerró cuatro oficinas", "La planta, precisó el alcalde, cerrará en mayo". It is no
verb of the clause: the clause's verb comes after its closing comma (not "Peña agregó" dated
1995). Read where the language lists such verbs (``ATTRIBUTION_VERBS``).
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token

_SPEAKER_REACH = 8  # words between the verb and its closing comma: who said it


def inserted_saying(tokens: list[Token], k: int, end: int, c: ModuleType) -> int | None:
    """The closing comma of an attribution that opens at ``k`` right after a comma, on a past
    verb of saying (or its auxiliary), before ``end``, with more of the clause after it;
    else None."""
    if k == 0 or tokens[k - 1].text != "," or not c.ATTRIBUTION_VERBS:
        return None
    verb = k + 1 if tokens[k].lower in c.AUX and k + 1 < end else k
    word = tokens[verb].text
    if not word.islower() or not c.is_past(word):
        return None
    if c.ATTRIBUTION_VERBS.isdisjoint(c.lemmas(tokens[verb].lower).get("VERB", ())):
        return None
    close = next(
        (j for j in range(verb + 1, min(end, verb + 2 + _SPEAKER_REACH)) if tokens[j].text == ","),
        None,
    )
    if close is None or close + 1 >= end or tokens[close + 1].lower == c.THAT:
        return None  # "…, precisó, que …": what was said follows, no aside
    if not any(_verb_like(tokens[j].text, c) for j in range(close + 1, end)):
        return None  # "…, informó hoy su gerente, Luis Gil.": the speaker's name closes it
    return close


def _verb_like(word: str, c: ModuleType) -> bool:
    """Whether ``word`` may be the clause's verb after the attribution."""
    if not word.islower():
        return False
    if word in c.AUX or c.is_finite_form(word):
        return True
    return c.is_past(word) and not c.is_participle(word) and "VERB" in c.lemmas(word)
