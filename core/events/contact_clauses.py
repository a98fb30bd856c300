"""Clause cuts around a "that" and a pronoun: "two years after that it grew" (a time phrase,
no clause at "after" or "that") and "…, a measure it lifted in 2015" (a relative whose "that"
is left out, a clause of its own).
"""

from __future__ import annotations

from types import ModuleType

from core.events.finite import _finite_verb
from core.events.tokens import Token


def that_told(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "two years after that it grew", "before that, she …": "that" at ``k`` after "after"
    or "before" stands for what was told last when no noun of its follows (a comma, a
    pronoun or an article does; not "after that vote")."""
    if (
        k >= len(tokens)
        or tokens[k].lower != c.THAT
        or tokens[k - 1].lower not in c.THAT_TOLD_AFTER
    ):
        return False
    return (
        k + 1 == len(tokens)
        or tokens[k + 1].text in ",;"
        or tokens[k + 1].lower in c.PRONOUNS | c.ARTICLES
    )


def contact_relative(tokens: list[Token], start: int, k: int, c: ModuleType) -> bool:
    """ "The EU imposed a ban, a measure it lifted in 2015": a pronoun and its past verb
    straight after a noun set off by a comma and an article open a relative clause whose
    "that" is left out, once the clause from ``start`` has its verb (not "The mill, a
    building he bought in 1931, burned down": the subject's aside)."""
    if not c.CONTACT_RELATIVES or tokens[k].lower not in c.PRONOUNS or k + 1 >= len(tokens):
        return False
    noun = tokens[k - 1].lower
    if noun in c.OPENERS | c.BARE_OPENERS | c.RELATIVES or "NOUN" not in c.lemmas(noun):
        return False  # "a boatbuilder whom she married": the relative is written
    if not c.is_past(tokens[k + 1].lower):
        return False
    comma = next(
        (j for j in range(k - 3, max(start, k - 2 - c.CONTACT_NOUN_REACH) - 1, -1)
         if tokens[j].text == "," and tokens[j + 1].lower in c.ARTICLES),
        None,
    )  # fmt: skip
    return comma is not None and _finite_verb(tokens, start, comma, c) is not None
