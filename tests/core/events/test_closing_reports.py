"""An attribution that closes a reason, a contrast or a noun's "that" clause after the news
dates the main clause, whatever its tense (helper report-now, session 38): "Greta will join
the board, because all clubs agreed, the minister said Friday" is told on Friday; the reason
never is. No condition, no forecast of a measure, no state, and no other date in the sentence.
In invented sentences.

Each case: a body, its language, and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-24T10:00"  # a Friday
CASES = [
    (
        "because-future",
        "Velmora will sell its ferry line, because the fares no longer cover fuel, a company"
        " spokeswoman said today.",
        "en",
        [
            ("title", "Velmora will sell its ferry line"),
            ("dated", "2023-02-24"),
        ],
    ),
    (
        "because-past",
        "Two keepers were hurt at the zoo, because a gate jammed, the city said on Tuesday.",
        "en",
        [("title", "Two keepers were hurt at the zoo"), ("dated", "2023-02-21")],
    ),
    (
        "although-is-to",
        "The Orvik council is to shut the old pool, although swimmers have protested, an aide"
        " said today.",
        "en",
        [("title", "The Orvik council is to shut the old pool"), ("dated", "2023-02-24")],
    ),
    (
        "noun-that-clause-cut-at-the-attribution",
        "The mayor dismissed the rumour that the tower was sinking, an aide said on Monday.",
        "en",
        [
            ("title", "The mayor dismissed the rumour that the tower was sinking"),
            ("no-title-with", "aide"),
        ],
    ),
    (
        "phrase-read-as-a-clause",
        "Governor Pell is to name Iris Dahl, head of the water board, as envoy to Peru, the"
        " palace said today.",
        "en",
        [("title", "Pell is to name Iris Dahl", "2023-02-24")],
    ),
    # what stays without the report's day
    (
        "condition",
        "Velmora will sell its ferry line unless the fares rise, because fuel costs more, a"
        " spokeswoman said today.",
        "en",
        [("title-not", "sell", "2023-02-24")],
    ),
    (
        "forecast-of-a-measure",
        "Profits will fall sharply, because fuel costs more, the chairman said today.",
        "en",
        [("none",)],
    ),
    (
        "state",
        "Fares are steady, because fuel is cheap, a trader said today.",
        "en",
        [("none",)],
    ),
    (
        "own-date",
        "Velmora will open a dock in 2026, because trade is growing, the chairman said today.",
        "en",
        # (the saying, "The chairman said Velmora will open a dock", is the report's)
        [("title", "Velmora will open a dock", "2026")],
    ),
    (
        "date-in-the-reason",
        "Velmora will sell its ferry line, because fuel rose in May, a spokeswoman said today.",
        "en",
        [("no-title-with", "sell")],
    ),
    (
        "es-porque",
        "La naviera Velmora venderá su línea de ferris porque el combustible es caro, dijo hoy"
        " su portavoz.",
        "es",
        [
            ("title", "venderá su línea de ferris", "2023-02-24"),
            ("title-not", "combustible", "2023-02-24"),
        ],
    ),
    (
        "fr-parce-que",
        "La compagnie Velmora va vendre sa ligne de ferries parce que le carburant est cher, a"
        " indiqué vendredi sa porte-parole.",
        "fr",
        [
            ("title", "vendre sa ligne de ferries", "2023-02-24"),
            ("title-not", "carburant", "2023-02-24"),
        ],
    ),
    (
        "de-weil",
        "Die Reederei Velmora wird ihre Fährlinie verkaufen, weil der Treibstoff teuer geworden"
        " ist, sagte eine Sprecherin am Freitag.",
        "de",
        [
            ("title", "Fährlinie verkaufen", "2023-02-24"),
            ("title-not", "Treibstoff", "2023-02-24"),
        ],
    ),
]


@pytest.mark.parametrize(
    "body, language, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_closing_reports(body, language, checks):
    check_events(extract_events(article(body, PUBLISHED, language)), checks)
