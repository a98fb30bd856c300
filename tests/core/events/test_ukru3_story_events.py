"""Events of a story told in the past, in Ukrainian and Russian and English alike: a season
followed by a name dates the name's happening ("Того ж літа Марія …"; only a season written
as a name's word, "the Winter Olympics", is no date), and in a language that writes no "is"
a verbless clause before a colon gives its date to no clause after it. Sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, published: str = "2016-12-02") -> list[tuple[str, str]]:
    document = Document("/x.txt", "", text, published, "user", "x", 0, language=language)
    return [(e.start, e.title) for e in extract_events(document)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "У серпні 1976 року Олена переїхала до містечка. Того ж літа Олена відкрила "
            "бібліотеку.",
            ("1976-SU", "Олена відкрила бібліотеку"),
        ),
        (
            "ru",
            "В августе 1976 года Олег переехал в посёлок. Тем же летом Олег открыл библиотеку.",
            ("1976-SU", "Олег открыл библиотеку"),
        ),
        (
            "en",
            "In the summer of 1981 Peter Hale built a boathouse on the lake.",
            ("1981-SU", "Peter Hale built a boathouse on the lake"),
        ),
    ],
)
def test_a_season_before_a_name_dates_its_happening(language, text, expected) -> None:
    assert expected in _events(text, language)


def test_a_season_written_as_a_name_is_no_date() -> None:
    events = _events("The Winter Olympics opened in Sochi on February 7, 2014.", "en")
    assert [start for start, _ in events] == ["2014-02-07"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Цієї весни Олена знову в майстерні: у квітні вона почне ремонт каплиці.",
            ("2017-04", "Олена почне ремонт каплиці"),
        ),
        (
            "ru",
            "Этой весной Олег снова в мастерской: в апреле он начнёт ремонт часовни.",
            ("2017-04", "Олег начнёт ремонт часовни"),
        ),
    ],
)
def test_a_verbless_clause_before_a_colon_lends_no_date(language, text, expected) -> None:
    assert expected in _events(text, language, "2017-03-10")
