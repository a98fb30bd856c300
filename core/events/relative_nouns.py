"""A plural noun that opens an object relative, read as a present: "The bridge, which
engineers inspected in April, …" — "engineers" is a noun and a verb's present ("engineers a
deal"), but with a past straight after it, and then a phrase, a comma or the end, it is the
relative's subject and "inspected" its verb: engineers inspected the bridge. Used by
``core.events.finite``.
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token


def noun_opens_object_relative(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the present-looking word at ``k`` is a plural noun, the subject of the past
    after it ("which engineers | inspected in April"), not the relative's verb ("which
    services leased aircraft": the past takes an object of its own)."""
    if k + 1 >= len(tokens) or "NOUN" not in c.lemmas(tokens[k].lower):
        return False
    past = tokens[k + 1]
    if not (past.text.islower() and c.is_past(past.text)) or past.lower in c.AUX:
        return False
    if k + 2 >= len(tokens):
        return True
    after = tokens[k + 2]
    return not after.text[:1].isalnum() or after.lower in c.PREPOSITIONS | c.ADVERBS
