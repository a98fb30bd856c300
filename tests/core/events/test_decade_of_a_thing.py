"""A decade that names what a thing is ("a 1950s printworks", "une conserverie des années
1920", "здание 1920-х годов") dates no happening; one that a preposition makes the clause's
time ("In the 1960s the town built …", "au début des années 1920") still does."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, sentence, checks)
    (
        "en",
        "2020-07-03",
        "Staff worked from a 1950s printworks until the lease ended in May.",
        [("not", "195")],
    ),
    (
        "en",
        "2020-07-03",
        "The 1970s building was sold in March.",
        [("has", "2020-03"), ("not", "197")],
    ),
    ("en", "2020-07-03", "The 1980s boom ended in 1990.", [("has", "1990"), ("not", "198")]),
    ("en", "2020-07-03", "He bought a 1960s Jaguar.", [("not", "196")]),
    (
        "en",
        "2020-07-03",
        "The band played 1960s hits at the fair on Saturday.",
        [("has", "2020-06-27"), ("not", "196")],
    ),
    # the clause's own time
    ("en", "2020-07-03", "In the 1960s the town built a new school.", [("has", "196")]),
    ("en", "2020-07-03", "In the 1960s Britain joined the trade bloc.", [("has", "196")]),
    ("en", "2020-07-03", "Through the 1980s sales grew.", [("has", "198")]),
    (
        "fr",
        "2017-02-07",
        "L'agence s'est installée dans une ancienne conserverie des années 1920, rachetée en 2011.",
        [("not", "192")],
    ),
    (
        "fr",
        "2017-02-07",
        "Au début des années 1920, la ville a construit un port.",
        [("has", "192")],
    ),
    (
        "de",
        "2020-07-03",
        "Die Kanzlei arbeitet seit Jahren in einem Bau aus den 1920er-Jahren.",
        [("not", "192")],
    ),
    ("es", "2020-07-03", "El taller sigue en una nave de los años sesenta.", [("not", "196")]),
    (
        "es",
        "2020-07-03",
        "A finales de los años sesenta, el pueblo construyó una escuela.",
        [("has", "196")],
    ),
    ("de", "2020-07-03", "In den 1920er-Jahren wuchs die Stadt schnell.", [("has", "192")]),
    ("ru", "2020-07-03", "Школа до сих пор работает в здании 1960-х годов.", [("not", "196")]),
    ("ru", "2020-07-03", "В конце 1920-х годов город быстро рос.", [("has", "192")]),
    ("uk", "2020-07-03", "Бібліотека досі працює в будівлі 1960-х років.", [("not", "196")]),
    ("uk", "2020-07-03", "Наприкінці 1920-х років місто швидко росло.", [("has", "192")]),
]


@pytest.mark.parametrize(("language", "published", "sentence", "checks"), CASES)
def test_a_decade_names_a_thing_or_the_clause_s_time(language, published, sentence, checks):
    check_events(events_of(f"Заголовок\n\n{sentence}", language, published), checks)
