"""Neutral reports data: each name's value in a language that leaves it out."""

from __future__ import annotations

NUMERIC_SLASHES_DAY_FIRST = False
SOURCE_PUBLISHED = r"(?!)"
SOURCE_PLACE_OPENERS: frozenset[str] = frozenset()
SOURCE_BE = ("", "")
SOURCE_SINGULAR_ENDINGS: tuple[str, ...] = ()
# Whether a speaker named after the verb of saying comes before the attribution's date
# ("said Erdogan on Friday"), so that a "date" inside the name is none ("said Nordbank's May").
SPEAKER_BEFORE_DATE = False
