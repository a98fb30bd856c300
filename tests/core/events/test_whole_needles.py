"""A needle a pattern sets between word edges or spaces must stand in the text as a word of
its own ("he", not the "he" of "the"); every quick pattern so checked answers as the pattern
itself does."""

from __future__ import annotations

import gc
import re

import pytest

from core.events import needle_scan
from core.events.extract import extract_events
from core.events.quick_patterns import QuickPattern, compile_quick
from core.events.whole_needles import whole_needles
from core.model import Document


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\s+(?:he|she|it|they)\s+(?P<verb>[a-z]+ed)\b", {"he", "she", "it", "they"}),
        (r"\bto\s+be\s", {"to", "be"}),
        (r"(?<=\s)of(?=\s)", set()),  # (a look around is no edge the walk reads)
        (r"^until\s+$", {"until"}),
        (r"\b[a-z]+ed\s+(?:in|on)\b", {"in", "on"}),
        (r"\b[a-z]+ed\s+(?:in|on)", set()),  # "into", "onto"
        (r"\bbonds?\b", set()),  # "bonds"
        (r"\bre(?:opened|sumed)\b", set()),  # each way's word is cut from "re"
        (r"\b(?:year|years)\s+(?:ending|ended)\b", set()),  # (parsed "year", "s"?, "end" …)
        (r"(?:\bthe\s+)+he\b", {"the"}),  # "he" after a part repeated: no edge known
    ],
)
def test_the_needles_a_pattern_holds_as_words(pattern: str, words: set[str]):
    assert whole_needles(pattern, re.IGNORECASE) == words


# Our own texts, ASCII: pronouns and prepositions inside longer words ("the", "within",
# "onto", "into", "other", "beside"), and standing alone.
TEXTS = [
    "The other tenants moved into the annex within the week",
    "Onto the ferry went the riders, beside the cattle, then ",
    "The orchard said it had harvested early, and she agreed on ",
    "Growers expect the yield to be higher in ",
    "The theatre, which they reopened after the flood, closed on ",
    "Within the year the smelter was sold to ",
    "He said the tender would close on ",
    "",
]


def _every_quick_pattern() -> list[QuickPattern]:
    article = Document(
        path="own.txt",
        title="Smelter sold",
        text="Smelter sold\n\nThe smelter was sold on Monday. It had closed in May.",
        published="2024-03-05",
        published_source="header",
        content_hash="",
        body_start=14,
    )
    extract_events(article)  # (the engine's patterns made, as a first article makes them)
    return [p for p in gc.get_objects() if isinstance(p, QuickPattern)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m and m.span()


def test_every_quick_pattern_answers_as_its_pattern():
    patterns = _every_quick_pattern()
    assert any(p.whole for p in patterns)
    for text in TEXTS:
        for pattern in patterns:
            plain = pattern.compiled
            assert _span(pattern.search(text)) == _span(plain.search(text)), (plain, text)
            inner = (3, max(3, len(text) - 2))
            assert _span(pattern.search(text, *inner)) == _span(plain.search(text, *inner))
        needle_scan.prepare(text)
        for pattern in patterns:
            assert _span(pattern.search(text)) == _span(pattern.compiled.search(text)), text


def test_a_pronoun_inside_a_word_is_not_searched_for():
    pattern = compile_quick(r"\s(?:he|she)\s+(?:said|wrote)\b", re.IGNORECASE)
    assert isinstance(pattern, QuickPattern)
    assert pattern.whole is not None
    assert pattern.search("Then the editors wrote back") is None
    assert pattern.search("Later she wrote back") is not None
    needle_scan.prepare("Then the editors wrote back")
    assert pattern.search("Then the editors wrote back") is None
