"""German calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Pieces here are plain regex source strings (no groups that capture) so the grammar in
``core.temporal.grammar`` can combine them; the lookup tables turn matched words into numbers.
German inflects: the tables hold every form a news text uses ("Jahren", "Tage", "ersten"),
and ``unit_of`` reads a unit word in any case and number.
"""

from __future__ import annotations

import re

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
    "jan": 1, "jän": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
WEEKDAYS = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
    "sonnabend": 6, "sonntag": 7,
}  # fmt: skip
# Ordinals in every ending an article or a preposition gives them ("der ersten Woche").
_ORDINAL_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13,
    "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18,
    "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21, "letzt": 4,
}  # fmt: skip
ORDINALS = {
    stem + ending: n
    for stem, n in _ORDINAL_STEMS.items()
    for ending in ("e", "en", "er", "es", "em")
}
ONES = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
}  # fmt: skip
# The unit of an adjective of length: "ein 100-jähriges Problem", "die 14-tägige Frist".
ADJ_UNIT = r"(?:sekündig|minütig|stündig|tägig|wöchig|monatig|jährig)"
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
DECADE_WORDS = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
    "siebziger": 7, "achtziger": 8, "neunziger": 9,
}  # fmt: skip
# German articles quote other languages' month names rarely: the foreign rule reads the
# German ones (``timex``), which these give; dateparser (``core.lang.dateparser``) reads them.
QUOTED_FOREIGN_MONTHS = {
    "de": ("januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli",
           "august", "september", "oktober", "november", "dezember"),
}  # fmt: skip
SEASONS = {
    "frühling": "SP", "frühlings": "SP", "frühjahr": "SP", "frühjahrs": "SP", "sommer": "SU",
    "sommers": "SU", "herbst": "FA", "herbstes": "FA", "herbsts": "FA", "winter": "WI",
    "winters": "WI",
}  # fmt: skip
# TIMEX3's parts of the day; "morgen" alone is tomorrow, "am Morgen" and "Montagmorgen" the
# morning (the grammar tells them apart).
PARTS_OF_DAY = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "morgens": "MO", "vormittags": "MO", "mittags": "MI",
    "nachmittags": "AF", "abends": "EV", "nachts": "NI",
}  # fmt: skip
# Unit word (lemma, lower case) -> (TIMEX3 duration letter, is a time unit, multiplier).
UNITS = {
    "sekunde": ("S", True, 1), "minute": ("M", True, 1), "stunde": ("H", True, 1),
    "tag": ("D", False, 1), "nacht": ("D", False, 1), "woche": ("W", False, 1),
    "wochenende": ("D", False, 2), "monat": ("M", False, 1), "quartal": ("Q", False, 1),
    "jahr": ("Y", False, 1), "jahrzehnt": ("Y", False, 10), "jahrhundert": ("Y", False, 100),
    "jahrtausend": ("Y", False, 1000), "halbjahr": ("M", False, 6),
}  # fmt: skip
# Every inflected form of a unit word, to its lemma: "Jahren" -> "jahr", "Nächte" -> "nacht".
_UNIT_FORMS = {
    "sekunde": "sekunde", "sekunden": "sekunde", "minute": "minute", "minuten": "minute",
    "stunde": "stunde", "stunden": "stunde", "tag": "tag", "tage": "tag", "tagen": "tag",
    "tages": "tag", "tags": "tag", "nacht": "nacht", "nächte": "nacht", "nächten": "nacht",
    "woche": "woche", "wochen": "woche", "wochenende": "wochenende",
    "wochenenden": "wochenende", "wochenendes": "wochenende", "monat": "monat",
    "monate": "monat", "monaten": "monat", "monats": "monat", "quartal": "quartal",
    "quartale": "quartal", "quartalen": "quartal", "quartals": "quartal", "jahr": "jahr",
    "jahre": "jahr", "jahren": "jahr", "jahres": "jahr", "jahrs": "jahr",
    "jahrzehnt": "jahrzehnt", "jahrzehnte": "jahrzehnt", "jahrzehnten": "jahrzehnt",
    "jahrzehnts": "jahrzehnt", "jahrhundert": "jahrhundert", "jahrhunderte": "jahrhundert",
    "jahrhunderten": "jahrhundert", "jahrhunderts": "jahrhundert",
    "jahrtausend": "jahrtausend", "jahrtausende": "jahrtausend",
    "jahrtausenden": "jahrtausend",
    "sekündig": "sekunde", "minütig": "minute", "stündig": "stunde", "tägig": "tag",
    "wöchig": "woche", "monatig": "monat", "jährig": "jahr",
}  # fmt: skip
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip

_FULL_MONTH = (
    "Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    "|Dezember"
)
_ABBR_MONTH = r"(?:Jan|Jän|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\."
MONTH = rf"(?:(?:{_FULL_MONTH})\b|{_ABBR_MONTH}|(?:{_FULL_MONTH.upper()})\b)"
FULL_MONTH = rf"(?:(?:{_FULL_MONTH})\b)"
WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
# A day of the month: German writes it with a full stop ("14. Februar").
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])\."
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
NUM_WORD = (
    rf"(?i:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?:und|(?=hundert)))?(?:{_TENS_WORDS})"
    rf"|{_ONES_WORDS})"
)
NUMBER = (
    r"(?i:\d+(?:,\d+)?|\d{1,3}(?:\.\d{3})+|ein\s+paar|einige[nrm]?|mehrere[nr]?|wenige[nrm]?"
    rf"|viele[nr]?|lange(?=\s+(?:Jahrzehnte|Jahre|Monate|Wochen)\b)|langen(?=\s+(?:Jahrzehnten|Jahren|Monaten|Wochen)\b)"
    rf"|ein(?:e|em|er|en)?\s+halbe[nmr]?|anderthalb|eineinhalb|zweieinhalb"
    rf"|(?:{NUM_WORD})(?:\s*einhalb)?)"
)
UNIT = (
    r"(?:Sekunden?|Minuten?|Stunden?|Tag(?:e[ns]?|s)?|Nächte[n]?|Nacht|Wochenenden?|Wochenendes"
    r"|Wochen?|Monat(?:e[n]?|s)?|Quartal(?:e[n]?|s)?|Jahrzehnt(?:e[n]?|s)?"
    r"|Jahrhundert(?:e[n]?|s)?|Jahrtausend(?:e[n]?)?|Jahr(?:e[ns]?|s)?)"
)
# Approximators kept inside the span ("fast acht Jahren", "mehr als zwei Wochen"); "rund",
# "etwa", "über" stay outside, as in the German TIMEX3 annotations.
APPROX = (
    r"(?i:fast|beinahe|knapp|mehr\s+als|weniger\s+als|mindestens|höchstens|bis\s+zu"
    r"|annähernd|nahezu)"
)
PART_OF_DAY = (
    r"(?:Vormittag|Nachmittag|Mittag|Morgen|Abend|Nacht|Früh|vormittag|nachmittag|mittag"
    r"|morgen|abend|nacht|früh)"
)

# Named days and how to find them in a year (see the English module for the forms).
HOLIDAYS = {
    "Weihnachten": ("day", 12, 25), "Heiligabend": ("day", 12, 24),
    "Heiliger Abend": ("day", 12, 24), "Silvester": ("day", 12, 31),
    "Neujahr": ("day", 1, 1), "Neujahrstag": ("day", 1, 1),
    "Ostern": ("easter", 0), "Ostersonntag": ("easter", 0), "Ostermontag": ("easter", 1),
    "Karfreitag": ("easter", -2), "Palmsonntag": ("easter", -7),
    "Aschermittwoch": ("easter", -46), "Pfingsten": ("easter", 49),
    "Pfingstsonntag": ("easter", 49), "Pfingstmontag": ("easter", 50),
    "Christi Himmelfahrt": ("easter", 39), "Fronleichnam": ("easter", 60),
    "Allerheiligen": ("day", 11, 1), "Allerseelen": ("day", 11, 2),
    "Maria Himmelfahrt": ("day", 8, 15), "Mariä Himmelfahrt": ("day", 8, 15),
    "Tag der Deutschen Einheit": ("day", 10, 3), "Valentinstag": ("day", 2, 14),
    "Nikolaus": ("day", 12, 6), "Stephanstag": ("day", 12, 26),
    "Dreikönigstag": ("day", 1, 6),
}  # fmt: skip

SPELLED_YEAR = r"(?:neunzehnhundert(?:\w*)|zweitausend(?:\w*))\b"
_NUM_TOKEN = re.compile(r"[a-zäöüß]+|\d+(?:[.,]\d+)?")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word in any form.

    >>> unit_of("Jahren"), unit_of("Wochenende")
    (('Y', False, 1), ('D', False, 2))
    """
    word = word.lower().split()[-1]
    return UNITS[_UNIT_FORMS[word]]


def spelled_year(text: str) -> int:
    """The year a ``SPELLED_YEAR`` match names: "zweitausendzehn" -> 2010."""
    text = text.lower()
    if text.startswith("neunzehnhundert"):
        return 1900 + int(number_value(text.removeprefix("neunzehnhundert")) or 0)
    return 2000 + int(number_value(text.removeprefix("zweitausend")) or 0)


def number_value(text: str) -> float | None:
    """The number a phrase names ("zweiundzwanzig", "anderthalb"), or None if vague.

    >>> number_value("zweiundzwanzig"), number_value("einige"), number_value("1,5")
    (22.0, None, 1.5)
    """
    text = " ".join(text.lower().split())
    if not text:
        return None
    if text in ("anderthalb", "eineinhalb"):
        return 1.5
    if text == "zweieinhalb":
        return 2.5
    if re.fullmatch(r"ein(?:e|em|er|en)?\s+halbe[nmr]?", text):
        return 0.5
    if text == "ein paar":
        return None
    if re.fullmatch(r"(?:einige|mehrere|wenige|viele)[nrm]?|langen?", text):  # "lange Jahre"
        return None
    half = 0.5 if text.endswith("einhalb") else 0.0
    text = text.removesuffix("einhalb").strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", "")) + half
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", ".")) + half
    hundreds = re.fullmatch(r"(\w+?)hundert", text)  # "zweihundert"
    if hundreds and hundreds[1] in ONES:
        return 100.0 * ONES[hundreds[1]] + half
    compound = re.fullmatch(r"(\w+?)und(\w+)", text)
    if compound and compound[1] in ONES and compound[2] in TENS:
        return ONES[compound[1]] + TENS[compound[2]] + half
    total = 0.0
    for token in _NUM_TOKEN.findall(text):
        total += ONES.get(token, TENS.get(token, 0))
    return total + half


# How numeric dates are written: day, month, year ("3.5.2003", "03/05/2003" are 3 May).
NUMERIC_DATE_ORDER = "DMY"


# How many letters a month name must lack of a longer one to be its short form ("Feb." of
# "February", "Jun." of "June"), so that its full stop does not end a sentence.
SHORT_MONTH_CUT = 1
