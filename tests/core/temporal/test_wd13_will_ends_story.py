"""A sentence that says what will happen speaks from publication: the story ends (WD13).

Every sentence here is our own.
"""

from __future__ import annotations

from datetime import date

from tests.core.temporal.cases import values

NEWS = date(2023, 5, 18)


def test_a_yearless_month_after_a_will_sentence_is_the_news() -> None:
    text = (
        "The airline said it would resume payments, stopped in March 2020 when it grounded its "
        "fleet. A dividend will be paid on July 28.\n\nThe company refinanced its debt in "
        "February."
    )
    assert values(text, NEWS)[-1] == ("February", "2023-02")


def test_a_story_told_with_would_goes_on() -> None:
    text = "In March 2020 the airline grounded its fleet. It would fly again in June."
    assert values(text, NEWS)[-1] == ("June", "2020-06")
