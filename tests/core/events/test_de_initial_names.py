"""German court reports write a suspect's surname as its initial ("Der Angeklagte Lutz K.
… K. hatte …"): the initial alone is a subject, and its sentence gives its event."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

OPENING = "Vor dem Landgericht Kassel steht seit Montag der Bauunternehmer Lutz K. wegen Betrugs. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "K. hatte im Mai 2019 eine zweite Firma in Fulda gegründet.",
            ("2019-05", "K. hatte eine zweite Firma in Fulda gegründet"),
        ),
        (
            "K. wurde im Januar 2020 in seiner Wohnung festgenommen.",
            ("2020-01", "K. wurde in seiner Wohnung festgenommen"),
        ),
    ],
)
def test_an_initial_alone_is_a_subject(text: str, expected: tuple[str, str]) -> None:
    doc = Document(
        path="x", title="", text=OPENING + text, published="2021-11-18",
        published_source="user", content_hash=text, language="de",
    )  # fmt: skip
    assert expected in [(str(e.start), e.title) for e in extract_events(doc)]


def test_an_initial_alone_is_no_subject_in_english() -> None:
    doc = Document(
        path="x", title="", text="K. was arrested in May 2019 at his home.",
        published="2021-11-18", published_source="user", content_hash="k", language="en",
    )  # fmt: skip
    assert not [e for e in extract_events(doc) if e.title.startswith("K.")]
