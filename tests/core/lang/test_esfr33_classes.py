"""Spanish and French classes of session 33 (ESFR), each in sentences of our own.

Spanish: a main clause that goes on at its verb after a relative set off by commas, the verb
in the future ("El refugio, que fue cuartel, reabrirá …"), and a masculine subject before
such a relative, read as a fronted "El lunes, …" before. French: the verbs of news the list
lacked ("prescrit", "débattra", "décrit") and the "è" of the present of "-é_er" verbs ("cède",
"libère").
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # Spanish: the future after a relative set off by commas is the main clause's verb
        (
            "es",
            "El mirador, que estuvo cerrado por desprendimientos, reabrirá el 4 de abril.",
            [("title", "El mirador reabrirá", "2025-04-04")],
        ),
        (
            "es",
            "La peña ciclista, que reúne a 80 socios, celebrará el sábado su marcha anual.",
            [("title", "La peña ciclista celebrará su marcha anual", "2025-03-15")],
        ),
        (  # an apposition that holds the relative ("un antiguo molino que fue escuela")
            "es",
            "El albergue de Urdiales, un antiguo molino que fue escuela, abrirá el 2 de mayo"
            " con 18 camas.",
            [("title", "El albergue de Urdiales abrirá", "2025-05-02")],
        ),
        # ... and a masculine subject before such a relative is no fronted "El lunes, …"
        (
            "es",
            "El concejal Tomás Arregui, que llegó al cargo en 2021, inauguró el 3 de marzo el"
            " nuevo rocódromo.",
            [("title", "Arregui inauguró el nuevo rocódromo", "2025-03-03"), ("has", "2021")],
        ),
        # French: verbs of news the list lacked, and the present of "-é_er" verbs
        (
            "fr",
            "En novembre 2024, la préfecture prescrit une étude de sol complète.",
            [("title", "La préfecture prescrit une étude de sol complète", "2024-11")],
        ),
        (
            "fr",
            "Le conseil départemental débattra le 20 mars du tracé de la voie verte.",
            [("title", "Le conseil départemental débattra", "2025-03-20")],
        ),
        (
            "fr",
            "En 1868, un instituteur de Lanvollon décrit dans son journal la crue du Leff.",
            [("title", "décrit dans son journal la crue du Leff", "1868")],
        ),
        (
            "fr",
            "Le 2 mars, la coopérative cède sa laiterie de Plouguenast à un groupe normand.",
            [("title", "La coopérative cède sa laiterie de Plouguenast", "2025-03-02")],
        ),
        (  # "débat" is a noun as well as the present of "débattre"
            "fr",
            "Le débat du 20 mars sur la voie verte a réuni 200 habitants.",
            [("title", "Le débat sur la voie verte a réuni", "2025-03-20")],
        ),
    ],
)
def test_esfr33_classes(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, PUBLISHED), checks)
