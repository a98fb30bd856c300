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
            "Проєкт держбюджету на 2031 рік уряд має подати до парламенту до 15 вересня.",
            "2030-09-15",
        ),
        (
            "ru",
            "Проект госбюджета на 2031 год правительство должно внести в Думу до 15 сентября.",
            "2030-09-15",
        ),
    ],
)
def test_a_state_budgets_year_frames_no_day(language, text, start):
    check_events(events_of(text, language, PUBLISHED), [("has", start), ("not", "2031-09-15")])
