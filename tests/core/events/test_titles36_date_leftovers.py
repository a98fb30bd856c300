"""Words a dropped date or a cut leaves at a title's end (session 36, helper titles-dev):
"later"/"earlier" whose time the date states ("was towed away later [on Tuesday night]"),
French "ce même [mardi]", and a sentence hedge whose phrase went with the date ("would open
possibly [starting on May 2]"). The date stays what it was; the title reads whole."""

from __future__ import annotations

import pytest

from tests.core.events.articles import dated_titles

CASES = [
    (
        "later-before-dropped-date",
        "en",
        "2021-03-12",
        "A stolen tractor was towed away from a field near Brinmoor later on Tuesday night.",
        ("2021-03-09TNI", "A stolen tractor was towed away from a field near Brinmoor"),
    ),
    (
        "earlier-before-dropped-date",
        "en",
        "2021-03-12",
        "Two kayakers were pulled from the estuary at Pellow Sands earlier on Thursday.",
        ("2021-03-11", "Two kayakers were pulled from the estuary at Pellow Sands"),
    ),
    (
        "hedge-before-dropped-phrase",
        "en",
        "2021-03-12",
        "The new ferry route would open possibly starting on May 2, the operator added.",
        ("2021-05-02", "The new ferry route would open"),
    ),
    (
        "hedge-inside-title-kept",
        "en",
        "2021-03-12",
        "The harbour bridge will probably reopen on Friday.",
        ("2021-03-12", "The harbour bridge will probably reopen"),
    ),
    (
        "french-ce-meme",
        "fr",
        "2021-03-12",
        "La bibliothèque de Varonne a rouvert ce même lundi avec une équipe renouvelée.",
        ("2021-03-08", "La bibliothèque de Varonne a rouvert avec une équipe renouvelée"),
    ),
    (
        "french-hedge-end",
        "fr",
        "2021-03-12",
        "Le nouveau marché couvert ouvrira probablement à partir du 3 mai.",
        ("2021-05-03", "Le nouveau marché couvert ouvrira"),
    ),
]


@pytest.mark.parametrize(
    "language, published, text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_date_leftovers(language: str, published: str, text: str, expected: tuple) -> None:
    assert expected in dated_titles(text, language, published)
