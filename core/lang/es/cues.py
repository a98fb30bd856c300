"""Spanish cues for reading a time expression: the words around a match that say whether it
is time at all ("2000 soldados", "el diario") and the values of the words the grammar captured
("pasado" goes back, "siguiente" forward). The names are English's (``core.lang.en.cues``);
a cue English needs and Spanish has no use for is a pattern that never matches.
"""

from __future__ import annotations

from core.lang.es.calendar import ONES, TENS
from core.lang.es.clauses import RANGE_JOINERS, RANGE_OPENERS

_NEVER = r"(?!)"

# -- what the tagger does with neighbouring expressions (``core.temporal.tagger``) --
HALF = r"(?:la\s+)?(?:primera|segunda|[úu]ltima)\s+mitad"
HALF_OF = r"\s+(?:de|del)\s+(?:la\s+|el\s+)?$"
RANGE_OPEN = rf"\b(?:{'|'.join(RANGE_OPENERS)})\s+(?:el\s+|la\s+)?$"
RANGE_JOIN = rf"^\s*(?:{'|'.join(RANGE_JOINERS)})\s*(?:el\s+|la\s+)?$"
# (a year named in words is written too: "mayo de este año")
YEAR_WRITTEN = r"\b\d{4}\b|\baño\b"

# -- what the resolvers read around a match --
# Relative words the grammar captures, normalised (lower case, single spaces): which way from
# the publication date. "este lunes" is not here: it is the nearest Monday, as the tense says.
RELATIVE_STEP = {
    "pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1,
    "que viene": 1, "venidero": 1, "venidera": 1, "entrante": 1,
}  # fmt: skip
DEICTIC_DAYS = {
    "hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "anoche": -1, "anteanoche": -2,
    "pasado mañana": 2,
}  # fmt: skip
# Words before a bare four-digit number that make it a year: "en 1999", "desde 1971".
YEAR_PREP = (
    r"(?:\b(?:en|desde|de|del|hasta|para|durante|antes|después|despues|entre|hacia|año|años"
    r"|ejercicio|finales|principios|mediados|verano|invierno|primavera|otoño|el|al|y|o|ese"
    r"|este|aquel|partir|tras)|[,(–—-])\s*$"
)
NUMBERED_THING = (
    r"\b(?:Ley|Artículo|Articulo|Sección|Habitación|Vuelo|Ruta|Carretera|Resolución|Capítulo"
    r"|Norma|N\.º|Número|Modelo|Windows|Canal|Página|Boeing|Airbus|Decreto|Real\s+Decreto"
    r"|Agenda|Horizonte|Plan|Expo|Euro|Mundial)\s+$"
)
# "2000 soldados", "1500 viviendas": a count, unless a preposition made it a year.
# A unit of measure right after a bare number: a count ("hasta 1500 toneladas al día").
COUNT_UNIT_AFTER = (
    r"\s*(?:toneladas|kilómetros|metros|hectáreas|litros|kilos|kilogramos|barriles"
    r"|megavatios|km|kg)\b"
)
NOT_YEAR_AFTER = (
    r"\s*(?:(?!(?:en|de|del|por|con|para|desde|hasta|cuando|tras|antes|durante)\b)[a-záéíóúñ]+\s+)?"
    r"(?:[a-záéíóúñ]+s\b(?<!\blos)(?<!\blas)(?<!\bes)(?<!\bmás)(?<!\bmas)(?<!\bpues)"
    r"(?<!\bdespués)(?<!\bsus)(?<!\bantes)|personas\b|metros?\b|km\b|kilos?\b|toneladas?\b"
    r"|euros?\b|pesetas?\b|dólares?\b)"
)
CLOCK_AFTER = r"\s*(?:(?:GMT|UTC|CET|CEST)\b|horas\b|h\b)"
# After a verb that also tells history, "en" is how a year is written ("la mina cerró en
# 1978", "abrió en 1962"); after a market's own words it still leads a level ("el índice se
# situó en 1980").
LEVEL_BEFORE = (
    r"\b(?:(?:cerró|abrió|subió|bajó|cayó|ganó|perdió|alcanzó)(?:\s+(?:a|los|las|de|hasta|por"
    r"|sobre|cerca|unos))*|(?:cerraba|cierre|apertura|cotizó|índice|indice|nivel|situó"
    r"|retrocedió|avanzó)(?:\s+(?:en|a|los|las|de|hasta|por|sobre|cerca|unos))*)\s+$"
)
CODE_BEFORE = r"(?<![\w.])[A-Z][A-Z0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AC", "DC", "AD", "BC")
CODED_YEARS_AWAY = 20
FAR_YEAR_CUE = (
    r"(?:\b(?:en|desde|año|años|de|del|durante|entre|hacia|siglo|finales|principios|mediados"
    r"|hasta|y|a)|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
)
SPELLED_COUNT_STARTS = ("dos mil",)
SPELLED_COUNT_ENDS = ("mil",)
# Words before a bare month name that make it the month.
MONTH_PREP = (
    r"(?:\b(?:en|desde|de|del|hasta|para|durante|antes|después|despues|entre|y|o|a|el|al"
    r"|hacia|partir|finales|principios|mediados|fines|comienzos|inicios|cada|todo|pasado"
    r"|próximo|proximo|este|ese|mes|que)|[,(–—-])\s*$"
)
MONTH_DETERMINER = r"\b(?:el|un|este)\s+$"
NOT_MONTH_NOUN = r"\s+[A-Z]"
# A weekday later in a clock time's sentence names its day in English ("10 a.m. ... Tuesday");
# Spanish names the day first ("mañana, domingo, a las 8.00"): the last date mentioned.
DAY_LATER = _NEVER + r"()"
CLOCK_WORDS = {"mediodía": (12, 0), "mediodia": (12, 0), "medianoche": (24, 0)}
CUED_CLOCK_WORDS = ("mediodía", "mediodia")
CLOCK_CUE_AFTER = r"\s+(?:del?|hora)\b"
CLOCK_CUE_BEFORE = ("a", "al", "hasta", "antes", "después", "hacia", "sobre", "desde")
PM = "tn"  # the first letters of "de la tarde", "de la noche": after noon
ORDINALS_FROM_END = ("último", "ultimo", "última", "ultima")
HALF_ORDINALS = ("primer", "primero", "segundo")
QUARTER_YEAR_BACK = ("pasado",)
QUARTER_YEAR_AHEAD = ("próximo", "proximo", "que viene")
QUARTER_YEAR_THIS = ("este",)
YEAR_AGO_WORDS = ("año anterior", "mismo periodo", "mismo período")
QUARTER_ENDED_AFTER = _NEVER + r"(?P<month>)(?P<day>)"
FISCAL_YEAR_END = _NEVER + r"(?P<month>)"
ORDINAL_QUARTER = r"(?P<ord>)" + _NEVER
FISCAL = "fiscal"
PERIOD_YEAR_AGO = ("año anterior",)
PERIOD_BASELINE: tuple[str, ...] = ()  # a year's period said to match another (en)
PERIOD_THIS = ("este",)
PERIOD_CURRENT = ("actual", "en curso")
PERIOD_NEXT = ("próximo", "proximo")
PERIOD_JUST_ENDED = ("último", "ultimo")
PERIOD_LAST = "pasado"
PERIOD_PREVIOUS = ("anterior",)
SEASON_PREP = r"\b(?:en|durante|hasta|desde|para|este|esta|de|del|todo|toda)\s+$"
SEASON_NAME_AFTER = r"[ \t]+(?:de[ \t]+)?[A-Z][a-z]"
CALENDAR_UNITS = {
    "día": ("D", 1), "dia": ("D", 1), "jornada": ("D", 1), "semana": ("W", 1),
    "mes": ("M", 1), "trimestre": ("Q", 1), "año": ("Y", 1), "ano": ("Y", 1),
    "década": ("Y", 10), "decada": ("Y", 10), "decenio": ("Y", 10), "siglo": ("Y", 100),
    "víspera": ("D", 1), "vispera": ("D", 1), "fin": ("W", 1),
}  # fmt: skip
WEEKEND = "fin"  # "el fin de semana": the rules capture "fin"
NOT_AFTER_BARE_THE = ("mes", "década", "decada", "decenio", "siglo", "trimestre")
UNIT_STEP = {
    "pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1,
    "que viene": 1, "entrante": 1, "venidero": 1, "venidera": 1,
}  # fmt: skip
# "al día siguiente", "la semana anterior": which way from the last date mentioned.
ANAPHOR_STEP = {
    "siguiente": 1, "posterior": 1, "después": 1, "despues": 1, "más tarde": 1,
    "anterior": -1, "previo": -1, "previa": -1, "antes": -1, "víspera": -1, "vispera": -1,
}  # fmt: skip
DAY_BEYOND = {"ayer": -2, "mañana": 2}
WEEKDAY_ANAPHORA = {"anterior": -1, "mismo": 0, "siguiente": 1}
SET_QUANTIFIERS = ("cada", "todos los")
# "aquel jueves", "ese jueves": a Thursday of the week the story is in, not of publication's.
STORY_WEEKDAY_BEFORE = r"\b(?:[Aa]quel|[Ee]se)\s+$"
HOLIDAY_IN_NAME_BEFORE = r"(?<=[a-z,;:]\s)[\"“«]?[A-Z][a-z]+\s+$"
DEICTIC_PART_OF_DAY = {"anoche": "noche", "anteanoche": "noche"}
LAST_PARTS_OF_DAY = ("noche",)
# A night named by the morning it runs into (none: "la noche del viernes" is Friday's, so
# a clock time in its small hours falls on Saturday).
NIGHT_INTO = r"(?!)"
# A clock time opening or closing a range of hours (none read yet: ``core.temporal.clock``).
CLOCK_RANGE_OPEN = CLOCK_RANGE_SHUT = CLOCK_RANGE_BEFORE = r"(?!)"
# "hace dos años" counts from now; "dos días después" from the last date mentioned.
AGO_WORDS = {
    "hace": (-1, True), "hacé": (-1, True), "antes": (-1, False), "después": (1, False),
    "despues": (1, False), "más tarde": (1, False), "mas tarde": (1, False),
    "dentro de": (1, True),  # "dentro de dos semanas": from now
}  # fmt: skip
YEAR_AGO_FROM_NOW = ("hace",)
PLURAL_ENDING = "s"
INDEFINITE = ("un", "una")
LAST_AS_VERB = "durar"
ONE_DAY = ("algún", "día")
A_SECOND = "segundo"
FRACTION_UNITS = ("trimestre",)
FRACTION_OF = " de "
VAGUE_PREP = r"\b(?:durante|desde|en|por|tras|hace|llevan?|lleva|llevaba)\s+$"
VAGUE_THE = "los"
VAGUE_FUTURE = "futuros"
VAGUE_RECENT = "recientes"
EARLY_HOURS = ("las primeras", "horas")
CURRENT = "actual"
# "actual" is always the current period here, never an adjective ("current account")
CURRENT_AS_TIME = r""
SET_WORDS = {
    **dict.fromkeys(("diario", "diaria", "diarios", "diarias", "diariamente"), "P1D"),
    **dict.fromkeys(("mensual", "mensuales", "mensualmente"), "P1M"),
    **dict.fromkeys(("anual", "anuales", "anualmente"), "P1Y"),
    **dict.fromkeys(("semanal", "semanales", "semanalmente"), "P1W"),
    **dict.fromkeys(("bimensual", "bimensuales"), "P2M"),
    **dict.fromkeys(("trimestral", "trimestrales"), "P3M"),
    **dict.fromkeys(("semestral", "semestrales"), "P6M"),
    **dict.fromkeys(("quincenal", "quincenales"), "P2W"),
    **dict.fromkeys(("los fines de semana", "todos los fines de semana"), "XXXX-WXX-WE"),
}
SET_UNITS = {
    "día": "P1D", "dia": "P1D", "jornada": "P1D", "semana": "P1W", "mes": "P1M",
    "año": "P1Y", "ano": "P1Y", "trimestre": "P1Q", "hora": "PT1H", "minuto": "PT1M",
    "días": "P1D", "dias": "P1D", "semanas": "P1W", "meses": "P1M", "años": "P1Y",
    "anos": "P1Y", "mañanas": "XXXX-XX-XXTMO", "tardes": "XXXX-XX-XXTAF",
    "noches": "XXXX-XX-XXTNI",
}  # fmt: skip
# -- the time a text narrates (``core.temporal.story``) --
# Una relativa entre comas habla de paso de una persona o cosa: su fecha no es el tiempo del
# relato (", quien asumió en abril de 2018, anunció en marzo").
RELATIVE_ASIDE_BEFORE = (
    r",\s+(?:quien|quienes|cuyo|cuya|cuyos|cuyas|el\s+cual|la\s+cual)\b[^,;:.!?()\n]{0,60}$"
)
# Una cosa nombrada de paso con el año de su fundación o construcción ("la fábrica, fundada en
# 1907 por …", "un puente que data de 1780"): nada se cuenta después desde ese año.
ORIGIN_ASIDE_BEFORE = (
    r"(?:(?<!\bfue\s)(?<!\bfueron\s)(?<!\bsido\s)(?<!\bes\s)(?<!\bson\s)"
    r"\b(?:fundad[oa]s?|construid[oa]s?|erigid[oa]s?|edificad[oa]s?|levantad[oa]s?)"
    r"(?:\s+por\s+[^,.;:\n]{1,40}?)?\s+en\s+(?:el\s+año\s+)?"
    r"|\b(?:data|datan|datando)\s+de\s+(?:(?:el\s+año\s+)?))$"
)
THING_BEFORE = r"\b(?:su|sus|desde|los|las)\s+$"
STORY_YEAR_FRAME = (
    r"(?:^|[.!?]\s+|\n\s*)(?:(?:En|Desde|Durante|Hacia|A\s+finales\s+de|A\s+principios\s+de)\s+)?"
    r"(?:el\s+)?$"
)
STORY_ASIDE = r"\b(?:hasta)\b[^.;:!?()\n]{0,60}$"
# A weekday after a verb of saying is when the news was told: "dijo el jueves".
REPORTED_ON = (
    r"\b(?:dijo|dijeron|afirmó|afirmaron|declaró|declararon|anunció|anunciaron|informó"
    r"|informaron|aseguró|aseguraron|explicó|señaló|indicó|confirmó|negó|reveló|añadió"
    r"|manifestó|precisó|destacó|advirtió)\b[^.;\n]{0,30}$"
)
# Una cita atribuida en presente («…», recuerda una vecina): una entrevista de hoy, cuente
# la historia que cuente (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = (
    r"\b(?:dice|dicen|cuenta|cuentan|recuerda|recuerdan|explica|explican|relata|relatan"
    r"|añade|añaden|asegura|aseguran|afirma|afirman|reconoce|reconocen|admite|admiten)\b"
)
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"\b(?:dijo|dice|contó|cuenta|recordó|recuerda|explicó|explica|relató|relata"
    r"|escribió|escribe|añadió|añade)\b[^.;\n]{0,30}$"
)
PERIOD_OF = " de "
_NUMBER_WORDS = tuple(ONES) + tuple(TENS)  # the count words of a rate, should one be read
# "13.00 GMT": the Spanish TimeBank marks a time in UTC with "Z" ("T13:00Z").
UTC_ZONE = r"(?i:GMT|UTC)"


# A bare season already over this year, in a sentence about the future, is next year's
# ("Строительство начнётся весной" in October); English keeps this year's.
SEASON_OVER_AHEAD = True


# "Zwei Wochen später" after a day named: that day two weeks on (a timeline dates a
# happening by its day), not only the week it falls in.
WEEKS_FROM_A_DAY_AS_DAY = True

# What joins two lengths of one ("dos horas y 30 minutos").
DURATION_AND = r"\s+y\s+"


# A season counted from the last date mentioned ("en noviembre de 1975 … la primavera
# siguiente"), and one of that date's year ("en agosto de 1976 … ese mismo verano").
SEASON_FOLLOWING = {"siguiente": 1, "anterior": -1}
SEASON_ANAPHORA = ("mismo", "misma", "ese mismo", "esa misma", "aquel mismo", "aquella misma")


# "a finales de año", "a principios del mes": the rule captures the unit itself as its
# relative word (``timex._MODIFIED``). In a story of 1973, "A finales de año, la obra estaba
# terminada" is the end of 1973, not of the publication year.
MODIFIED_UNIT_RELS = frozenset({"año", "ano", "mes"})
