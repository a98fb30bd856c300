""" "It" after a main clause whose subject is a plural noun owned by a name ("Peru's ties with
Chile were damaged when it seized …") stands for the owner, never for a name after a
preposition inside the subject: a wrong actor in a title misleads the reader. Own sentences."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _titles(text: str) -> dict[str, str]:
    document = Document(path="it.txt", title="", text=text, published="2020-03-12T09:00",
                        published_source="user", content_hash="it", language="en")  # fmt: skip
    return {e.title: e.start for e in extract_events(document) if not e.undated}


@pytest.mark.parametrize(
    ("text", "title", "date", "wrong"),
    [
        ("Peru's ties with the West soured sharply in 2014 when it seized the Lobos islands"
         " from Chile.", "Peru seized the Lobos islands from Chile", "2014", "West seized"),
        ("Peru's ties with Chile were damaged in 2014 when it seized the islands.",
         "Peru seized the islands", "2014", "Chile seized"),
        ("Chile's exports to Japan fell in 2015 when it raised copper duties.",
         "Chile raised copper duties", "2015", "Japan raised"),
    ],
)  # fmt: skip
def test_it_is_the_owner_of_a_plural_subject(text: str, title: str, date: str, wrong: str) -> None:
    titles = _titles(text)
    assert titles.get(title) == date
    assert not any(t.startswith(wrong) for t in titles)


def test_a_name_that_heads_the_subject_is_still_it() -> None:
    titles = _titles("Chile was hit hard in 2015 when it raised copper duties.")
    assert titles.get("Chile raised copper duties") == "2015"
