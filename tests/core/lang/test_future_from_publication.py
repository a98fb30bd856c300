"""A sentence in the future speaks from the publication's time in every language, as "will"
does in English: after a story of an earlier year, its yearless date lies ahead of
publication, not in that year."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-05-14"


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "fr",
            "La digue avait cédé en mars 2020. Les travaux commenceront en septembre.",
            "2024-09",
        ),
        ("es", "El puente se cerró en 2021. Las obras se reanudarán el 3 de junio.", "2024-06-03"),
        ("de", "Das Werk wurde 2020 geschlossen. Der Abriss wird im Oktober beginnen.", "2024-10"),
        (
            "uk",
            "Завод закрили в жовтні 2021 року. Суд розглядатиме справу 12 червня.",
            "2024-06-12",
        ),
    ],
)
def test_a_future_after_a_past_story_lies_ahead(language: str, text: str, date: str) -> None:
    check_events(events_of(text, language, PUBLISHED), [("has", date)])


def test_a_past_after_a_past_story_stays_in_it() -> None:
    text = "L'usine avait fermé en octobre 2021. Les salariés avaient manifesté en mars."
    check_events(events_of(text, "fr", PUBLISHED), [("not", "2024-03")])
