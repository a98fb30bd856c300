"""What a reader sees (#14, audit AUD): non-events dropped, titles that parse, in sentences
of our own.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
CASES = [
    # a present "can" tells what one is able or allowed to do: no event
    ("can-ability", "Visitors can see the new wing from Saturday.", [("none",)]),
    ("can-leave", "Holders can convert the bonds into shares from June 1996.", [("none",)]),
    ("can-passive", "The tickets can be used on all trams until the end of May.", [("none",)]),
    # ... and "could", "may", "might" tell what only may happen: no event either
    ("could-goes", "The ferry could resume sailing on Saturday, the operator said.", [("none",)]),
    ("will-stays", "The new wing will open to visitors on Saturday.", [("has", "1994-03-12")]),
    # a measure's change told ahead with its figure, over a year or a quarter: a forecast
    ("forecast-grow", "Mine output will expand by 3.5 pct this year, the agency said.", [("none",)]),
    ("forecast-slow", "Wage growth is expected to slow to three pct next year.", [("none",)]),
    ("forecast-would", "The institute said exports would rise about 4 pct in 1995.", [("no-title-with", "rise")]),
    ("forecast-past-stays", "Farm output grew by 2.5 pct last year.", [("title", "Farm output grew by 2.5 pct")]),
    ("forecast-on-a-day-stays", "Bus fares will rise by 5 pct on Monday.", [("title", "Bus fares will rise by 5 pct")]),
    ("forecast-someone-stays", "The brewer will raise its prices by 4 pct in July.", [("has", "1994-07")]),
    ("forecast-passive-stays", "Tram fares will be increased by 10 pct in April.", [("has", "1994-04")]),
    ("forecast-no-figure-stays", "Rents will rise in April, the agency said.", [("has", "1994-04")]),
    # a long title is not cut between a noun and the "of" it waits for
    ("in-view-of", "The agency said on Friday it had closed the auction early in view of the heavy bidding and bearing in mind its cash needs for the month.", [("no-title-ending", "in view"), ("title", "The agency said it had closed the auction early")]),
    ("the-noun-of", "The board on Monday played down the importance of the drop in orders from the shipyards of the northern coast.", [("no-title-ending", "the importance")]),
    ("of-compound-stays", "The union closed its offices on Monday.", [("title", "The union closed its offices")]),
    # a date after a comma that ends a phrase of time is the next noun's, not the first one's
    ("comma-phrase-of-time", "Hundreds of miners and their families gathered in Brenton, the village built for them after the explosion, for a candlelit vigil on Sunday.", [("no-title-with", "Explosion"), ("title", "Candlelit vigil", "1994-03-06")]),
    ("phrase-of-time-stays", "The ferry was withdrawn in May after a fire in the engine room on 3 April.", [("title", "Fire in the engine room", "1994-04-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_aud(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    check_events(events, checks)


# the same classes in other languages: (language, body, checks)
FOREIGN = [
    # a role after an article fused with a preposition stays, or the preposition goes too
    ("fr-du-roi", "fr", "La tournée du roi Albert II en Bretagne avait été annulée mardi dernier.", [("no-title-with", "tournée Albert"), ("title", "La tournée du roi Albert II en Bretagne avait été annulée")]),
    ("fr-role-alone", "fr", "Le ministre Paul Vernet a démissionné lundi.", [("title", "Vernet a démissionné")]),
    ("es-del-rey", "es", "La visita del rey Alfonso a Vigo se aplazó el martes.", [("no-title-with", "visita Alfonso")]),
    # the first day of a pair before the date goes with the date
    ("uk-two-days", "uk", "Репетиції відбулися 3 і 7 березня у новому залі.", [("no-title-ending", "3"), ("no-title-with", "відбулися 3")]),
    ("fr-two-days", "fr", "Les répétitions ont eu lieu les 3 et 7 mars dans la nouvelle salle.", [("no-title-with", "les 3")]),
    # where the verb goes last, a preposition whose object was only the date goes with it
    ("de-aus-jahr", "de", "Die Kellerei hat am Samstag einen Wein nach einem Verfahren aus dem Jahr 1902 abgefüllt.", [("no-title-with", "aus abgefüllt"), ("title", "Die Kellerei hat einen Wein nach einem Verfahren abgefüllt")]),
    # a noun after a definite word waits for its "de": the cut comes before the phrase
    ("es-este-tipo", "es", "El hospital, abierto en 1980, obtuvo la autorización del Gobierno regional para este tipo de operaciones quirúrgicas en marzo del año pasado.", [("no-title-ending", "para este tipo")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "language", "body", "checks"), FOREIGN, ids=[c[0] for c in FOREIGN]
)
def test_aud_foreign(name, language, body, checks):
    text = f"Titel\n\n{body}"
    document = Document("/t.txt", "Titel", text, PUBLISHED, "header", "h",
                        body_start=text.index(body), language=language)  # fmt: skip
    check_events(extract_events(document), checks)
