"""Resolvers for relative expressions: deictic, weekdays, anaphora, durations, sets, references.

Deictic expressions ("yesterday", "last week", "two days ago") count from the publication
date; anaphoric ones ("the following day", "a year earlier", "that week") from the last date
the text mentioned; bare weekdays take their direction from the tense around them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.lang.en.calendar import (
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    VAGUE_UNIT,
    WEEKDAYS,
    number_value,
    unit_of,
)
from core.temporal.calendar import (
    UNIT_PRECISION,
    Context,
    clock_value,
    coarser,
    fmt,
    shift,
    weekday_near,
)
from core.temporal.tense import FUTURE, direction, sentence_bounds

Resolved = tuple[str, str] | None

_UNIT_LETTER = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q",
                "year": "Y", "decade": "Y", "century": "Y"}  # fmt: skip
# "$2 million a year", "24 hours a day", "14,000 hogs a day": a rate (SET), not a duration. The
# count sits just before the noun "a day" follows; "for a day", "took a week" are durations.
_RATE_BEFORE = re.compile(
    r"(?:^|\s)(?:\$?[\d][\d.,]*|once|twice|thrice|times|a\s+few|several|dozens?|hundreds?"
    r"|thousands?|millions?|billions?|pct|percent|"
    + "|".join(NUMBER_WORDS)
    + r")(?:\s+(?!(?:for|in|within|over|about|nearly|than|after"
    r"|before|last|lasted|lasts|took|takes|spent|of|by|during)\b)[a-z%-]+){0,3}\s+$",
    re.IGNORECASE,
)
_VERB_LAST = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|and)\s+$",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|must)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_NAMED_DAY = re.compile(r"\b(?:Super|Cyber|Bloody|Holy|Maundy|Black|Good|Fat|Giving)\s+$")
_CURRENT_AS_TIME = re.compile(r"\s+(?!(?:account|assets|liabilities|affairs)\b)[a-z]")
_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
         "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}  # fmt: skip
_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q",
              "hour": "PT1H", "minute": "PT1M", "weekend": "XXXX-WXX-WE"}  # fmt: skip


def _tod(pod: str | None) -> str:
    return "T" + PARTS_OF_DAY[pod.lower()] if pod else ""


def resolve_deictic(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    # A part of the day is a TIME whose value is its day plus TIMEX3's MO/AF/EV/NI.
    if m["over"]:
        return "TIME", (ctx.dct - timedelta(days=1)).isoformat() + "TNI"
    if m["mid"]:  # "mid-afternoon (yesterday)": that day's, else the day the sentence is about
        day = _day_in_sentence(ctx, start, end)
        if m["word2"]:
            day = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["word2"], 0))
        ctx.mention(day, "day", end)
        return "TIME", day.isoformat() + _tod(m["mid"])
    word = (m["word"] or m["this"]).lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    pod = (m["pod"] or m["pod2"] or ("night" if word == "tonight" else "")).lower()
    if word == "last" and pod != "night":
        return None
    day = ctx.dct + timedelta(days=offset)
    ctx.mention(day, "day", end)
    return ("TIME" if pod else "DATE"), day.isoformat() + _tod(pod)


def _day_in_sentence(ctx: Context, start: int, end: int) -> date:
    """The day a date earlier in the same sentence named, else the publication date."""
    left = sentence_bounds(ctx.text, start, end)[0]
    if ctx.anchor and ctx.anchor.precision == "day" and ctx.anchor_end > left:
        return ctx.anchor.day
    return ctx.dct


def resolve_weekday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    weekday = WEEKDAYS[m["weekday"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if not rel and _NAMED_DAY.search(ctx.text, max(0, start - 8), start):
        return None  # "Super Tuesday", "Cyber Monday": a name, not a date
    if m["plural"] or m["pods"] or rel in ("every", "each"):
        return "SET", f"XXXX-WXX-{weekday}{_tod(m['pod'])}"
    day = _weekday_date(ctx, weekday, rel, start, end)
    ctx.mention(day, "day", end)
    if rel in ("midnight", "noon"):
        return "TIME", clock_value(day, 24 if rel == "midnight" else 12, 0)
    return "DATE", day.isoformat() + _tod(m["pod"])


def _weekday_date(ctx: Context, weekday: int, rel: str, start: int, end: int) -> date:
    dct = ctx.dct
    diff = weekday - dct.isoweekday()
    if rel in ("last", "this past"):
        return dct - timedelta(days=(-diff) % 7 or 7)
    if rel in ("next", "this coming", "coming"):
        return dct + timedelta(days=diff % 7 or 7)
    if rel == "this":  # the weekday of the publication week
        return dct + timedelta(days=diff)
    if rel.startswith("the "):
        ref = ctx.reference("day").day
        diff = weekday - ref.isoweekday()
        if rel == "the previous":
            return ref - timedelta(days=(-diff) % 7 or 7)
        if rel == "the same":
            return ref
        return ref + timedelta(days=diff % 7 or 7)
    return weekday_near(dct, weekday, direction(ctx.text, start, end))


def resolve_ago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    letter, is_time, mult = unit_of(m["unit"])
    n = number_value(m["num"])
    way = m["dir"].lower()
    sign = -1 if way in ("ago", "earlier", "before", "back") else 1
    if is_time:
        return "DATE", ctx.dct.isoformat()
    deictic = way in ("ago", "back", "from now", "hence")
    if n is not None and n > 1 and not m["unit"].lower().endswith("s"):
        return None  # "12,000 week ago": a count (of hogs) before "a week ago", not a date
    if n is None:  # "several years ago"; "a few days later" only says how long after
        if not deictic:
            return "DURATION", _vague(letter, is_time, mult)
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if letter == "Y" and mult == 1 and n == 1 and sign < 0 and not m["approx"]:
        sentence_start = sentence_bounds(ctx.text, start, end)[0]
        return "DATE", ctx.year_before(start, sentence_start, deictic=way == "ago")
    precision = UNIT_PRECISION[letter] if mult == 1 else ("decade" if mult == 10 else "year")
    if m["unit"].lower().endswith("weekend"):
        precision = "week"
    ref = ctx.reference("year") if not deictic else None
    base, base_precision = (ref.day, ref.precision) if ref else (ctx.dct, "day")
    day = shift(base, letter, sign * round(n * mult))
    precision = coarser(precision, base_precision)
    if precision == "decade":
        precision = "year"
    ctx.mention(day, precision, end)
    return "DATE", fmt(day, precision)


def resolve_anaphor(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    unit = (m["unit"] or m["unit2"]).lower()
    if m["deixis"]:  # "the day before yesterday", "the day after tomorrow"
        if unit != "day":
            return None
        day = ctx.dct + timedelta(days=-2 if m["deixis"].lower() == "yesterday" else 2)
        ctx.mention(day, "day", end)
        return "DATE", day.isoformat()
    rel = " ".join((m["rel"] or m["dir"] or "").lower().split())
    if unit in ("morning", "afternoon", "evening", "night"):
        letter, precision = "D", "day"
    else:
        letter = _UNIT_LETTER[unit]
        precision = UNIT_PRECISION[letter]
    # Count from the last date mentioned. One given less precisely, just before ("In May 2019
    # ... that week"), keeps its own precision: somewhere in May 2019, not the publication week.
    ref = ctx.reference(precision)
    if ctx.anchor and ref is not ctx.anchor and start - ctx.anchor_end < 300:
        ref = ctx.anchor
        precision = coarser(precision, ref.precision)
    step = 0
    if rel in ("the following", "the next", "after", "later"):
        step = 1
    elif rel in ("the previous", "the prior", "the preceding", "before", "earlier"):
        step = -1
    day = shift(ref.day, letter, step)
    ctx.mention(day, precision, end)
    value = fmt(day, precision)
    if unit in PARTS_OF_DAY and precision == "day":
        return "TIME", value + _tod(unit)
    return "DATE", value + ("-WE" if unit == "weekend" and precision == "week" else "")


def resolve_relunit(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    rel = " ".join(m["rel"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    if (
        rel == "the"
        and unit in ("month", "decade", "century", "quarter")
        and not (m["pre"] or m["mod"])
    ):
        return None
    if unit.endswith(" year"):
        unit = "year"
    if (
        rel == "the"
        and unit == "year"
        and re.match(r"\s+(?:ended|ending|to\s+date)\b", ctx.text[end:])
    ):
        return "DURATION", "P1Y"
    letter = _UNIT_LETTER[unit]
    precision = {"decade": "decade", "century": "century"}.get(unit, UNIT_PRECISION[letter])
    mult = {"decade": 10, "century": 100}.get(unit, 1)
    step = 0
    if rel in ("last", "the past", "the last", "the previous", "the prior", "this past"):
        step = -1
    elif rel in ("next", "the next", "the coming", "this coming"):
        step = 1
    elif rel == "the latest":
        step = -1
    if rel == "the" and unit == "weekend":
        step = 0 if direction(ctx.text, start, end) == FUTURE else -1
        if ctx.dct.isoweekday() >= 6:
            step = 0
    if (rel == "the past" and unit in ("decade", "century")) or (rel, unit) == ("this", "century"):
        # "the past decade", "the worst flood this century": the years up to now, as the
        # TempEval-3 annotations read them.
        return "DURATION", f"P{mult}Y"
    day = shift(ctx.dct, letter, step * mult)
    if unit == "weekend":
        ctx.mention(day, "week", end)
        return "DATE", fmt(day, "week") + "-WE"
    ctx.mention(day, precision, end)
    return "DATE", fmt(day, precision)


def resolve_duration(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["aunit"]:
        num_text, unit_text = m["anum"] or "a", m["aunit"]
    else:
        num_text, unit_text = m["num"], m["unit"]
    if (
        m["rel"] == "last"
        and not m["the"]
        and _VERB_LAST.search(ctx.text, max(0, start - 12), start)
    ):
        return None  # "expected to last six weeks": the verb, not "the last six weeks"
    letter, is_time, mult = unit_of(unit_text)
    lowered = num_text.lower()
    if (
        lowered == "one"
        and unit_text.lower() == "day"
        and _MODAL_BEFORE.search(ctx.text, max(0, start - 24), start)
    ):
        return "DATE", "FUTURE_REF"  # "will one day be": some day, not a day long
    if lowered in ("a", "an") and unit_text.lower() == "second":
        return None
    n = number_value(num_text)
    if n is not None and m["half"] and not m["aunit"]:
        n += 0.5  # "a minute and a half", "two years and a half"
    if n is not None and n >= 1000 and not unit_text.lower().endswith("s"):
        return None  # "292,000 week ago": a count before a clipped "a week ago"
    if lowered in ("a", "an") and _RATE_BEFORE.search(ctx.text[max(0, start - 40) : start]):
        return "SET", _duration(1, letter, is_time, mult)  # a rate: "$2 million a year"
    if re.match(r"[\s-]+old\b", ctx.text[end:]):
        return None  # an age ("52 years old")
    if unit_text.lower() == "quarter" and ctx.text.startswith(" of ", end):
        return None  # a fraction: "more than a quarter of the market"
    if n is None:
        return "DURATION", _vague(letter, is_time, mult)
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


def _vague(letter: str, is_time: bool, mult: int) -> str:
    if is_time:
        return f"PTX{letter}"
    if mult >= 100:  # TimeBank's letters: E decade, C century, L millennium
        return "PXC" if mult == 100 else "PXL"
    if mult == 10:
        return "PXE"
    return VAGUE_UNIT[letter]


def resolve_vague(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    pre = " ".join((m["pre"] or "").lower().split())
    unit = m["unit"].lower()
    letter, is_time, mult = unit_of(unit)
    if m["long"]:  # "decades-long", "weeks-long"
        return "DURATION", _vague(letter, is_time, mult)
    if not pre:
        before = ctx.text[max(0, start - 8) : start].lower()
        if not re.search(r"\b(?:for|over|within|in)\s+$", before):
            return None
    if pre == "the" and not m["ahead"]:
        return None
    if pre == "the early" and unit == "hours" and ctx.text.startswith(" of ", end):
        return None  # "the early hours of Thursday": a part of the day the weekday names
    if pre == "future":
        return "DATE", "FUTURE_REF"
    if pre == "recent" and letter == "Y" and mult == 1:
        return "DATE", "PAST_REF"
    return "DURATION", _vague(letter, is_time, mult)


def resolve_ref(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["present"]:
        if m["present"].lower() == "current" and not _CURRENT_AS_TIME.match(ctx.text, end):
            return None  # "the current", "current account": not "at present"
        return "DATE", "PRESENT_REF"
    return "DATE", "PAST_REF" if m["past"] else "FUTURE_REF"


def resolve_set(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved:
    if m["adv"]:
        return "SET", _SETS[m["adv"].lower()]
    what = m["what"]
    low = what.lower()
    if low in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[low]}"
    if low in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XX{_tod(low)}"
    if low in _SET_UNITS:
        return "SET", _SET_UNITS[low]
    if low in ("summer", "winter", "spring", "autumn", "fall"):
        return "SET", "XXXX-" + {"summer": "SU", "winter": "WI", "spring": "SP"}.get(low, "FA")
    return "SET", f"XXXX-{MONTHS[low]:02d}"
