"""Round 5 of #16: the classes fixed on the round-5 articles (``round5.py``), each in
sentences of our own, and the round's chronologies (floors are the counts after the fixes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.published import find_dateline_date
from core.reading.readers import read_article
from core.temporal.tagger import tag


def _events(tmp_path: Path, header: str, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Titular\n\n{header}\n\n{body}\n", encoding="utf-8")
    return [(e.start, e.title) for e in extract_events(read_article(path))]


def _starts(tmp_path: Path, header: str, body: str) -> list[str]:
    return [start for start, _ in _events(tmp_path, header, body)]


@pytest.mark.parametrize(
    ("header", "body", "kept", "refused"),
    [
        # a participle set off by commas, in any case form, dates its noun, not the verb
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Старую плотину, построенную в 1961 году, разберут этим летом.",
            "2025-SU",
            "1961",
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Школу, открытую в 1958 году, закроют осенью.",
            "2025-FA",
            "1958",
        ),
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Вокзал, збудований у 1910 році, закрили на ремонт після пожежі.",
            None,
            "1910",
        ),
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Перевірку, розпочату в березні, завершать у грудні.",
            "2025-12",
            "2025-03",
        ),
        (
            "Publicado el 5 de marzo de 2026",
            "El alcalde, elegido en 2023, presentará el viernes su plan de vivienda a los vecinos del barrio.",
            "2026-03-06",
            "2023",
        ),
    ],
)
def test_a_participle_aside_does_not_date_the_clause(
    tmp_path: Path, header: str, body: str, kept: str | None, refused: str
) -> None:
    starts = _starts(tmp_path, header, body)
    assert refused not in starts
    if kept is not None:
        assert kept in starts


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # "прошлом/минулому" before a month is last year's month, not "in the past"
        ("ru", "В прошлом ноябре на этой улице прорвало трубу.", "2024-11"),
        ("uk", "У минулому грудні на цій вулиці прорвало трубу.", "2024-12"),
        # a month right after a year is in that year, whichever side of publication it is
        ("uk", "Торік у грудні на цій вулиці прорвало трубу.", "2024-12"),
        ("ru", "В прошлом году в декабре на этой улице прорвало трубу.", "2024-12"),
        ("es", "El año pasado, en diciembre, se rompió una tubería en esta calle.", "2024-12"),
        ("en", "Last year, in December, a pipe burst in this street.", "2024-12"),
    ],
)
def test_a_month_takes_the_year_named_before_it(language: str, text: str, value: str) -> None:
    assert tag(text, datetime(2025, 11, 21), language)[-1].value == value


def test_the_past_alone_is_still_the_past() -> None:
    assert [
        t.value for t in tag("В прошлом он работал шахтёром.", datetime(2025, 11, 21), "ru")
    ] == ["PAST_REF"]


def test_a_range_from_a_year_to_a_month_keeps_its_reading() -> None:
    values = [
        t.value for t in tag("From 2019 to March the line was closed.", datetime(2025, 11, 21))
    ]
    assert values[-1] != "2024-03"


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # a clause's date written in two parts, the year first: the finer part dates it
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Торік у грудні на цій вулиці прорвало трубу.",
            "2024-12",
        ),
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "У 2022 році міст закривали на ремонт у травні.",
            "2022-05",
        ),
        ("Published: 21 November 2025", "In 2021 the ferry stopped running in March.", "2021-03"),
        # "las cuentas del año pasado": the year names the accounts, the written date dates
        (
            "Publicado el 5 de marzo de 2026",
            "Las ayudas del año pasado se pagaron en enero de 2024.",
            "2024-01",
        ),
    ],
)
def test_the_finer_part_of_a_date_dates_the_clause(
    tmp_path: Path, header: str, body: str, start: str
) -> None:
    assert _starts(tmp_path, header, body) == [start]


def test_a_preposition_in_two_words_is_no_noun_the_date_names(tmp_path: Path) -> None:
    body = "Los estibadores convocaron una huelga a partir del 3 de noviembre."
    assert "2025-11-03" in _starts(tmp_path, "Publicado: 15.10.2025 12:40", body)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a place in small letters, its province, no year: the agency's brackets make it one
        ("Titular\n\nAstorga (León), 9 feb (EFE).- El pueblo recordó a sus mineros.", "2026-02-09"),
        ("Titular\n\nJaén, 3 mar (Europa Press) - La Diputación aprobó", "2026-03-03"),
    ],
)
def test_a_yearless_agency_dateline_takes_its_year_from_a_later_date(text: str, value: str) -> None:
    found = find_dateline_date(text, datetime(2026, 12, 2))
    assert found is not None and found.value == value


def test_a_sentence_with_a_comma_and_a_day_is_no_dateline() -> None:
    assert find_dateline_date("Acciones, 3 mar - cayeron un 2 %", datetime(2026, 12, 2)) is None


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # "через неделю после этого": a week after the last date, not a week from now
        (
            "ru",
            "Мост откроют 5 декабря, а пешеходную часть через неделю после этого.",
            "2025-12-12",
        ),
        ("uk", "Міст відкриють 5 грудня, а тротуари через два тижні після цього.", "2025-12-19"),
        ("ru", "Через неделю мост откроют.", "2025-W48"),
        # the Ukrainian synthetic future lies ahead: "працюватиме з понеділка"
        ("uk", "Бібліотека працюватиме з понеділка.", "2025-11-24"),
        ("uk", "Ремонт триватиме до четверга.", "2025-11-27"),
    ],
)
def test_a_span_counts_from_the_right_day(language: str, text: str, value: str) -> None:
    assert tag(text, datetime(2025, 11, 21), language)[-1].value == value


@pytest.mark.parametrize(
    ("header", "body", "start"),
    [
        # what is said may open on its date, its subject left out: "…, що наступного тижня
        # відкриють …"
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Мер пообіцяв, що наступного тижня відкриють новий підземний перехід.",
            "2025-W48",
        ),
        # "з понеділка" told in the past: what changed that day
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Усі ліцеї міста перейшли на дистанційне навчання з понеділка через морози.",
            "2025-11-17",
        ),
    ],
)
def test_the_clause_is_dated(tmp_path: Path, header: str, body: str, start: str) -> None:
    assert start in _starts(tmp_path, header, body)


def test_a_running_span_since_a_year_stays_undated(tmp_path: Path) -> None:
    body = "С 2014 года завод работал в три смены без выходных."
    assert "2014" not in _starts(tmp_path, "Опубликовано: 21.11.2025, 10:15", body)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # the sites' own forms: slashes day first where the language writes them so, the
        # clock with an "h", an update after a bar
        ("Publicado: 04/03/2022 10:15 | Actualizado: 04/03/2022 11:02", "2022-03-04T10:15"),
        ("04/03/2022 - 10:15h", "2022-03-04T10:15"),
        ("Actualizado 05/03/2022 09:30h", "2022-03-05T09:30"),
    ],
)
def test_a_spanish_sites_publication_line(tmp_path: Path, line: str, value: str) -> None:
    path = tmp_path / "article.txt"
    body = "El Ayuntamiento aprobó ayer el nuevo plan de movilidad para el centro de la ciudad."
    path.write_text(f"Titular de la noticia\n\n{line}\n\n{body}\n", encoding="utf-8")
    assert read_article(path).published == value


def test_an_english_slash_date_with_day_and_month_either_way_stays_unread() -> None:
    from core.reading.header import find_header_date

    text = "A headline\n\nPublished: 4/3/2022 10:15\n\nThe council approved the plan on Monday."
    assert find_header_date(text) is None


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a bare weekday named again is the day named before, when the tense allows it
        (
            "es",
            "La votación está prevista para el próximo martes. La votación del martes queda "
            "suspendida.",
            "2026-03-10",
        ),
        # … not when the tense puts it on the other side of publication
        ("en", "The council met on Monday. It will meet again on Monday.", "2026-03-09"),
    ],
)
def test_a_weekday_named_again(language: str, text: str, value: str) -> None:
    assert tag(text, datetime(2026, 3, 5), language)[-1].value == value


@pytest.mark.parametrize(
    ("header", "body", "start", "refused"),
    [
        # the date a plan is moved to, or was first meant for, is not when it was moved
        (
            "Опубликовано: 23.10.2025, 14:05",
            "Открытие музея перенесли с ноября на март, сообщили в четверг в мэрии.",
            "2025-10-23",
            ("2025-11", "2026-03"),
        ),
        (
            "Опубліковано 23 жовтня 2025, 10:15",
            "Відкриття басейну перенесли з листопада на березень, повідомили в четвер у мерії.",
            "2025-10-23",
            ("2025-11", "2026-03"),
        ),
        (
            "Publicado el 23 de octubre de 2025",
            "El Ayuntamiento aplazó este jueves el pleno, previsto inicialmente para el próximo "
            "lunes.",
            "2025-10-23",
            ("2025-10-27",),
        ),
    ],
)
def test_a_moved_plan_is_dated_when_it_was_moved(
    tmp_path: Path, header: str, body: str, start: str, refused: tuple[str, ...]
) -> None:
    starts = _starts(tmp_path, header, body)
    assert start in starts
    assert not set(refused) & set(starts)


def test_a_plan_moved_with_no_day_of_its_own_takes_no_date(tmp_path: Path) -> None:
    body = "Голосование по бюджету города перенесли на пятницу."
    assert "2025-10-24" not in _starts(tmp_path, "Опубликовано: 23.10.2025, 14:05", body)


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
    body = "The stock rose to a high for the year of $42.875 a share in June."
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
