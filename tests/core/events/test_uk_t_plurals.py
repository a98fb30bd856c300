"""Ukrainian plurals in "-ти" of nouns in "-т" ("депутати", "експерти") read as an infinitive
would: the subject was lost and the sentence gave no event. Sentences of our own."""

from __future__ import annotations

import pytest

from core import lang
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize("word", ["депутати", "експерти", "документи", "кандидати"])
def test_t_plural_is_a_noun(word: str) -> None:
    assert "VERB" not in lang.words("uk", "clauses").lemmas(word)


@pytest.mark.parametrize("word", ["читати", "платити", "зберегти"])
def test_infinitive_stays_a_verb(word: str) -> None:
    assert "VERB" in lang.words("uk", "clauses").lemmas(word)


def test_subject_with_an_except_aside() -> None:
    events = events_of("Експерти, крім трьох, у середу схвалили проєкт мосту.", "uk", "2023-05-12")
    check_events(events, [("title", "Експерти схвалили проєкт мосту", "2023-05-10")])
