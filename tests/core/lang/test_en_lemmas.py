"""English lemmas are lemminflect's own, read from its tables straight (``clauses._lemmas``):
the same answer as ``getAllLemmas`` for words of every kind, whatever their case."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from core.lang.en import clauses

WORDS = (
    "signed Signed SIGNED ran leaves geese better was were has talks Ferries striking "
    "o'clock well-known 1987 xyzzy UK İzmir"
).split()


@pytest.mark.parametrize("word", WORDS)
def test_lemmas_are_lemminflects(word: str) -> None:
    assert clauses.lemmas(word) == getAllLemmas(word.lower())


def test_a_past_verb_reads_as_its_verb() -> None:
    assert clauses.lemmas("Signed")["VERB"] == ("sign",)
    assert clauses.is_past("signed") and not clauses.is_past("signs")
