"""A quotation whose attribution carries a date is a statement on that date (#14).

Every sentence is our own; the article is published on Friday 4 February 2022.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article


def _events(body: str) -> list[tuple[str, str]]:
    document = article(body, "2022-02-04T20:00")
    return [(e.start, e.title) for e in extract_events(document) if e.kind == "statement"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "he" is the one person named just before
        ("Mayor Lena Ortiz toured the flooded district. “We will rebuild every bridge,” she said on Thursday.",
         [("2022-02-03", "Ortiz: “We will rebuild every bridge”")]),
        ("“The harbour will reopen within weeks,” Lena Ortiz told reporters on Wednesday.",
         [("2022-02-02", "Lena Ortiz: “The harbour will reopen within weeks”")]),
        ("“Nobody expected the storm to turn north,” said Tomas Berg on Tuesday.",
         [("2022-02-01", "Tomas Berg: “Nobody expected the storm to turn north”")]),
        # a long quote is cut at a word, with an ellipsis
        ("“The council has decided to close the old bridge to lorries for the rest of the winter season,” Lena Ortiz said Friday.",
         [("2022-02-04", "Lena Ortiz: “The council has decided to close the old bridge to…”")]),
    ],
)  # fmt: skip
def test_a_dated_quotation_is_the_speakers_statement(body, expected):
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no date in the attribution: nothing for the timeline
        "“We will rebuild every bridge,” Lena Ortiz said.",
        # two people "she" could be
        "Lena Ortiz met Ana Ruiz. “We will rebuild every bridge,” she said on Thursday.",
        # nobody a reader can place
        "“We will rebuild every bridge,” a spokesman said on Thursday.",
        # the date belongs to what follows the attribution
        "“It is a fair price,” Tomas Berg said, adding that the firm was worth more in 2019.",
    ],
)
def test_a_quotation_without_a_sure_speaker_or_date_gives_no_statement(body):
    assert _events(body) == []
