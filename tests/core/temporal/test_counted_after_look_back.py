"""A count forward right after a count back ("… had bought the land two years before that.
Three years later, …"): later than the look back, or than the story's time before it? Readers
take either, so the tagger gives no date rather than a guess; a count forward from a date the
text wrote stays dated. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

NOW = date(2025, 6, 2)


def _value(text: str, language: str, words: str) -> str:
    return next(t.value for t in tag(text, NOW, language) if t.text == words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "The mill opened in 1905. The owners had bought the land two years earlier. "
               "Four years later the mill burned down.", "Four years later"),
        ("uk", "Навесні 1905 року відкрився млин. Власники купили землю за два роки до того. "
               "Але через чотири роки млин закрили.", "через чотири роки"),
    ],
)  # fmt: skip
def test_a_count_forward_after_a_look_back_gives_no_year(language, text, words):
    assert _value(text, language, words) == "FUTURE_REF"


@pytest.mark.parametrize(
    ("language", "text", "words", "value"),
    [
        ("en", "The mill opened in 1905. Four years later the mill burned down.",
         "Four years later", "1909"),
        ("uk", "Навесні 1905 року відкрився млин. Але через чотири роки млин закрили.",
         "через чотири роки", "1909"),
    ],
)  # fmt: skip
def test_a_count_forward_from_a_written_date_keeps_its_year(language, text, words, value):
    assert _value(text, language, words) == value
