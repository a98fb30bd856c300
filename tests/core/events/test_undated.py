"""Sentences without a date: a notable happening becomes an undated event; the rest nothing."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.undated import undated_happening


def _undated(text: str) -> tuple[str, str, list[str]] | None:
    found = undated_happening(text, 0, len(text), find_mentions(text))
    return found and (found.title, found.kind, [e.text for e in found.entities])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plans for joint naval exercises between Norway and Finland have alarmed Moscow.",
            ("Plans for joint naval exercises between Norway and Finland", "military",
             ["Norway", "Finland"]),
        ),
        # "a meeting between A and B" reads as "A and B meet"
        (
            "The talks came after a meeting between Duarte and Brandt in Lima.",
            ("Duarte and Brandt met in Lima", "meeting", ["Duarte", "Brandt", "Lima"]),
        ),
        (
            "Norway and Finland signed a defence treaty.",
            ("Norway and Finland signed a defence treaty", "agreement", ["Norway", "Finland"]),
        ),
        (
            "Rebels attacked a convoy near Kabul.",
            ("Rebels attacked a convoy near Kabul", "violence", ["Kabul"]),
        ),
    ],
)  # fmt: skip
def test_a_notable_happening_without_a_date(text, expected):
    assert _undated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania wants to hold a referendum.",  # a wish
        "Rebels could launch an offensive.",  # a possibility
        "Prices have risen since the explosion at the plant.",  # background
        "“The attack was cowardly,” the minister said.",  # a quote
        "The weather was mild.",  # nothing notable
    ],
)
def test_claims_possibilities_background_and_quotes_give_nothing(text):
    assert _undated(text) is None
