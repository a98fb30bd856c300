"""foreign4: what a reader of German, French and Spanish news expects, in invented sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


# A thing's founding or building year told some words before its participle, in a relative
# clause or a participle declined as an adjective: how old the thing is, no happening's date.
@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("de", "Die Schleuse, die 1911 für die damals neue Kanalschifffahrt gebaut worden war, "
         "bleibt seit Montag geschlossen.", "1911"),
        ("de", "Die Halle, die 1974 am Rand der Altstadt errichtet wurde, wird im Mai abgerissen.",
         "1974"),
        ("de", "Die 1893 als kleine Weberei gegründete Firma meldete am Montag Insolvenz an.",
         "1893"),
    ],
)  # fmt: skip
def test_a_founding_year_some_words_before_its_participle_dates_nothing(language, text, year):
    assert all(start != year for start, _ in _events(text, language))


# ... while a main clause's own founding or building keeps its year, and a year with an
# article between it and the participle dates its own clause.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("de", "Die Sporthalle wurde 1974 für die Schulen der Stadt errichtet.", "1974",
         "Die Sporthalle wurde für die Schulen der Stadt errichtet"),
        ("de", "Die 1893 als kleine Weberei gegründete Firma war 2016 an einen Investor verkauft "
         "worden.", "2016", "Die 1893 als kleine Weberei gegründete Firma war verkauft worden"),
    ],
)  # fmt: skip
def test_a_main_clause_keeps_its_year_beside_a_things_age(language, text, start, title):
    assert (start, title) in _events(text, language)


# A festival's or a club's creation told in a fronted participle or an aside: how old it is,
# neither an event nor the main clause's date.
@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("fr", "Créé en 1994 par trois libraires, le salon est devenu un rendez-vous national.",
         "1994"),
        ("fr", "Le salon, créé en 1994, a accueilli samedi 8 000 visiteurs.", "1994"),
        ("es", "Creado en 1994 por tres libreros, el certamen se ha convertido en una cita "
         "nacional.", "1994"),
        ("es", "El certamen, creado en 1994, recibió el sábado a 8.000 visitantes.", "1994"),
    ],
)  # fmt: skip
def test_a_creation_year_in_an_aside_dates_nothing(language, text, year):
    assert all(start != year for start, _ in _events(text, language))


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("fr", "Le salon, créé en 1994, a accueilli samedi 8 000 visiteurs.", "2026-02-28",
         "Le salon a accueilli 8 000 visiteurs"),
        ("fr", "Le prix littéraire a été créé en 2005.", "2005", "Le prix littéraire a été créé"),
        ("es", "El premio literario fue creado en 2005.", "2005", "El premio literario fue creado"),
    ],
)  # fmt: skip
def test_a_creation_told_as_the_main_clause_keeps_its_year(language, text, start, title):
    assert (start, title) in _events(text, language)


# A relative clause in an oblique case ("которым", "яким") closed by a comma, the main clause
# going on at a date phrase and its verb: the month is the news's, not the relative's year's,
# and the title is the main clause's.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("ru", "Рыбаки, которым причал обещали ещё в 2012 году, в сентябре перекрыли набережную.",
         "2025-09", "Рыбаки перекрыли набережную"),
        ("ru", "Котельная, которой владел Сомов, в 2017 году сгорела.", "2017",
         "Котельная сгорела"),
        ("uk", "Рибалки, яким причал обіцяли ще 2012 року, у вересні перекрили набережну.",
         "2025-09", "Рибалки перекрили набережну"),
        ("uk", "Котельня, якою володів Сомко, у 2017 році згоріла.", "2017", "Котельня згоріла"),
    ],
)  # fmt: skip
def test_a_main_clause_goes_on_after_an_oblique_relative(language, text, start, title):
    assert (start, title) in _events(text, language)


# ... and the relative tells no doing of the noun before it: "Рыбаки, которым обещали …" never
# gives "Рыбаки обещали" (they were promised), nor the relative's year to the main clause.
@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        ("ru", "Рыбаки, которым обещали причал в 2012 году, в сентябре перекрыли набережную.",
         "Рыбаки обещали причал"),
        ("uk", "Рибалки, яким обіцяли причал 2012 року, у вересні перекрили набережну.",
         "Рибалки обіцяли причал"),
    ],
)  # fmt: skip
def test_an_oblique_relatives_noun_is_not_its_subject(language, text, wrong):
    found = _events(text, language)
    assert all(title != wrong for _, title in found)
    assert all(not start.startswith("2012-") for start, _ in found)


# Spanish: a participle straight after its noun, with a year ("un pinar repoblado en 1955"),
# tells about the noun: the year never dates the main clause; an auxiliary's participle keeps it.
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Las llamas alcanzaron un encinar plantado en 1962.", "1962"),
        ("El temporal arrasó un vivero reconstruido en los años ochenta.", "198"),
    ],
)  # fmt: skip
def test_an_attributive_participles_year_dates_no_main_clause(text, year):
    assert all(start != year for start, _ in _events(text, "es"))


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("La ordenanza fue finalmente aprobada en 2019.", "2019", "La ordenanza fue aprobada"),
        ("El ayuntamiento aprobó la ordenanza en 2019.", "2019",
         "El ayuntamiento aprobó la ordenanza"),
    ],
)  # fmt: skip
def test_a_participle_with_its_auxiliary_keeps_its_year(text, start, title):
    assert (start, title) in _events(text, "es")
