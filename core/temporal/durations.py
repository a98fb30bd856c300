"""Resolvers for durations and the rest without a date of their own: "six weeks", "for years",
"at present", "every Monday", "$2 million a year". The words they read are the document's
language's (``core.lang.<code>.calendar`` and ``.cues``; compiled in ``core.temporal.relative``).
"""

from __future__ import annotations

import re

from core.temporal.calendar import Context
from core.temporal.relative import _Cues, _cues, _tod, grouped_tail

Resolved = tuple[str, str] | None


def resolve_duration(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    if m["aunit"]:
        num_text, unit_text = m["anum"] or t.INDEFINITE[0], m["aunit"]
    else:
        num_text, unit_text = m["num"], m["unit"]
    if (
        m["rel"] == t.LAST_AS_VERB
        and not m["the"]
        and cues.verb_before.search(ctx.text, max(0, start - 12), start)
    ):
        return None  # "expected to last six weeks": the verb, not "the last six weeks"
    if not m["aunit"] and m["num"] and grouped_tail(m, "num", ctx, start):
        return None  # "for 10 000 years": a figure the tagger split
    letter, is_time, mult = cues.calendar.unit_of(unit_text)
    lowered, unit = num_text.lower(), unit_text.lower()
    if (lowered, unit) == t.ONE_DAY and cues.modal_before.search(
        ctx.text, max(0, start - 24), start
    ):
        return "DATE", "FUTURE_REF"  # "will one day be": some day, not a day long
    if lowered in t.INDEFINITE and unit == t.A_SECOND:
        return None
    n = cues.calendar.number_value(num_text)
    if n is not None and m["half"] and not m["aunit"]:
        n += 0.5  # "a minute and a half", "two years and a half"
    if n is not None and n >= 1000 and not unit.endswith(t.PLURAL_ENDING):
        return None  # "292,000 week ago": a count before a clipped "a week ago"
    if lowered in t.INDEFINITE and cues.rate_before.search(ctx.text[max(0, start - 40) : start]):
        return "SET", _duration(1, letter, is_time, mult)  # a rate: "$2 million a year"
    if cues.age_after.match(ctx.text[end:]):
        return None  # an age ("52 years old")
    if unit in t.FRACTION_UNITS and ctx.text.startswith(t.FRACTION_OF, end):
        return None  # a fraction: "more than a quarter of the market"
    if n is None:
        return "DURATION", _vague(letter, is_time, mult, cues)
    return "DURATION", _duration(n, letter, is_time, mult)


def _duration(n: float, letter: str, is_time: bool, mult: int) -> str:
    amount = n * mult
    if amount != int(amount):
        whole = int(amount)
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60)}
        if letter in smaller and (letter != "M" or is_time):
            sub, per = smaller[letter]
            frac = round((amount - whole) * per)
            head = f"{whole}{letter}" if whole else ""
            if letter == "D":
                return f"P{head}T{frac}H"
            return f"P{'T' if is_time else ''}{head}{frac}{sub}"
        return f"P{'T' if is_time else ''}{amount:g}{letter}"
    return f"P{'T' if is_time else ''}{int(amount)}{letter}"


def _vague(letter: str, is_time: bool, mult: int, cues: _Cues) -> str:
    if is_time:
        return f"PTX{letter}"
    if mult >= 100:  # TimeBank's letters: E decade, C century, L millennium
        return "PXC" if mult == 100 else "PXL"
    if mult == 10:
        return "PXE"
    return cues.calendar.VAGUE_UNIT[letter]


def resolve_vague(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    t = cues.words
    pre = " ".join((m["pre"] or "").lower().split())
    unit = m["unit"].lower()
    letter, is_time, mult = cues.calendar.unit_of(unit)
    if m["long"]:  # "decades-long", "weeks-long"
        return "DURATION", _vague(letter, is_time, mult, cues)
    if not pre:
        before = ctx.text[max(0, start - 8) : start].lower()
        if not cues.vague_prep.search(before):
            return None
    if pre == t.VAGUE_THE and not m["ahead"]:
        return None
    if (pre, unit) == t.EARLY_HOURS and ctx.text.startswith(t.FRACTION_OF, end):
        return None  # "the early hours of Thursday": a part of the day the weekday names
    if pre == t.VAGUE_FUTURE:
        return "DATE", "FUTURE_REF"
    if pre == t.VAGUE_RECENT and letter == "Y" and mult == 1:
        return "DATE", "PAST_REF"
    return "DURATION", _vague(letter, is_time, mult, cues)


def resolve_ref(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    if m["present"]:
        current = m["present"].lower() == cues.words.CURRENT
        if current and not cues.current_as_time.match(ctx.text, end):
            return None  # "the current", "current account": not "at present"
        return "DATE", "PRESENT_REF"
    return "DATE", "PAST_REF" if m["past"] else "FUTURE_REF"


def resolve_set(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    cues = _cues(ctx.lang)
    calendar, t = cues.calendar, cues.words
    if m["adv"]:
        return "SET", t.SET_WORDS[m["adv"].lower()]
    low = m["what"].lower()
    if low in calendar.WEEKDAYS:
        return "SET", f"XXXX-WXX-{calendar.WEEKDAYS[low]}"
    if low in calendar.PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XX{_tod(low, cues)}"
    if low in t.SET_UNITS:
        return "SET", t.SET_UNITS[low]
    if low in calendar.SEASONS:
        return "SET", "XXXX-" + calendar.SEASONS[low]
    return "SET", f"XXXX-{calendar.MONTHS[low]:02d}"
