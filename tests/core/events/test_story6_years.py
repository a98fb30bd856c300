"""Years a reader gives yearless months (our own sentences): a month after the story's
winter comes after it, and a history that opens in its past keeps its story's years even
where it once speaks of its present."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (
        "The Kestrel Rovers won promotion in August 2021. Over the winter the club ran short "
        "of money, and in March it sold its ground to a housing developer.",
        "2023-05-10",
        [("title", "The club sold its ground to a housing developer", "2022-03"),
         ("not", "2021-03")],
    ),
    (
        "The mill on the Tarn reopened in October 2015. Over the winter the river flooded "
        "twice, and in May the owners rebuilt the weir.",
        "2019-06-01",
        [("title", "The owners rebuilt the weir", "2016-05"), ("not", "2015-05")],
    ),
    (
        "The strike at the port began on 3 October 2007, when dockers walked out over "
        "pensions.\n\nIn March 2008 the harbour board hired temporary crews; the union, which "
        "still runs the port today, called the move illegal. On 12 April 2008 the dockers "
        "marched on the town hall.\n\nIn May, a court ordered both sides back to talks.",
        "2011-06-20",
        [("title", "A court ordered both sides back to talks", "2008-05"), ("not", "2011-05")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "published", "checks"), CASES)
def test_yearless_months_take_the_years_a_reader_gives(body, published, checks) -> None:
    check_events(extract_events(article(body, published)), checks)
