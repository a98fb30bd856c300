"""A place and a comma before the date, on a line of its own under the headline of an
article not in English: a local dateline ("A Coruña, 12 de enero de 2026", "Palma, jueves 3
de julio de 2025", "Житомир, 8 грудня 2025"). Sentences of our own."""

from __future__ import annotations

import pytest

from core.reading.published import find_header_date

BODY = {
    "es": "El alcalde presentó ayer el nuevo plan de tráfico y anunció que las obras "
    "empezarán en primavera, según informó el ayuntamiento en un comunicado.",
    "ru": "Мэр вчера представил новый план движения и объявил, что работы начнутся весной, "
    "сообщили в городской администрации.",
    "uk": "Мер учора представив новий план руху й оголосив, що роботи почнуться навесні, "
    "повідомили в міській раді.",
    "fr": "Le maire a présenté hier le nouveau plan de circulation et annoncé que les travaux "
    "commenceront au printemps, selon un communiqué de la mairie.",
    "de": "Der Bürgermeister hat gestern den neuen Verkehrsplan vorgestellt und angekündigt, dass "
    "die Arbeiten im Frühjahr beginnen, teilte die Stadt mit.",
    "en": "The mayor presented the new traffic plan yesterday and said the works would "
    "begin in the spring, the city hall said in a statement.",
}


@pytest.mark.parametrize(
    ("code", "line", "value"),
    [
        ("es", "A Coruña, 12 de enero de 2026", "2026-01-12"),
        ("es", "Palma, jueves 3 de julio de 2025", "2025-07-03"),
        ("es", "Santa Cruz de Tenerife, 4 de marzo de 2024", "2024-03-04"),
        ("ru", "Нижний Новгород, 19 февраля 2026", "2026-02-19"),
        ("uk", "Житомир, понеділок, 8 грудня 2025", "2025-12-08"),
        # the word for "on" after the comma, as French and German letters write it
        ("fr", "Lille, le 5 mars 2026", "2026-03-05"),
        ("de", "Erfurt, den 2. März 2026", "2026-03-02"),
    ],
)
def test_a_place_and_a_comma_before_the_date_under_the_headline(code, line, value):
    found = find_header_date(f"Un titular cualquiera\n\n{line}\n\n{BODY[code]}")
    assert found is not None
    assert found.value == value


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # the headline itself: a place and a year in it are what the story is about
        ("es", "Guernica, 26 de abril de 1937\n\n{body}"),
        # words of a sentence before the comma, not a place
        ("es", "Un titular\n\nEl pleno aprobó, el 3 de julio de 2025\n\n{body}"),
        # English headlines capitalise every word: "Remembering Dunkirk, 4 June 1940"
        ("en", "A headline\n\nRemembering Dunkirk, 4 June 1940\n\n{body}"),
    ],
)
def test_a_comma_line_that_is_no_dateline(code, text):
    assert find_header_date(text.format(body=BODY[code])) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a byline after the date, behind a bar or a dash, is cut before the date is read
        ("Publié le 03/05/2031 à 07h00 | Par Anne Roy", "2031-05-03T07:00"),
        ("Publicado el 3 de mayo de 2031 — Por Ana Ruiz", "2031-05-03"),
        # a time after the bar stays the date's
        ("Publicado: 03/05/2031 | 10:15", "2031-05-03T10:15"),
        # or right after the year or the time, as blog pages write it
        ("Posted on 3 May 2031 by Harbour Council Press Office", "2031-05-03"),
        ("Publié le 3 mai 2031 à 07h00 par Anne Roy", "2031-05-03T07:00"),
        ("Veröffentlicht am 3. Mai 2031 von Anna Muster", "2031-05-03"),
        # an update after a dash
        ("Publié le 3 mai 2031 à 18h30 - Mis à jour le 3 mai 2031 à 20h05", "2031-05-03T18:30"),
    ],
)
def test_a_byline_after_the_publication_date(line, value):
    found = find_header_date(f"Un titular\n\n{line}\n\n{BODY['es']}")
    assert found is not None
    assert found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Riverside Herald | Live updates, Saturday, May 4, 2024",
        "Riverside Herald · Live, 4 May 2024",
    ],
)
def test_a_masthead_and_a_label_before_the_date(line):
    found = find_header_date(f"A headline\n\n{line}\n\n{BODY['en']}")
    assert found is not None
    assert found.value == "2024-05-04"


def test_a_sentence_cut_by_a_bar_is_no_masthead():
    text = f"A headline\n\nThe council met and voted | and then, May 4, 2024\n\n{BODY['en']}"
    assert find_header_date(text) is None
