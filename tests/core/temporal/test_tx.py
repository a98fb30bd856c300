"""Session 9, branch tx: compound durations in every language, the French weekday in
apposition to "aujourd'hui"/"hier", German "lange Jahre", Spanish "en el año", and Russian
and Ukrainian time expressions as a reader expects them. Sentences are our own; DCT is
Wednesday 15 May 2024 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

DCT = date(2024, 5, 15)  # a Wednesday


def values(text: str, lang: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, lang)]


# A length given in a larger unit and the rest in a smaller one is one length.
COMPOUND = [
    ("en", "The talks lasted two hours and 30 minutes.", [("two hours and 30 minutes", "PT2H30M")]),
    ("en", "He served three years and six months.", [("three years and six months", "P3Y6M")]),
    ("de", "Die Sitzung dauerte zwei Stunden und 30 Minuten.", [("zwei Stunden und 30 Minuten", "PT2H30M")]),
    ("de", "Er saß drei Jahre und sechs Monate in Haft.", [("drei Jahre und sechs Monate", "P3Y6M")]),
    ("fr", "Il a passé deux ans et trois mois en prison.", [("deux ans et trois mois", "P2Y3M")]),
    ("fr", "La séance a duré une heure et vingt minutes.", [("une heure et vingt minutes", "PT1H20M")]),
    ("es", "La reunión duró dos horas y 30 minutos.", [("dos horas y 30 minutos", "PT2H30M")]),
    ("es", "Estuvo preso dos años y tres meses.", [("dos años y tres meses", "P2Y3M")]),
    # the smaller unit first: two lengths, not one
    ("de", "Die Arbeiten dauerten drei Monate und zwei Jahre.", [("drei Monate", "P3M"), ("zwei Jahre", "P2Y")]),
    # a length and a date "and" joins stay apart
    ("en", "Sales rose for two months and three years ago fell.", [("two months", "P2M"), ("three years ago", "2021")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUND)
def test_a_compound_duration_is_one_length(lang: str, text: str, expected: list) -> None:
    assert values(text, lang) == expected


# French sets the weekday beside "aujourd'hui", "hier": one day, one expression.
APPOSITION = [
    ("Il vient aujourd'hui vendredi.", date(2024, 5, 17), [("aujourd'hui vendredi", "2024-05-17")]),
    ("Hier, jeudi, le ministre est arrivé.", date(2024, 5, 17), [("Hier, jeudi", "2024-05-16")]),
    # "vendredi soir" is an expression of its own
    ("Hier, vendredi soir, il pleuvait.", date(2024, 5, 18), [("Hier", "2024-05-17"), ("vendredi soir", "2024-05-17TEV")]),
    # a date after the weekday is the date's
    ("Demain samedi 18 mai, il part.", date(2024, 5, 17), [("Demain", "2024-05-18"), ("samedi 18 mai", "2024-05-18")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dct", "expected"), APPOSITION)
def test_french_weekday_beside_today_is_that_day(text: str, dct: date, expected: list) -> None:
    assert values(text, "fr", dct) == expected


# German "lange Jahre", "nach langen Monaten": some years, as "viele Jahre" are.
GERMAN_VAGUE = [
    ("Er arbeitete lange Jahre im Ausland.", [("lange Jahre", "PXY")]),
    ("Nach langen Monaten kehrte er zurück.", [("langen Monaten", "PXM")]),
    ("Die lange Woche ist vorbei.", []),  # one long week: no count of weeks
    ("Er wartete lange.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_VAGUE)
def test_german_long_years_are_some_years(text: str, expected: list) -> None:
    assert values(text, "de") == expected


# Spanish "en el año" with no number is the year it is said in, as "este año" is.
SPANISH_YEAR = [
    ("El banco pierde un 8% en el año.", [("el año", "2024")]),
    ("En el año de su fundación hubo cambios.", [("el año", "2024")]),
    ("En el año 1999 hubo crisis.", [("el año 1999", "1999")]),
    ("En el año en que murió el rey nació ella.", []),  # the year of another happening
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_YEAR)
def test_spanish_in_the_year_is_this_year(text: str, expected: list) -> None:
    assert values(text, "es") == expected


RUSSIAN = [
    ("Он провёл в тюрьме два года и три месяца.", [("два года и три месяца", "P2Y3M")]),
    ("Переговоры длились три часа и 20 минут.", [("три часа и 20 минут", "PT3H20M")]),
    ("Ремонт занял один год и шесть месяцев.", [("один год и шесть месяцев", "P1Y6M")]),
    ("Экспедиция шла пять дней и четыре часа.", [("пять дней и четыре часа", "P5DT4H")]),
    ("Полёт продолжался два часа и 15 минут.", [("два часа и 15 минут", "PT2H15M")]),
    ("Стройка шла три месяца и два года.", [("три месяца", "P3M"), ("два года", "P2Y")]),
    ("Выборы прошли 12 марта 2023 года.", [("12 марта 2023 года", "2023-03-12")]),
    ("Вчера министр прилетел в Минск.", [("Вчера", "2024-05-14")]),
    ("Завтра начнутся учения.", [("Завтра", "2024-05-16")]),
    ("Два года назад завод закрылся.", [("Два года назад", "2022")]),
    ("Через три дня он вернётся.", [("Через три дня", "2024-05-18")]),
    ("На следующий день делегация уехала.", [("следующий день", "2024-05-16")]),
    ("В понедельник парламент соберётся.", [("понедельник", "2024-05-20")]),
    ("Прошлой осенью цены выросли.", [("Прошлой осенью", "2023-FA")]),
    ("В 1998 году кризис ударил по банкам.", [("1998 году", "1998")]),
    ("Каждый день сюда приходят туристы.", [("Каждый день", "P1D")]),
    ("Совещание началось в 10:30.", [("10:30", "2024-05-15T10:30")]),
    ("Суд начался 2 апреля.", [("2 апреля", "2024-04-02")]),
    ("Музей откроется 3 июня.", [("3 июня", "2024-06-03")]),
    ("Посол провёл в Киеве четыре дня и шесть часов.", [("четыре дня и шесть часов", "P4DT6H")]),
]

UKRAINIAN = [
    ("Він провів у в'язниці два роки і три місяці.", [("два роки і три місяці", "P2Y3M")]),
    ("Переговори тривали три години та 20 хвилин.", [("три години та 20 хвилин", "PT3H20M")]),
    ("Ремонт зайняв один рік і шість місяців.", [("один рік і шість місяців", "P1Y6M")]),
    ("Експедиція йшла п'ять днів і чотири години.", [("п'ять днів і чотири години", "P5DT4H")]),
    ("Політ тривав дві години й 15 хвилин.", [("дві години й 15 хвилин", "PT2H15M")]),
    ("Будівництво тривало три місяці і два роки.", [("три місяці", "P3M"), ("два роки", "P2Y")]),
    ("Вибори відбулися 12 березня 2023 року.", [("12 березня 2023 року", "2023-03-12")]),
    ("Вчора міністр прилетів до Львова.", [("Вчора", "2024-05-14")]),
    ("Завтра почнуться навчання.", [("Завтра", "2024-05-16")]),
    ("Два роки тому завод закрився.", [("Два роки тому", "2022")]),
    ("Через три дні він повернеться.", [("Через три дні", "2024-05-18")]),
    ("Наступного дня делегація поїхала.", [("Наступного дня", "2024-05-16")]),
    ("У понеділок парламент збереться.", [("понеділок", "2024-05-20")]),
    ("Минулої осені ціни зросли.", [("Минулої осені", "2023-FA")]),
    ("У 1998 році криза вдарила по банках.", [("1998 році", "1998")]),
    ("Угода діє з 1 січня.", [("1 січня", "2024-01-01")]),
    ("Щодня сюди приходять туристи.", [("Щодня", "P1D")]),
    ("Нарада почалася о 10:30.", [("10:30", "2024-05-15T10:30")]),
    ("Музей відкриється 3 червня.", [("3 червня", "2024-06-03")]),
    ("Посол провів у Києві чотири дні та шість годин.", [("чотири дні та шість годин", "P4DT6H")]),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian_time_expressions(text: str, expected: list) -> None:
    assert values(text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), UKRAINIAN)
def test_ukrainian_time_expressions(text: str, expected: list) -> None:
    assert values(text, "uk") == expected
