"""foreign21: clauses of German, French and Spanish news that gave no event, in invented
sentences. German agency copy reports who told the news in a sentence of its own that opens
on "Das" as the verb's object ("Das teilte die Polizei am Montag mit")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2023-05-12"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Die Fähre ruht bis Ende Mai. Das teilte die Reederei am Mittwoch mit.", "2023-05-10",
         "Die Reederei teilte das mit"),
        ("Die Fähre ruht bis Ende Mai. Das hat die Reederei am Mittwoch mitgeteilt.",
         "2023-05-10", "Die Reederei hat das mitgeteilt"),
        ("Der Bürgermeister tritt zurück. Dies gab die Stadt am Montag bekannt.", "2023-05-08",
         "Die Stadt gab dies bekannt"),
    ],
)  # fmt: skip
def test_a_fronted_das_is_the_object_of_the_saying(text, start, title):
    assert (start, title) in _events(text, "de"), _events(text, "de")


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        # "das" before a participle that describes a noun stays an article
        ("Das geplante Parkhaus wurde am Dienstag eröffnet.", "2023-05-09",
         "Das geplante Parkhaus wurde eröffnet"),
        ("Das erwartete Gutachten kam am Dienstag.", "2023-05-09", "Das erwartete Gutachten kam"),
    ],
)  # fmt: skip
def test_das_before_a_describing_participle_is_an_article(text, start, title):
    assert (start, title) in _events(text, "de"), _events(text, "de")


def test_who_announced_it_after_das_is_a_dated_event():
    text = "Die Brücke wird im April freigegeben. Das hat Bürgermeister Peter Brunner gestern angekündigt."
    assert ("2023-05-11", "Peter Brunner hat das angekündigt") in _events(text, "de")
