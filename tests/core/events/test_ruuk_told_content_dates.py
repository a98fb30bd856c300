"""What a speaker told, opening on its own time right after "что"/"що": Russian and Ukrainian
"что" is no determiner ("that October"), so "рассказала, что весной цех потерял …" is a
clause of its own dated spring; a year in the speaker's apposition ("выпускница МГУ 2001
года") dates neither the saying nor what was said. Ukrainian nouns in "-ив" ("колектив")
are no pasts. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (
        "ru",
        "Главный инженер завода Анна Лисова, выпускница МГУ 2001 года, рассказала, что весной "
        "цех потерял трёх мастеров.",
        [("title", "Цех потерял трёх мастеров", "2019-SP"), ("not", "2001")],
    ),
    (
        "uk",
        "Директорка музею розповіла, що навесні колектив втратив трьох науковців.",
        [("title", "Колектив втратив трьох науковців", "2019-SP")],
    ),
    (
        "uk",
        "У березні колектив заводу купив нову лінію.",
        [("title", "Колектив заводу купив нову лінію", "2019-03")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_told_content_date(language: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, "2019-12-04"), checks)
