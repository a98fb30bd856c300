"""A number that names a road or a gate ("Route 9", "Highway 72", "the A470") after "from" is
no amount: the date after it is the clause's, not a baseline's ("rescued from her van on Route
9 on Wednesday"); a figure after "from" still makes one ("rose 5% from 9 million in May"). Our
own sentences, published Friday 16 September 2022."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-09-16T18:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        ("A cyclist was pulled out of a ditch on Route 9 early on Wednesday.",
         [("title", "A cyclist was pulled out of a ditch", "2022-09-14")]),
        ("A driver was lifted from his lorry on the A470 on Tuesday.",
         [("title", "A driver was lifted from his lorry", "2022-09-13")]),
        ("Two hikers were flown from a ledge near Highway 12 on Monday.",
         [("title", "Two hikers were flown", "2022-09-12")]),
        # a figure after "from": a baseline, no date of the clause
        ("Ticket sales rose 5% from 9 million in May.", [("not", "2022-05")]),
    ],
)  # fmt: skip
def test_a_road_number_is_no_amount(text, checks):
    check_events(events_of(text, "en", PUBLISHED), checks)
