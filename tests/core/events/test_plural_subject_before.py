"""A plural pronoun ("ils", "elles", "вони") or a Spanish plural verb with its subject left out
that opens a sentence stands for the plural subject of the sentence before, when that
subject is sure (``core.events.plural_subject``); otherwise the clause keeps no subject."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (  # Spanish: a plural verb with no subject after a fronted date
        "es",
        "Los guardas forestales, llegados desde Teruel, cerraron la pista norte el 3 de mayo. "
        "Al día siguiente lograron despejar el barranco.",
        [("title", "Los guardas forestales lograron despejar el barranco", "2023-05-04")],
    ),
    (  # a passive before: the ones evacuated are the ones who came back
        "es",
        "Unos 80 campistas del valle fueron evacuados el martes. "
        "Pudieron volver a las tiendas ayer por la mañana.",
        [("title", "Unos 80 campistas del valle pudieron volver", "2023-05-11TMO")],
    ),
    (  # two plurals before: the guards or the poachers? no subject, no title with either
        "es",
        "Los guardas forestales denunciaron a los cazadores furtivos el lunes. "
        "Al día siguiente recurrieron la multa.",
        [("no-title", "Los guardas forestales recurrieron")],
    ),
    (  # one body, not a plural: the verb's plural is someone else's
        "es",
        "El comité de vecinos pidió una reunión el lunes. Al día siguiente cortaron la calle.",
        [("no-title", "El comité de vecinos cortaron")],
    ),
    (  # French: "ils" after a fronted date
        "fr",
        "Les apiculteurs du canton ont écrit au préfet. Jeudi, ils ont bloqué le rond-point.",
        [("title", "Les apiculteurs du canton ont bloqué le rond-point", "2023-05-11")],
    ),
    (  # "elles" does not stand for a masculine plural: the women are named earlier
        "fr",
        "Les couturières occupent l'atelier depuis lundi. Les livreurs passent la nuit dans la "
        "cour. Le 9 mai, elles votent la grève.",
        [("no-title", "Les livreurs votent")],
    ),
    (  # a chain of "elles" back to the noun phrase
        "fr",
        "Les couturières occupent l'atelier depuis lundi. Elles passent la nuit dans la cour. "
        "Le 9 mai, elles votent la grève.",
        [("title", "Les couturières votent la grève", "2023-05-09")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_plural_subject_before(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2023-05-12"), checks)
