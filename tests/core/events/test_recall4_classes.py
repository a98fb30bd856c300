"""Dated happenings that gave no event (session 26, helper recall4), told in sentences of our
own: a dividend's payment in the aside after its amount ("…, payable on March 15", "…, to be
paid on April 11"), whose record date dates nothing and whose "unchanged from the previous
quarter" is a comparison's baseline.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-02-21"
CASES = [
    (
        "dividend-payable-on",
        "The directors declared a quarterly dividend of 31 cents a share, payable on May 2.",
        [("title", "Quarterly dividend of 31 cents a share payable", "2023-05-02")],
    ),
    (
        "dividend-to-be-paid",
        "Its board proposed a final dividend of 8 pence per share, to be paid on June 9.",
        [("title", "Final dividend of 8 pence per share to be paid", "2023-06-09")],
    ),
    (
        "dividend-payable-record-as-of",
        "The board declared a dividend of 12 cents a share, payable April 3 to holders of "
        "record as of March 10, unchanged from the previous quarter.",
        [
            ("title", "Dividend of 12 cents a share payable", "2023-04-03"),
            ("not", "2023-03-10"),
            ("not", "2022-Q4"),
        ],
    ),
    # the declaring is not dated by the payment it sets
    (
        "dividend-declaring-keeps-its-day",
        "Directors declared on Tuesday a dividend of 12 cents, payable March 7 to holders of "
        "record Feb. 28.",
        [
            ("title", "Dividend of 12 cents payable", "2023-03-07"),
            ("title-not", "declared", "2023-03-07"),
            ("not", "2023-02-28"),
        ],
    ),
    # a raise told with its old and new amounts is not a payment's noun phrase
    (
        "dividend-raise-left-alone",
        "Lomax said it raised its quarterly dividend to 15 cts from 12 cts, payable April 15.",
        [("no-title-with", "payable")],
    ),
    # a noun phrase that is not the dividend's alone: no title made of the clause
    (
        "dividend-after-verb-only",
        "The board declared a dividend of 18 cents, payable on March 30.",
        [("title", "Dividend of 18 cents payable", "2023-03-30"), ("no-title-with", "Board")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recall4_classes(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
