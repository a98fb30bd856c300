"""A yearless month after a season of a year to come: a deed told as done is no month of that
season ("works put back to spring 2025. The board approved the plan in April" in a June 2024
article is April 2024), while a month told ahead still is."""

from datetime import date

import pytest

from core.temporal.tagger import tag

PUBLISHED = date(2024, 6, 12)


def _values(text: str, lang: str) -> dict[str, str]:
    return {text[t.start : t.end]: t.value for t in tag(text, PUBLISHED, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "month", "expected"),
    [
        (
            "en",
            "The opening of the sports ground was put back to spring 2025. The parish board "
            "approved the new fence in April.",
            "April",
            "2024-04",
        ),
        (
            "fr",
            "L'ouverture du gymnase a été repoussée au printemps 2025. Le conseil, qui a adopté "
            "en avril un crédit de 12 000 euros, attend les devis.",
            "avril",
            "2024-04",
        ),
        # guard: told ahead, the month is the coming season's
        (
            "en",
            "The sports ground will open in spring 2025. The first matches will be played in "
            "April.",
            "April",
            "2025-04",
        ),
        # guard: a past season keeps its months, whatever the tense
        (
            "en",
            "In spring 2019 the river rose. In April the lower town was cleared.",
            "April",
            "2019-04",
        ),
    ],
)
def test_month_of_a_season_to_come(lang: str, text: str, month: str, expected: str) -> None:
    assert _values(text, lang)[month] == expected
