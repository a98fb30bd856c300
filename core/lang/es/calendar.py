"""Spanish calendar words: months, weekdays, numbers, units, seasons, and their regexes.

Pieces here are plain regex source strings (no groups that capture) so the grammar in
``core.temporal.grammar`` can combine them; the lookup tables turn matched words into numbers.
Words are listed with and without their accents: wire copy and older archives drop them
("miercoles", "sabado", "dias").
"""

from __future__ import annotations

import re
import unicodedata

from core.lang.en.calendar import QUOTED_FOREIGN_MONTHS, VAGUE_UNIT

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "ene": 1, "feb": 2, "abr": 4, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dic": 12,
}  # fmt: skip
WEEKDAYS = {
    "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5,
    "sábado": 6, "sabado": 6, "domingo": 7,
}  # fmt: skip
# Ordinals, with the Roman numerals centuries are written in ("el siglo XIX").
ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "septimo": 7, "séptima": 7, "octavo": 8,
    "octava": 8, "noveno": 9, "novena": 9, "décimo": 10, "decimo": 10, "décima": 10,
    "último": 4, "ultimo": 4, "última": 4, "ultima": 4,
    "1º": 1, "2º": 2, "3º": 3, "4º": 4, "1er": 1, "1ª": 1, "2ª": 2, "3ª": 3, "4ª": 4,
    **{roman: n for n, roman in enumerate(
        "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi".split(),
        start=1)},
}  # fmt: skip
ONES = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiún": 21, "veintiun": 21,
    "veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
TENS = {
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
}  # fmt: skip
ADJ_UNIT = r"(?!)"  # Spanish makes no adjectives of units ("a two-week visit": "de dos semanas")
NUMBER_WORDS = tuple(ONES) + tuple(TENS)
DECADE_WORDS = {
    "veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7,
    "ochenta": 8, "noventa": 9,
}  # fmt: skip
SEASONS = {"primavera": "SP", "verano": "SU", "otoño": "FA", "otono": "FA", "invierno": "WI"}
PARTS_OF_DAY = {
    "mañana": "MO", "manana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI",
    "mediodía": "MI", "mediodia": "MI",
}  # fmt: skip
# Unit word (singular, lower case) -> (TIMEX3 duration letter, is a time unit, multiplier).
UNITS = {
    "segundo": ("S", True, 1), "minuto": ("M", True, 1), "hora": ("H", True, 1),
    "día": ("D", False, 1), "dia": ("D", False, 1), "jornada": ("D", False, 1),
    "noche": ("D", False, 1), "semana": ("W", False, 1), "quincena": ("W", False, 2),
    "mes": ("M", False, 1), "trimestre": ("Q", False, 1), "semestre": ("M", False, 6),
    "año": ("Y", False, 1), "ano": ("Y", False, 1), "década": ("Y", False, 10),
    "decada": ("Y", False, 10), "decenio": ("Y", False, 10), "siglo": ("Y", False, 100),
    "milenio": ("Y", False, 1000), "tiempo": ("M", False, 1), "rato": ("H", True, 1),
    "ratito": ("M", True, 1),
}  # fmt: skip

_FULL_MONTH = (
    "[Ee]nero|[Ff]ebrero|[Mm]arzo|[Aa]bril|[Mm]ayo|[Jj]unio|[Jj]ulio|[Aa]gosto|[Ss]eptiembre"
    "|[Ss]etiembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre"
)
_ABBR_MONTH = r"(?:[Ee]ne|[Ff]eb|[Aa]br|[Jj]un|[Jj]ul|[Aa]go|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ic)\."
MONTH = rf"(?:(?:{_FULL_MONTH}|{_FULL_MONTH.upper()})\b|{_ABBR_MONTH})"
FULL_MONTH = rf"(?:(?:{_FULL_MONTH})\b)"
WEEKDAY = r"(?:[Ll]unes|[Mm]artes|[Mm]i[ée]rcoles|[Jj]ueves|[Vv]iernes|[Ss][áa]bado|[Dd]omingo)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(sorted(TENS, key=len, reverse=True))
NUM_WORD = (
    rf"(?i:(?:{_TENS_WORDS})(?:\s+y\s+(?:uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho"
    rf"|nueve)\b)?|(?:{_ONES_WORDS}))(?!\w)"
)
NUMBER = (
    r"(?i:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|un\s+par\s+de|una\s+docena\s+de|media|medio"
    rf"|(?:{NUM_WORD})(?:\s+y\s+medi[oa])?)(?!\w)"
)
UNIT = (
    r"(?:segundos?|minutos?|horas?|d[íi]as?|noches?|semanas?|quincenas?|mes(?:es)?"
    r"|trimestres?|semestres?|a[ñn]os?|d[ée]cadas?|decenios?|siglos?|milenios?)(?!\w)"
)
# Approximators TimeML keeps inside the span ("casi ocho años", "más de un año").
APPROX = (
    r"(?i:casi|m[áa]s\s+de|menos\s+de|al\s+menos|por\s+lo\s+menos|cerca\s+de|unos|unas"
    r"|alrededor\s+de|aproximadamente|apenas|s[óo]lo|solo)"
)
PART_OF_DAY = r"(?:mañana|tarde|noche|madrugada)"

# Named days and how to find them in a year, as in English's HOLIDAYS.
HOLIDAYS = {
    "Navidad": ("day", 12, 25), "Navidades": ("day", 12, 25), "Nochebuena": ("day", 12, 24),
    "Nochevieja": ("day", 12, 31), "Año Nuevo": ("day", 1, 1),
    "Día de Reyes": ("day", 1, 6), "Primero de Mayo": ("day", 5, 1),
    "primero de mayo": ("day", 5, 1), "Día del Trabajo": ("day", 5, 1),
    "Viernes Santo": ("easter", -2), "Jueves Santo": ("easter", -3),
    "Domingo de Ramos": ("easter", -7), "Domingo de Resurrección": ("easter", 0),
    "Domingo de Pascua": ("easter", 0), "Lunes de Pascua": ("easter", 1),
    "Miércoles de Ceniza": ("easter", -46), "San Valentín": ("day", 2, 14),
    "Día de San Valentín": ("day", 2, 14), "Sant Jordi": ("day", 4, 23),
    "Día de la Hispanidad": ("day", 10, 12), "Todos los Santos": ("day", 11, 1),
    "Día de Todos los Santos": ("day", 11, 1), "Día de la Constitución": ("day", 12, 6),
    "Día de Muertos": ("day", 11, 2), "Diada": ("day", 9, 11),
}  # fmt: skip

# "mil novecientos noventa y cuatro", "dos mil cinco": years spelled out.
SPELLED_YEAR = (
    r"(?:mil\s+(?:novecientos|ochocientos)(?:\s+(?:noventa|ochenta|setenta|sesenta|cincuenta"
    r"|cuarenta|treinta|veinte)(?:\s+y\s+\w+)?|\s+\w+)?|dos\s+mil(?:\s+(?:uno|dos|tres|cuatro"
    r"|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete"
    r"|dieciocho|diecinueve|veinte|veinti\w+))?)\b"
)
_NUM_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")
_PLURAL = {"meses": "mes", "días": "día", "dias": "dia", "años": "año", "anos": "ano"}


def _plain(word: str) -> str:
    """A word without its accents: "días" -> "dias"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def unit_of(word: str) -> tuple[str, bool, int]:
    """The TIMEX3 letter, time-unit flag and multiplier of a unit word, plural or not.

    >>> unit_of("meses"), unit_of("décadas")
    (('M', False, 1), ('Y', False, 10))
    """
    word = word.lower().split()[-1]
    word = _PLURAL.get(word, word)
    if word not in UNITS and word.endswith("es") and word[:-2] in UNITS:
        word = word[:-2]
    elif word not in UNITS and word.endswith("s") and word[:-1] in UNITS:
        word = word[:-1]
    if word not in UNITS:
        word = _plain(word)
    return UNITS[word]


def spelled_year(text: str) -> int:
    """The year a ``SPELLED_YEAR`` match names: "mil novecientos noventa y cuatro" -> 1994."""
    words = text.lower().split()
    if words[:2] == ["dos", "mil"]:
        return 2000 + int(number_value(" ".join(words[2:])) or 0) if words[2:] else 2000
    century = 1900 if words[1] == "novecientos" else 1800
    rest = " ".join(words[2:])
    return century + int(number_value(rest) or 0) if rest else century


def number_value(text: str) -> float | None:
    """The number a phrase such as "treinta y cinco", "2,5", "un par de" names, or None if
    vague ("unos", "varios").

    >>> number_value("treinta y cinco"), number_value("varios")
    (35.0, None)
    """
    text = " ".join(text.lower().split())
    half = 0.5 if text.endswith(("y medio", "y media")) else 0.0
    text = text.removesuffix("y medio").removesuffix("y media").strip()
    if text in ("un", "una", "uno"):
        return 1 + half
    if text in ("media", "medio"):
        return 0.5
    if text in ("un par de", "par de"):
        return 2
    if text in ("una docena de",):
        return 12
    total = 0.0
    found = False
    for token in _NUM_TOKEN.findall(text):
        if token[0].isdigit():
            total += float(token.replace(".", "").replace(",", "."))
            found = True
        elif token in ONES or token in TENS:
            total += ONES.get(token, TENS.get(token, 0))
            found = True
        elif token != "y":
            return None
    return total + half if found else None


__all__ = ["QUOTED_FOREIGN_MONTHS", "VAGUE_UNIT"]

# How numeric dates are written: day, month, year ("3.5.2003", "03/05/2003" are 3 May).
NUMERIC_DATE_ORDER = "DMY"


# How many letters a month name must lack of a longer one to be its short form ("Feb." of
# "February", "Jun." of "June"), so that its full stop does not end a sentence.
SHORT_MONTH_CUT = 1
