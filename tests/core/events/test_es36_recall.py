"""Spanish news shapes that gave no event: a noon told as "este mediodía", a change from a
day ahead ("desde mañana … circularán"), a time stressed after it ("esta tarde mismo"), a
short phrase before an inverted verb, a fronted statement whose participle dates the news, an
adjective spelt like an infinitive before a relative, a reported clause ending on its
preterite, a place between a saying's day and its "que", more verbs of saying after a quote,
and a "cuando" clause whose subject follows its verb. Each row: a sentence of our own,
published on a Wednesday, and the (start, title) pairs it must give (``present``) and must not
(``absent``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles

PUBLISHED = "2023-03-15"  # a Wednesday

ROWS = [
    (
        "La alcaldesa inaugurará este mediodía el nuevo mercado de abastos.",
        [("2023-03-15TMI", "La alcaldesa inaugurará el nuevo mercado de abastos")],
        [],
    ),
    (
        "Desde mañana, los autobuses nocturnos circularán por la nueva avenida.",
        [("2023-03-16", "Los autobuses nocturnos circularán por la nueva avenida")],
        [],
    ),
    (
        "Esta tarde mismo, el rótulo de la cooperativa lucirá en la fachada.",
        [("2023-03-15TAF", "El rótulo de la cooperativa lucirá en la fachada")],
        [],
    ),
    (
        "En términos similares se expresó ayer la portavoz del sindicato.",
        [("2023-03-14", "En términos similares se expresó la portavoz del sindicato")],
        [],
    ),
    (
        "En 2019 la cooperativa abrió su primera tienda.",
        [("2019", "La cooperativa abrió su primera tienda")],
        [],
    ),
    (
        "En una entrevista publicada ayer, la entrenadora anunció su retirada.",
        [("2023-03-14", "La entrenadora anunció su retirada")],
        [],
    ),
    (
        "En unas declaraciones hechas el lunes a una radio, el concejal negó los despidos.",
        [("2023-03-13", "El concejal negó los despidos")],
        [],
    ),
    (
        "Con la norma aprobada en 2010, el ayuntamiento reducirá el gasto en alumbrado.",
        [],
        [("2010", "El ayuntamiento reducirá el gasto en alumbrado")],
    ),
    (
        "El alcalde lamentó el malestar popular que estalló el sábado en la plaza.",
        [("2023-03-11", "El malestar popular estalló en la plaza")],
        [],
    ),
    (
        "La ministra dijo ayer que la huelga terminó.",
        [("2023-03-14", "La ministra dijo que la huelga terminó")],
        [],
    ),
    (
        "El alcalde dijo el martes en Toledo que la obra terminó.",
        [("2023-03-14", "El alcalde dijo que la obra terminó")],
        [],
    ),
    (
        "«Volveremos a abrir en verano», anunció ayer la gerente del teatro, Nuria Calvet.",
        [("2023-03-14", "Nuria Calvet: «Volveremos a abrir en verano»")],
        [],
    ),
    (
        "«Volveremos a abrir en verano», dijo ayer la gerente del teatro municipal, Nuria"
        " Calvet, en una rueda de prensa junto al concejal de Cultura, Pablo Ruiz.",
        [("2023-03-14", "Nuria Calvet: «Volveremos a abrir en verano»")],
        [],
    ),
    (
        "«Aquí se come mejor que en casa», dijo Elena Soler, directora del colegio y"
        " licenciada en Biología en 1995.",
        [],
        [("1995", "Elena Soler: «Aquí se come mejor que en casa»")],
    ),
    (
        "«Nos quedaremos en el pueblo», dijo Tomás Berrocal, el alcalde, el lunes.",
        [("2023-03-13", "Tomás Berrocal: «Nos quedaremos en el pueblo»")],
        [],
    ),
    (
        "La directiva cambió sus planes cuando en febrero murió su fundador.",
        [("2023-02", "Murió su fundador")],
        [("2023-02", "La directiva murió su fundador")],
    ),
    (
        "La peña cambió de sede cuando en enero se jubilaron sus dos socios más veteranos.",
        [("2023-01", "Se jubilaron sus dos socios más veteranos")],
        [],
    ),
    (
        "Rosa Vidal habló ayer con los vecinos. Hoy se reunió también el consejo escolar.",
        [("2023-03-15", "Se reunió también el consejo escolar")],
        [("2023-03-15", "Rosa Vidal se reunió también el consejo escolar")],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), ROWS)
def test_a_spanish_sentence_gives_its_dated_event(
    text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]
) -> None:
    got = dated_titles(text, "es", PUBLISHED)
    for row in present:
        assert row in got, got
    for row in absent:
        assert row not in got, got


def test_a_desde_day_before_a_past_stays_a_running_span() -> None:
    """ "Desde el lunes, la empresa ha despedido a …": a count over the days since, no event
    on the Monday (only a future verb makes the day a change's start)."""
    text = "Desde el lunes, la empresa ha despedido a cuarenta trabajadores."
    got = dated_titles(text, "es", PUBLISHED)
    assert not any(start.startswith("2023-03-13") for start, _ in got), got
