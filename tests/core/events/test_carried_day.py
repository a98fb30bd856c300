"""A sentence with no date whose subject is a pronoun for, or a word naming, the actor of the
sentence just before, dated on a day, takes that day, in sentences of our own; not a present or
past perfect in English, a state, a negation, after a day ahead or a saying's day, nor with
another actor.

Each case: a body (after an opening of two sentences, the lead's) and checks
(``tests.core.events.articles.check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events, events_of

PUBLISHED = "1993-09-15"
OPENING = "The Korvel council approved a harbour budget on Tuesday. The vote ended a dispute. "
CASES = [
    ("pronoun", "On Sunday the wardens searched the cells at the Brask jail. They found two phones.", [("title", "found two phones", "1993-09-12")]),
    ("same-actor", "The Tolvik dock board met the crane drivers on Monday. The board raised their pay by a tenth.", [("title", "The board raised their pay by a tenth", "1993-09-13")]),
    ("named-for-pronoun", "Ines Marlow flew to Vesta on Friday. She signed a lease for the mill.", [("title", "signed a lease for the mill", "1993-09-10")]),
    # a time of its own, no happening, no day to share, another actor
    ("present-perfect", "Ines Marlow flew to Vesta on Friday. She has signed a lease for the mill.", [("title-not", "lease", "1993-09-10")]),
    ("past-perfect", "Ines Marlow flew to Vesta on Friday. She had signed a lease for the mill.", [("title-not", "lease", "1993-09-10")]),
    ("state", "The Tolvik dock board fined the crane firm on Monday. It is a maker of hoists.", [("no-title", "hoists")]),
    ("negation", "Police in Brask arrested a driver on Monday. They did not give his name.", [("no-title", "his name")]),
    ("day-ahead", "Ines Marlow will fly to Vesta on Friday. She signed a lease for the mill.", [("title-not", "lease", "1993-09-17")]),
    ("after-saying", "The Tolvik dock board said on Monday it would cut fees. The board sold a crane.", [("title-not", "crane", "1993-09-13")]),
    ("reported-perfect", "Ines Marlow has sold the Vesta mill, her aides said on Friday. Ines Marlow bought a farm.", [("title-not", "farm", "1993-09-10")]),
    ("other-actor", "The Tolvik dock board met the crane drivers on Monday. A storm closed the port.", [("title-not", "storm", "1993-09-13")]),
    ("sentence-date", "Ines Marlow flew to Vesta on Friday. She sent a May 2 letter to the mayor.", [("title-not", "letter", "1993-09-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_carried_day(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(OPENING + body, PUBLISHED)), checks)


FOREIGN = [
    # the French and German perfect tells the story's past
    ("fr", "Le conseil de Korvel a voté le budget du port mardi. Le vote a mis fin à un conflit. Dimanche, les gendarmes ont fouillé la ferme de Luc Berra. Ils ont arrêté deux hommes.", [("title", "Les gendarmes ont arrêté deux hommes", "1993-09-12")]),
    # "Er" read as a name the sentence before did not give as its actor: nothing carried
    ("de", "Der Rat von Korvel hat am Dienstag den Haushalt beschlossen. Die Abstimmung beendete einen Streit. Am Sonntag durchsuchten die Beamten den Hof von Luc Berra. Am Montag besuchte der Minister die Fabrik in Brask. Er hat dort mit den Arbeitern gesprochen.", [("no-title", "Berra hat")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "checks"), FOREIGN, ids=[c[0] for c in FOREIGN])
def test_carried_day_foreign(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, PUBLISHED), checks)
