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
    events = _events(tmp_path, header, body)
    # the aside's own happening may take its date ("El alcalde fue elegido", 2023): its title
    # holds the participle after the first comma; no other event does
    participle = body.split(",")[1].split()[0].lower()
    assert not any(s == refused and participle not in t.lower() for s, t in events)
    if kept is not None:
        assert kept in [s for s, _ in events]


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
