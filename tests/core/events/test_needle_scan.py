"""A stretch of text scanned once for every quick pattern's needles (``needle_scan.prepare``)
gets from each pattern the answer the pattern itself gives: the dates' roles, and so the
events, are the same with the scan or without."""

from __future__ import annotations

import re

import pytest

from core.events import needle_scan
from core.events.quick_patterns import QuickPattern, compile_quick
from tests.core.events.test_quick_patterns import STRETCHES, _quick_cues

# Our own stretches, ASCII, with needles inside longer words ("til" in "until", "ed" in
# "scheduled") and across a hyphen.
MORE = [
    "The ferry service was halted until ",
    "Orchard growers had their harvest re-scheduled for ",
    "The run-up to the regional vote in ",
    "A 12.5 pct rise on the year-earlier level, seen in ",
]


@pytest.mark.parametrize("text", STRETCHES + MORE)
def test_every_quick_cue_answers_a_prepared_text_as_its_pattern(text: str):
    needle_scan.prepare(text)
    for _language, _name, pattern in _quick_cues():
        found, plain = pattern.search(text), pattern.compiled.search(text)
        assert (found and found.span()) == (plain and plain.span())
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in pattern.compiled.finditer(text)
        ]


def test_a_needle_inside_a_longer_word_is_found():
    text = "Talks were put off until "
    needle_scan.prepare(text)
    pattern = compile_quick(r"\btil\b|\buntil\s+$", re.I)
    assert isinstance(pattern, QuickPattern)
    assert pattern.search(text) is not None


def test_a_pattern_made_after_the_scan_is_not_answered_from_it():
    text = "The lighthouse keepers were relieved of duty in "
    needle_scan.prepare(text)
    pattern = compile_quick(r"\bkeepers\s+were\s+relieved\b", re.I)
    assert needle_scan.prepared_needles(text, pattern.generation) is None  # type: ignore[attr-defined]
    assert pattern.search(text) is not None
