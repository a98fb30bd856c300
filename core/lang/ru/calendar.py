"""Russian calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Russian inflects every one of these ("в марте", "14 марта", "в понедельник", "два года",
"восемь лет"), so the tables hold each case form a news text uses, built from a stem and its
endings; the regex pieces below list the same forms. Pieces are plain regex source strings
without capturing groups, as in English's ``calendar``.
"""

from __future__ import annotations

import re


def _forms(stem: str, endings: str) -> tuple[str, ...]:
    """A stem's case forms: ``_forms("март", " а е у ом")`` → март, марта, марте, …"""
    return tuple(stem + e for e in endings.split(" ")) if endings else (stem,)


_SOFT = " ь я е ю ём ем"  # январь: the stem without its soft sign
_HARD = " а е у ом"
_MONTH_STEMS = (
    ("январ", _SOFT), ("феврал", _SOFT), ("март", _HARD), ("апрел", _SOFT), ("ма", " й я е ю ем"),
    ("июн", _SOFT), ("июл", _SOFT), ("август", _HARD), ("сентябр", _SOFT), ("октябр", _SOFT),
    ("ноябр", _SOFT), ("декабр", _SOFT),
)  # fmt: skip
MONTHS = {
    form: n
    for n, (stem, endings) in enumerate(_MONTH_STEMS, 1)
    for form in _forms(stem, endings)
    if form not in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр",
                    "декабр", "ма")
}  # fmt: skip
MONTHS.update({"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9,
               "сент": 9, "окт": 10, "нояб": 11, "дек": 12})  # fmt: skip
WEEKDAYS = {
    **dict.fromkeys(_forms("понедельник", " а у ом е и ам"), 1),
    **dict.fromkeys(_forms("вторник", " а у ом е и ам"), 2),
    **dict.fromkeys(_forms("сред", "а у ы е ой ам"), 3),
    **dict.fromkeys(_forms("четверг", " а у ом е и ам"), 4),
    **dict.fromkeys(_forms("пятниц", "а у ы е ей ам"), 5),
    **dict.fromkeys(_forms("суббот", "а у ы е ой ам"), 6),
    **dict.fromkeys(_forms("воскресень", "е я ю ем ям"), 7),
}
# Ordinals: roman numerals (centuries, "XIX век") and the words of "первый квартал".
_ROMAN = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi".split()
ORDINALS = {
    **{r: n for n, r in enumerate(_ROMAN, 1)},
    **dict.fromkeys(_forms("перв", "ый ого ом ая ой ую ое"), 1),
    **dict.fromkeys(_forms("втор", "ой ого ом ая ую ое"), 2),
    **dict.fromkeys(_forms("трет", "ий ьего ьем ья ьей ью"), 3),
    **dict.fromkeys(_forms("четверт", "ый ого ом ая ой ую"), 4),
    **dict.fromkeys(_forms("последн", "ий его ем яя ей юю"), 4),
}
ONES = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одну": 1, "одной": 1,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
    "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
    "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "полтора": 1.5, "полутора": 1.5,
}  # fmt: skip
TENS = {
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40,
    "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "ста": 100,
}  # fmt: skip
ADJ_UNIT = r"(?:секундн|минутн|часов|дневн|недельн|месячн|квартальн|летн|годичн|вековн)\w*"
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
DECADE_WORDS = {
    "двадцатые": 2, "тридцатые": 3, "сороковые": 4, "пятидесятые": 5, "шестидесятые": 6,
    "семидесятые": 7, "восьмидесятые": 8, "девяностые": 9,
}  # fmt: skip
# Month names of other languages a Russian text quotes: none beyond its own.
QUOTED_FOREIGN_MONTHS: dict[str, tuple[str, ...]] = {}
SEASONS = {
    **dict.fromkeys(_forms("весн", "а ой у ы е"), "SP"),
    **dict.fromkeys(_forms("лет", "о ом а е у"), "SU"),
    **dict.fromkeys(_forms("осен", "ь ью и"), "FA"),
    **dict.fromkeys(_forms("зим", "а ой у ы е"), "WI"),
}
PARTS_OF_DAY = {
    **dict.fromkeys(_forms("утр", "о ом а е у"), "MO"),
    **dict.fromkeys(_forms("д", "нём нем"), "AF"),
    **dict.fromkeys(_forms("вечер", " ом а е у"), "EV"),
    **dict.fromkeys(_forms("ноч", "ь ью и"), "NI"),
}
# Unit stem (lower case) -> (TIMEX3 duration letter, is a time unit, multiplier).
UNITS = {
    "секунд": ("S", True, 1), "минут": ("M", True, 1), "час": ("H", True, 1),
    "д": ("D", False, 1), "сут": ("D", False, 1), "недел": ("W", False, 1),
    "выходн": ("D", False, 2), "месяц": ("M", False, 1), "квартал": ("Q", False, 1),
    "год": ("Y", False, 1), "лет": ("Y", False, 1), "полгод": ("M", False, 6),
    "полвек": ("Y", False, 50), "полстолети": ("Y", False, 50),
    "десятилети": ("Y", False, 10), "век": ("Y", False, 100), "столети": ("Y", False, 100),
    "тысячелети": ("Y", False, 1000),
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip

_MONTH_FORMS = "|".join(
    sorted((f for stem, endings in _MONTH_STEMS for f in _forms(stem, endings) if f in MONTHS),
           key=len, reverse=True)
)  # fmt: skip
_ABBR_MONTH = r"(?:янв|февр?|мар|апр|авг|сент?|окт|нояб|дек)\."
MONTH = rf"(?i:(?:{_MONTH_FORMS})(?!\w)|{_ABBR_MONTH})"
FULL_MONTH = rf"(?i:(?:{_MONTH_FORMS})(?!\w))"
WEEKDAY = "(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")(?!\w)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:-?(?:го|е|ое))?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(sorted(TENS, key=len, reverse=True))
NUM_WORD = rf"(?i:(?:{_TENS_WORDS})(?:\s+(?:{_ONES_WORDS}))?|{_ONES_WORDS})(?!\w)"
NUMBER = (
    r"(?i:\d+(?:[.,]\d+)?|(?:" + NUM_WORD + r")"
    r"|нескольк(?:о|их|им)|пар[уыа]|пол(?=год)|многи[ех]|много|считанн(?:ые|ых)"
    r"|четверть(?=\s+(?:век|столет)))"  # "четверть века назад": twenty-five years
)
UNIT = (
    r"(?i:секунд[ауы]?|минут[ауы]?|час(?:а|ов|ам|ах)?|дн(?:я|ей|ям|ях)|день|сут(?:ки|ок|кам)"
    r"|недел(?:я|и|ю|ь|ей|ям|ях)|выходн(?:ые|ых)|месяц(?:а|ев|ы|ам|ах)?|квартал(?:а|ов|ы)?"
    r"|год(?:а|у|ы|ов|ам|ах)?|лет|полгода|полвека|полстолетия|десятилети(?:е|я|й|ям)|век(?:а|ов|у)?"
    r"|столети(?:е|я|й)|тысячелети(?:е|я|й))(?!\w)"
)
# Approximators TimeML keeps inside the span ("почти восемь лет", "более двух лет").
APPROX = (
    r"(?i:почти|около|примерно|приблизительно|более|больше|менее|меньше|свыше|не\s+менее"
    r"|не\s+более|как\s+минимум|по\s+меньшей\s+мере|порядка|до|целых|всего|уже)"
)
PART_OF_DAY = "(?i:" + "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True)) + r")(?!\w)"

# Named days: as English's (kind, month, day ...); keys as written, in the nominative.
HOLIDAYS = {
    "Новый год": ("day", 1, 1), "Новый Год": ("day", 1, 1), "Рождество": ("day", 1, 7),
    "Рождества": ("day", 1, 7), "Рождеством": ("day", 1, 7), "Нового года": ("day", 1, 1),
    "Новым годом": ("day", 1, 1), "День Победы": ("day", 5, 9), "Дня Победы": ("day", 5, 9),
    "Днём Победы": ("day", 5, 9), "Днем Победы": ("day", 5, 9),
    "Международный женский день": ("day", 3, 8), "Татьянин день": ("day", 1, 25),
}  # fmt: skip

# Years are written in figures in Russian news; this never matches a word.
SPELLED_YEAR = r"(?!x)x"
_NUM_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word in any case form.

    >>> unit_of("лет"), unit_of("недели"), unit_of("дней")
    (('Y', False, 1), ('W', False, 1), ('D', False, 1))
    """
    word = word.lower().split()[-1]
    if word in ("день", "дня", "дней", "дням", "днях"):
        return UNITS["д"]
    for stem in sorted(UNITS, key=len, reverse=True):
        if len(stem) > 1 and word.startswith(stem):
            return UNITS[stem]
    raise KeyError(word)


def spelled_year(text: str) -> int:
    """Spelled years are not read in Russian (``SPELLED_YEAR`` never matches)."""
    raise ValueError(text)


def number_value(text: str) -> float | None:
    """The number a phrase names ("двадцать пять", "8", "полтора"), or None if vague.

    >>> number_value("двадцать пять"), number_value("несколько")
    (25.0, None)
    """
    text = text.lower().replace("\u00a0", " ").strip()
    if not text:  # "год назад", "неделю спустя": a unit without a number is one of it
        return 1.0
    if text.startswith(("нескольк", "пар", "мног", "считанн")):
        return 2.0 if text.startswith("пар") else None
    if text == "пол":
        return 0.5
    if text == "четверть":
        return 0.25
    total = 0.0
    for token in _NUM_TOKEN.findall(text):
        if token[0].isdigit():
            total += float(token.replace(",", "."))
        else:
            total += ONES.get(token, TENS.get(token, 0))
    return total


# How numeric dates are written: day, month, year ("3.5.2003", "03/05/2003" are 3 May).
NUMERIC_DATE_ORDER = "DMY"


# What may follow a year in a date: "4 марта 2025 г.", "28 мая 2025 года" (a dateline
# may end with it and a full stop, no dash).
YEAR_WORDS: tuple[str, ...] = ("г.", "года", "году")


# How many letters a month name must lack of a longer one to be its short form ("сент." of
# "сентября"): three, since a case ending is one or two ("в июле." beside "июлем" ends a
# sentence; "мае", "августе" are words, not short forms).
SHORT_MONTH_CUT = 3
