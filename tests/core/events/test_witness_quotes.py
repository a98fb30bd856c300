"""A witness's own words dated inside a quotation (session 32, recall-en): a story told in the
past quotes someone who was there ("“In 1995 we went twelve days without power,” said …"). The
quote tells a happening on its own date, titled with the speaker and the quote's words; a quote
about what will come, a comparison, a day the story before sets or an indefinite one, and a
quote with no named speaker give none. In invented sentences.

Each case: a body, and what must hold of its events (``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2022-02-04T10:00"
CASES = [
    (
        "year-first-person",
        'The bakery on Quay Lane is closing. "We opened the bakery in 2011 with two ovens,"'
        " said baker Tomas Reyes.",
        [("title", "Tomas Reyes: “We opened the bakery in 2011 with two ovens”", "2011")],
    ),
    (
        "season-speaker-with-age-and-relative",
        '"In the winter of 1995 we went twelve days without power," said Greta Holm, 81,'
        " who keeps the village shop.",
        [("title", "Greta Holm: “In the winter of 1995 we went twelve days", "1995-WI")],
    ),
    (
        "speaker-before-verb",
        '"I turned down a coaching job in 2010 because I loved playing," Nina Holt said.',
        [("title", "Nina Holt: “I turned down a coaching job", "2010")],
    ),
    (
        "speaker-after-an-owner",
        '"We wrote to the ministry in May 2021 about the leaks," said Brightwell\'s chief'
        " engineer, Ada Roux.",
        [("title", "Ada Roux: “We wrote to the ministry", "2021-05")],
    ),
    (
        "counted-back-from-publication",
        '"We raised the rents of all forty flats two years ago," said landlord Omar Pike.',
        [("title", "We raised the rents", "2020")],
    ),
    # what is to come, a record, a day the story sets, too few words, no one named: nothing
    ("future", '"We will open a second shop in May," said Tomas Reyes.', [("none",)]),
    (
        "comparison",
        '"In 2019 we had the busiest summer since the pier reopened," said Ida Berg.',
        [("none",)],
    ),
    (
        "indefinite-day",
        '"We were warned about the closure on a Monday morning," said union official Ida Berg.',
        [("none",)],
    ),
    ("story-day", '"We lost the whole crop that night," said Ida Berg.', [("none",)]),
    (
        "not-the-witness-act",
        '"Currency swings in 2019 were a large factor behind the result," Ida Berg said.',
        [("none",)],
    ),
    ("negated", '"We never went back to the island after 2009," said Ida Berg.', [("none",)]),
    (
        "a-bound",
        '"We sold very few boats prior to 1980 when the yard opened," said Ida Berg.',
        [("none",)],
    ),
    ("too-little-said", '"We tried this in 2019," said Ida Berg.', [("none",)]),
    ("no-named-speaker", '"We repainted the hall in 2015," one neighbour told us.', [("none",)]),
    # a month the tagger reads ahead of publication is no past happening
    ("month-ahead", '"I sold my boat in March for a good price," Petra Lind said.', [("none",)]),
]


@pytest.mark.parametrize("body, checks", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_witness_quotes(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
