"""Spanish and French: an attribution after its news that opens on its verb of saying and its
day, the speaker after them ("…, informó hoy la policía local"), once a relative or a "que"
clause stands between: the news takes the day it was told, titled by its own subject, never
the speaker joined to the news's subject ("Los bomberos informó la policía local"). A sentence
that opens on a name ending like a participle ("Estados Unidos") is no participle's aside."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_CASES = [
    # a relative on the object, then the attribution with an article
    (
        "es",
        "Los bomberos rescataron a dos niños que jugaban en el río, informó hoy la policía local.",
        [
            ("title", "Los bomberos rescataron a dos niños"),
            ("dated", "2025-10-08"),
            ("no-title", "informó"),
        ],
    ),
    # a bare plural speaker
    (
        "es",
        "La cooperativa cerró la planta que envasaba aceite en Jaén, informaron hoy fuentes sindicales.",
        [("title", "La cooperativa cerró la planta"), ("no-title", "informaron")],
    ),
    # the listener before the speaker, and a relative on the subject before the verb
    (
        "es",
        "La naviera Olmar, que opera en Cádiz, ha comprado dos ferris, informó ayer a la prensa "
        "su director, Tomás Vidal.",
        [
            ("title", "La naviera Olmar ha comprado dos ferris"),
            ("dated", "2025-10-07"),
            ("no-title", "informó"),
        ],
    ),
    # a "que" content clause after a request
    (
        "es",
        "Chile pidió a Bolivia que reabra el paso fronterizo, informó hoy una fuente diplomática.",
        [("title", "Chile pidió a Bolivia que reabra el paso fronterizo"), ("dated", "2025-10-08")],
    ),
    # the news's own day stays its own
    (
        "es",
        "Estados Unidos pidió el lunes a Bolivia que reabra el paso, informó hoy una fuente.",
        [("dated", "2025-10-06"), ("no-title", "informó")],
    ),
    # a name that opens the sentence ending like a participle is no fronted participle
    (
        "es",
        "Estados Unidos firmó el martes un acuerdo con Perú, informó una fuente.",
        [("title", "Estados Unidos firmó un acuerdo con Perú"), ("dated", "2025-10-07")],
    ),
    # a verb of saying with its own "que": a saying of its own, not an attribution
    (
        "es",
        "La alcaldesa inauguró la biblioteca que diseñó Ana Ruiz, anunció hoy que abrirá otra.",
        [("no-title", "inauguró la biblioteca que diseñó Ana Ruiz, anunció")],
    ),
    # French: the auxiliary opens the attribution
    (
        "fr",
        "La mairie a fermé la piscine, qui accueille les écoles du quartier, a indiqué hier son "
        "adjoint.",
        [
            ("title", "La mairie a fermé la piscine"),
            ("dated", "2025-10-07"),
            ("no-title", "indiqué"),
        ],
    ),
    (
        "fr",
        "Les pompiers ont secouru deux enfants, qui jouaient près du canal, ont annoncé hier des "
        "sources policières.",
        [("title", "Les pompiers ont secouru deux enfants"), ("no-title", "annoncé")],
    ),
    (
        "fr",
        "Le club a vendu son gardien, qui avait joué dix saisons, a annoncé hier à la presse le "
        "président Marc Rey.",
        [("title", "Le club a vendu son gardien"), ("dated", "2025-10-07")],
    ),
    # verbs of saying beyond the statement verbs close a sentence as its attribution too
    (
        "es",
        "Los guardas liberaron al lince que cayó en un cepo, precisó hoy la consejería.",
        [("title", "Los guardas liberaron al lince"), ("no-title", "precisó")],
    ),
    (
        "fr",
        "Deux randonneurs ont été hélitreuillés dans le massif, a souligné hier le maire.",
        [
            ("title", "Deux randonneurs ont été hélitreuillés dans le massif"),
            ("dated", "2025-10-07"),
        ],
    ),
    # such a verb after "puis" is a second act, no attribution: its date stays its own
    (
        "fr",
        "Le gardien a refusé l'offre du club, puis rappelé son agent le 3 mars.",
        [("has", "2025-03-03"), ("not", "2025-10-08")],
    ),
    (
        "fr",
        "Le musée a prêté trois tableaux au Louvre, a expliqué lundi sa directrice.",
        [("title", "Le musée a prêté trois tableaux au Louvre"), ("dated", "2025-10-06")],
    ),
]

# A clause that compares with what a plan said, before an attribution, tells no news of its
# own: the news before it is reported that day, told in the present as papers tell it ("…,
# como preveía un pacto …, informa hoy el diario": not "Preveía un pacto").
_COMPARED = [
    (
        "es",
        "Perú ampliará la reserva natural, como preveía un pacto firmado en marzo pasado, informa "
        "hoy la agencia Andina.",
        [("no-title", "Preveía"), ("title", "Perú ampliará la reserva natural", "2025-10-08")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _COMPARED)
def test_comparison_before_attribution(
    language: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


# A day restated after a comma ("hoy, lunes,") keeps what follows it in the title.
_RESTATED = [
    (
        "es",
        "Marta Ibáñez consideró hoy, miércoles, que la reforma del mercado es urgente.",
        [
            ("title", "Marta Ibáñez consideró que la reforma del mercado es urgente"),
            ("dated", "2025-10-08"),
        ],
    ),
    # (an aside between two commas was read before: its own commas stay)
    (
        "es",
        "El banco regional aplazó, ayer, martes, la venta de sus oficinas.",
        [("title", "El banco regional aplazó la venta de sus oficinas"), ("dated", "2025-10-07")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _RESTATED)
def test_restated_weekday(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


@pytest.mark.parametrize(("language", "text", "checks"), _CASES)
def test_inverted_attribution(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)
