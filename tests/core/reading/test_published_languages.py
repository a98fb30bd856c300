"""Publication dates written in the languages Datelines reads, and in others dateparser knows:
header lines, date lines, bylines and datelines. The header is read before the article's
language is set, so each case is a whole little article whose language is told from its text.
The sentences are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from core import lang
from core.reading.dates import MONTHS, quick_parse
from core.reading.published import find_header_date, publication_date

BODIES = {
    "en": "The chancellor will travel to Kyiv on Monday and to Moscow the next day, his "
    "spokesman said on Friday evening.",
    "de": "Der Bundeskanzler reist am Montag nach Kiew und am folgenden Tag nach Moskau, "
    "teilte sein Sprecher am Freitagabend mit.",
    "fr": "Le chancelier se rendra lundi à Kiev puis le lendemain à Moscou, a annoncé son "
    "porte-parole vendredi soir.",
    "es": "El canciller viajará el lunes a Kiev y al día siguiente a Moscú, informó su "
    "portavoz el viernes por la noche.",
    "ru": "Канцлер в понедельник посетит Киев, а на следующий день прилетит в Москву, "
    "сообщил его представитель в пятницу вечером.",
    "uk": "Канцлер у понеділок відвідає Київ, а наступного дня полетить до Москви, повідомив "
    "його речник у п'ятницю ввечері.",
    "et": "Kantsler sõidab esmaspäeval Kiievisse ja järgmisel päeval Moskvasse, teatas tema "
    "pressiesindaja reede õhtul.",
}


def _article(code: str, line: str) -> str:
    return f"Eine Überschrift\n\n{line}\n\n{BODIES[code]}"


@pytest.mark.parametrize(
    ("code", "line", "value"),
    [
        ("de", "Freitag, 4. Februar 2022, 14:05 Uhr", "2022-02-04T14:05"),
        ("de", "4. Februar 2022", "2022-02-04"),
        ("de", "Stand: 04.02.2022 14:05 Uhr", "2022-02-04T14:05"),
        ("de", "Von Anna Schmidt | 4. Februar 2022", "2022-02-04"),
        ("fr", "vendredi 4 février 2022 à 23h15", "2022-02-04T23:15"),
        ("fr", "Par Jean Dupont | 4 février 2022", "2022-02-04"),
        ("es", "viernes, 4 de febrero de 2022", "2022-02-04"),
        ("es", "4 de febrero de 2022 - 14:05 h", "2022-02-04T14:05"),
        ("ru", "4 февраля 2022 года в 12:30", "2022-02-04T12:30"),
        ("ru", "4 февраля 2022, 12:30", "2022-02-04T12:30"),
        ("uk", "4 лютого 2022 р., 12:30", "2022-02-04T12:30"),
        # English header words before a date in the article's own language
        ("de", "Published: 4. Februar 2022, 14:05 Uhr", "2022-02-04T14:05"),
        ("fr", "Updated: 5 février 2022 à 08h00", "2022-02-05T08:00"),
        # a language Datelines does not read yet: its publication date is read all the same
        ("et", "4. veebruar 2022", "2022-02-04"),
    ],
)
def test_a_header_date_in_the_articles_own_language_is_its_publication_date(code, line, value):
    found = find_header_date(_article(code, line))
    assert found is not None, line
    assert (found.value, found.source) == (value, "header")


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Am 4. Februar 2022 sagte der Sprecher nichts dazu"),  # a sentence, not a date
        ("de", "Stand: 4/2/2022 14:05 Uhr"),  # day and month could be either way round
        ("en", "Friday 4 February 2022 at noon"),  # English lines: the patterns alone, as before
    ],
)
def test_a_line_that_is_no_date_of_its_own_gives_no_publication_date(code, line):
    assert find_header_date(_article(code, line)) is None


@pytest.mark.parametrize(
    ("code", "dateline"),
    [
        ("fr", "PARIS, 4 février (AFP) -"),
        ("de", "BERLIN, 4. Februar (Reuters) -"),
        ("es", "MADRID, 4 feb (EFE).-"),
        ("es", "MADRID, 4 de febrero de 2022 (EFE) -"),
        ("ru", "МОСКВА, 4 февраля (Reuters) -"),
        ("ru", "МОСКВА, 4 февраля. /ТАСС/."),
        ("uk", "КИЇВ, 4 лютого (Укрінформ) –"),
    ],
)
def test_a_dateline_in_another_language_dates_the_article(code, dateline):
    text = f"Überschrift\n\n{dateline} {BODIES[code]}"
    found = publication_date(text, name="2022-02-06-story.txt")
    assert (found.value, found.source) == ("2022-02-04", "dateline")


def test_a_dateline_without_a_date_leaves_the_date_to_the_next_source():
    found = publication_date(f"Überschrift\n\nMOSKAU (dpa) – {BODIES['de']}", name="2022-02-06")
    assert (found.value, found.source) == ("2022-02-06", "filename")


@pytest.mark.parametrize("code", lang.languages())
def test_every_month_name_of_every_language_read_is_read_in_a_header_date(code):
    for name, number in lang.words(code, "calendar").MONTHS.items():
        if name.lower().rstrip(".") not in MONTHS:
            continue  # a spelling that names another month in another language: never read
        assert quick_parse(f"4 {name} 2022") == (datetime(2022, number, 4), False), name
        assert quick_parse(f"4 {name.upper()} 2022, 14:05") == (
            datetime(2022, number, 4, 14, 5),
            True,
        )


# The header lines the issue names, each with its language's own header words
# (core/lang/<code>/reports.py): read once that language's folder exists.
OWN_WORDS = [
    ("de", "Veröffentlicht am 4. Februar 2022, 14:05 Uhr", "2022-02-04T14:05"),
    ("fr", "Publié le 4 février 2022 à 23h15", "2022-02-04T23:15"),
    ("es", "Publicado el 4 de febrero de 2022", "2022-02-04"),
    ("ru", "Опубликовано: 4 февраля 2022, 12:30", "2022-02-04T12:30"),
    ("uk", "Опубліковано: 4 лютого 2022, 12:30", "2022-02-04T12:30"),
]


@pytest.mark.parametrize(
    ("code", "line", "value"),
    [
        pytest.param(*case, marks=pytest.mark.skipif(
            case[0] not in lang.languages(), reason=f"no core/lang/{case[0]} folder yet"))
        for case in OWN_WORDS
    ],
    ids=[case[0] for case in OWN_WORDS],
)  # fmt: skip
def test_a_header_line_in_its_languages_own_words_dates_the_article(code, line, value):
    found = find_header_date(_article(code, line))
    assert found is not None and (found.value, found.source) == (value, "header")
