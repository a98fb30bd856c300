"""The tagger's shortcuts change nothing but its speed (#15): case-spelled cues match as
re.IGNORECASE does, rules skipped by their first character could not have matched there,
and a token's cached reading is the one worked out afresh.

The texts are built from each language's own words and our own sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from core.lang import languages, words
from core.temporal import grammar as grammar_module
from core.temporal.cased import ignorecase
from core.temporal.grammar import candidates, grammar
from core.temporal.tagger import tag
from core.temporal.triggers import _TOKEN, _is_prefix, _key, _rules_for, anchors, triggers

SENTENCES = (
    "On Monday, February 14, 2022, the minister said she WOULD travel to Kyiv the following "
    "day; three weeks later, in early March, talks had resumed. Since 1999 the plant has "
    "EXPANDED twice a year, and on Christmas Eve it closed at 10:30 a.m. EST. "
    "The Fiscal 1987-88 results were reported last Tuesday's morning, post-1959 style. "
)


def _language_text(lang: str) -> str:
    """Our sentences, and every word the language's cues and calendar spell, in three cases."""
    t = words(lang, "tense")
    sources = " ".join(
        str(getattr(t, name, "")) for name in ("FUTURE", "PAST", "PRESENT", "FUTURE_IN_PAST")
    )
    found = re.findall(r"[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?", sources)
    cal = words(lang, "calendar")
    found += [str(w) for w in (*cal.MONTHS, *cal.WEEKDAYS)]
    variants = [f"{w} {w.upper()} {w.title()}" for w in found]
    return SENTENCES + ". ".join(variants) + "."


@pytest.mark.parametrize("lang", languages())
def test_case_spelled_tense_cues_match_as_ignorecase_does(lang: str) -> None:
    t = words(lang, "tense")
    text = _language_text(lang)
    for source in (
        rf"\b(?:(?P<future>{t.FUTURE})|(?P<past>{t.PAST}))\b",
        rf"\b(?:(?P<told>{t.FUTURE_IN_PAST})|(?P<present>{t.PRESENT})|(?P<past>{t.PAST}))\b",
    ):
        plain = re.compile(source, re.IGNORECASE)
        fast = ignorecase(source)
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ]


def test_ignorecase_keeps_syntax_it_cannot_spell() -> None:
    # an inline flag: compiled with re.IGNORECASE as it is
    assert ignorecase(r"(?-i:May)|june").flags & re.IGNORECASE
    assert ignorecase(r"[à-ÿ]+").match("ÀÉÏ")


@pytest.mark.parametrize("lang", languages())
def test_rules_skipped_by_their_first_character_could_not_match(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _language_text(lang)
    fast = [(c.start, c.end, c.rule) for c in candidates(text, lang)]
    compiled = grammar(lang)
    no_filter = replace(compiled, firsts=dict.fromkeys(compiled.firsts))
    monkeypatch.setattr(grammar_module, "grammar", lambda _lang: no_filter)
    assert [(c.start, c.end, c.rule) for c in candidates(text, lang)] == fast
    assert fast  # the text does hold expressions


@pytest.mark.parametrize("lang", languages())
def test_a_cached_token_reading_is_the_one_worked_out_afresh(lang: str) -> None:
    table = triggers(lang)
    text = _language_text(lang)
    list(anchors(text, lang))  # fills the cache
    for token in {m.group() for m in _TOKEN.finditer(text)}:
        key = _key(token, table)
        reading = table.tokens[token]
        assert reading[:3] == (key, _rules_for(key, table) or reading[1], _is_prefix(key, table))
        if reading[3]:  # after an elision ("d'avril") the rules are the word's
            assert reading[1] == _rules_for(key[reading[3] :], table)
        else:
            assert reading[1] == _rules_for(key, table)


def test_the_tagger_reads_the_same_twice() -> None:
    first = tag(SENTENCES, date(2022, 2, 16))
    assert tag(SENTENCES, date(2022, 2, 16)) == first
    assert ("the following day", "2022-02-15") in [(t.text, t.value) for t in first]
