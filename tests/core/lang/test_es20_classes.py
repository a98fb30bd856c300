"""Round es20 of #16: the classes fixed on the round's articles (``es20_round.py``), each in
sentences of our own, and the round's chronologies (floors are the counts after the fixes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.reading.readers import read_article
from core.temporal.tagger import tag


def _events(tmp_path: Path, header: str, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Titular\n\n{header}\n\n{body}\n", encoding="utf-8")
    return [(e.start, e.title) for e in extract_events(read_article(path))]


def _values(text: str, language: str, published: datetime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a part of the day before a date, in each of its spellings, is that date's
        ("uk", "Уранці 25 травня капітан наказав зійти на берег.", "2025-05-25TMO"),
        ("uk", "Удень 3 березня над містом пройшла гроза.", "2025-03-03TAF"),
        # a season of a year named by a relative word is one expression, that year's season
        ("ru", "Проект моста утвердили весной прошлого года.", "2024-SP"),
        ("uk", "Проєкт мосту затвердять влітку наступного року.", "2026-SU"),
        # "en" before a bare year after a verb that also tells history: the year, not a level
        ("es", "La mina, que cerró en 1978, será un museo.", "1978"),
        ("es", "La fábrica abrió en 1962 junto al río.", "1962"),
        # "el fin de semana" bare: the weekend the verb's tense points to (Tuesday 27 May)
        ("es", "Se esperan tormentas durante el fin de semana.", "2025-W22-WE"),
        ("es", "El fin de semana hubo tormentas en la costa.", "2025-W21-WE"),
    ],
)
def test_dates_read(language: str, text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, language, datetime(2025, 5, 27))]


@pytest.mark.parametrize(
    "text",
    [
        "El índice se situó en 1980 puntos al cierre.",  # a market's level
        "El selectivo cerró a 1975 enteros.",
    ],
)
def test_market_levels_are_no_years(text: str) -> None:
    assert _values(text, "es", datetime(2025, 5, 27)) == []


@pytest.mark.parametrize(
    ("header", "body", "date", "words"),
    [
        # after a comma, Spanish "que" is a relative: its own date dates its own happening,
        # told of the thing or the person before it
        (
            "Publicado el 5 de marzo de 2026",
            "Los vecinos todavía recuerdan el viejo puente, que se derrumbó en 1995 tras una riada.",
            "1995",
            ("puente", "derrumbó"),
        ),
        (
            "Publicado el 5 de marzo de 2026",
            "El pesquero se hundió el 3 de febrero. Solo sobrevivió el cocinero, Manuel Souto, "
            "que fue rescatado por un mercante al día siguiente.",
            "2026-02-04",
            ("souto", "rescatado"),
        ),
        # a relative set off before the main verb: its date, its happening (this crashed)
        (
            "Publicado el 5 de marzo de 2026",
            "La comisión, que se disolvió en 1981, nunca explicó por qué el tren no frenó "
            "aquella noche de niebla.",
            "1981",
            ("comisión", "disolvió"),
        ),
        # a second verb after "и/і" holding the date is the dated happening, its object
        # opening on an adjective or a noun (no article to open it)
        (
            "Опубліковано 9 грудня 2025, 10:15",
            "Електрики працювали всю ніч і відновили живлення лікарні у вівторок вранці.",
            "2025-12-09TMO",
            ("відновили", "живлення"),
        ),
        (
            "Опубликовано: 09.12.2025, 10:15",
            "Спасатели искали туристов двое суток и нашли пропавшую группу в воскресенье у озера.",
            "2025-12-07",
            ("нашли",),
        ),
        # a relative without commas after the subject ends where the main verb resumes:
        # each verb its own date ("quedó" + participle is a change, a happening)
        (
            "Publicado el 14 de agosto de 2025",
            "El fuego que se declaró el pasado domingo en el monte quedó controlado este jueves "
            "por la tarde, según los bomberos.",
            "2025-08-14TAF",
            ("fuego", "controlado"),
        ),
        (
            "Publicado el 14 de agosto de 2025",
            "El fuego que se declaró el pasado domingo en el monte quedó controlado este jueves "
            "por la tarde, según los bomberos.",
            "2025-08-10",
            ("fuego", "declaró"),
        ),
        (
            "Publicado el 14 de agosto de 2025",
            "El hombre que robó el cuadro en 1994 fue detenido el lunes en Bilbao.",
            "2025-08-11",
            ("hombre", "detenido"),
        ),
        # … but a copula after it leaves the date to the relative, which is the news
        (
            "Publicado el 14 de agosto de 2025",
            "La última vez que se cerró el puerto por un temporal fue en marzo de 2019.",
            "2019-03",
            ("cerró",),
        ),
        # "prevé", "prevén": a stressed present is a finite verb too
        (
            "Publicado el 14 de agosto de 2025",
            "El ministerio prevé licitar en octubre la reforma del puerto pesquero.",
            "2025-10",
            ("prevé", "licitar"),
        ),
        # a demonstrative after a preposition before a verb stands alone ("щодо цього"): the
        # verb is the clause's, no noun of "цього"
        (
            "Опубліковано 8 грудня 2025, 16:30",
            "Мер доручив перевірити всі мережі, а нарада щодо цього відбудеться в четвер.",
            "2025-12-11",
            ("нарада", "відбудеться"),
        ),
        (
            "Опубликовано: 08.12.2025, 16:30",
            "Мэр поручил проверить все котельные. После этого начнётся ремонт теплотрассы в пятницу.",
            "2025-12-12",
            ("ремонт",),
        ),
        # a relative of place has its own subject, after its verb: never the main clause's
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Полиция во вторник закрыла клуб «Орбита», где в прошлую пятницу случился пожар.",
            "2025-04-11",
            ("пожар",),
        ),
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Поліція у вівторок закрила клуб «Орбіта», де минулої п'ятниці сталася пожежа.",
            "2025-11-14",
            ("пожежа",),
        ),
        # a colon after a clause opening on a pronoun ("Всё"): the date after it is its own
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Всё началось ещё зимой: в январе фабрика дважды остановила конвейер.",
            "2025-01",
            ("остановила",),
        ),
        # "and" + a subject of its own + its verb: a happening with its own date
        (
            "Publicado el 5 de marzo de 2026",
            "Las obras del museo empezarán en abril y la inauguración llegará el 12 de octubre.",
            "2026-10-12",
            ("inauguración", "llegará"),
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Ремонт моста начнётся в мае и движение откроют в сентябре.",
            "2025-09",
            ("движение", "откроют"),
        ),
        # a passive "se" whose subject follows a phrase of place after the verb
        (
            "Publicado el 5 de marzo de 2026",
            "En 1982 se inauguró en Calatayud un nuevo puente sobre el Jalón. El viejo, de "
            "madera, fue derribado poco después por los vecinos del barrio.",
            "1982",
            ("inauguró", "puente"),
        ),
        # a participle aside right after its noun's comma: its own date, its own happening,
        # and the main verb after it is the clause's
        (
            "Publicado el 5 de marzo de 2026",
            "El mercado, reformado en 2009, cerrará en junio por obras. Los comerciantes "
            "se trasladarán a una carpa en la plaza.",
            "2009",
            ("mercado", "reformado"),
        ),
        (
            "Publicado el 5 de marzo de 2026",
            "El mercado, reformado en 2009, cerrará en junio por obras. Los comerciantes "
            "se trasladarán a una carpa en la plaza.",
            "2026-06",
            ("mercado", "cerrará"),
        ),
        # a quotation first: the relative after the speaker's name tells its own happening
        (
            "Publicado el 5 de marzo de 2026",
            '"No vamos a parar", dijo la portavoz, Ana Vidal, que convocó una marcha para '
            "el próximo sábado. El ministerio no ha contestado.",
            "2026-03-07",
            ("vidal", "convocó"),
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "«Мы не отступим», — сказал лидер профсоюза Олег Сидоров, который назначил митинг "
            "на следующую субботу. Администрация пока молчит.",
            "2025-04-19",
            ("сидоров", "назначил"),
        ),
        # the impersonal "-ано" of any verb is a predicate, and set "на" a day it is ahead
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Позачергову сесію обласної ради скликано на понеділок. Депутати розглянуть бюджет.",
            "2025-11-24",
            ("скликано",),
        ),
        # a colon before a small letter opens a clause of its own when a verb follows
        (
            "Publicado el 5 de marzo de 2026",
            "El paro del martes es el segundo en un mes: el 12 de febrero ya se cancelaron "
            "40 trenes en la provincia.",
            "2026-02-12",
            ("cancelaron", "40 trenes"),
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Забастовка стала второй за месяц: 12 апреля в порту уже отменили 30 рейсов паромов.",
            "2025-04-12",
            ("отменили",),
        ),
    ],
)
def test_clauses_with_their_own_date(
    tmp_path: Path, header: str, body: str, date: str, words: tuple[str, ...]
) -> None:
    events = _events(tmp_path, header, body)
    assert any(s == date and all(w in t.lower() for w in words) for s, t in events), events


@pytest.mark.parametrize(
    ("header", "body", "refused"),
    [
        # the date after the colon is not the date of the clause before it
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Забастовка стала второй за месяц: 12 апреля в порту уже отменили 30 рейсов паромов.",
            "забастовка",
        ),
        # the main clause's subject never takes a place relative's verb
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Полиция во вторник закрыла клуб «Орбита», где в прошлую пятницу случился пожар.",
            "полиция случился",
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Всё началось ещё зимой: в январе фабрика дважды остановила конвейер.",
            "началось:",
        ),
        # the aside's words are no title of the main verb's date
        (
            "Publicado el 5 de marzo de 2026",
            "El mercado, reformado en 2009, cerrará en junio por obras. Los comerciantes "
            "se trasladarán a una carpa en la plaza.",
            "reformado en",
        ),
        # "однак/однако" opens a clause: its date is not the clause's before it
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Картину довго шукали, однак торік її повернули до музею. Експерти задоволені.",
            "шукали",
        ),
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Картину долго искали, однако в прошлом году её вернули в музей. Эксперты довольны.",
            "искали",
        ),
        # a clause in brackets keeps its date to itself
        (
            "Publicado el 5 de marzo de 2026",
            "Cuando el visitante baja a la vieja bodega (abrió en 1931), encuentra los toneles "
            "intactos.",
            "visitante",
        ),
        # a participle agreeing with no noun after the article is the name's, not theirs
        (
            "Publicado el 5 de marzo de 2026",
            "El mercado fue diseñado por los arquitectos Pablo Ferrer, fallecido en 2001, y Rosa "
            "Gil. Hoy lo visitan miles de turistas.",
            "fue fallecido",
        ),
        # after a quotation, a year that describes in the relative dates nothing
        (
            "Publicado el 5 de marzo de 2026",
            '"Es el favorito", decía Martín, que hoy saldrá el último como campeón de 2019. '
            "La etapa acaba en Lugo.",
            "saldrá",
        ),
        # a relative ends at its comma before a main verb in the future too
        (
            "Publicado el 5 de marzo de 2026",
            "Varias marchas, que van desde una protesta vecinal hasta una carrera popular, "
            "complicarán el tráfico durante este fin de semana en el centro.",
            "van desde",
        ),
        # a passive "se" after a colon has its subject after the verb, not the first clause's
        (
            "Publicado el 5 de marzo de 2026",
            "El paro del martes es el segundo en un mes: el 12 de febrero ya se cancelaron "
            "40 trenes en la provincia.",
            "paro",
        ),
    ],
)
def test_a_colon_does_not_lend_its_date_or_subject(
    tmp_path: Path, header: str, body: str, refused: str
) -> None:
    assert not any(refused in t.lower() for _, t in _events(tmp_path, header, body))


@pytest.mark.parametrize(
    ("header", "body", "title"),
    [
        # a bound before a date in a case form goes with the date: no dangling "не раньше"
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Окончательный ответ министерства придёт не раньше конца июня. Жители ждут.",
            "Окончательный ответ министерства придёт",
        ),
        (
            "Опубліковано 21 листопада 2025, 10:15",
            "Остаточне рішення ухвалять не пізніше 1 грудня. Мешканці чекають.",
            "Остаточне рішення ухвалять",
        ),
        # a fronted attribution closed by its comma is no part of the subject
        (
            "Опубликовано: 15.04.2025, 10:20",
            "По словам директора, в мае 2024 года рабочие заметили трещину в стене. Здание "
            "закрыли.",
            "Рабочие заметили трещину в стене",
        ),
        # a discourse opener before a fronted date is no word of the title
        (
            "Опубликовано: 15.04.2025, 10:20",
            "Напомним, в марте прошлого года на этой трассе пострадали пять пассажиров. "
            "Компания обещала поставить ограждения.",
            "На этой трассе пострадали пять пассажиров",
        ),
    ],
)
def test_titles_without_the_words_of_their_date(
    tmp_path: Path, header: str, body: str, title: str
) -> None:
    assert title in [t for _, t in _events(tmp_path, header, body)]
