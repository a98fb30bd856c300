"""Events from text: one per date a sentence gives, resolved against the publication date."""

from __future__ import annotations

import pytest

from core.events import extract_events, make_title
from core.model import Document

HEADER = "A headline for the test\n\nPublished: Fri 4 Feb 2022, 23:15\n\n"


def _doc(body: str) -> Document:
    text = HEADER + body
    return Document("/t.txt", "A headline for the test", text, "2022-02-04T23:15", "header", "h",
                    body_start=text.index(body))  # fmt: skip


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.start, e.precision) for e in extract_events(_doc(body))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministers met in Paris on Friday.", [("2022-02-04", "day")]),
        ("The president will travel to Rome on Monday.", [("2022-02-07", "day")]),
        ("The two leaders signed the treaty on Thursday.", [("2022-02-03", "day")]),
        (
            "She said she would visit Kenya on February 14 and Egypt the following day.",
            [("2022-02-14", "day"), ("2022-02-15", "day")],
        ),
        ("The region was annexed in 2014.", [("2014", "year")]),
        ("Officials may want to delay the vote.", []),
        ("Talks resumed in March 2021 after a pause.", [("2021-03", "month")]),
    ],
)
def test_dates_of_events(body, expected):
    assert _events(body) == expected


def test_the_header_date_is_not_an_event():
    assert _events("Nothing dated happens here.") == []


def test_event_points_back_to_its_sentence():
    doc = _doc("Nothing here. The council met on Thursday to vote.")
    (event,) = extract_events(doc)
    assert doc.text[event.char_start : event.char_end] == event.sentence
    assert event.sentence == "The council met on Thursday to vote."
    assert event.end_ts - event.start_ts == 86400 and not event.undated


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Macron will travel to Moscow on Monday.", "Macron will travel to Moscow on Monday"),
        ("“We agreed,” he said.", "We agreed,” he said"),
        (
            "One two three four five six seven eight nine ten eleven twelve thirteen.",
            "One two three four five six seven eight nine ten eleven twelve…",
        ),
    ],
)
def test_titles_use_the_sentence_own_words(sentence, title):
    assert make_title(sentence) == title
