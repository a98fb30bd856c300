"""The year a record told in the passive was set ("the ground's record crowd was set in 1962")
tells the record's age, a yardstick: no event on that year, in any language. A record set in
the story's own days ("was set on Saturday") is news and keeps its day."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2023-05-10",
        "The ground's record crowd, 31,200, was set in 1962 against a touring side.",
        [("not", "1962")],
    ),
    (
        "en",
        "2023-05-10",
        "A national record for the hammer was set on Saturday in Leiria.",
        [("has", "2023-05-06")],
    ),
    ("de", "2023-05-10", "Der Zuschauerrekord wurde 1962 aufgestellt.", [("not", "1962")]),
    ("fr", "2023-05-10", "Le record d'affluence du stade a été établi en 1962.", [("not", "1962")]),
    (
        "es",
        "2023-05-10",
        "El récord de público del estadio fue establecido en 1962.",
        [("not", "1962")],
    ),
    (
        "ru",
        "2023-05-10",
        "Рекорд посещаемости стадиона был установлен в 1962 году.",
        [("not", "1962")],
    ),
    (
        "uk",
        "2023-05-10",
        "Рекорд відвідуваності стадіону був встановлений у 1962 році.",
        [("not", "1962")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_a_record_set_years_ago_dates_nothing(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
