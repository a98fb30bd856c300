"""A led pattern (``core.temporal.firsts.led``) finds what the pattern finds: the lookahead
for its first characters only turns away places where no match could begin. Checked on our
own sentences, for each language's tense cues and for every anchor cue searched before a date.
"""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from core.events.anchor_cues import _cues as anchor_cues
from core.events.anchor_cues import _read_cues
from core.lang import languages, words
from core.temporal.cased import ignorecase
from core.temporal.firsts import led

SENTENCES = (
    "The ferry to Harwick was postponed until 14 May, the council said on Tuesday. "
    "Output at the Lindqvist mill rose 4 pct over the same period of 2019, and it has WON "
    "three contracts since it opened in 1979. The owners, who bought the yard last year, "
    "will meet again next week; shares closed higher than a year ago. Talks resumed on "
    "Friday after the strike of 3 June, when 200 drivers walked out. "
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _text(lang: str) -> str:
    """Our sentences, and the words of the language's tense cues in three cases."""
    t = words(lang, "tense")
    sources = " ".join(str(getattr(t, n, "")) for n in ("FUTURE", "PAST", "PRESENT"))
    found = re.findall(r"[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?", sources)
    return SENTENCES + ". ".join(f"{w} {w.upper()} {w.title()}" for w in found) + "."


@pytest.mark.parametrize("lang", languages())
def test_led_tense_cues_find_what_the_cues_find(lang: str) -> None:
    t = words(lang, "tense")
    text = _text(lang)
    for source in (
        rf"\b(?:(?P<future>{t.FUTURE})|(?P<past>{t.PAST}))\b",
        rf"\b(?:(?P<told>{t.FUTURE_IN_PAST})|(?P<present>{t.PRESENT})|(?P<past>{t.PAST}))\b",
    ):
        plain = ignorecase(source)
        assert _spans(led(plain), text) == _spans(plain, text)


@pytest.mark.parametrize("lang", languages())
def test_led_anchor_cues_answer_every_stretch_before_a_date_as_before(lang: str) -> None:
    fast, plain = anchor_cues(lang), _read_cues(lang)
    text = _text(lang)
    stops = [m.start() for m in re.finditer(r"\d|\b[A-Z]", text)]
    for f in fields(plain):
        pattern = getattr(plain, f.name)
        if not isinstance(pattern, re.Pattern):
            continue
        quick = getattr(fast, f.name)
        for stop in stops:
            before = text[max(0, stop - 80) : stop]
            got, want = quick.search(before), pattern.search(before)
            assert (got and got.span()) == (want and want.span()), (f.name, before)


def test_a_word_edge_is_led_by_the_first_letters() -> None:
    pattern = led(re.compile(r"\b(?:will|said)\b"))
    assert pattern.pattern == r"(?=[SWsw])(?:\b(?:will|said)\b)"
    assert [m.group() for m in pattern.finditer("Mira said she will sail")] == ["said", "will"]


@pytest.mark.parametrize(
    "source",
    [
        r"(?i)\bport",  # inline flags must stay first
        r"harbour|quay",  # letters first: the engine skips to them itself
        r"\s+,",  # a repeated set fails at once
        r"\b\w+",  # any word character: nothing to turn away
        r"\b(?:quay)?",  # may match nothing
    ],
)
def test_patterns_with_nothing_to_gain_are_left_as_they_are(source: str) -> None:
    compiled = re.compile(source)
    assert led(compiled) is compiled


def test_a_verbose_pattern_ending_on_a_comment_keeps_its_group_closed() -> None:
    pattern = led(re.compile(r"\b(?:dock|pier)  # where boats tie up", re.VERBOSE))
    assert [m.group() for m in pattern.finditer("the old pier and the dock")] == ["pier", "dock"]


def test_case_folding_equivalents_still_open_an_ignorecase_match() -> None:
    # "ſ" (long s) and "K" (the Kelvin sign) match "s" and "k" under re.IGNORECASE
    source = r"\b(?:ship|keel)"
    plain = re.compile(source, re.IGNORECASE)
    text = "old ſhip, new Keel, a SHIP"
    assert _spans(led(plain), text) == _spans(plain, text)
    assert len(_spans(plain, text)) == 3


BOX = (
    "Key dates\nOctober: tickets go on sale\n- March 2021 – Works begin\nEnd of June: rules "
    "published\nThe quay will close in\nMay 2023 - when the bridge opens\n12 May: vote\n"
    "Spring 2024: roof replaced\nno date here at all\nAugust the crew sailed on\n"
)


@pytest.mark.parametrize("lang", languages())
def test_a_box_line_without_a_colon_is_turned_away_as_before(lang: str) -> None:
    from core.events.box_lines import _entry_open

    fast = _entry_open(lang)
    plain = re.compile(fast.pattern.replace(r"(?=[^\n]*:)", "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    months = words(lang, "calendar").MONTHS
    text = BOX + "\n".join(f"{m}\n{m}: doors open" for m in months) + "\n" + _text(lang)
    lines = [0] + [m.end() for m in re.finditer("\n", text)]
    assert [bool(fast.match(text, at)) for at in lines] == [
        bool(plain.match(text, at)) for at in lines
    ]
    assert any(plain.match(text, at) for at in lines)


@pytest.mark.parametrize("lang", languages())
def test_led_idioms_are_cut_from_a_title_as_before(lang: str) -> None:
    from core.events.kinds import _idioms

    fast = _idioms(lang)
    plain = re.compile(words(lang, "events").IDIOMS, re.I)
    text = _text(lang) + " The union struck a balance and backed down; crews met the target."
    assert fast.sub(" ", text) == plain.sub(" ", text)
