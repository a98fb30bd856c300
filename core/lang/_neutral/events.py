"""Neutral events data: each name's value in a language that leaves it out."""

from __future__ import annotations

VERB_ONLY_FORMS = frozenset()
IDIOMS = r"(?!)"
NATIONALITIES = frozenset()
PLACE_LAST_WORDS = frozenset()
PLACE_FIRST_WORDS = frozenset()
HAPPENING_NOUNS = frozenset()
PLACE_BEFORE = frozenset()
