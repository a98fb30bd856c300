"""English calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Pieces here are plain regex source strings (no groups that capture) so the grammar in
``core.temporal.grammar`` can combine them; the lookup tables turn matched words into numbers.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4, "final": 4, "latter": 2,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# Ordinals that go on from a count ("added two sailings … A third will leave"), not "last"
COUNTING_ORDINALS = frozenset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
FIRST = "first"
ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ADJ_UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
# Month names of other languages that English wire copy quotes ("14 février", "14 февраля"),
# by language: the tagger recognises them and dateparser (``core.lang.dateparser``) reads
# them. Only the spellings that differ from English's and from an earlier language's are
# listed, so Dutch has four; Russian's are the genitive that follows a day number.
QUOTED_FOREIGN_MONTHS = {
    "de": ("januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"),
    "fr": ("janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout",
           "septembre", "octobre", "novembre", "décembre", "decembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "setiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
           "ottobre", "dicembre"),
    "nl": ("januari", "maart"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip
# Unit word (singular, lower case) -> (TIMEX3 duration letter, is a time unit, multiplier).
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("D", False, 2), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100), "millennium": ("Y", False, 1000),
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip

_FULL_MONTH = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
MONTH = rf"(?:(?:{_FULL_MONTH})\b|{_ABBR_MONTH}|(?:{_FULL_MONTH.upper()})\b)"
FULL_MONTH = rf"(?:(?:{_FULL_MONTH})\b)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
NUM_WORD = (
    rf"(?i:(?:{_TENS_WORDS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|{_ONES_WORDS})"
)
NUMBER = (
    r"(?i:\d+(?:\.\d+)?(?:\s+1/2)?|\d{1,3}(?:,\d{3})+"
    rf"|(?:a|one|two|three|four)\s+hundred|a\s+dozen|(?:{NUM_WORD})(?:\s+and\s+a\s+half)?"
    r"|half\s+a(?=\s+(?:century|decade|millennium)\b)"  # "half a century ago": fifty years
    r"|(?:a\s+)?couple\s+of|a\s+few|several|a\s+number\s+of|many|few|a|an)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|(?:trading\s+|business\s+|working\s+)?days?|nights?|weeks?"
    r"|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century"
    r"|millennia|millennium)"
)
# Approximators TimeML keeps inside the span ("nearly eight years"); "about", "only", "over"
# and the like stay outside, as in the TimeBank/AQUAINT annotations.
APPROX = (
    r"(?i:nearly|almost|approximately|roughly|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|well\s+over|around"
    r"|the\s+better\s+part\s+of)"
)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# The day a year's edge names ("the last night of 1999", "the first day of 2000"): (month, day).
YEAR_EDGES = {"last": (12, 31), "final": (12, 31), "first": (1, 1)}

# Named days and how to find them in a year: ("day", month, day), ("weekday", month, ISO
# weekday, n-th (negative: from the month's end), days after it), ("easter", days after
# Western Easter Sunday). Keys as written; the grammar matches them with any spacing.
HOLIDAYS = {
    "Christmas": ("day", 12, 25), "Christmas Day": ("day", 12, 25),
    "Christmas Eve": ("day", 12, 24),
    "New Year's": ("day", 1, 1), "New Year's Day": ("day", 1, 1),
    "New Year's Eve": ("day", 12, 31),
    "Thanksgiving": ("weekday", 11, 4, 4, 0), "Thanksgiving Day": ("weekday", 11, 4, 4, 0),
    "Black Friday": ("weekday", 11, 4, 4, 1),
    "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1),
    "Good Friday": ("easter", -2), "Palm Sunday": ("easter", -7),
    "Ash Wednesday": ("easter", -46),
    "Independence Day": ("day", 7, 4), "Halloween": ("day", 10, 31),
    "Valentine's Day": ("day", 2, 14),
    "Labor Day": ("weekday", 9, 1, 1, 0), "Memorial Day": ("weekday", 5, 1, -1, 0),
    "Veterans Day": ("day", 11, 11), "Boxing Day": ("day", 12, 26),
    # the Tuesday after the first Monday of November
    "Election Day": ("weekday", 11, 1, 1, 1),
}  # fmt: skip

_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "nineteen ninety-four", "eighteen hundred", "two thousand and five": years in transcripts.
SPELLED_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)\s+(?:(?:{_TENS_WORDS})(?:[-\s](?:{_UNITS_WORDS}))?|hundred"
    rf"|oh[-\s](?:{_UNITS_WORDS}))|two\s+thousand(?:\s+and)?(?:\s+(?:{_UNITS_WORDS}|ten))?)\b"
)
_NUM_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word, plural or not."""
    word = word.lower().split()[-1]
    if word in ("centuries",):
        word = "century"
    elif word == "millennia":
        word = "millennium"
    elif word.endswith("s") and word[:-1] in UNITS:
        word = word[:-1]
    return UNITS[word]


def spelled_year(text: str) -> int:
    """The year a ``SPELLED_YEAR`` match names: "nineteen ninety-four" -> 1994."""
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(number_value(" ".join(words[2:])) or 0) if words[2:] else 2000
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[words[0]]
    rest = [w for w in words[1:] if w not in ("oh", "hundred")]
    return century + int(number_value(" ".join(rest)) or 0) if rest else century


def number_value(text: str) -> float | None:
    """The number a phrase such as "twenty-four", "2 1/2", "a couple of" names, or None if vague.

    >>> number_value("twenty four"), number_value("a few")
    (24.0, None)
    """
    text = text.lower().replace(",", "").strip()
    half = 0.5 if text.endswith(("and a half", "1/2")) else 0.0
    text = text.removesuffix("and a half").removesuffix("1/2").strip()
    if text in ("a", "an", "one"):
        return 1 + half
    if text in ("half a", "half an"):
        return 0.5
    if text in ("a couple of", "couple of"):
        return 2
    if text in ("a dozen",):
        return 12
    if text in ("a few", "several", "a number of", "many", "few", "multi"):
        return None
    if text.endswith("hundred"):
        head = text.split()[0]
        return 100 * (1 if head == "a" else ONES[head])
    total = 0.0
    for token in _NUM_TOKEN.findall(text):
        if token[0].isdigit():
            total += float(token)
        else:
            total += ONES.get(token, TENS.get(token, 0))
    return total + half


# How numeric dates are written: "" leaves the order to dateparser, which reads the
# American month first ("2/4/2022" is 4 February), as most English wire copy writes them.
NUMERIC_DATE_ORDER = ""


# What may follow a year in a date ("4 марта 2025 г.", "15 жовтня 2025 року"): none here.
YEAR_WORDS: tuple[str, ...] = ()


# How many letters a month name must lack of a longer one to be its short form ("Feb." of
# "February", "Jun." of "June"), so that its full stop does not end a sentence.
SHORT_MONTH_CUT = 1


def stems(names: dict[str, int]) -> str:
    """The first three letters of ``names`` (``MONTHS``, ``WEEKDAYS``), once each in their
    order, a regex alternation for patterns that take any spelling after them ("to
    end-Sept", "Oct. 19"): "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"."""
    return "|".join(dict.fromkeys(name[:3] for name in names))
