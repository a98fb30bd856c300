"""A comparison's baseline in each language's own words is no date of the happening."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.anchors import role
from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Der Umsatz stieg um fünf Prozent gegenüber dem Vorjahr.", "de", "describes"),
        ("Der Umsatz lag höher als im Vorjahr.", "de", "describes"),
        ("Der Umsatz stieg im Vergleich zum Vorjahr.", "de", "describes"),
        ("Die Fabrik wurde im Vorjahr geschlossen.", "de", "dates"),
        ("Las ventas subieron un 5 % respecto al año anterior.", "es", "describes"),
        ("La fábrica cerró el año anterior.", "es", "dates"),
        ("Les ventes ont progressé de 5 % par rapport à l'an dernier.", "fr", "describes"),
        ("L'usine a fermé l'an dernier.", "fr", "dates"),
    ],
)
def test_a_comparisons_baseline_describes(text: str, language: str, expected: str) -> None:
    (timex,) = tag(text, date(2009, 5, 14), language)
    assert role(text, timex, language) == expected
