"""An index's base year written as its 100 ("(2024 = 100)"): the figures' yardstick, never
when anything happened, in every language. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2030-08-14T09:00"


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("de", "Der Erzeugerpreisindex (2024 = 100) kletterte im Juli auf 109,3 Punkte.",
         [("has", "2030-07"), ("not", "2024")]),
        ("de", "Der Baupreisindex (2024 = 100) lag damit bei 121,7 Punkten.", [("not", "2024")]),
        ("es", "El índice de producción (2024 = 100) subió en julio hasta 104,2 puntos.",
         [("has", "2030-07"), ("not", "2024")]),
        ("fr", "L'indice des loyers (2024 = 100) a atteint 107,5 points.", [("not", "2024")]),
        ("ru", "Индекс тарифов (2024 = 100) в июле поднялся до 113 пунктов.",
         [("has", "2030-07"), ("not", "2024")]),
        ("uk", "Індекс тарифів (2024 = 100) у липні піднявся до 113 пунктів.",
         [("has", "2030-07"), ("not", "2024")]),
    ],
)  # fmt: skip
def test_an_index_base_year_dates_nothing(language, text, checks):
    check_events(events_of(text, language, PUBLISHED), checks)
