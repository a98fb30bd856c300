"""Spanish presents dated by the day right after them that gave no event: a present after
a name set off by commas ("El alcalde, Tomás Ferrer, inaugura hoy …"), after a subject that
ends on a comma or on a noun a preposition governs, and a paper's report told in the present
after its news ("…, informa hoy el diario …"), whose speaker is no subject of the news. Each
row: a sentence of our own, published on a Wednesday, and the (start, title) pairs it must
give (``present``) and must not (``absent``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles

PUBLISHED = "2023-03-15"  # a Wednesday

ROWS = [
    (
        "El consejero de Sanidad, Tomás Ferrer, inaugura hoy el nuevo ambulatorio de Lorca.",
        [("2023-03-15", "Tomás Ferrer inaugura el nuevo ambulatorio de Lorca")],
        [],
    ),
    (
        "El portavoz del sindicato agrario, Iñaki Salas, afirma hoy que la cosecha se perdió.",
        [("2023-03-15", "Iñaki Salas afirma que la cosecha se perdió")],
        [],
    ),
    (
        "Un comunicado de la federación de vela, difundido en Cádiz, anuncia hoy que la regata"
        " se aplaza.",
        [("2023-03-15", "Un comunicado de la federación de vela anuncia que la regata se aplaza")],
        [],
    ),
    (
        "El director del conservatorio presenta mañana la temporada de conciertos.",
        [("2023-03-16", "El director del conservatorio presenta la temporada de conciertos")],
        [],
    ),
    (
        "La cooperativa Brezal, que busca socios desde el verano, prevé abrir una tienda en"
        " Soria, informa hoy el diario El Faro.",
        [("2023-03-15", "La cooperativa Brezal prevé abrir una tienda en Soria")],
        [("2023-03-15", "La cooperativa Brezal informa el diario El Faro")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), ROWS)
def test_a_spanish_present_gives_its_dated_event(
    text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]
) -> None:
    got = dated_titles(text, "es", PUBLISHED)
    for row in present:
        assert row in got, got
    for row in absent:
        assert row not in got, got


def test_a_noun_before_today_stays_a_noun() -> None:
    """ "La visita hoy al museo …": the noun after its article is the subject, "visita" no
    present; the sentence's own verb dates it."""
    got = dated_titles("La visita hoy al museo fue breve.", "es", PUBLISHED)
    assert ("2023-03-15", "La visita al museo fue breve") in got, got
