"""A "she" after a sentence that opens on a ship (session 20, PRON): a name the article only
ever writes after "the" ("the Tarnwick") is a vessel or a title, never the person a profile's
"she" goes on about. An article of our own, checked for the titles a reader sees."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document

TEXT = (
    "After 30 years at the wheel, the skipper of the Tarnwick is retiring\n\n"
    "Captain Ann Morrow can read the tide by the feel of the wheel in her hands.\n\n"
    "Morrow first joined the ferry service in 1990, as a deckhand on the island run. "
    '"I thought I\'d stay a summer," she said, sitting in the wheelhouse of the Tarnwick.\n\n'
    "The Tarnwick, a 90-car vessel launched in 1971, became her boat in 2001. She has steered "
    "it through ice, a rudder failure and, on a dark March evening in 2009, a storm in which she "
    "turned back to rescue two kayakers."
)


def test_a_she_after_a_ship_opening_its_sentence_is_not_the_ship() -> None:
    doc = Document("/t.txt", "", TEXT, "2024-05-10", "header", "h", TEXT.index("Captain"), "", "en")
    titles = [e.title for e in extract_events(doc)]
    assert "The Tarnwick became her boat" in titles, titles
    assert not [t for t in titles if t.startswith("Tarnwick has steered")], titles
