"""Verbs of saying written as a verb and its completion ("made known", "made clear", French
"a fait savoir", Spanish "dio a conocer", "dejó claro", German "machte deutlich"), and verbs
of asking that name whom they asked before a "que" clause (Spanish "pidió al Gobierno que …",
French "a demandé à la direction qu'elle …"): the title keeps the clause they report, not the
bare phrase ("The opposition party made known", "La oposición pidió al Gobierno"). In invented
sentences; each saying keeps its own day.

Each case: a body, its language, and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-03-08T10:00"  # a Friday
CASES = [
    (
        "made-known",
        "en",
        "The tenants' union made known on Tuesday that it would appeal the eviction ruling.",
        [
            ("title", "The tenants' union made known that it would appeal the eviction ruling"),
            ("has", "2024-03-05"),
            ("not-title", "The tenants' union made known"),
        ],
    ),
    (
        "made-clear",
        "The harbour master made clear on Monday that the slipway would stay shut.",
        [("title", "The harbour master made clear that the slipway would stay shut", "2024-03-04")],
    ),
    (
        "made-it-clear",
        "The rowing club made it clear on Wednesday that it would host the junior regatta.",
        [
            (
                "title",
                "The rowing club made it clear that it would host the junior regatta",
                "2024-03-06",
            )
        ],
    ),
    (
        "made-public-date-between",
        "The water board made public on Monday that two reservoirs had failed inspections.",
        [
            (
                "title",
                "The water board made public that two reservoirs had failed inspections",
                "2024-03-04",
            ),
            ("no-title-with", "on Monday"),
        ],
    ),
    (
        "fr-fait-savoir-elided",
        "fr",
        "Le syndicat des pêcheurs a fait savoir mardi qu'il manifesterait devant la préfecture.",
        [
            ("title", "Le syndicat des pêcheurs a fait savoir qu'il manifesterait", "2024-03-05"),
            ("not-title", "Le syndicat des pêcheurs a fait savoir"),
        ],
    ),
    (
        "fr-fait-savoir-que",
        "fr",
        "La médiathèque a fait savoir lundi que ses horaires changeraient en avril.",
        [("title", "La médiathèque a fait savoir que ses horaires changeraient", "2024-03-04")],
    ),
    (
        "es-dio-a-conocer",
        "es",
        "La cooperativa olivarera dio a conocer el martes que cerrará dos almacenes.",
        [
            (
                "title",
                "La cooperativa olivarera dio a conocer que cerrará dos almacenes",
                "2024-03-05",
            )
        ],
    ),
    (
        "es-dejo-claro",
        "es",
        "La alcaldesa dejó claro el martes que no subirá la tasa de basuras.",
        [
            ("title", "La alcaldesa dejó claro que no subirá la tasa de basuras", "2024-03-05"),
            ("no-title-with", "el martes"),
        ],
    ),
    (
        "de-machte-deutlich",
        "de",
        "Die Landrätin machte am Dienstag deutlich, dass die Fähre im Winter nicht fährt.",
        [("title", "Die Landrätin machte deutlich, dass die Fähre nicht fährt", "2024-03-05")],
    ),
    (
        "de-stellte-klar",
        "de",
        "Der Kapitän stellte am Montag klar, dass er die Mannschaft nicht verlässt.",
        [
            (
                "title",
                "Der Kapitän stellte klar, dass er die Mannschaft nicht verlässt",
                "2024-03-04",
            )
        ],
    ),
    # a verb of asking, whom it asked, and what it asked in a "que" clause
    (
        "es-pidio-al-gobierno",
        "es",
        "La oposición pidió el lunes al Gobierno que retire el decreto de horarios.",
        [
            (
                "title",
                "La oposición pidió al Gobierno que retire el decreto de horarios",
                "2024-03-04",
            )
        ],
    ),
    (
        "es-reclamado-dropped-subject",
        "es",
        "Los comerciantes han reclamado este martes al alcalde que arregle la plaza mayor.",
        [
            ("title", "Los comerciantes han reclamado al alcalde que arregle la plaza mayor"),
            ("not-title", "Los comerciantes han reclamado al alcalde"),
        ],
    ),
    (
        "fr-demande-a-la-direction",
        "fr",
        "Le syndicat a demandé lundi à la direction qu'elle rouvre les négociations.",
        [
            (
                "title",
                "Le syndicat a demandé à la direction qu'elle rouvre les négociations",
                "2024-03-04",
            )
        ],
    ),
    # a verb with its own object keeps it: no saying phrase
    (
        "made-a-profit",
        "The bakery made a small profit in January.",
        [("title", "The bakery made a small profit", "2024-01")],
    ),
]


@pytest.mark.parametrize(
    ("language", "body", "checks"),
    [(c[1], c[2], c[3]) if len(c) == 4 else ("en", c[1], c[2]) for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_saying_phrase_keeps_what_was_said(
    language: str, body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(body, language, PUBLISHED), checks)
