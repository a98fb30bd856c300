"""States told with a date that are no happenings (issue 14's non-events, every language): what
a village or a firm had ("el pueblo tenía 43 habitantes"), a deficit foreseen ("would run a
deficit from 2029"), a picture hanging with the year it was taken ("hängt …, aufgenommen
1959": the photo's aside), a cost estimated ("est évalué à 38 millions d'euros, valeur
2016"), a cost foreseen ("will cost $40 million in 2024"), what a firm owns ("владеет
флотом"); the happenings told with the same verbs stay."""

from __future__ import annotations

import pytest

from core.events.states import is_state
from tests.core.events.articles import events_of

PUBLISHED = "2023-03-10"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    return [(str(e.start), e.title) for e in events_of(text, language, PUBLISHED)]


@pytest.mark.parametrize(
    ("language", "text", "gone"),
    [
        ("es", "En la primavera de 1950 el pueblo tenía 43 habitantes.", "1950"),
        (
            "es",
            "El taller pasó de dos a nueve empleados, frente a los cinco que tenía en 2019.",
            "2019",
        ),
        ("es", "En 2019 la cooperativa tenía 40 socios.", "2019"),
        (
            "en",
            "Auditors warned in May that the pension fund would run a deficit from 2031.",
            "2031",
        ),
        ("en", "The scheme will run a small surplus in 2026, the treasurer said.", "2026"),
        (
            "de",
            "Heute hängt im Rathaus ein Bild des alten Hafens, aufgenommen 1962 von einem Lotsen.",
            "1962",
        ),
        ("fr", "Le coût de la passerelle est estimé à 12 millions d'euros, valeur 2019.", "2019"),
        ("en", "The closures will cost the chain about $40 million in 2024.", "2024"),
        ("fr", "Selon la mairie, les travaux coûteront 8 millions d'euros en 2025.", "2025"),
        ("ru", "Артель владеет флотом из 12 сейнеров, построенных в 1990-х годах.", "199"),
    ],
)
def test_a_state_gives_no_event_of_its_date(language: str, text: str, gone: str):
    got = _events(text, language)
    assert not [start for start, _ in got if start.startswith(gone)], got


@pytest.mark.parametrize(
    ("language", "text", "start", "words"),
    [
        ("es", "El alcalde tuvo un accidente de tráfico en 2018.", "2018", "tuvo un accidente"),
        ("es", "La asamblea tendrá lugar el 14 de marzo.", "2023-03-14", "tendrá lugar"),
        ("es", "La empresa tiene previsto abrir la planta en mayo.", "2023-05", "abrir"),
        ("de", "Das Werk wurde 1990 geschlossen, abgerissen 1995.", "1990", "geschlossen"),
        ("fr", "La mairie a estimé le 3 mars que le projet était prêt.", "2023-03-03", "estimé"),
        ("en", "The strike cost the port 3 million euros in May 2022.", "2022-05", "cost the port"),
        ("en", "The country ran a trade surplus of 4 billion dlrs in 2019.", "2019", "surplus"),
        (
            "en",
            "A late filing will cost the club about 40,000 euros, the league said on Tuesday.",
            "2023-03-07",
            "cost the club",
        ),
        ("en", "She ran a session for young players in December 2019.", "2019-12", "ran a session"),
    ],
)
def test_a_happening_with_the_same_verb_stays(language: str, text: str, start: str, words: str):
    got = _events(text, language)
    assert [s for s, title in got if s == start and words in title.lower()], got


@pytest.mark.parametrize(
    ("predicate", "language", "state"),
    [
        ("tenía 43 habitantes", "es", True),
        ("tiene 112", "es", True),
        ("tuvo un accidente", "es", False),
        ("tiene que pagar la multa", "es", False),
        ("tiene prevista la apertura", "es", False),
        ("would run a deficit from 2029", "en", True),
        ("will run the company", "en", False),
        ("hängt im Rathaus ein Bild", "de", True),
        ("hängte das Bild auf", "de", False),
        ("would cost Meridian about $180 million", "en", True),
        ("cost shippers 60 million euros", "en", False),
        ("pourrait coûter 3 millions", "fr", True),
        ("a coûté 3 millions", "fr", False),
        ("costará 3 millones", "es", True),
        ("will cost the party 549,000 marks", "en", True),
        ("владеет флотом из 23 траулеров", "ru", True),
    ],
)
def test_is_state(predicate: str, language: str, state: bool):
    assert is_state(predicate, language, "2019") is state  # dated over a year


def test_a_cost_on_a_day_is_a_happening():
    # a fine told on its day, not a figure foreseen over a period
    assert not is_state("will cost the club 40,000 euros", "en", "2023-03-07")


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a figure foreseen after "and": read with its own date, as a clause's is
        (
            "The plant will be finished by March and will cost $90 million in the fourth quarter.",
            "2023-03",
            "2023-Q4",
        ),
        (
            "Sales rose 5 pct in 2022 and will grow by 8 pct in 2024, the company said.",
            "2022",
            "2024",
        ),
    ],
)
def test_a_figure_foreseen_after_and_gives_no_event(text: str, kept: str, gone: str):
    starts = [start for start, _ in _events(text, "en")]
    assert kept in starts and gone not in starts, starts
