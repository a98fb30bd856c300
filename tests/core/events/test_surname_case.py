"""A pronoun resolved to a person first named in an oblique case ("учителем Іваном Бондарем",
"с Ниной Карповой") is titled by the surname as the text writes it most, the subject's form
("Бондар", "Карпова"); a surname written once each way keeps the first-named form."""

from __future__ import annotations

import pytest

from tests.core.events.articles import titles_by_start


@pytest.mark.parametrize(
    ("language", "text", "date", "title"),
    [
        (
            "uk",
            "Музей відзначає ювілей\n\nМузей заснований сільським учителем Іваном Бондарем. "
            "Бондар народився 1941 року в Опішні. Бондар викладав історію. 1963 року він закінчив педагогічний інститут.",
            "1963",
            "Бондар закінчив педагогічний інститут",
        ),
        (
            "ru",
            "Библиотеке исполнилось полвека\n\nБиблиотеку основала вместе с мужем Ниной "
            "Карповой. Карпова родилась в 1935 году в Калуге. Карпова любила книги. В 1958 году она окончила "
            "библиотечный техникум.",
            "1958",
            "Карпова окончила библиотечный техникум",
        ),
    ],
)
def test_title_names_the_person_as_the_subject(
    language: str, text: str, date: str, title: str
) -> None:
    assert titles_by_start(text, language)[date] == title
