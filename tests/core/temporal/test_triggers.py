"""Where the grammar is tried (core.temporal.triggers): trigger tokens and their prefixes."""

from __future__ import annotations

from core.temporal.triggers import anchors, triggers


def _rules_at(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for start, rules in anchors(text):
        word = text[start:].split()[0]
        out.setdefault(word, set()).update(rules)
    return out


def test_a_month_name_triggers_the_date_rules() -> None:
    assert {"mdy", "month"} <= _rules_at("The summit opens in October")["October"]


def test_the_words_that_may_open_an_expression_are_tried_too() -> None:
    rules = _rules_at("It ended nearly eight years later.")
    assert "duration" in rules["nearly"]
    assert "ago" in rules["eight"]
    assert "It" not in rules


def test_digits_trigger_by_their_shape() -> None:
    rules = _rules_at("At 14:30 on 3/4/2021 in 1987.")
    assert rules["14:30"] == {"time"}
    assert "numeric" in rules["3/4/2021"]
    assert "year" in rules["1987."]


def test_text_without_time_words_has_no_anchors() -> None:
    assert list(anchors("Officials met the press.")) == []


def test_a_possessive_trigger_still_triggers() -> None:
    assert "weekday" in _rules_at("Friday's vote passed.")["Friday's"]


def test_the_trigger_table_is_built_once_per_language() -> None:
    assert triggers("en") is triggers("en")
