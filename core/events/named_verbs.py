"""A past form right after a place's or a person's name, inside a noun phrase that a date
names: "A guard hurt in the 1999 depot robbery in Selby attended the hearing". The phrase
"depot robbery in Selby" ends at the name; "attended" is the sentence's verb, not a word of
the phrase, unless "by" follows it ("the 2004 gala in Selby attended by 900 guests").
Used by ``core.events.nominal``.
"""

from __future__ import annotations

from types import ModuleType

from core.events.tokens import Token


def named_before_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the past form at ``k`` follows a capitalised name and takes no agent after it:
    a verb of the sentence, not a participle of the phrase before it."""
    before = tokens[k - 1].text
    if k < 2 or not (before[:1].isupper() and before.isalpha()):
        return False
    return k + 1 < len(tokens) and tokens[k + 1].lower != c.BY
