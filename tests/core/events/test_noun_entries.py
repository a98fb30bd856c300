"""A key-dates line that names its happening by a noun phrase alone ("- 14 May: public
hearing on the ring road") is an event on its date, titled by the phrase
(``core.events.noun_entries``). A live page's clock time, a name alone (a tour's stops), a
figure, and a yearless date whose year the story around the list set wrongly give none.
Our own articles."""

from __future__ import annotations

import pytest

from tests.core.events.articles import titles_by_start

CASES = [
    (
        "en",
        "2024-05-10",
        "Ringford council to vote on bypass\n\nThe council backed the plan on Tuesday.\n\n"
        "What happens next\n- June 3: public hearing on the ring road\n"
        "- July 12: final vote in the council chamber\n",
        {"2024-06-03": "Public hearing on the ring road",
         "2024-07-12": "Final vote in the council chamber"},
    ),
    (
        "de",
        "2024-05-10",
        "Neue Fähre für Grauwitz\n\nDie Gemeinde hat am Dienstag eine Fähre bestellt.\n\n"
        "Die nächsten Termine\n- 3. Juni: Anhörung im Rathaus von Grauwitz\n"
        "- 12. Juli: Abstimmung im Gemeinderat\n",
        {"2024-06-03": "Anhörung im Rathaus von Grauwitz",
         "2024-07-12": "Abstimmung im Gemeinderat"},
    ),
    (
        "fr",
        "2024-05-10",
        "Un téléphérique pour Vasselin\n\nLe conseil a voté le projet mardi.\n\n"
        "Le calendrier\n– 3 juin : réunion publique à la salle des fêtes\n"
        "– septembre 2025 : début des travaux de la gare amont\n",
        {"2024-06-03": "Réunion publique à la salle des fêtes",
         "2025-09": "Début des travaux de la gare amont"},
    ),
    (
        "es",
        "2024-05-10",
        "Nuevo mercado en Valdrena\n\nEl pleno aprobó el proyecto el martes.\n\n"
        "Próximos pasos\n- 3 de junio: presentación de las ofertas\n"
        "- otoño de 2025: apertura del nuevo mercado\n",
        {"2024-06-03": "Presentación de las ofertas", "2025-FA": "Apertura del nuevo mercado"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "published", "text", "expected"), CASES)
def test_a_key_date_named_by_a_noun_is_an_event(
    language: str, published: str, text: str, expected: dict[str, str]
) -> None:
    titles = titles_by_start(text, language, published)
    for start, title in expected.items():
        assert titles.get(start) == title


REFUSED = [
    # a tour's stops: a place alone is no happening
    ("es", "La gira de Los Pinzones\n\nEl grupo anunció su gira el lunes.\n\n"
           "Fechas\n- 30 de agosto: Buenos Aires\n- 6 de septiembre: Lima\n",
     ["2024-08-30", "2024-09-06"]),
    # a live page's clock time is when it posted, not a happening's
    ("en", "Flood live\n\nRivers rose overnight.\n\n07:45: Good morning\n",
     ["2024-05-10T07:45"]),
    # a figure after the date is a table's line
    ("en", "Sales table\n\nThe shop published its sales on Monday.\n\n"
           "- March 3: 45 pct up on the year\n", ["2024-03-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "absent"), REFUSED)
def test_no_event_from_a_name_a_clock_time_or_a_figure(
    language: str, text: str, absent: list[str]
) -> None:
    titles = titles_by_start(text, language, "2024-05-10")
    for start in absent:
        assert start not in titles


def test_a_yearless_key_date_stays_within_the_years_of_its_list() -> None:
    """The story around the list is set in 1996; the list's dates are the paper's own."""
    text = (
        "La halle de Mervent\n\nLe projet de halle à Mervent remonte à loin. La commune "
        "achète le terrain en 1988 ; trois ans plus tard, les travaux commencent. La halle "
        "n'est inaugurée qu'en octobre 1996, après un long chantier.\n\nLe calendrier\n"
        "– 15 juillet : réponse officielle de la préfecture\n"
        "– septembre 2024 : ouverture de la concertation\n"
    )
    titles = titles_by_start(text, "fr", "2024-07-09")
    assert not any(start.startswith("1996-07") for start in titles)
    assert titles.get("2024-09") == "Ouverture de la concertation"
