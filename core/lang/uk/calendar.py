"""Ukrainian calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Ukrainian inflects every one of these ("у березні", "14 лютого", "у понеділок", "два роки",
"вісім років"), so the tables hold each case form a news text uses, built from a stem and
its endings. The apostrophe of "п'ятниця", "дев'ять" is written three ways (', ’, ʼ): each
form is listed with all three. Pieces are plain regex sources, as in English's ``calendar``.
"""

from __future__ import annotations

import re

_APOSTROPHES = ("'", "’", "ʼ")


def _forms(stem: str, endings: str) -> tuple[str, ...]:
    """A stem's case forms, with every spelling of an apostrophe in it."""
    forms = [stem + e for e in endings.split(" ")] if endings else [stem]
    return tuple(dict.fromkeys(f.replace("'", a) for f in forms for a in _APOSTROPHES))


_SOFT = "ень ня ні нем ню"  # січень, січня, у січні, січнем
_MONTH_STEMS = (
    ("січ", _SOFT), ("лют", "ий ого ому им"), ("берез", _SOFT), ("квіт", _SOFT),
    ("трав", _SOFT), ("черв", _SOFT), ("лип", _SOFT), ("серп", _SOFT), ("верес", _SOFT),
    ("жовт", _SOFT), ("листопад", " а і ом у"), ("груд", _SOFT),
)  # fmt: skip
MONTHS = {
    form: n for n, (stem, endings) in enumerate(_MONTH_STEMS, 1) for form in _forms(stem, endings)
}
MONTHS.update({"січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7,
               "серп": 8, "вер": 9, "жовт": 10, "лист": 11, "груд": 12})  # fmt: skip
WEEKDAYS = {
    **dict.fromkeys(_forms("понеділ", "ок ка ку ком ки ках кам"), 1),
    **dict.fromkeys(_forms("вівтор", "ок ка ку ком ки ках кам"), 2),
    **dict.fromkeys(_forms("серед", "а у и і ою ах ам"), 3),
    **dict.fromkeys(_forms("четвер", " га гу гом ги гах гам"), 4),
    **dict.fromkeys(_forms("п'ятниц", "я ю і ею ях ям"), 5),
    **dict.fromkeys(_forms("субот", "а у и і ою ах ам"), 6),
    **dict.fromkeys(_forms("неділ", "я ю і ею ях ям"), 7),
}
_ROMAN = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi".split()
ORDINALS = {
    **{r: n for n, r in enumerate(_ROMAN, 1)},
    **dict.fromkeys(_forms("перш", "ий ого ому ім а ої у е"), 1),
    **dict.fromkeys(_forms("друг", "ий ого ому ім а ої у е"), 2),
    **dict.fromkeys(_forms("трет", "ій ього ьому ім я ьої ю є"), 3),
    **dict.fromkeys(_forms("четверт", "ий ого ому ім а ої у е"), 4),
    **dict.fromkeys(_forms("останн", "ій ього ьому ім я ьої ю є"), 4),
}
ONES = {
    **{f: n for n, words in enumerate((
        "нуль", "один одна одне одного одну одній", "два дві двох", "три трьох",
        "чотири чотирьох", "п'ять п'яти", "шість шести", "сім семи", "вісім восьми",
        "дев'ять дев'яти", "десять десяти", "одинадцять", "дванадцять", "тринадцять",
        "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять",
        "дев'ятнадцять",
    )) for w in words.split() for f in _forms(w, "")},
    "півтора": 1.5, "півтори": 1.5,
}  # fmt: skip
TENS = {
    f: n
    for n, words in ((20, "двадцять двадцяти"), (30, "тридцять тридцяти"), (40, "сорок сорока"),
                     (50, "п'ятдесят п'ятдесяти"), (60, "шістдесят"), (70, "сімдесят"),
                     (80, "вісімдесят"), (90, "дев'яносто"), (100, "сто ста"))
    for w in words.split()
    for f in _forms(w, "")
}  # fmt: skip
ADJ_UNIT = r"(?:секундн|хвилинн|годинн|денн|тижнев|місячн|квартальн|річн|вікові)\w*"
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
DECADE_WORDS = {
    stem + e: n
    for n, stem in ((2, "двадцят"), (3, "тридцят"), (4, "сороков"), (5, "п'ятдесят"),
                    (6, "шістдесят"), (7, "сімдесят"), (8, "вісімдесят"), (9, "дев'яност"))
    for e in ("і", "их", "им", "ими")
}  # fmt: skip
QUOTED_FOREIGN_MONTHS: dict[str, tuple[str, ...]] = {}
SEASONS = {
    **dict.fromkeys(_forms("весн", "а ою у и і"), "SP"),
    "навесні": "SP",
    "весною": "SP",
    **dict.fromkeys(_forms("літ", "о ом а і"), "SU"),
    "влітку": "SU",
    "улітку": "SU",
    **dict.fromkeys(_forms("осен", "і ю"), "FA"),
    "осінь": "FA",
    "восени": "FA",
    "осінню": "FA",
    **dict.fromkeys(_forms("зим", "а ою у и і"), "WI"),
    "взимку": "WI",
    "узимку": "WI",
}
PARTS_OF_DAY = {
    **dict.fromkeys("ранок ранку вранці зранку уранці ранком".split(), "MO"),
    **dict.fromkeys("вдень удень".split(), "AF"),
    **dict.fromkeys("вечір вечора ввечері увечері вечором".split(), "EV"),
    **dict.fromkeys("ніч ночі вночі уночі ніччю".split(), "NI"),
}
UNITS = {
    "секунд": ("S", True, 1), "хвилин": ("M", True, 1), "годин": ("H", True, 1),
    "д": ("D", False, 1), "доб": ("D", False, 1), "діб": ("D", False, 1),
    "тижн": ("W", False, 1), "тиждень": ("W", False, 1), "вихідн": ("D", False, 2),
    "місяц": ("M", False, 1), "місяць": ("M", False, 1), "квартал": ("Q", False, 1),
    "рік": ("Y", False, 1), "рок": ("Y", False, 1), "році": ("Y", False, 1),
    "півроку": ("M", False, 6), "півстоліт": ("Y", False, 50), "півсторіч": ("Y", False, 50),
    "десятиліт": ("Y", False, 10), "століт": ("Y", False, 100),
    "сторіч": ("Y", False, 100), "тисячоліт": ("Y", False, 1000),
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip


def _alt(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH_FORMS = _alt(f for stem, endings in _MONTH_STEMS for f in _forms(stem, endings))
_ABBR_MONTH = r"(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд)\."
MONTH = rf"(?i:(?:{_MONTH_FORMS})(?!\w)|{_ABBR_MONTH})"
FULL_MONTH = rf"(?i:(?:{_MONTH_FORMS})(?!\w))"
WEEKDAY = "(?i:" + _alt(WEEKDAYS) + r")(?![\w'’ʼ])"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:-?(?:го|е|те))?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = _alt(ONES)
_TENS_WORDS = _alt(TENS)
NUM_WORD = rf"(?i:(?:{_TENS_WORDS})(?:\s+(?:{_ONES_WORDS}))?|{_ONES_WORDS})(?![\w'’ʼ])"
NUMBER = (
    r"(?i:\d+(?:[.,]\d+)?|(?:" + NUM_WORD + r")"
    r"|(?:де)?кільк(?:а|ох|ом)|пар[уиа]|багат(?:о|ьох|і)"
    r"|(?:чверть|пів)(?=\s+(?:століт|сторіч)))"  # "чверть століття тому": twenty-five years
)
UNIT = (
    r"(?i:секунд[иу]?|хвилин[иу]?|годин[иу]?|дн(?:я|і|ів|ям|ями|ях)|день|доб[иу]?|діб"
    r"|тиж(?:день|ня|ні|нів|нем|ням|нях)|вихідн(?:і|их)|місяц(?:ь|я|і|ів|ем|ям|ях)"
    r"|квартал(?:у|и|ів)?|р(?:ік|оку|оки|оків|оці|оками|оках)|півроку|півстоліття|півсторіччя"
    r"|десятиліт(?:тя|ть|тями)|століт(?:тя|ть)|сторіч(?:чя|ч))(?![\w'’ʼ])"
)
APPROX = (
    r"(?i:майже|близько|приблизно|понад|більш\s+ніж|більше|менше|менш\s+ніж|щонайменше"
    r"|не\s+менше|не\s+більше|до|цілих|всього|вже|уже)"
)
PART_OF_DAY = "(?i:" + _alt(PARTS_OF_DAY) + r")(?!\w)"
HOLIDAYS = {
    "Новий рік": ("day", 1, 1), "Нового року": ("day", 1, 1), "Різдво": ("day", 12, 25),
    "Різдва": ("day", 12, 25), "День Незалежності": ("day", 8, 24),
    "Дня Незалежності": ("day", 8, 24), "День Конституції": ("day", 6, 28),
}  # fmt: skip
SPELLED_YEAR = r"(?!x)x"
_NUM_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ]*|\d+(?:[.,]\d+)?")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word in any case form.

    >>> unit_of("років"), unit_of("тижні"), unit_of("днів")
    (('Y', False, 1), ('W', False, 1), ('D', False, 1))
    """
    word = word.lower().split()[-1]
    if word in ("день", "дня", "дні", "днів", "дням", "днями", "днях"):
        return UNITS["д"]
    for stem in sorted(UNITS, key=len, reverse=True):
        if len(stem) > 1 and word.startswith(stem):
            return UNITS[stem]
    raise KeyError(word)


def spelled_year(text: str) -> int:
    """Spelled years are not read in Ukrainian (``SPELLED_YEAR`` never matches)."""
    raise ValueError(text)


def number_value(text: str) -> float | None:
    """The number a phrase names ("двадцять п'ять", "8", "півтора"), or None if vague.

    >>> number_value("двадцять п'ять"), number_value("кілька")
    (25.0, None)
    """
    text = text.lower().replace("\u00a0", " ").strip()
    if not text:  # "рік тому", "тиждень по тому": a unit without a number is one of it
        return 1.0
    if text.startswith(("кільк", "декільк", "багат", "пар")):
        return 2.0 if text.startswith("пар") else None
    if text == "чверть":
        return 0.25
    if text == "пів":
        return 0.5
    total = 0.0
    for token in _NUM_TOKEN.findall(text):
        if token[0].isdigit():
            total += float(token.replace(",", "."))
        else:
            total += ONES.get(token, TENS.get(token, 0))
    return total


# How numeric dates are written: day, month, year ("3.5.2003", "03/05/2003" are 3 May).
NUMERIC_DATE_ORDER = "DMY"


# What may follow a year in a date: "15 жовтня 2025 р.", "2 вересня 2025 року" (a dateline
# may end with it and a full stop, no dash).
YEAR_WORDS: tuple[str, ...] = ("р.", "року")


# How many letters a month name must lack of a longer one to be its short form ("сент." of
# "сентября"): three, since a case ending is one or two ("в июле." beside "июлем" ends a
# sentence; "мае", "августе" are words, not short forms).
SHORT_MONTH_CUT = 3
