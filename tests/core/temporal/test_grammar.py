"""The recogniser (core.temporal.grammar): which stretches of text the rules propose."""

from __future__ import annotations

from core.temporal.grammar import candidates, grammar


def test_the_longest_match_comes_first_at_each_position() -> None:
    found = candidates("The envoy lands on March 3, 2023 in Riga.")
    first = found[0]
    assert (first.rule, first.match.group(0)) == ("mdy", "March 3, 2023")


def test_spans_end_before_trailing_commas_and_spaces() -> None:
    text = "Since 1999, prices rose."
    found = [c for c in candidates(text) if c.rule == "year"]
    assert [text[c.start : c.end] for c in found] == ["1999"]


def test_a_word_inside_another_is_no_candidate() -> None:
    assert candidates("The Mayor of Maytown spoke.") == []


def test_the_grammar_is_compiled_once_per_language() -> None:
    assert grammar("en") is grammar("en")
    assert next(iter(grammar("en").rules)) == "time"
