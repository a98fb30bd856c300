"""Dates before the common era are a story's time like any other (#15, second round).

Every sentence here is our own: anaphora and yearless dates count on from a BC year, a range
of BC years is two dates, and a date the story passes over ("since ...") is no anchor.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import expect

WRITTEN = date(2009, 12, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counting on from a BC year: the following year is one fewer BC
        (
            "The siege began in 412 BC. The following year the walls fell, and in the summer "
            "the town burned. Three years later peace came.",
            [("412 BC", "BC0412"), ("The following year", "BC0411"),
             ("the summer", "BC0411-SU"), ("Three years later", "BC0408")],
        ),
        # a month of a BC year, then the next day and a bare month of the same story
        (
            "In October 305 BC the fleet landed. The next day it marched inland, and in "
            "December it wintered by the lake.",
            [("October 305 BC", "BC0305-10"), ("The next day", "BC0305-10-XX"),
             ("December", "BC0305-12")],
        ),
        # a range of BC years: the first takes the era the second writes
        (
            "The Third War (271-266 BC) and the peace that held from 266 to 250 BC.",
            [("271", "BC0271"), ("266 BC", "BC0266"), ("266", "BC0266"), ("250 BC", "BC0250")],
        ),
    ],
)  # fmt: skip
def test_a_story_before_the_common_era_counts_on(text, expected) -> None:
    expect(text, *expected, dct=WRITTEN)


def test_a_date_the_story_passes_over_is_no_anchor() -> None:
    expect(
        "In 1911 the rebels took the port, which the navy had held since 1890. The following "
        "year they took the capital.",
        ("1911", "1911"),
        ("1890", "1890"),
        ("The following year", "1912"),
        dct=WRITTEN,
    )
