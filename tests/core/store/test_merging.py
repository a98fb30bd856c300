"""Two articles on one story, through extraction and the store: what they report alike is one
event with two sources, and nothing else is. The articles are written for this test."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.ingest import same_happening
from core.model import Document


def _article(path: str, published: str, title: str, body: str) -> Document:
    text = f"{title}\n\n{body}"
    return Document(path, title, text, published, "header", path, len(title) + 2)


FIRST = _article("/trams-a.txt", "2022-05-10T09:00", "Trams return to the Riverside line", (
    "Trams will return to the Riverside line on May 14, the transport authority said on "
    "Tuesday. Mayor Lucia Ortiz is due to open the line at a short ceremony on Saturday. "
    "Director Paulo Mendes resigned on Monday. Acorn Mills Ltd declared a quarterly dividend "
    "of 10 cents a share on Monday. The dividend will be paid on June 1."
))  # fmt: skip
SECOND = _article("/trams-b.txt", "2022-05-11T09:00", "Riverside trams back on Saturday", (
    "Tram services on the Riverside line resume on May 14, officials said. Lucia Ortiz will "
    "cut the ribbon on Saturday at a small ceremony. Engineer Rita Sousa resigned on Monday. "
    "Birchfield Corp declared a quarterly dividend of 10 cents a share on Monday. The dividend "
    "will be paid on June 1."
))  # fmt: skip


@pytest.fixture
def stored(store):
    for document in (FIRST, SECOND):
        store.add_document(document, extract_events(document), same_happening)
    return [(e["start"], e["title"], e["sources"]) for e in store.events()]


@pytest.mark.parametrize(
    ("day", "words", "events", "sources"),
    [
        ("2022-05-14", "Riverside line", 1, 2),  # the trams' return in other words
        ("2022-05-14", "Ortiz", 1, 2),  # the mayor at the ceremony: opens / cuts the ribbon
        ("2022-05-09", "resigned", 2, 1),  # two people resigning the same day
        ("2022-05-09", "dividend", 2, 1),  # two companies' dividends
        ("2022-06-01", "dividend will be paid", 2, 1),  # naming nobody: each its company's
    ],
)
def test_two_articles_merge_only_the_same_happening(stored, day, words, events, sources):
    found = [n for start, title, n in stored if start == day and words in title]
    assert len(found) == events
    assert all(n == sources for n in found)
