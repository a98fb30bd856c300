"""A pattern that first looks for the words every match needs answers every call as the
pattern itself does: the dates' roles, and so the events, are the same with it or without."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from core.events import anchor_cues, anchors
from core.events.quick_patterns import QuickPattern, compile_quick, needles_of, ways_of
from core.lang import languages
from core.temporal.tagger import Timex

# Our own sentences, cut before a date as the anchor cues read them, in several languages.
STRETCHES = [
    "The hearing was postponed until ",
    "Rates stayed above four percent until the end of ",
    "The group expects to sell 2.5 million units in ",
    "Ministers ordered the evacuation of the valley by ",
    "the plant, which was founded in ",
    "Shares of Norland Mining rose 4% ",
    "It had originally been scheduled to open in ",
    "the lowest turnout since the war ended in ",
    "Die Brücke wurde bis ",
    "La réunion du conseil, prévue pour le ",
    "El incendio que se declaró el ",
    "Заседание было перенесено на ",
    "Засідання відклали до ",
    "The vote was poſtponed to ",  # a long s: the engine takes it for "s", so must we
    "",
]


def _quick_cues() -> list[tuple[str, str, QuickPattern]]:
    found = []
    for language in sorted(languages()):
        cues = anchor_cues._cues(language)
        for f in fields(cues):
            pattern = getattr(cues, f.name)
            if isinstance(pattern, QuickPattern):
                found.append((language, f.name, pattern))
    return found


def _seen(m: re.Match[str] | None) -> tuple | None:
    return m and (m.span(), m.groups())


@pytest.mark.parametrize(("language", "name", "pattern"), _quick_cues())
def test_a_quick_cue_answers_as_its_pattern(language: str, name: str, pattern: QuickPattern):
    for text in STRETCHES:
        plain = pattern.compiled
        assert _seen(pattern.search(text)) == _seen(plain.search(text)), (name, text)
        assert _seen(pattern.match(text)) == _seen(plain.match(text)), (name, text)
        found = [_seen(m) for m in pattern.finditer(text)]
        assert found == [_seen(m) for m in plain.finditer(text)], (name, text)


def test_the_english_cues_that_need_a_word_are_checked_for_it():
    cues = anchor_cues._cues("en")
    assert isinstance(cues.state_until, QuickPattern)
    assert {"until", "till"} <= set(cues.state_until.needles)
    assert isinstance(cues.forecast_figure, QuickPattern)


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\bpostponed\s+until\s+$", {"postponed"}),
        (r"(?:stayed|remained)\b.*\buntil\s+$", {"stayed", "remained"}),
        (r"(?:due\s+)?by\s+$", {"by"}),  # the optional word is not needed
        (r"(?:ab)+c", {"ab"}),  # repeated at least once: needed
        (r"(?:until|)\s+$", None),  # one way needs no word
        (r"[a-z]+\s+$", None),
        (r"(?<=until )\d+", None),  # what a look-behind sees is not part of the match
    ],
)
def test_the_needles_read_from_a_pattern(pattern: str, needles: set[str] | None):
    found = needles_of(pattern, re.I)
    assert (set(found) if found else None) == needles


def test_text_that_is_not_ascii_is_left_to_the_engine():
    # "ſ" matches "s" when case is ignored: "postponed" is not in the text as written
    state_until = anchor_cues._cues("en").state_until
    assert state_until.search("The vote was poſtponed to ") is not None


def test_a_pattern_without_needles_is_left_as_compiled():
    assert isinstance(compile_quick(r"[a-z]+\s+$"), re.Pattern)
    assert isinstance(compile_quick(r"\ba\s+$"), re.Pattern)  # one letter: nearly everywhere


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The council postponed the vote until 12 March 2024.", "12 March 2024"),
        ("The council voted on 12 March 2024 to close the pool.", "12 March 2024"),
        ("Rates remained above target until 12 March 2024, the bank said.", "12 March 2024"),
    ],
)
def test_a_dates_role_is_the_same_with_the_quick_cues(sentence: str, day: str, monkeypatch):
    start = sentence.index(day)
    timex = Timex(start, start + len(day), day, "DATE", "2024-03-12")
    quick = anchors.role(sentence, timex)
    monkeypatch.setattr(anchors, "_cues", anchor_cues._read_cues)
    assert anchors.role(sentence, timex) == quick


# A stretch of a longer text (pos, endpos), as a sentence or the words before a date are read
# out of a whole article: the needle is looked for in that stretch alone.
ARTICLE = "Harbour works at Tolvik stopped in May. The ferry was postponed until Friday. Ends."


@pytest.mark.parametrize(
    ("pos", "endpos"),
    [
        (0, len(ARTICLE)),
        (0, 39),  # the first sentence: no "postponed", no match
        (40, 76),  # the second: its match
        (40, 60),  # cut inside the match: none
        (44, 72),
        (-5, 30),  # out of range, as the engine takes it
        (40, -1),
        (60, 40),
        (0, 10_000),
    ],
)
def test_a_quick_pattern_answers_within_a_stretch_as_its_pattern(pos: int, endpos: int):
    quick = compile_quick(r"\b(?:postponed|delayed)\s+until\s+", re.I)
    assert isinstance(quick, QuickPattern)
    plain = quick.compiled
    assert _seen(quick.search(ARTICLE, pos, endpos)) == _seen(plain.search(ARTICLE, pos, endpos))


def test_a_stretch_that_is_not_ascii_is_left_to_the_engine():
    quick = compile_quick(r"\bpostponed\s+until\s+", re.I)
    text = "Note. The vote was poſtponed until Friday."
    assert quick.search(text, 6, len(text) - 1) is not None


# Each way a match may go needs its own words: a stretch with a word of one way and a word of
# another has no match, and the engine is not asked.
TWO_WAYS = r"\b(?:moved|delayed)\b.*\bfrom\s+$|\bextended\b.*\bto\s+$"


@pytest.mark.parametrize(
    ("pattern", "ways"),
    [
        (TWO_WAYS, [[{"moved", "delayed"}, {"from"}], [{"extended"}, {"to"}]]),
        # a group's alternatives at the top are ways too
        (
            r"(?:sold|bought)\s+(?:shares|bonds)\s+$",
            [
                [{"sold"}, {"shares"}],
                [{"sold"}, {"bonds"}],
                [{"bought"}, {"shares"}],
                [{"bought"}, {"bonds"}],
            ],
        ),
        # ... a branch inside a way is one set of words
        (
            r"\bsold\s+(?:shares|bonds)\s+$|\bfell\s+$",
            [[{"sold"}, {"shares", "bonds"}], [{"fell"}]],
        ),
        (r"\bpostponed\s+until\s+$", [[{"postponed"}, {"until"}]]),
        (r"\bpostponed\s+$", None),  # one word: the needles say as much
        (r"\bpostponed\s+until\s+$|\d+\s+$", None),  # one way needs no word
        (r"(?:due\s+)?by\s+$", None),  # the optional word is not needed
    ],
)
def test_the_ways_read_from_a_pattern(pattern: str, ways: list[list[set[str]]] | None):
    found = ways_of(pattern, re.I)
    assert ([[set(n) for n in way] for way in found] if found else None) == ways


@pytest.mark.parametrize(
    "text",
    [
        "Fares were extended from ",  # a word of the second way, none of its "to"
        "The sailing was moved to ",  # the first way's verb, not its "from"
        "The sailing was moved from ",
        "Fares were extended to ",
        "The ferry was delayed and extended from its usual route to ",
        "Das Treffen wurde verschoben. Moved from ",
    ],
)
def test_a_quick_pattern_with_ways_answers_as_its_pattern(text: str):
    quick = compile_quick(TWO_WAYS, re.I)
    assert isinstance(quick, QuickPattern) and quick.ways
    plain = quick.compiled
    assert _seen(quick.search(text)) == _seen(plain.search(text))
    assert _seen(quick.search(text, 3, len(text))) == _seen(plain.search(text, 3, len(text)))
    assert [_seen(m) for m in quick.finditer(text)] == [_seen(m) for m in plain.finditer(text)]
