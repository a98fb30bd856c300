"""A long title whose verb is followed by a phrase of where, then the verb's object: the place
goes before the title is cut ("presentó [en el Congreso] una moción"), and a verb that would
still stand alone ("… celebrarán | en Bruselas una cumbre") takes a shorter subject that leaves
room for its object. A fitting title keeps the place; a fixed phrase ("en marcha") stays."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-03-01"  # a Friday


@pytest.mark.parametrize(
    ("subject", "predicate", "language", "title"),
    [
        # the place between the verb and its object goes when the title is long
        (
            "El grupo municipal de Vecinos por Almenara",
            "ha registrado en el Ayuntamiento una moción sobre el transporte escolar",
            "es",
            "El grupo municipal de Vecinos por Almenara ha registrado una moción",
        ),
        (
            "L'association des commerçants du centre-ville",
            "a déposé en préfecture de Nancy une pétition contre la fermeture du marché couvert",
            "fr",
            "L'association des commerçants du centre-ville a déposé une pétition",
        ),
        # a verb left alone before a named place takes a shorter subject and its object
        (
            "Los alcaldes de la Mancomunidad del Valle del Tormes",
            "firmarán en Salamanca un convenio de recogida de residuos",
            "es",
            "Los alcaldes firmarán en Salamanca un convenio de recogida de residuos",
        ),
        (
            "Los ministros de Pesca de la Unión Europea",
            "celebrarán en Lisboa una cumbre sobre el reparto de las cuotas de merluza",
            "es",
            "Los ministros de Pesca de la Unión Europea celebrarán una cumbre",
        ),
        (
            "Las ministras de Igualdad de la Unión Europea",
            "firmarán en Lisboa una declaración conjunta sobre la brecha salarial",
            "es",
            "Las ministras de Igualdad firmarán una declaración conjunta",
        ),
        # a title that fits keeps the place
        (
            "La ministra",
            "presentó en Soria un plan de caminos",
            "es",
            "La ministra presentó en Soria un plan de caminos",
        ),
        # no object after the place: the place is no aside
        (
            "El consejero de Medio Ambiente de la Junta de Castilla",
            "se reunió en Valladolid con los representantes de las asociaciones vecinales",
            "es",
            "El consejero de Medio Ambiente se reunió en Valladolid",
        ),
        # a purpose after the place: what follows is the infinitive's object, not the verb's
        (
            "La selección juvenil de balonmano de Noruega",
            "jugará en Oporto para asegurarse la primera plaza",
            "es",
            "La selección juvenil jugará en Oporto para asegurarse la primera plaza",
        ),
        # a bare noun after "en" is the verb's fixed phrase, not a place
        (
            "La Diputación Provincial",
            "ha puesto en marcha un programa de ayudas para la rehabilitación de viviendas",
            "es",
            "La Diputación Provincial ha puesto en marcha un programa de ayudas",
        ),
    ],
)
def test_a_place_before_the_object_goes_before_the_object(
    subject: str, predicate: str, language: str, title: str
) -> None:
    assert headline(subject, predicate, language=language) == title


def test_a_dated_sentence_keeps_its_object_in_the_title() -> None:
    text = (
        "Los representantes de la Asociación de Vecinos del Barrio Alto presentarán el"
        " próximo lunes en Burgos una queja formal por el ruido del polígono."
    )
    check_events(events_of(text, "es", PUBLISHED), [("title", "una queja formal", "2024-03-04")])
