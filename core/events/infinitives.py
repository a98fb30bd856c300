"""The infinitive after its marker ("failed | to meet", "plans | to build"): one check for the
title, clause and antecedent code that asks whether a verb's aim or purpose follows."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType


def bare_verb(word: str, c: ModuleType) -> bool:
    """Whether ``word`` is a verb's bare form in lower case: "build" in "to build", "reopen"
    in "did reopen"; not "Build" (a name's word) nor "built"."""
    return word.islower() and word in c.lemmas(word).get("VERB", ())


def opens_infinitive(marker: str, verb: str, c: ModuleType) -> bool:
    """Whether ``marker`` and ``verb`` open an infinitive: the language's marker and a verb's
    bare form ("to build", "zu bauen"), not "to Bristol" nor "to talks"."""
    return marker.lower() == c.TO and bare_verb(verb, c)


def infinitive_at(words: Sequence[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` and the word after it open an infinitive ("voted 4-3 | to close …")."""
    return k + 1 < len(words) and opens_infinitive(words[k], words[k + 1], c)
