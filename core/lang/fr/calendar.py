"""French calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Pieces here are plain regex source strings (no groups that capture) so the grammar
(``core.lang.fr.timex``) can combine them; the lookup tables turn matched words into numbers.
French writes month and weekday names in lower case, headlines in capitals: the pieces match
either.
"""

from __future__ import annotations

import re

from core.lang.en.calendar import QUOTED_FOREIGN_MONTHS as _QUOTED

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
    "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
    "dimanche": 7,
}  # fmt: skip
_ROMAN = ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi").split()
ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "second": 2, "seconde": 2,
    "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
    "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
    "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
    "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20,
    "vingt et unième": 21, "dernier": 4, "dernière": 4,
    # centuries in Roman numerals: "XIXe", "XXème"
    **{f"{r}{end}": i for i, r in enumerate(_ROMAN, 1) for end in ("e", "ème", "eme")},
}  # fmt: skip
ONES = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19,
}  # fmt: skip
TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
}  # fmt: skip
# French has no "two-week" adjectives: this never matches.
ADJ_UNIT = r"(?!)"
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
# "les années soixante": the decade of the twentieth century a number word names.
DECADE_WORDS = {
    "vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
    "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9,
}  # fmt: skip
QUOTED_FOREIGN_MONTHS = _QUOTED
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV",
    "nuit": "NI",
}  # fmt: skip
# Unit word (singular, lower case) -> (TIMEX3 duration letter, is a time unit, multiplier).
UNITS = {
    "seconde": ("S", True, 1), "minute": ("M", True, 1), "heure": ("H", True, 1),
    "jour": ("D", False, 1), "journée": ("D", False, 1), "nuit": ("D", False, 1),
    "semaine": ("W", False, 1), "week-end": ("D", False, 2), "quinzaine": ("D", False, 15),
    "mois": ("M", False, 1), "trimestre": ("Q", False, 1), "semestre": ("M", False, 6),
    "an": ("Y", False, 1), "année": ("Y", False, 1), "décennie": ("Y", False, 10),
    "siècle": ("Y", False, 100), "millénaire": ("Y", False, 1000),
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip

_FULL_MONTH = (
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_ABBR_MONTH = r"(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)(?:\.|\b)"
MONTH = rf"(?i:(?:{_FULL_MONTH})\b|{_ABBR_MONTH})"
FULL_MONTH = rf"(?i:(?:{_FULL_MONTH})\b)"
WEEKDAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:er)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(sorted(TENS, key=len, reverse=True))
NUM_WORD = rf"(?i:(?:{_TENS_WORDS})(?:(?:-|\s+et\s+|-et-)(?:{_ONES_WORDS})\b)?|(?:{_ONES_WORDS})\b)"
NUMBER = (
    r"(?i:\d+(?:[.,]\d+)?|\d{1,3}(?:[\s.]\d{3})+|(?:(?:deux|trois|quatre|cinq)\s+)?cents?\b"
    rf"|(?:une\s+)?(?:dizaine|quinzaine|vingtaine|trentaine|centaine)\s+d(?:e\s+|')"
    rf"|(?:{NUM_WORD})|quelques|plusieurs|de\s+nombreux|de\s+nombreuses)"
)
UNIT = (
    r"(?:secondes?|minutes?|heures?|jours?|journées?|nuits?|semaines?|week-ends?|quinzaines?"
    r"|mois|trimestres?|semestres?|ans|an|années?|décennies|décennie|siècles?|millénaires?"
    r"|demi-(?:heure|journée|siècle)s?)"
)
# Approximators TimeML keeps inside the span ("près de huit ans", "plus de vingt ans",
# "environ une heure").
APPROX = (
    r"(?i:près\s+d(?:e\s+|')|presque|environ|plus\s+d(?:e\s+|')|moins\s+d(?:e\s+|')"
    r"|au\s+moins|au\s+plus|quelque|pas\s+moins\s+d(?:e\s+|')|bientôt|déjà)"
)
PART_OF_DAY = r"(?:matinée|matin|après-midi|soirée|soir|nuit)"

# Named days and how to find them in a year (see ``core.lang.en.calendar.HOLIDAYS``).
HOLIDAYS = {
    "Noël": ("day", 12, 25), "la Saint-Sylvestre": ("day", 12, 31),
    "le Nouvel An": ("day", 1, 1), "le jour de l'An": ("day", 1, 1),
    "Pâques": ("easter", 0), "le lundi de Pâques": ("easter", 1),
    "le Vendredi saint": ("easter", -2), "l'Ascension": ("easter", 39),
    "la Pentecôte": ("easter", 49), "le lundi de Pentecôte": ("easter", 50),
    "la Toussaint": ("day", 11, 1), "la Saint-Valentin": ("day", 2, 14),
    "le 14 Juillet": ("day", 7, 14), "la fête nationale": ("day", 7, 14),
    "la Fête du travail": ("day", 5, 1), "l'Armistice": ("day", 11, 11),
}  # fmt: skip

# French news does not spell years out: this never matches.
SPELLED_YEAR = r"(?!)"
_NUM_TOKEN = re.compile(r"[^\W\d]+(?:-[^\W\d]+)*|\d+(?:[.,]\d+)?")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word, plural or not.

    >>> unit_of("ans"), unit_of("demi-siècle")
    (('Y', False, 1), ('Y', False, 50))
    """
    word = word.lower().split()[-1]
    half = word.startswith("demi-")
    word = word.removeprefix("demi-")
    if word == "décennies":
        word = "décennie"
    elif word not in UNITS and word[-1:] in "sx" and word[:-1] in UNITS:
        word = word[:-1]
    letter, is_time, mult = UNITS[word]
    if not half:
        return letter, is_time, mult
    smaller = {"H": ("M", True, 30), "D": ("H", True, 12)}
    return smaller.get(letter, (letter, is_time, mult // 2 if mult >= 10 else mult))


def spelled_year(text: str) -> int:
    """French news writes years in figures (``SPELLED_YEAR`` never matches)."""
    raise ValueError(f"no spelled year in French: {text!r}")


def number_value(text: str) -> float | None:
    """The number a phrase such as "vingt-cinq", "2,5", "une dizaine de" names, or None if
    vague.

    >>> number_value("vingt et un"), number_value("quelques"), number_value("30,4")
    (21.0, None, 30.4)
    """
    text = " ".join(text.lower().split())
    if text in ("quelques", "plusieurs", "de nombreux", "de nombreuses"):
        return None
    approx = re.match(r"(?:une\s+)?(dizaine|quinzaine|vingtaine|trentaine|centaine)", text)
    if approx:
        return {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "centaine": 100}[approx[1]]  # fmt: skip
    if re.fullmatch(r"\d{1,3}(?:[\s.]\d{3})+", text):
        return float(re.sub(r"\D", "", text))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    if text.endswith(("cent", "cents")):
        return 100.0 * (ONES[text.split()[0]] if " " in text else 1)  # "cent", "deux cents"
    if text in ONES:
        return float(ONES[text])
    if text in TENS:
        return float(TENS[text])
    total = 0.0
    for token in _NUM_TOKEN.findall(text.replace(" et ", " ")):
        if token in TENS:
            total += TENS[token]
        elif token in ONES:
            total += ONES[token]
        else:  # "quatre-vingt-dix-huit": the longest tens word, then the ones
            tens = next((t for t in sorted(TENS, key=len, reverse=True) if token.startswith(t)), "")
            total += TENS.get(tens, 0) + ONES.get(token[len(tens) :].lstrip("-"), 0)
    return total


# How numeric dates are written: day, month, year ("3.5.2003", "03/05/2003" are 3 May).
NUMERIC_DATE_ORDER = "DMY"


# How many letters a month name must lack of a longer one to be its short form ("Feb." of
# "February", "Jun." of "June"), so that its full stop does not end a sentence.
SHORT_MONTH_CUT = 1
