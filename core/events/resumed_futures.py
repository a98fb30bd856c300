"""A main clause that goes on at its verb after a relative set off by commas, the verb a form
whose ending alone makes it finite (``clauses.is_finite_form``: Spanish "reabrirá",
"celebrarán"): "El museo, que cerró por obras, reabrirá el 2 de mayo" reopens then.

The past and the present after such a relative are read by ``core.events.finite_signs``;
a future's ending is no third person's ("-á", "-án"), so it needs this test of its own.
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token


def future_after_relative(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the word at ``k``, right after the comma that closes an aside holding a
    relative (", que …, | reabrirá"), is the main clause's verb: a lower-case form whose
    ending makes it finite, in a language that writes such endings."""
    if k < 3 or tokens[k - 1].text != "," or not tokens[k].text.islower():
        return False
    if not c.is_finite_form(tokens[k].text):
        return False
    # ("…, que cerró en 2019, | reabrirá", "…, un local que fue cine, | reabrirá")
    comma = next((j for j in range(1, k - 1) if tokens[j].text == ","), k)
    return any(tokens[j].lower in c.RELATIVES for j in range(comma + 1, k - 1))
