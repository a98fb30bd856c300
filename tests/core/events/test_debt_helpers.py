"""One check where there were copies: the infinitive after "to", a title cut to fit as
written, the month stems of English patterns, the marks of a key-dates line."""

from __future__ import annotations

import pytest

from core import lang
from core.events.fitted import fitted
from core.events.infinitives import bare_verb, infinitive_at, opens_infinitive
from core.events.lent_subject import as_written
from core.lang.en import calendar
from core.temporal.tense import entry_head
from tests.core.events.articles import starts_and_titles

EN = lang.words("en", "clauses")
UK = lang.words("uk", "clauses")


@pytest.mark.parametrize(
    ("word", "bare"),
    [("build", True), ("reopen", True), ("built", False), ("Build", False), ("talks", False)],
)
def test_a_bare_verb_is_the_lower_case_base_form(word: str, bare: bool) -> None:
    assert bare_verb(word, EN) is bare


@pytest.mark.parametrize(
    ("words", "k", "opens"),
    [
        ("the board voted 5-2 to close the depot", 4, True),
        ("she moved to Bristol in May", 2, False),  # a place after "to"
        ("the parties returned to talks", 3, False),  # a noun's plural, no verb's base
        ("plans to widen the lane", 1, True),
        ("plans to", 1, False),  # nothing after the mark
    ],
)
def test_an_infinitive_opens_on_the_mark_and_a_bare_verb(words: str, k: int, opens: bool) -> None:
    split = words.split()
    assert infinitive_at(split, k, EN) is opens
    if k + 1 < len(split):
        assert opens_infinitive(split[k], split[k + 1], EN) is opens


def test_a_title_as_written_ends_on_no_dangling_word() -> None:
    assert fitted(["Почали", "ремонт", "мосту", "і"], 70, UK) == ["Почали", "ремонт", "мосту"]
    assert as_written("почали ремонт старого мосту і", 70, UK) == "Почали ремонт старого мосту"


def test_a_title_as_written_is_cut_at_a_word_to_fit() -> None:
    title = as_written("розпочали капітальний ремонт пішохідного мосту через річку", 35, UK)
    assert title == "Розпочали капітальний ремонт"


def test_month_stems_come_from_the_calendar_in_order() -> None:
    assert calendar.stems(calendar.MONTHS) == "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    assert calendar.stems(calendar.WEEKDAYS) == "mon|tue|wed|thu|fri|sat|sun"


@pytest.mark.parametrize("mark", ["-", "•", "·", "▪"])
def test_a_key_dates_line_opens_on_any_list_mark(mark: str) -> None:
    text = f"Key dates\n{mark} May 2022: Tender issued\n"
    start = text.index("May")
    assert entry_head(text, start, start + len("May 2022"))


@pytest.mark.parametrize("mark", ["-", "·", "▪"])
def test_a_key_dates_box_gives_one_event_a_line_whatever_its_mark(mark: str) -> None:
    body = (
        "The Ashcombe footbridge reopened to walkers on Sunday.\n\nKey dates\n"
        f"{mark} March 2021: Works begin on the piers\n"
        f"{mark} June 2023: Deck lifted into place\n"
        f"{mark} October 2023: Railings fitted"
    )
    assert starts_and_titles(body, "2024-05-13T10:00")[1:] == [
        ("2021-03", "Works begin on the piers"),
        ("2023-06", "Deck lifted into place"),
        ("2023-10", "Railings fitted"),
    ]
