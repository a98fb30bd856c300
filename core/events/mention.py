"""A name in a text and what it names: the record ``core.events.entities`` finds and
``core.events.aliases`` merges."""

from __future__ import annotations

from dataclasses import dataclass

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: where it is, what it names, and the short form for headlines."""

    start: int
    end: int
    text: str
    kind: str  # person, organisation, place
    name: str  # canonical: the fullest form in the document, "Kyiv" for "Kiev"
    short: str  # for titles: "Putin" for "Vladimir Putin"
