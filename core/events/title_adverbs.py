"""A manner adverb between a verb and its infinitive, dropped before a long title is cut:
"The guild voted unanimously to merge the two choirs of the valley" keeps what was voted
("The guild voted to merge the two choirs …") rather than "The guild voted unanimously",
which says nothing of what was decided.

Only an adverb that is nothing but an adverb, ends like one (``ADVERB_ENDING``) and neither
hedges nor restricts the news (``TITLE_HEDGES``, ``TITLE_KEPT_ADVERBS``: "nearly",
"reportedly") goes, and only before "to" and a verb.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> " ".join(without_manner_adverb("The guild voted unanimously to merge the choirs".split(), 3, c))
'The guild voted to merge the choirs'
>>> " ".join(without_manner_adverb("The guild reportedly voted to merge".split(), 3, c))
'The guild reportedly voted to merge'
"""

from __future__ import annotations

from types import ModuleType

from core.events.infinitives import opens_infinitive

_REACH = 3  # auxiliaries and the verb before the adverb ("had been | quick…")


def without_manner_adverb(words: list[str], keep: int, c: ModuleType) -> list[str]:
    """``words`` without the first manner adverb after the verb that opens at ``keep - 1``
    when "to" and a verb follow it; the words as given when there is none."""
    for k in range(keep, min(len(words) - 2, keep + _REACH)):
        lower = words[k].lower()
        if lower in c.TITLE_HEDGES | c.TITLE_KEPT_ADVERBS or not c.ADVERB_ENDING:
            return words
        forms = c.lemmas(lower)
        manner = lower.endswith(c.ADVERB_ENDING) and set(forms) == {"ADV"}
        if manner and opens_infinitive(words[k + 1], words[k + 2], c):
            return [*words[:k], *words[k + 1 :]]
        if not (lower in c.AUX or "VERB" in forms):
            return words
    return words
