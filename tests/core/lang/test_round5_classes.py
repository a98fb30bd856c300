"""Round 5 of #16, continued: the analyst's classes and the round's chronologies (``round5.py``),
each class in sentences of our own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.reading.readers import read_article
from core.temporal.tagger import tag
from tests.core.lang.test_round5 import _events, _starts


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # "no … hasta 1994": it happened then, not never
        (
            "Publicado el 5 de marzo de 2026",
            "El teatro municipal no reabrió sus puertas hasta 1998, tras años de obras.",
            "1998",
        ),
        (
            "Publicado el 5 de marzo de 2026",
            "El nuevo puente sobre el río no se inauguró hasta el 3 de mayo de 2001.",
            "2001-05-03",
        ),
        # a year named first in the clause gives a yearless day after it its year
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "Минулого року виставка відкрилася 7 листопада в міському музеї.",
            "2024-11-07",
        ),
        (
            "Опубликовано: 12.11.2025, 14:05",
            "В прошлом году выставка открылась 7 ноября в городском музее.",
            "2024-11-07",
        ),
        ("Published: 12 November 2025", "Last year the show opened on 7 November.", "2024-11-07"),
    ],
)
def test_the_clause_takes_its_date(tmp_path: Path, header: str, body: str, start: str) -> None:
    assert start in _starts(tmp_path, header, body)


def test_a_year_of_a_period_does_not_pull_a_day_ahead_into_it(tmp_path: Path) -> None:
    body = "Earnings for 2025 will be reported on February 5."
    assert "2025-02-05" not in _starts(tmp_path, "Published: 12 November 2025", body)


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # a place fronted without a comma is where, not who: the subject follows it
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "У Полтаві книжковий ярмарок почався у вівторок.",
            "2025-11-11",
        ),
        (
            "Опубликовано: 12.11.2025, 14:05",
            "В Казани книжная ярмарка открылась во вторник.",
            "2025-11-11",
        ),
        # the Ukrainian perfective future in "-иє" is a verb: "відкриє"
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "Міська рада відкриє ковзанку у понеділок.",
            "2025-11-17",
        ),
    ],
)
def test_the_subject_and_verb_are_found(tmp_path: Path, header: str, body: str, start: str) -> None:
    assert start in _starts(tmp_path, header, body)


def test_a_figure_between_a_year_and_a_month_keeps_them_apart(tmp_path: Path) -> None:
    body = "The share climbed to a peak for the year of $17.625 a unit in June."
    assert "2025-06" not in _starts(tmp_path, "Published: 12 November 2025", body)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # "el viernes de la próxima semana": the Friday of next week, one expression
        ("es", "La junta votará el viernes de la próxima semana una reforma.", "2025-11-21"),
        # "в марте следующего года" after a date told in the past: the year after it
        (
            "ru",
            "Цех построили в мае 1961 года, а в марте следующего года он выпустил первый станок.",
            "1962-03",
        ),
        (
            "uk",
            "Цех збудували в травні 1961 року, а в березні наступного року він випустив перший верстат.",
            "1962-03",
        ),
        ("ru", "Цех откроют в марте следующего года.", "2026-03"),
    ],
)
def test_a_relative_week_or_year_counts_from_the_right_date(
    language: str, text: str, value: str
) -> None:
    assert tag(text, datetime(2025, 11, 12), language)[-1].value == value


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # a quoted name opening the sentence is its subject, not a quotation
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "«Житомирбуд» у січні подав позов до суду.",
            "2025-01",
        ),
        ("Опубликовано: 12.11.2025, 14:05", "«Тверьстрой» в январе подал иск в суд.", "2025-01"),
    ],
)
def test_a_quoted_name_opens_a_sentence(tmp_path: Path, header: str, body: str, start: str) -> None:
    assert start in _starts(tmp_path, header, body)


def test_a_quotation_opening_a_sentence_is_still_no_event(tmp_path: Path) -> None:
    body = "«Мы готовы начать работы», — заявил в среду министр."
    assert _starts(tmp_path, "Опубликовано: 12.11.2025, 14:05", body) == []


def test_a_lone_word_after_a_preposition_of_place_is_a_place() -> None:
    from core.events.entities import PLACE, find_mentions

    text = "Вода в Иртыше поднялась за ночь на два метра."
    assert [(m.text, m.kind) for m in find_mentions(text, 0, language="ru")] == [("Иртыше", PLACE)]


def test_a_passive_se_has_its_subject_after_the_verb(tmp_path: Path) -> None:
    body = (
        "El alcalde Juan Pérez llegó a Lugo el lunes. El martes se celebró el funeral en la "
        "iglesia de San Roque, al que asistieron cientos de vecinos."
    )
    titles = [title for _, title in _events(tmp_path, "Publicado el 11 de febrero de 2026", body)]
    assert not any(t.startswith("Pérez se celebró") for t in titles)
    assert any("funeral" in t for t in titles)


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # an impersonal passive with its auxiliary first: "було знайдено", "были обнаружены"
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "У травні на мосту було знайдено дві тріщини.",
            "2025-05",
        ),
        (
            "Опубликовано: 12.11.2025, 14:05",
            "В мае на мосту были обнаружены две трещины.",
            "2025-05",
        ),
    ],
)
def test_an_impersonal_passive_gives_its_happening(
    tmp_path: Path, header: str, body: str, start: str
) -> None:
    assert start in _starts(tmp_path, header, body)


@pytest.mark.parametrize(
    ("header", "body", "title"),
    [
        # a date after ", і/и" with a subject and a verb of its own dates that clause
        (
            "ЛЬВІВ, 14 січня 2026 — ",
            "Рятувальники гасили склад усю ніч, і лише вранці 13 січня пожежу вдалося загасити.",
            ("2026-01-13", "Пожежу вдалося загасити"),
        ),
        (
            "Опубликовано: 14.01.2026, 10:00",
            "Спасатели тушили склад всю ночь, и лишь утром 13 января пожар удалось потушить.",
            ("2026-01-13", "Пожар удалось потушить"),
        ),
    ],
)
def test_a_date_after_and_dates_its_own_clause(
    tmp_path: Path, header: str, body: str, title: tuple[str, str]
) -> None:
    found = [(start[:10], t) for start, t in _events(tmp_path, header, body)]
    assert title in found
    assert not any(t.startswith(("Рятувальники", "Спасатели")) for _, t in found)


def test_a_publication_line_that_goes_on_with_its_update(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    line = "Publicado el 05/03/2031 a las 09:15, actualizado el 05/03/2031 a las 10:02"
    body = "El pleno del Ayuntamiento aprobó ayer el presupuesto de la ciudad para el próximo año."
    path.write_text(f"Titular de la noticia\n\n{line}\n\n{body}\n", encoding="utf-8")
    assert read_article(path).published == "2031-03-05T09:15"


# Round 5's chronologies: the counts reached after the fixes (found on their date, of 20, 22
# and 19 listed); written before the app was run on them (44/61 then, 9 dated wrong, 3 traps).
DEV_FLOORS = {"es": 19, "ru": 20, "uk": 17}


@pytest.fixture
def round5_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The round's articles, copied; the one whose agency dateline gives no year ("9 feb
    (EFE)") takes it from the file's time, set a week after it."""
    import os
    import shutil

    from tests.core.lang import round3, round4
    from tests.core.lang.chronology import FIXTURES
    from tests.core.lang.round5 import DEV

    for articles in DEV.values():
        for name in articles:
            shutil.copy(FIXTURES / name, tmp_path / name)
    stamp = datetime(2026, 2, 16, 12, 0).timestamp()
    os.utime(tmp_path / "mina-es.txt", (stamp, stamp))
    monkeypatch.setattr(round3, "FIXTURES", tmp_path)
    monkeypatch.setattr(round4, "FIXTURES", tmp_path)
    return tmp_path


@pytest.mark.parametrize("language", sorted(DEV_FLOORS))
def test_the_round5_articles(round5_articles: Path, language: str) -> None:
    from tests.core.lang.round4 import totals
    from tests.core.lang.round5 import DEV

    right, wrong, traps, listed = totals(DEV[language], language)
    assert right >= DEV_FLOORS[language], f"{right}/{listed}"
    assert wrong <= 1 and traps == 0, f"{wrong} dated wrong, {traps} on a trap date"


def test_the_round5_printed_publication_dates(round5_articles: Path) -> None:
    from tests.core.lang.round5 import PUBLISHED

    for name, value in PUBLISHED.items():
        assert read_article(round5_articles / name).published == value, name


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        # two parts of a sentence joined by a bare comma, each with its verb and its date
        (
            "Опубликовано: 12.11.2025, 14:05",
            "Стадион был открыт в 1956 году, последний матч команда сыграла на нём в 2004 году.",
            {"1956", "2004"},
        ),
        (
            "Опубліковано 12 листопада 2025, 14:05",
            "Стадіон відкрили у 1956 році, останній матч команда зіграла на ньому у 2004 році.",
            {"1956", "2004"},
        ),
    ],
)
def test_a_comma_joins_two_dated_clauses(
    tmp_path: Path, header: str, body: str, expected: set[str]
) -> None:
    assert set(_starts(tmp_path, header, body)) == expected


def test_a_speaker_after_a_comma_is_no_clause_of_its_own(tmp_path: Path) -> None:
    body = "Министр прилетел в Минск в понедельник, заявил во вторник его пресс-секретарь."
    assert _starts(tmp_path, "Опубликовано: 12.11.2025, 14:05", body) == ["2025-11-10"]


# The unseen articles (written after the fixes, measured once): es 5/8 (2 dated wrong), ru 5/6
# (1 wrong, on a trap date), uk 4/4. Three causes fixed after (tests below, in our own
# sentences): es 7/8, ru 6/6, uk 4/4, none wrong; no longer unseen, floors at that.
UNSEEN_FLOORS = {"es": 7, "ru": 6, "uk": 4}


@pytest.mark.parametrize("language", sorted(UNSEEN_FLOORS))
def test_the_unseen_round5_articles(language: str) -> None:
    from tests.core.lang.round4 import totals
    from tests.core.lang.round5 import UNSEEN

    right, _, _, listed = totals(UNSEEN[language], language)
    assert right >= UNSEEN_FLOORS[language], f"{right}/{listed}"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # found on the unseen articles, fixed after they were measured (in sentences of our own)
        # a participle aside's year is told in passing: the story does not move there
        (
            "es",
            "El puerto, ampliado en mayo de 2021, cerró el pasado invierno por una avería.",
            "2025-WI",
        ),
        # "desde la fábrica" is a place: no past for a date after it
        ("es", "Los autobuses llegarán desde la planta de Vitoria a mediados de abril.", "2026-04"),
        # a month ahead is not the one of a season named as past before it
        (
            "ru",
            "Ремонт шёл с весны. Вчера объект осмотрел губернатор. Музей будет закрыт до конца марта.",
            "2026-03",
        ),
    ],
)
def test_found_on_the_unseen_articles(language: str, text: str, value: str) -> None:
    assert tag(text, datetime(2026, 2, 19), language)[-1].value == value


@pytest.mark.parametrize(
    ("header", "body", "title"),
    [
        # "only" before a dropped date goes with it: no title ends on it
        (
            "16 березня 2026, 09:45",
            "Пожежники загасили склад лише в неділю вдень.",
            "Пожежники загасили склад",
        ),
        (
            "Опубликовано: 16.03.2026, 09:45",
            "Пожарные потушили склад лишь в воскресенье днём.",
            "Пожарные потушили склад",
        ),
    ],
)
def test_only_before_a_date_leaves_the_title(
    tmp_path: Path, header: str, body: str, title: str
) -> None:
    assert [t for _, t in _events(tmp_path, header, body)] == [title]
