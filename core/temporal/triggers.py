"""Where to try the grammar: trigger words and the modifier words that may precede them.

Running every rule's regex over every character costs ~18 ms per article (each position
tries every optional prefix). Instead the text is split into tokens once; a token that can
head a time expression ("February", "years", "yesterday", "1987", "p.m.") names the rules
worth trying, and each of them is anchored (``Pattern.match``) at that token and at the
preceding tokens that could open the same expression ("the past five", "nearly", "early").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lang.en.calendar import FOREIGN_MONTHS, MONTHS, ONES, ORDINALS, SEASONS, TENS, WEEKDAYS

_DATES = ("mdy", "my", "month", "dmy", "set")
_UNITS = ("duration", "ago", "vague", "weekof", "relunit", "anaphor", "qref", "quarter", "set",
          "yearend", "yearago", "ref", "century", "holiday")  # fmt: skip
_PART_OF_DAY = ("deictic", "anaphor", "set", "relunit")
TRIGGERS: dict[str, tuple[str, ...]] = {}


def _add(words: object, rules: tuple[str, ...]) -> None:
    for word in words:  # type: ignore[attr-defined]
        TRIGGERS[word] = tuple(dict.fromkeys(TRIGGERS.get(word, ()) + rules))


_add(MONTHS, _DATES)
_add(WEEKDAYS, ("weekday", "mdy", "set"))
_add((w + "s" for w in WEEKDAYS), ("weekday", "set"))
_add(
    ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
     "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters",
     "year", "years", "decade", "decades", "century", "centuries", "millennium", "millennia",
     "year's", "period", "half", "end"),
    _UNITS,
)  # fmt: skip
_add(("morning", "afternoon", "evening", "night", "nights", "mornings", "evenings"), _PART_OF_DAY)
_add(("today", "tonight", "yesterday", "tomorrow", "overnight"), ("deictic",))
_add(
    ("now", "currently", "presently", "nowadays", "current", "recently", "lately", "present",
     "moment", "past", "future", "term", "date"),
    ("ref",),
)  # fmt: skip
_add(SEASONS, ("season", "set"))
_add(
    ("christmas", "thanksgiving", "easter", "halloween", "independence", "valentine's", "labor",
     "memorial", "veterans", "boxing", "election", "good", "black", "palm", "ash"),
    ("holiday",),
)  # fmt: skip
_add(("daily", "weekly", "monthly", "yearly", "hourly", "nightly", "biweekly", "semiannually"),
     ("set",))  # fmt: skip
_add(("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
     ("decade",))  # fmt: skip
_add(("nineteen", "eighteen", "twenty", "thousand"), ("yearword",))
_add(("noon", "midnight", "midday", "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt", "pst",
      "pdt", "cst", "cdt"), ("time",))  # fmt: skip
_add(FOREIGN_MONTHS, ("foreign",))

PREFIX_WORDS = (
    frozenset(
        "the this that these those its their his her our a an last next past coming following"
        " previous prior preceding same current present latest recent early earlier late later mid"
        " middle end beginning start close very of in at least most more less fewer than no nearly"
        " almost about around approximately roughly some over under well up to just only barely"
        " better part each every per other final initial remaining half fiscal calendar full"
        " year-ago year-earlier comparable corresponding couple few several many number dozen"
        " hundred and or so sometime straight consecutive whole entire additional long de year's"
        " then trading business working year this new fy foreseeable near short distant future"
        " mon tue tues wed thu thur thurs fri sat sun".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)

_TOKEN = re.compile(r"[\w'’$][\w'’.:/-]*")
_YEARISH = re.compile(r"(?:1[5-9]\d\d|20\d\d)(?!\d)")
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d(?!\d)|(?:[:.]\d\d)?[ap]\.?m\b)")
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_DECADE = re.compile(r"'\d0s")
_NUMBERISH = re.compile(r"[\d$][\d.,/$]*(?:st|nd|rd|th|s|'s)?")
_STRIP = ".,;:'’"
_MAX_PREFIX = 6


def _rules_for(key: str) -> tuple[str, ...]:
    rules = TRIGGERS.get(key, ())
    if "-" in key:
        for part in key.split("-"):
            rules += TRIGGERS.get(part, ()) + _digit_rules(part)
    return rules + _digit_rules(key)


def _digit_rules(key: str) -> tuple[str, ...]:
    if not key or not (key[0].isdigit() or key[0] == "'"):
        return ()
    if _YEARISH.match(key):
        return ("year", "decade", "quarter", "qref", "numeric")
    if _NUMERIC_DATE.match(key):
        return ("numeric",)
    if _CLOCK.match(key):
        return ("time",)
    if _DECADE.match(key):
        return ("decade",)
    return ()


def _is_prefix(key: str) -> bool:
    if key in PREFIX_WORDS or _NUMBERISH.fullmatch(key):
        return True
    return "-" in key and all(part in PREFIX_WORDS for part in key.split("-"))


def _key(token: str) -> str:
    key = token.lower().rstrip(_STRIP)
    if key.endswith(("'s", "’s")) and key not in TRIGGERS:
        key = key[:-2]
    return key


def anchors(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(start offset, rules worth trying there) for every place an expression may begin."""
    tokens = [(m.start(), _key(m.group())) for m in _TOKEN.finditer(text)]
    for i, (start, key) in enumerate(tokens):
        rules = _rules_for(key)
        if not rules:
            continue
        yield start, rules
        if "-" in key:  # "post-1959", "pre-war": the expression may start inside the token
            offset = key.index("-") + 1
            yield start + offset, rules
        j = i - 1
        while j >= 0 and i - j <= _MAX_PREFIX and _is_prefix(tokens[j][1]):
            yield tokens[j][0], rules
            j -= 1
