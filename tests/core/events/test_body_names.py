"""A name whose last word says it is a body ("… Credit Administration", "… Stock Exchange",
"… Fraud Unit") is no one a "he" or "she" stands for, nor is a quote's contracted first word
("We've …"). Articles of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (
        "Ann Reid, a member of the board of the Harbour Credit Administration, said she "
        "intended to urge the trustees on May 5 to approve the merger.",
        [
            ("title", "Ann Reid intended to urge the trustees to approve the merger"),
            ("no-title", "Administration intended"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_body_is_no_one_a_pronoun_stands_for(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body)), checks)


def test_a_quoted_contraction_is_no_one() -> None:
    body = (
        "Prices of copper rose sharply on Monday.\n\n"
        'A broker said "We\'ve seen strong buying all week." '
        "He said he expected prices to fall in June."
    )
    check_events(extract_events(article(body)), [("no-title", "We've")])
