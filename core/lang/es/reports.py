"""Spanish reported speech: a quotation followed by who said it, and when.

«Occidente no ha hecho nada», dijo el viernes. The date in the attribution dates the saying,
and the saying is the event. The same names as English's (``core.lang.en.reports``).
"""

from __future__ import annotations

_OPEN = '[“"«]|``'
_CLOSE = "[”\"»]|''"
VERBS = (
    r"dijo|dice|afirmó|afirma|declaró|añadió|escribió|aseguró|insistió|advirtió|subrayó"
    r"|señaló|explicó|manifestó|indicó|sostuvo|apuntó|destacó|recalcó|tuiteó|precisó"
    r"|anunció|agregó|reconoció|comentó|respondió|opinó|reiteró|aclaró|admitió|expresó"
    r"|denunció|prometió|reveló|confirmó|concluyó|lamentó|criticó|avisó|replicó"
)
# «…», dijo el presidente … / «…», Erdogan dijo a los periodistas …
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"«»]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<speaker>[^,;:“”\"«»]{{1,60}}?)\s+(?P<verb>{VERBS})\b(?P<rest>[^“”\"«»]*)$"
)
# «…», dijo Erdogan el viernes. / «…», dijo el martes el portavoz del sindicato, Joan Ferrer.
# (the day may stand before the speaker or after: it is read anywhere after the verb; a day
# with no article stands first too: «…», dijo hoy Ana Ruiz / declaró esta tarde el ministro;
# after such a day the attribution may run long, «…», anunció ayer el ministro, Luis Mora, en
# rueda de prensa junto a …; without one a long tail describes the speaker, its year no day
# of the saying: «…», dijo Ana Ruiz, directora del centro y licenciada en 1999)
_DAY_FIRST = (
    r"(?:(?:hoy|ayer|anoche|anteayer)(?:\s+(?:por\s+la\s+)?(?:mañana|tarde|noche))?"
    r"|est[ae]\s+(?:mañana|tarde|noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo))\s+"
)
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"«»]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<verb>{VERBS})\s+(?P<speaker>(?:{_DAY_FIRST})(?:el|la|[A-ZÁÉÍÓÚÑ])[^;:“”\"«».!?]{{0,160}}"
    rf"|(?:el|la|[A-ZÁÉÍÓÚÑ])[^;:“”\"«».!?]{{0,80}})"
    r"(?P<rest>[.!?]?)$"
)
NAME_ABBREVIATION = r"(?:\b(?:Sr|Sra|Dr|Dra|Gral|Lic|Ing|Prof|D|Dña)|\b[A-Z])\.$"
PERSON_PRONOUNS = frozenset(("él", "ella"))
PRONOUN_REACH = 400
TITLE_MARK = ": "
OPEN_MARK = "«"
CLOSE_MARK = "»"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
# "Publicado el 4 de febrero de 2022", "Publicado: 04/02/2022", "Fecha: …".
HEADER_PUBLISHED = r"(?:publicado|publicada|fecha(?:[ \t]+de[ \t]+publicación)?)"
# "Actualizado el 5 de febrero de 2022", "Última actualización: …".
HEADER_UPDATED = r"(?:actualizado|actualizada|[úu]ltima[ \t]+actualizaci[óo]n)"
# "Publicado el …", "Actualizado a las …".
HEADER_ON = r"(?:el|a[ \t]+las)"
# Between a header date and its clock time: "4 de marzo de 2025 a las 14:05".
HEADER_AT = r"a[ \t]+las?"
# "Por María López | 4 de febrero de 2022".
BYLINE_BY = r"por"
NAME_LINKS = frozenset({"de", "del", "la", "las", "los", "y", "i"})
# Whether a numeric date with slashes is written day first ("03/10/2025" the 3rd of October,
# as dots are): yes.
NUMERIC_SLASHES_DAY_FIRST = True

# -- a source named in an attribution, dated: its publication is a happening --
# "…, según los datos publicados este martes por el INE": the source and its publishing, read
# against the words before the date (``core.events.report_sources``).
SOURCE_PUBLISHED = (
    r"\b(?:según|de\s+acuerdo\s+con)\s+(?P<source>(?:(?:el|la|los|las|un|una|unos|unas)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?P<head>[a-záéíóúñ][\w-]*))\s+"
    r"(?P<verb>publicad[oa]s?|difundid[oa]s?|presentad[oa]s?|divulgad[oa]s?"
    r"|dad[oa]s?\s+a\s+conocer|hech[oa]s?\s+públic[oa]s?)\s+(?:el\s+)?$"
)
# "… por el INE", "… en la revista Nature": who published it, or where.
SOURCE_PLACE_OPENERS = frozenset({"por", "en"})
SOURCE_BE = ("fue", "fueron")
SOURCE_SINGULAR_ENDINGS = ("is",)  # "el análisis", "la tesis"

# A title that only points back at news it never names (``core.events.back_reports``):
# "Lo anunció el alcalde".
REPORT_VERB_STEMS = (
    "anunci", "confirm", "inform", "explic", "declar", "afirm", "dijo", "dijeron", "señal",
    "precis", "comunic", "indic", "revel",
)  # fmt: skip
BACK_OBJECTS = frozenset({"lo", "esto", "eso", "la noticia", "la decisión"})
BACK_VERB_OPENERS = frozenset({"lo", "esto", "eso"})
BACK_NOUNS = frozenset({"la noticia", "la decisión"})
# (not news of the report's day: "El molino abrió después de la guerra", "El muelle estaba
# cerrado", "El concejo quería vender la sala")
BACK_NOT_THAT_DAY = frozenset(
    {"después", "antes", "durante", "desde", "hace", "había", "habían", "era", "eran",
     "estaba", "estaban", "quería", "querían"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset(
    {"por otra parte", "por otro lado", "además", "asimismo", "mientras tanto"}
)
# A correction note telling what an earlier version of the article wrongly said ("Fe de
# erratas: una versión previa de esta nota situaba la inauguración del puerto en 2011."): the
# sentence tells no happening.
RETRACTED_REPORT = (
    r"^(?:[^:.]{1,40}:\s*)?(?:en\s+)?(?:una|la)\s+(?:versión\s+(?:anterior|previa|inicial)"
    r"|primera\s+versión)\s+de\s+(?:este|esta)\s+(?:artículo|nota|información|noticia|crónica)\b"
)
