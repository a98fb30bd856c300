"""A pattern anchored at the end of its text is ruled out when the text, its trailing spaces
dropped, does not end with a word the pattern ends on (``pattern_tails``); a quick pattern so
checked answers every call as the pattern itself does."""

from __future__ import annotations

import re

import pytest

from core.events import needle_scan
from core.events.pattern_tails import tails_of
from core.events.quick_patterns import QuickPattern, compile_quick
from tests.core.events.test_quick_patterns import _quick_cues


@pytest.mark.parametrize(
    ("pattern", "tails"),
    [
        (r"\b(?:in|on|during)\s+(?:the\s+)?$", {"in", "on", "during", "the"}),
        (r"\buntil\s+$|\bthrough\s*$", {"until", "through"}),
        (r"\bfor\s+(?:(?:first|second)[\s-]+half\s+)?$", {"for", "half"}),
        (r"(?:\bby|\bahead\s+of)(?:\s+)?$", {"by", "of"}),
        # (the parser draws out a shared beginning, "\bb": the ways' ends are what is left)
        (r"(?:\bby|\bbefore)\s+$", {"y", "efore"}),
        (r"\bas\s+of(?=\s)\s+$", {"of"}),  # a look ahead takes no character
        (r"\bIN\s+$", {"in"}),  # compared in lower case, as the needles are
        (r"\bsince\s+\w+$", None),  # a word of any letters last: no word to look for
        (r"\bup\s+to\b", None),  # not anchored at the end
        (r"\bto\s+$|\d+$", None),  # a way that ends on a figure
        (r"(?:the\s+)?$", None),  # spaces alone may end it
        (r"\bon[^\S\n]+$", None),  # (a set that is not white space alone)
        (r"\bon\s+$", {"on"}),
    ],
)
def test_the_words_a_pattern_ends_on(pattern: str, tails: set[str] | None):
    found = tails_of(pattern, re.IGNORECASE)
    assert (set(found) if found is not None else None) == tails


def test_a_multiline_pattern_has_no_tails():
    assert tails_of(r"\bon\s+$", re.IGNORECASE | re.MULTILINE) is None


# Our own stretches before a date, ending on a word, on spaces, on a line break, on a figure.
ENDINGS = [
    "The ferry crossing was suspended until ",
    "The ferry crossing was suspended until\n",
    "The ferry crossing was suspended until",
    "Glassworks output was cut during the ",
    "The orchard co-op reported a 3 pct rise in ",
    "Tenders for the bridge repair close on ",
    "The tram line stays shut until the end of ",
    "A 40 pct stake, sold in 1998 and again in ",
    "The museum, which reopened after a refit, said on ",
    "Council members met on Tuesday, two days after the ",
    "The vote took place\x0b",
    "The regatta was postponed to\u00a0",  # not ASCII: left to the engine
]


@pytest.mark.parametrize("text", ENDINGS)
def test_every_quick_cue_answers_a_text_by_its_ending_as_its_pattern(text: str):
    for _language, name, pattern in _quick_cues():
        plain = pattern.compiled
        found, expected = pattern.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        needle_scan.prepare(text)
        found = pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        found, expected = (
            pattern.search(text, 4, len(text) - 1),
            plain.search(text, 4, len(text) - 1),
        )
        assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_a_text_that_does_not_end_on_the_word_is_not_searched():
    pattern = compile_quick(r"\b(?:delayed|postponed)\b[^.]*\buntil\s+$", re.IGNORECASE)
    assert isinstance(pattern, QuickPattern)
    assert pattern.search("The launch was delayed until ") is not None
    assert pattern.search("The launch was delayed until\tlate ") is None
    assert pattern.search("The launch, DELAYED, came UNTIL  ") is not None
