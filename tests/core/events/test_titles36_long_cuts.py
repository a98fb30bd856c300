"""A long title's cut and a dropped date's debris (session 36, helper titles-dev).

A noun that waits for its "of" ("suggested the presence | of …") may run a little long to the
next phrase start; "called", "named", "dubbed" after a noun open such a phrase ("a solvent |
called Trexol"); "closer" keeps its "to" ("a yield closer | to 4.5 pct"). German "am frühen [Montagmorgen]" and the second year of a season written
"1931/ 32" go with their date instead of staying in the title."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import dated_titles

HEADLINES = [
    (
        "of-noun-runs-to-participle",
        "A ranger",
        "said water samples suggested the presence of a rare industrial solvent called Varoxin "
        "that has been found in the lake before",
        "A ranger said water samples suggested the presence of a rare industrial solvent",
    ),
    (
        "named-after-noun-cut",
        "The trustees",
        "approved a long-awaited plan for the footbridge named after the engineer Ida Quell "
        "in the spring",
        "The trustees approved a long-awaited plan for the footbridge",
    ),
    (
        "closer-keeps-its-to",
        "The water board",
        "had first offered the new bonds at a yield much closer to 4.5 percent",
        "The water board had offered the new bonds",
    ),
    (
        "closer-to-place-kept",
        "The lifeboat",
        "was moved closer to the old harbour entrance on the island of Vell in the storm",
        "The lifeboat was moved closer to the old harbour entrance",
    ),
    (
        "named-as-verb-kept",
        "The ferry company board",
        "named Harriet Okonjo-Bell as its new chief executive officer for the next five years",
        "The ferry company board named Harriet Okonjo-Bell",
    ),
]


@pytest.mark.parametrize(
    "subject, predicate, title", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES]
)
def test_long_cut(subject: str, predicate: str, title: str) -> None:
    assert headline(subject, predicate) == title


DATED = [
    (
        "german-am-fruehen",
        "de",
        "Die Ziegen wurden am frühen Montagmorgen in Kisten an den Weiher gebracht.",
        ("2013-05-06TMO", "Die Ziegen wurden in Kisten an den Weiher gebracht"),
    ),
    (
        "german-am-spaeten",
        "de",
        "Die Fähre wurde am späten Dienstagabend an den Steg geschleppt.",
        ("2013-05-07TEV", "Die Fähre wurde an den Steg geschleppt"),
    ),
    (
        "season-slash-year",
        "en",
        "The quarrel over the mill race began in 1931/ 32, when the dam was raised.",
        ("1931", "The quarrel over the mill race began"),
    ),
    (
        "season-slash-year-german",
        "de",
        "Der Streit um den Mühlbach begann 1931/ 32, als der Damm erhöht wurde.",
        ("1931", "Der Streit um den Mühlbach begann"),
    ),
]


@pytest.mark.parametrize(
    "language, text, expected", [c[1:] for c in DATED], ids=[c[0] for c in DATED]
)
def test_date_debris(language: str, text: str, expected: tuple) -> None:
    assert expected in dated_titles(text, language, "2013-05-10")
