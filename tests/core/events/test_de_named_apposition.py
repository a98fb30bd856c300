"""German sets a named apposition off with an article after a comma ("Ihr Bruder, der Maler
Jonas Brandt, …"), as it opens a relative ("…, der 2010 starb, …"); only the relative ends on
its verb, so an apposition of capitalised words is no clause, and the sentence's verb is the
main clause's."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(
        path="x", title="", text=text, published="2016-09-14", published_source="user",
        content_hash=text, language="de",
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ihr Bruder, der Maler Jonas Brandt, starb 2010.", [("2010", "Ihr Bruder starb")]),
        (
            "Sein Sohn, der Architekt Paul Brandt, eröffnete im Mai 2014 ein Büro in Kiel.",
            [("2014-05", "Sein Sohn eröffnete ein Büro in Kiel")],
        ),
    ],
)
def test_a_named_apposition_is_no_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
