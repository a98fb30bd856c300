"""Publication dates printed in forms the header patterns missed: a clock time after each
language's word for "at" with a two-digit year ("Veröffentlicht am 04.03.25 um 14:05 Uhr"),
an agency's name run into a numeric date written day first ("AGENCIA EFE04/03/2025 14:05"),
a date line whose update follows a slash, German's "Erstellt am", Ukrainian's "Дата
публікації", and a byline set off from its keyword by a dash."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.reading.published import publication_date

SAVED = datetime(2026, 12, 2, 10, 0).timestamp()
BODIES = {
    "de": "Die Stadtwerke einer kleinen Gemeinde am See haben nach langem Streit neue Preise "
    "für das Freibad beschlossen, die im kommenden Sommer gelten sollen.",
    "fr": "La régie des eaux d'une petite commune de montagne a fixé de nouveaux tarifs pour la "
    "piscine municipale après plusieurs mois de discussions avec les habitants.",
    "es": "La empresa municipal de aguas de un pequeño pueblo de la sierra fijó nuevas tarifas "
    "para la piscina tras varios meses de negociaciones con los vecinos.",
    "ru": "Муниципальный водоканал небольшого горного поселка после долгих обсуждений с "
    "жителями утвердил новые тарифы на посещение городского бассейна.",
    "uk": "Комунальне підприємство невеликого гірського селища після тривалих обговорень із "
    "мешканцями затвердило нові тарифи на відвідування міського басейну.",
    "en": "The water board of a small mountain village set new prices for the public pool "
    "after months of talks with residents.",
}


@pytest.mark.parametrize(
    ("lang", "line", "value"),
    [
        ("de", "Veröffentlicht am 07.05.24 um 09:40 Uhr", "2024-05-07T09:40"),
        ("de", "Erstellt am 07.05.2024", "2024-05-07"),
        ("fr", "Publié le 07.05.24 à 09h40", "2024-05-07T09:40"),
        ("es", "Publicado el 07.05.24 a las 09:40", "2024-05-07T09:40"),
        ("ru", "Опубликовано 07.05.24 в 09:40", "2024-05-07T09:40"),
        ("uk", "Опубліковано 07.05.24 о 09:40", "2024-05-07T09:40"),
        ("en", "Posted May 7, 2024 at 9:40 AM", "2024-05-07T09:40"),
        ("es", "NOTICIAS SIERRA07/05/2024 09:40", "2024-05-07T09:40"),
        ("en", "May 7, 2024 / 9:40 AM / Updated 2 hours ago", "2024-05-07T09:40"),
        # "Дата публікації" read whole, not as Russian's "Дата" and a date "публікації: …"
        ("uk", "Дата публікації: 07.05.2024", "2024-05-07"),
        ("ru", "Дата публикации: 07.05.2024", "2024-05-07"),
        ("ru", "Дата: 07.05.2024", "2024-05-07"),
        # a byline, a dash and the keyword
        ("fr", "Par Léa Fontaine - Publié le 07/05/2024 à 09h40", "2024-05-07T09:40"),
        ("en", "By Tom Ferris - Updated May 7, 2024", "2024-05-07"),
    ],
)
def test_a_printed_date_in_each_form_dates_the_article(lang, line, value):
    text = f"Pool prices\n\n{line}\n\n{BODIES[lang]}\n\n{BODIES[lang]}\n"
    found = publication_date(text, mtime=SAVED)
    assert (found.value, found.source) == (value, "header")


def test_a_slashed_date_run_into_a_masthead_stays_unread_where_it_may_be_month_first():
    # in English "07/05/2024" may be 7 May or 5 July: no guess
    text = f"Pool prices\n\nSIERRA NEWS07/05/2024 09:40\n\n{BODIES['en']}\n"
    assert publication_date(text, mtime=SAVED).source == "mtime"


@pytest.mark.parametrize(
    ("lang", "lead", "value"),
    [
        # a full stop between the place and the day, an agency with no brackets after it
        (
            "ru",
            "Самара. 7 мая 2024 года. ИНТЕРФАКС - Водоканал поднял цены на бассейн.",
            "2024-05-07",
        ),
        ("uk", "ЛЬВІВ. 7 травня 2024 р. УНІАН. Водоканал підняв ціни на басейн.", "2024-05-07"),
        # the place alone before the date, both set off by dashes
        ("en", "OSLO -- May 7, 2024 -- The water board raised pool prices.", "2024-05-07"),
        # the date ended by a colon
        ("en", "OSLO, 7 May 2024: The water board raised pool prices.", "2024-05-07"),
    ],
)
def test_a_dateline_in_each_form_dates_the_article(lang, lead, value):
    found = publication_date(f"Pool prices\n\n{lead}\n\n{BODIES[lang]}\n", mtime=SAVED)
    assert (found.value, found.source) == (value, "dateline")


def test_a_full_stop_after_a_place_in_a_sentence_is_no_dateline():
    # "Bergen." is a sentence of its own (a caption's); the date after it opens the next one
    text = f"Pool prices\n\nBergen. 7 May 2024 was the first warm day.\n\n{BODIES['en']}\n"
    assert publication_date(text, mtime=SAVED).source == "mtime"
