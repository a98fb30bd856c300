"""A state budget named with the year it covers ("проєкт держбюджету на 2031 рік", "проект
госбюджета на 2031 год"): the document's year, which gives no year to a yearless day later in
the sentence. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2030-08-14T09:00"


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        (
            "uk",
            "Зміни до держбюджету на 2031 рік депутати розглянуть 20 жовтня.",
            "2030-10-20",
        ),
        (
            "ru",
            "Поправки к госбюджету на 2031 год депутаты рассмотрят 20 октября.",
            "2030-10-20",
        ),
    ],
)
def test_a_state_budgets_year_frames_no_day(language, text, start):
    check_events(events_of(text, language, PUBLISHED), [("has", start), ("not", "2031-10-20")])
