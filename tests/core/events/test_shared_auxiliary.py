"""A date inside the second of two verb phrases that share a subject and an auxiliary ("was
born in X and moved to Y in 1979") dates the second verb only."""

from __future__ import annotations

from core.events.extract import extract_events
from tests.core.events.articles import article


def _events(body: str) -> list[tuple[str | None, str]]:
    return [(e.start, e.title) for e in extract_events(article(body, "2024-05-10"))]


def test_a_birth_takes_no_date_of_the_move_after_it():
    got = _events("Mara Holt was born in Tromso and moved to Lyon in 1962.")
    assert ("1962", "Mara Holt moved to Lyon") in got, got
    assert not [t for _, t in got if "born" in t], got


def test_a_relative_clause_birth_takes_no_date_of_the_move_either():
    got = _events("The painter, who was born in Tromso and moved to Lyon in 1962, died on Monday.")
    assert not [(d, t) for d, t in got if "born" in t and d == "1962"], got


def test_a_second_passive_keeps_its_auxiliary():
    got = _events("The mayor was elected in 2001 and re-elected in 2005.")
    assert ("2001", "The mayor was elected") in got, got
    assert not [t for d, t in got if d == "2001" and "re-elected" in t], got


def test_a_move_just_after_a_dated_happening_is_the_dated_one():
    got = _events(
        "Ivo Lund, who was born in Riga and left shortly after the uprising in 1956, died."
    )
    assert ("1956", "Ivo Lund left shortly after the uprising") in got, got
    assert not [t for _, t in got if "born" in t], got
