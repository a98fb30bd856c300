"""A bare number weighed or measured by the unit after it is a count, not a year, whatever
stands before it ("up to 1800 tonnes a day"); a year before a plural noun still is one when a
preposition makes it so ("in 2019 prices rose")."""

from datetime import date

import pytest

from core.temporal.tagger import tag

PUBLISHED = date(2022, 3, 8)


def _values(text: str, lang: str) -> dict[str, str]:
    return {text[t.start : t.end]: t.value for t in tag(text, PUBLISHED, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "The new mill can grind up to 1800 tonnes of barley a day.", "1800"),
        ("en", "The estate covers about 1950 hectares of pine.", "1950"),
        ("de", "Die Mühle soll bis zu 1800 Tonnen Gerste am Tag mahlen.", "1800"),
        ("fr", "Le moulin pourra moudre jusqu'à 1800 tonnes d'orge par jour.", "1800"),
        ("es", "El molino podrá moler hasta 1800 toneladas de cebada al día.", "1800"),
        ("ru", "Мельница сможет перемалывать до 1800 тонн ячменя в сутки.", "1800"),
        ("uk", "Млин зможе перемелювати до 1800 тонн ячменю на добу.", "1800"),
    ],
)
def test_a_number_with_a_unit_is_no_year(lang: str, text: str, number: str) -> None:
    assert number not in _values(text, lang)


def test_a_year_before_a_plural_noun_still_is_one() -> None:
    assert _values("In 2019 prices rose by a tenth.", "en")["2019"] == "2019"
