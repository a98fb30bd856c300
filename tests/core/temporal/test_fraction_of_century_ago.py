""" "Half a century ago", "четверть века назад", "півстоліття тому": a fraction of a long unit
counts back fifty or twenty-five years, and an event with the exact date beside it keeps that
date (before, "a century ago" alone was read and the event went back a hundred years)."""

from datetime import date

import pytest

from core.temporal.tagger import tag
from tests.core.events.articles import events_of

PUBLISHED = date(2024, 6, 12)


def _values(text: str, lang: str) -> dict[str, str]:
    return {text[t.start : t.end]: t.value for t in tag(text, PUBLISHED, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        (
            "en",
            "Half a century ago the ferry made its last crossing.",
            "Half a century ago",
            "1974",
        ),
        ("en", "Half a decade ago the kiosk sold its first paper.", "Half a decade ago", "2019"),
        ("ru", "Полвека назад паром совершил последний рейс.", "Полвека назад", "1974"),
        ("ru", "Четверть века назад в посёлке открыли почту.", "Четверть века назад", "1999"),
        ("uk", "Півстоліття тому пором здійснив останній рейс.", "Півстоліття тому", "1974"),
        ("uk", "Чверть століття тому в селищі відкрили пошту.", "Чверть століття тому", "1999"),
        ("uk", "Пів століття тому в селищі відкрили пошту.", "Пів століття тому", "1974"),
    ],
)
def test_a_fraction_of_a_long_unit_counts_back_its_share(
    lang: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, lang)[phrase] == value


def test_half_a_century_as_a_length_is_fifty_years() -> None:
    assert _values("For half a century the kiosk sold papers.", "en")["half a century"] == "P50Y"


@pytest.mark.parametrize(
    ("lang", "text", "date_"),
    [
        ("en", "Half a century ago, in March 1974, the ferry made its last crossing.", "1974-03"),
        ("en", "Nearly half a century ago, in the spring of 1977, the kiosk opened.", "1977-SP"),
        ("en", "Two years ago, in 2023, the kiosk was repainted.", "2023"),
        ("ru", "Четверть века назад, весной 1999 года, в посёлке открыли почту.", "1999-SP"),
        ("uk", "Чверть століття тому, навесні 1999 року, у селищі відкрили пошту.", "1999-SP"),
    ],
)
def test_the_exact_date_beside_a_fraction_ago_dates_the_event(
    lang: str, text: str, date_: str
) -> None:
    starts = [e.start for e in events_of(text, lang, PUBLISHED.isoformat())]
    assert starts == [date_]
