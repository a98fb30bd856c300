"""Scans rewritten for speed answer as the patterns they replace did.

``written_as_name`` reads each " Word" of the text where it stands instead of compiling a
pattern for each name (``\\b[a-z]+ Word\\b``); ``split_sentences`` skips a sentence's spaces
with one pattern and a strip instead of a Python step for each character.
"""

from __future__ import annotations

import re

import pytest

from core.events.names import written_as_name
from core.events.sentences import split_sentences


def _as_pattern(text: str, word: str) -> bool:
    """The answer of the pattern ``written_as_name`` used to compile for each name."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    return re.search(rf"\b[a-z]+ {re.escape(word)}\b", text) is not None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rosa Valdane sang. The crowd cheered Rosa loudly.", "Rosa", True),
        ("Rosa Valdane sang. Rosa left early.", "Rosa", False),  # only after a full stop
        ("The choir met Rosalind and Rosa.", "Rosa", True),
        ("The choir met Rosalind and Rosa", "Rosa", True),  # at the text's end
        ("Fans of Rosalind cheered.", "Rosa", False),  # a longer name is not the word
        ("The crowd cheered Rosa_2 loudly.", "Rosa", False),  # "_" goes on the word
        ("The crowd cheered Rosa9 loudly.", "Rosa", False),  # so does a figure
        ("The crowd cheered Rosa's song.", "Rosa", True),  # an apostrophe ends it
        ("Crowds at 9am Rosa came.", "Rosa", False),  # "am" is glued to a figure
        ("Crowds at 9 am Rosa came.", "Rosa", True),
        ("Crowds at 9 Rosa came.", "Rosa", False),  # a figure before is no word a-z
        ("The Crowd Rosa came.", "Rosa", False),  # a capital before
        ("crowdX Rosa came.", "Rosa", False),  # a word with a capital inside it
        ("éa Rosa came.", "Rosa", False),  # a letter beyond a-z opens the word before
        ("-a Rosa came.", "Rosa", True),
        ("a Rosa", "Rosa", True),
        (" Rosa came.", "Rosa", False),
        ("So Rosa came and then Rosa went.", "Rosa", True),  # the second one counts
        ("The crowd cheered ROSA.", "ROSA", False),  # not a capitalised word
    ],
)
def test_written_as_name_reads_each_word_as_the_pattern_did(text, word, expected):
    assert written_as_name(text, word) is expected
    assert _as_pattern(text, word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at dawn.  It docked at noon.\n\n   A storm came.\t",
        "\u00a0The mill closed.\u2003It reopened later.\u3000",
        "ORLAND, March 3 - The bakery opened a branch.\n\nORLAND, March 4 - It sold out.",
        "The bakery said ORLAND, March 4 - no dateline inside a sentence.",
        "   \n\n  ",
        "",
    ],
)
def test_sentences_keep_their_spans_without_surrounding_spaces(text):
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert end > start
