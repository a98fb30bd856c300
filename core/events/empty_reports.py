"""Titles that report a saying and lose what was said: "A port official was quoted by local
radio [as saying …]". What makes the report news is gone; the title tells only that someone
spoke. The check reads a title's predicate words and the language's ``QUOTING_VERBS``.

>>> from core import lang
>>> c = lang.words("en", "clauses")
>>> quoted_by_only("was quoted by the Valley Herald".split(), c)
True
>>> quoted_by_only("was quoted by the Herald as saying the dam held".split(), c)
False
"""

from __future__ import annotations

from types import ModuleType

from core.events.title_words import EDGE_PUNCT

_AGENT_REACH = 6  # words of the agent after "by" ("by the state news agency Tanjug")


def _lower(word: str) -> str:
    return word.lower().strip(EDGE_PUNCT)


def _verbs(word: str, c: ModuleType) -> set[str]:
    return set(c.lemmas(_lower(word)).get("VERB", ()))


def quoted_by_only(predicate: list[str], c: ModuleType) -> bool:
    """Whether a verb of quoting keeps only who quoted ("was quoted by local media"): the
    saying that followed ("as saying …") is gone."""
    k = next((i for i, w in enumerate(predicate) if _lower(w) not in c.AUX), len(predicate))
    if k >= len(predicate) - 1 or not _verbs(predicate[k], c) & c.QUOTING_VERBS:
        return False
    rest = [_lower(w) for w in predicate[k + 1 :]]
    return rest[0] == c.BY and len(rest) <= _AGENT_REACH and c.AS not in rest
