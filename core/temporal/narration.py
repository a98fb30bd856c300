"""How a sentence or paragraph is told: the past narrated, or the present reported.

A story told in the past ("The board closed the pit in 1987.") gives a yearless date its
own year; a sentence that reports the present ("The talks are due to resume in April.") or
says what will happen leaves it to the publication date (``core.temporal.story``). These
checks weigh the language's tense cues (``core.lang.<code>.tense``, compiled in
``core.temporal.tense``) over a sentence or a paragraph.
"""

from __future__ import annotations

import re

from core.lang import words
from core.temporal.tense import (
    FUTURE,
    PAST,
    QUOTE_MARKS,
    _counts,
    _Cues,
    _cues,
    _kind,
    direction,
    sentence_bounds,
)


def tells_past(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Does the sentence around ``text[start:end]`` tell the past (a past form, or a future
    seen from the past, "would later sign", is the verb nearest it) rather than report the
    present (a present or future form, or no verb the language's cues know)?

    >>> tells_past("He would later return in April.", 25, 30)
    True
    >>> tells_past("The talks are due to resume in April.", 30, 35)
    False
    """
    cues = _cues(lang)
    left, right = sentence_bounds(text, start, end)
    before = [m for m in cues.reported.finditer(text, left, start) if _counts(m, cues)]
    if before:
        return before[-1].group("present") is None
    for m in cues.reported.finditer(text, end, right):
        if _counts(m, cues):
            return m.group("present") is None
    # No verb the cues know ("In May, Diem undertook a visit"): the paragraph's tense, and a
    # heading's ("Spring offensives on Shia militias") the tense of the paragraph it heads.
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    if not any(_counts(m, cues) for m in cues.reported.finditer(text, para_start, para_end)):
        body = text.find("\n", para_end + 1)
        while body != -1 and body == para_end + 1:  # skip blank lines
            para_end, body = body, text.find("\n", body + 1)
        para_start, para_end = para_end + 1, len(text) if body == -1 else body
    return _balance(text, para_start, para_end, cues) < 0


def future_in_past(text: str, start: int, end: int, lang: str = "en", said_after: int = 0) -> bool:
    """Is the verb nearest before ``text[start:end]`` in its sentence a future seen from the
    past ("said on Tuesday the vote would be held on Thursday", "iba a votar") or a modal
    that looks ahead from a past report ("could resume", ``MODALS_IN_PAST``), or follows a
    past verb of saying in a language that keeps the speaker's future ("заявил, что
    пройдёт", ``SAID_THAT``, its "что" after ``said_after``)?

    >>> future_in_past("She said the vote would be held on Thursday.", 36, 44)
    True
    >>> future_in_past("She said the vote will be held on Thursday.", 34, 42)
    False
    """
    cues = _cues(lang)
    left = sentence_bounds(text, start, end)[0]
    before = [
        m
        for m in cues.reported.finditer(text, left, start)
        if _counts(m, cues) and not _modal_passive(m, cues)  # "would be held": "would"
    ]
    if before and before[-1].group("told") is not None:
        return True
    nearest = [m for m in cues.marker.finditer(text, left, start) if _counts(m, cues)]
    modal = cues.words.MODALS_IN_PAST
    if nearest and re.fullmatch(modal, nearest[-1].group(0), re.IGNORECASE):
        return True
    said = re.compile(cues.words.SAID_THAT, re.IGNORECASE).search(text, left, start)
    return said is not None and said.end() > said_after


def _modal_passive(m: re.Match[str], cues: _Cues) -> bool:
    """Is the past form matched a participle after a modal's "be" ("would be held")?"""
    return bool(m.group("past")) and bool(
        cues.modal_passive.search(m.string, max(0, m.start() - 30), m.start())
    )


def told_as_done(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Is the sentence around ``text[start:end]`` told in the past with no future form in it
    ("The board closed the pit in 1987."), unlike a plan ("has predicted that after 2011 he
    would expect …")?

    >>> told_as_done("The board closed the pit in 1987.", 28, 32)
    True
    """
    cues = _cues(lang)
    if direction(text, start, end, lang) != PAST:
        return False
    left, right = sentence_bounds(text, start, end)
    found = (m for m in cues.marker.finditer(text, left, right) if _counts(m, cues))
    return not any(m.group("future") and _kind(m, cues) == FUTURE for m in found)


def present_or_ahead(
    text: str, start: int, end: int, lang: str = "en", infinitives: bool = True
) -> bool:
    """Does ``text[start:end]`` (a verb or a clause) hold a present form or one that looks
    ahead, by the language's tense cues (an infinitive after its marker, "agreed to buy", only
    with ``infinitives``)?

    >>> present_or_ahead("The museum will show a stone.", 11, 20)
    True
    >>> present_or_ahead("The museum showed a stone.", 11, 17)
    False
    """
    cues = _cues(lang)
    if any(
        m.group("present") for m in cues.reported.finditer(text, start, end) if _counts(m, cues)
    ):
        return True
    found = (m for m in cues.marker.finditer(text, start, end) if _counts(m, cues))
    marker = cues.words.INFINITIVE_MARKER + " "
    return any(
        _kind(m, cues) == FUTURE and (infinitives or not m.group(0).lower().startswith(marker))
        for m in found
    )


def will_said(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Does the sentence around ``text[start:end]`` also say what will happen ("had pleaded
    guilty in June and will be sentenced in May")? A story told in the past says "would";
    "will" speaks from the publication's time, and so does the rest of its sentence (unless
    quoted: a speaker may be of the story's time).

    >>> will_said("He had pleaded guilty in June and will be sentenced soon.", 29, 33)
    True
    """
    modals = words(lang, "tense").FUTURE_FORMS
    left, right = sentence_bounds(text, start, end)
    if not modals or any(mark in text[left:right] for mark in QUOTE_MARKS):
        return False
    return re.search(modals, text[left:right], re.IGNORECASE) is not None


def present_paragraph(text: str, start: int, end: int, lang: str = "en") -> bool:
    """Does ``text[start:end]`` (one paragraph, or its part) report the present: more present
    and future forms than past ones?

    >>> present_paragraph("He says the talks are going well. They met twice.", 0, 50)
    True
    """
    return _balance(text, start, end, _cues(lang)) > 0


def _balance(text: str, start: int, end: int, cues: _Cues) -> int:
    """Present and future forms less past ones in ``text[start:end]``."""
    balance = 0
    for m in cues.reported.finditer(text, start, end):
        if m.group("present"):
            balance += 1
        elif _counts(m, cues) and not cues.auxiliary.search(text, max(0, m.start() - 8), m.start()):
            balance -= 1  # "has cited": the auxiliary counted, the participle does not
    return balance
