"""A "he" in what a spokesman or a judge says stands for that speaker, not for a person the
sentence before names. Articles of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (
        "Finance minister Lars Holm met bankers in Oslo on Friday.\n\n"
        "The spokesman said he believed Holm had already left for Bergen on Saturday.",
        [
            ("title", "The spokesman believed Holm had already left for Bergen"),
            ("no-title", "Holm believed"),
        ],
    ),
    (  # the speaker named by a role the tagger does not know
        "Defence minister Ruth Falk visited the base on Monday.\n\n"
        "The judge said he would rule on the appeal on Thursday.",
        [("no-title", "Falk would rule")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_speaker_is_who_he_stands_for(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body)), checks)
