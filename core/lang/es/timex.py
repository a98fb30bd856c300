"""Spanish time expressions: the grammar's rules and the words that trigger them.

The rule and group names are English's (``core.lang.en.timex``), so the resolvers read them
unchanged. Spans follow the Spanish TimeBank: the article and its contractions belong to the
expression ("el 14 de febrero", "del sábado", "al año"), other prepositions do not ("en",
"desde", "hasta", "a"). Spanish puts a relative word before or after its noun ("el próximo
lunes", "el lunes próximo"): ``_either_side`` captures it in the one group the resolvers read.
"""

from __future__ import annotations

import re

from core.lang.es.calendar import (
    ADJ_UNIT,
    APPROX,
    DAY_NUM,
    FULL_MONTH,
    HOLIDAYS,
    MONTH,
    MONTHS,
    NUM_WORD,
    NUMBER,
    ONES,
    ORDINALS,
    PART_OF_DAY,
    QUOTED_FOREIGN_MONTHS,
    SEASONS,
    SPELLED_YEAR,
    TENS,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    YEAR4,
)

# Calendar pieces every language's timex names, though Spanish rules spell them otherwise.
_ALSO_NAMED = (ADJ_UNIT, NUM_WORD, SEASONS, SPELLED_YEAR)
_NEVER = r"(?!)"  # a group the resolvers read that Spanish never fills
# Spanish clock times say the part of the day: "las 11 de la mañana", "las 8 de la tarde".
AMPM = rf"(?:{PART_OF_DAY})"
ERA_BC = r"(?:a\.\s?[Cc]\.|antes\s+de\s+Cristo)"
WEEKDAY_ABBR = r"(?:[Ll]un|[Mm]ar|[Mm]i[ée]|[Jj]ue|[Vv]ie|[Ss][áa]b|[Dd]om)\."
ORDINAL_WORD = r"(?:primer|primero|segundo|tercer|tercero|cuarto|[úu]ltimo)"
QUALIFIER = r"(?:actual|anterior|mismo|[úu]ltimo)"
# "mayo de ese año", "marzo del año siguiente": the year of the last date.
YEAR_ANAPHOR = r"(?:ese|aquel|mismo|siguiente|anterior)"
_QUOTED = dict.fromkeys(w for names in QUOTED_FOREIGN_MONTHS.values() for w in names)
QUOTED_FOREIGN_MONTH = "(?:" + "|".join(sorted(_QUOTED, key=len, reverse=True)) + ")"
_ART = r"(?:[Ee]l|[Dd]el|[Aa]l)\s+"
# "a finales de septiembre", "principios de este año", "mediados del pasado mes de mayo".
MODIFIER = (
    r"(?:(?:[Pp]rincipios|[Cc]omienzos|[Ii]nicios|[Ff]inales|[Ff]ines|[Mm]ediados"
    r"|[Ee]l\s+(?:fin|final|principio|comienzo|inicio)|[Ll]a\s+mitad"
    r"|[Ll]os\s+(?:primeros|[úu]ltimos)\s+d[íi]as)\s+(?:del?|de\s+los|de\s+las)\s+(?!semana\b))"
)
_BEFORE = r"pr[óo]xim[oa]|pasad[oa]|est[ea]|presente|actual|corriente"
RELATIVE = rf"(?:{_BEFORE})"
_AFTER = r"pasad[oa]|pr[óo]xim[oa]|que\s+viene|venider[oa]|entrante|en\s+curso"
_AFTER_WORD = rf"(?:{_AFTER})\b"
_POD = r"(?:mañana|tarde|noche|madrugada)"
_ANA_UNIT = r"(?:d[íi]a|semana|mes|a[ñn]o|noche|mañana|tarde|jornada|fin\s+de\s+semana)"
_ANA_DIR = r"(?:siguiente|anterior|posterior|previ[oa])"
# "la mañana del miércoles", "el lunes por la tarde": the part of the day, before or after.
_WEEKDAY_POD = (
    rf"(?:(?=(?:[Ll]a\s+|(?:(?:[Ee]l|[Dd]el|[Aa]l)\s+)?(?:(?:pr[óo]ximo|pasado|este)\s+)?{WEEKDAY}"
    rf"(?:\s+(?:{_AFTER}))?\s+por\s+la\s+)(?P<pod>{_POD})\b(?!\s+(?!del?\s)\w)))?"
)
# "la madrugada de hoy", "ayer por la tarde".
_DEICTIC_POD = (
    r"(?:(?=(?:[Ll]a\s+|(?:[Hh]oy|[Aa]yer|[Aa]nteayer|[Mm]añana)\s+(?:por|en|de)\s+la\s+)"
    rf"(?P<pod>{_POD})\b))?"
)
# "dos días después", "meses antes": how long after, a duration in the Spanish TimeBank.
_LATER = r"(?:despu[ée]s|antes|m[áa]s\s+tarde)(?!\s+(?:del?|que)\b)"
_VAGUE_PRE = (
    r"(?:[Hh]ace(?:\s+(?:ya|s[óo]lo|apenas|mucho))?(?:\s+(?:unos|unas|muchos|muchas|varios"
    r"|varias|pocos|pocas|algunos|algunas))?|(?:[Ll]os|[Ll]as)\s+(?:[úu]ltim[oa]s|pr[óo]xim[oa]s"
    r"|pasad[oa]s|primer[oa]s)|[Ee]stos\s+[úu]ltimos|[Uu]n\s+largo|[Uu]n\s+buen|[Uu]n|[Uu]nos"
    r"|[Uu]nas|[Mm]uchos|[Mm]uchas|[Vv]arios|[Vv]arias|[Pp]ocos|[Pp]ocas|[Aa]lgunos|[Aa]lgunas)"
)
_VAGUE_UNIT = (
    r"(?:segundos|minutos|[Hh]oras|[Dd][íi]as|(?<![Uu]nas\s)jornadas|[Ss]emanas|[Mm]eses|[Aa][ñn]os"
    r"|d[ée]cadas|siglos|(?<=[Hh]ace\s)tiempo|(?<=[Uu]n\s)tiempo|(?<=[Uu]n\s)rato"
    r"|(?<=[Uu]n\sbuen\s)rato|(?<=[Uu]n\s)ratito|(?<=[Tt]odo\sel\s)rato)"
)
# "la pasada Cumbre", "las próximas elecciones": a past or future occasion, not a date.
_ADJ_AFTER_ARTICLE = (
    r"(?:(?<=\b[Ee]l\s)|(?<=\b[Ll]a\s)|(?<=\b[Ll]os\s)|(?<=\b[Ll]as\s)|(?<=\b[Dd]el\s)"
    r"|(?<=\b[Aa]l\s)|(?<=\b[Ss]u\s)|(?<=\b[Ss]us\s)|(?<=\b[Mm]is\s)|(?<=\b[Mm]i\s)"
    r"|(?<=\b[Nn]uestro\s)|(?<=\b[Nn]uestra\s)|(?<=\b[Nn]uestros\s)|(?<=\b[Nn]uestras\s))"
)
_NOT_CALENDAR_NOUN = (
    r"\s+(?!(?:a[ñn]o|siglo|trimestre|d[ée]cada|decenio|a[ñn]os|meses|semanas|d[íi]as?|fin|mes"
    rf"|{WEEKDAY}|{FULL_MONTH}|[Nn]avidad|\d|d[ée]cadas|horas|jornadas?|tempor|ejercicio|curso|verano|invierno"
    r"|oto[ñn]o|primavera|noche|mañana|tarde|\w+\s+d[íi]as?\b)\b)[A-Za-zÁÉÍÓÚáéíóúñ]"
)
_DURATION_ADJ = (
    r"(?:[úu]ltim[oa]s|pr[óo]xim[oa]s|primer[oa]s|pasad[oa]s|largos|largas|enteros|enteras"
    r"|seguidos|seguidas)"
)
TIME_ZONE = r"(?:hora\s+local|hora\s+peninsular|hora\s+canaria|GMT|gmt|UTC|utc|CET)"
DAY_TAIL = rf"(?:{WEEKDAY}|hoy|ayer|mañana)"
_SEASON = r"(?:[Pp]rimavera|[Vv]erano|[Oo]to[ñn]o|[Ii]nvierno)"
# "el fin de semana": the rules capture "fin" as the unit (``cues.WEEKEND``).
_WEEKEND = r"fin(?=\s+de\s+semana\b)"
_CAL_UNIT = r"(?:a[ñn]o|mes|semana|siglo|trimestre|d[ée]cada|decenio|fin\s+de\s+semana)"
HOLIDAY = "|".join(
    r"\s+".join(re.escape(part) for part in name.split())
    for name in sorted(HOLIDAYS, key=len, reverse=True)
)


def _either_side(
    noun: str, before: str = _BEFORE, after: str = _AFTER, optional: bool = True
) -> str:
    """A lookahead capturing, as ``rel``, the relative word before ``noun`` or after it
    (required unless ``optional``).

    ``noun`` is a regex without groups; the rule consumes the words itself.
    """
    look = rf"(?=(?:{noun}\s+)?(?P<rel>(?i:{before}|{after}))\b)"
    return f"(?:{look})?" if optional else look


_MONTH_REL = _either_side(
    rf"(?:mes\s+de\s+)?{FULL_MONTH}", r"pasado|pr[óo]ximo", _AFTER + r"|siguiente|anterior"
)
# "ese mismo verano", "la primavera siguiente": from the last date named (``SEASON_ANAPHORA``,
# ``SEASON_FOLLOWING``)
_SEASON_SAME = r"(?:(?:ese|esa|aquel|aquella)\s+)?mism[oa]"
_SEASON_REL = _either_side(
    _SEASON,
    rf"pr[óo]xim[oa]|pasad[oa]|est[ea]|{_SEASON_SAME}|ese|esa|aquel|aquella",
    _AFTER + r"|siguiente|anterior",
)
_WEEKDAY_REL = _either_side(
    WEEKDAY, r"pr[óo]ximo|pasado|este|mismo|cada|todos\s+los", _AFTER + r"|siguiente|anterior"
)
# "finales del año", "a mediados de mes": the year (month) of publication, as if "este" stood
# there; the unit itself is captured as the relative word (``cues.UNIT_STEP`` gives 0).
_MODIFIED = "|".join(
    rf"(?<={word}\s{of}\s)"
    for word in ("finales", "fines", "fin", "principios", "mediados", "comienzos", "inicios", "va")
    for of in ("de", "del")
)  # "en lo que va de año": so far this year
# "en el año" with no number, no "que" after: the year it is said in, as "this year" is
_IN_THE_YEAR = r"(?<=\b[Ee]n\sel\s)a[ñn]o(?!\s+(?:en\s+(?:que|el\s+que)|que|\d))"
# "a principios del año siguiente": after a modifier, the unit after the last date told
# (``cues.ANAPHOR_STEP``); alone, "el año siguiente" is the anaphor rule's.
_TOLD_AFTER = r"siguiente|anterior"
_UNIT_REL = _either_side(
    _CAL_UNIT,
    _BEFORE + rf"|(?:{_MODIFIED})(?:a[ñn]o|mes|semana)(?!\s+(?:{_TOLD_AFTER})\b)|{_IN_THE_YEAR}",
    rf"{_AFTER}|(?<=[Dd]el\s(?:año|ano|mes)\s)(?:{_TOLD_AFTER})",
    optional=False,
)

RULES: tuple[tuple[str, str], ...] = (
    # las 8.15 / las 11.45 horas / las 11 de la mañana / 13.00 GMT / mediodía
    (
        "time",
        rf"""(?P<approx>(?:alrededor\s+de|hacia|sobre)\s+)?(?:[Ll]as?\s+)?
        (?:(?P<hour>1[0-2]|0?[1-9]|(?<=[Ll]as\s)(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)
            |(?<=[Ll]a\s)una)(?:[:.](?P<minute>[0-5]\d))?(?:\s+horas)?\s+de\s+la\s+(?P<ampm>{AMPM})
          |(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?![\d:]|[.,]\d|\s+(?:minutos|segundos|metros|puntos|euros|d[óo]lares|por\s+ciento))(?:\s+(?:horas|h)\b)?
          |(?P<mil>{_NEVER})(?P<milm>{_NEVER})
          |(?P<noon>mediod[íi]a|medianoche))
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:,?\s+(?:del?\s+)?(?:pasado\s+)?(?P<tail>{DAY_TAIL})\b(?:\s+pasado\b)?)?""",
    ),
    # la noche del 13 de mayo / la mañana del lunes 4 de febrero
    (
        "podof",
        rf"""[Ll]a\s+(?P<pod>mañana|tarde|noche|madrugada)\s+del\s+(?:{WEEKDAY},?\s+)?(?:d[íi]a\s+)?
        (?P<day>{DAY_NUM})\s+de\s+(?P<month>{MONTH})(?P<day2>{_NEVER})?(?P<month2>{_NEVER})?
        (?:,?\s+(?:de|del)\s+(?P<year>{YEAR4})\b)?""",
    ),
    # el 14 de febrero (de 2022) / del 7 de marzo / el próximo 2 de mayo / el 25 de abril pasado
    (
        "dmy",
        rf"""(?:{_ART})?(?:(?P<drel>pr[óo]ximo|pasado)\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:d[íi]a\s+)?
        (?<![\d$.,])(?P<day>{DAY_NUM})\s+de\s+(?P<month>{MONTH})
        (?:,?\s+(?:de|del)\s+(?P<year>{YEAR4})\b)?(?:\s+(?:pasado|pr[óo]ximo)\b)?""",
    ),
    # 12/03/2003 / 12.03.2003 / 2003-03-12 (day first: calendar.NUMERIC_DATE_ORDER)
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}([/.-])\d{1,2}\1\d{4})(?![\d/])""",
    ),
    # el 9 (y 10 de junio) / del 7 (al 11 de septiembre): a day whose month comes after;
    # el día 8 / del día 3 al 5: a day in the month of the last date (or of publication)
    (
        "mdy",
        rf"""(?:(?P<al>(?<=\d\s)[Aa]l\s+)|(?:[Ee]l|[Dd]el)\s+)?(?:(?:pasado|pr[óo]ximo)\s+)?
        (?P<dia>d[íi]a\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})(?![\d%]|[,.]\d|\s*(?:%|por\s+ciento))
        (?(dia)|(?(al)|(?=\s+(?:y|al|a|o|-|–)\s+(?:el\s+)?(?:d[íi]a\s+)?\d{{1,2}}\s+de\s+(?P<month>{MONTH})
          (?:,?\s+(?:de|del)\s+(?P<year>{YEAR4})\b)?)))""",
    ),
    # marzo de 1998 / finales de septiembre de 1998 / marzo del año pasado / mayo de ese año
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?:(?:[Ee]l\s+)?mes\s+de\s+)?(?P<month>{MONTH}),?\s+(?:de|del)\s+
        (?:(?P<year>{YEAR4})\b(?![\d%])|(?P<spelled>{_NEVER})
        |(?=(?:a[ñn]o\s+)?(?:(?P<yrel>pasado|pr[óo]ximo|que\s+viene|este|presente)|(?P<yana>{YEAR_ANAPHOR}))\b)
          (?:(?:este|presente|ese|aquel|mismo)\s+)?a[ñn]o(?:\s+(?:pasado|pr[óo]ximo|que\s+viene|siguiente|anterior)\b)?)""",
    ),
    # junio / a mediados de septiembre / junio pasado / el próximo mes de marzo
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?:[Ee]l|[Dd]el)\s+(?=(?:pasado|pr[óo]ximo|mes)\s))?
        {_MONTH_REL}
        (?:(?i:pasado|pr[óo]ximo)\s+)?(?:mes\s+de\s+)?(?P<month>{FULL_MONTH})
        (?:\s+(?:{_AFTER_WORD}|(?i:siguiente|anterior)\b))?""",
    ),
    # los años noventa / la década de los noventa / los años 90 / la década de 1990
    (
        "decade",
        r"""(?P<the>[Ll]a\s+d[ée]cada\s+de(?:\s+los)?\s+|[Ll]os\s+a[ñn]os\s+)(?P<mod>(?!))?
        (?:(?P<decade>1[5-9]\d0|20\d0)\b(?!\d)|(?P<short>[1-9]0)\b(?![\d%])
        |(?P<word>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b)""",
    ),
    # el siglo XIX / del siglo XVIII / el siglo 21
    (
        "century",
        rf"""(?:(?:[Ee]l|[Dd]el)\s+)?[Ss]iglo\s+(?P<ord>[IVX]+|\d{{1,2}})\b(?P<mod>(?!))?
        (?:\s+(?P<era>{ERA_BC}))?""",
    ),
    # el primer trimestre / el segundo trimestre de 1999 / el tercer trimestre del año pasado
    (
        "quarter",
        rf"""(?:(?P<det>[Ee]l|[Ee]ste|[Ee]se)\s+)?(?P<yref>{_NEVER})?(?P<qyear>{_NEVER})?
        (?P<qord>{ORDINAL_WORD})\s+(?P<qunit>trimestre|semestre)\b
        (?:\s+(?:de|del)\s+(?:(?P<qyear2>{YEAR4})\b|(?P<qyear3>{_NEVER})
          |(?=(?:a[ñn]o\s+)?(?P<qrel>este|pasado|pr[óo]ximo|que\s+viene)\b)(?:este\s+)?a[ñn]o(?:\s+(?:pasado|pr[óo]ximo|que\s+viene)\b)?))?""",
    ),
    # 1987 / el 2000 / del 2002 / en 1999 / finales de 1998 / el año 2000 / el ejercicio 2001
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>(?:[Ee]l|[Dd]el|[Aa]l)\s+(?:a[ñn]o\s+|ejercicio\s+)?|[Ll]os\s+a[ñn]os\s+)?
        (?<![\d$£€#.,/:])(?<![A-Za-z]-)(?P<year>{YEAR4})(?(fiscal)(?:[-–/]\d{{2}}\b)?)(?![\d%]|[.,]\d|\s*(?:%|por\s+ciento))""",
    ),
    # en primavera / este invierno / el verano pasado / la primavera de 1971
    (
        "season",
        rf"""(?P<mod>{MODIFIER})?(?:(?:[Ee]l|[Ll]a|[Dd]el)\s+)?{_SEASON_REL}
        (?:(?i:pr[óo]xim[oa]|pasad[oa]|est[ea]|{_SEASON_SAME}|ese|esa|aquel|aquella)\s+)?(?P<mod2>{_NEVER})?
        (?P<season>primavera|verano|oto[ñn]o|invierno|Primavera|Verano|Oto[ñn]o|Invierno)\b
        (?:\s+(?:{_AFTER_WORD}|(?i:siguiente|anterior)\b)|\s+(?:de|del)\s+(?:(?P<year>{YEAR4})\b|(?P<spelled>{_NEVER})))?""",
    ),
    # hoy / ayer / mañana / hoy, jueves / anoche / esta mañana / ayer por la tarde
    (
        "deictic",
        rf"""(?P<mod>{_NEVER})?(?:{_DEICTIC_POD}(?:[Ll]a\s+{_POD}\s+de\s+(?=hoy|ayer|anteayer))?
          (?P<word>[Hh]oy|[Aa]yer|[Aa]nteayer|[Aa]nteanoche|[Aa]noche|[Pp]asado\s+mañana
            |(?<![Ll]a\s)(?<![Ee]sta\s)(?<![Uu]na\s)(?<![Cc]ada\s)(?<![Mm]edia\s)(?<![Tt]oda\s)(?<![Ee]sa\s)(?<![Pp]asado\s)[Mm]añana)
          (?:\s+(?:por|en|de)\s+la\s+{_POD})?(?:,?\s+{WEEKDAY}\b(?:\s+\d{{1,2}}\b(?!\s+de\s))?)?
        |(?P<this>[Ee]sta|[Ee]ste(?=\s+mediod))\s+(?P<pod2>{_POD}|mediod[íi]a)\b|(?P<over>{_NEVER})
        |[Aa]\s+media\s+(?P<mid>mañana|tarde)(?:\s+de\s+(?P<word2>hoy|ayer))?)(?!\w)""",
    ),
    # el lunes / el próximo lunes / el lunes pasado / este miércoles / del sábado / el viernes de
    # la próxima semana / el lunes de la semana pasada
    (
        "weekday",
        rf"""{_WEEKDAY_POD}(?:[Ll]a\s+{_POD}\s+(?=del?\s))?(?:(?:[Ee]l|[Dd]el|[Aa]l)\s+)?
        {_WEEKDAY_REL}
        (?:(?i:pr[óo]ximo|pasado|este|mismo|cada|todos\s+los)\s+)?(?P<weekday>{WEEKDAY})(?P<plural>(?<=o)s)?\b
        (?:\s+(?:{_AFTER}|siguiente|anterior)\b)?(?:\s+por\s+la\s+{_POD})?(?P<pods>{_NEVER})?
        (?:\s+de\s+la\s+(?P<week>(?i:pr[óo]xima|pasada)\s+semana|semana\s+(?i:pr[óo]xima|pasada))\b)?""",
    ),
    # Navidad / el Primero de Mayo / el Viernes Santo
    (
        "holiday",
        rf"""(?:(?:[Ee]l|[Dd]el|[Ll]a)\s+)?(?:(?P<rel>pr[óo]xim[oa]|pasad[oa])\s+)?(?P<hol>{HOLIDAY})\b
        (?:\s+(?:de|del)\s+(?P<year>{YEAR4})\b)?""",
    ),
    # hace dos años / hace más de 30 años / dos días después / tres semanas antes / dentro de
    # dos semanas
    (
        "ago",
        rf"""(?P<dir>[Hh]ace|[Dd]entro\x20de)\s+(?:(?:ya|s[óo]lo|apenas|escasamente|hoy|justo|exactamente)\s+){{0,2}}(?:(?P<approx>{APPROX})\s+)?
        (?P<num>{NUMBER})\s+(?P<unit>{UNIT})(?P<tail>{_NEVER})?""",
    ),
    # al día siguiente / el día anterior / ese mismo día / aquel año / por la tarde (not
    # "aquella mañana de octubre de 1982": a morning of the date that follows, not of the last)
    (
        "anaphor",
        rf"""(?P<pre>{_NEVER})?(?:(?P<rel>[Ee]se(?:\s+mismo)?|[Ee]sa(?:\s+misma)?|[Aa]quel(?:\s+mismo)?|[Aa]quella(?:\s+misma)?
            |[Ee]l\s+mismo|[Ll]a\s+misma|(?<=[Dd][íi]a\spor\s)la)\s+
          (?P<unit>d[íi]a|mañana|tarde|noche|semana|mes|a[ñn]o|jornada|{_WEEKEND})\b(?:\s+de\s+semana)?
          (?!\s+de\s+(?:{FULL_MONTH}|\d))
        |(?:[Aa]l|[Ee]l|[Dd]el|[Ll]a|[Aa]\s+la)\s+(?=(?:{_ANA_UNIT}\s+)?(?P<dir>{_ANA_DIR}|v[íi]spera)\b)
          (?P<unit2>{_WEEKEND}|{_ANA_UNIT}|v[íi]spera)(?:\s+de\s+semana)?(?:\s+{_ANA_DIR})?(?P<deixis>{_NEVER})?)\b""",
    ),
    # este año / la semana pasada / el año próximo / la próxima semana / principios de este año
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?P<pre>{_NEVER})?(?:(?:[Ee]l|[Ll]a|[Dd]el|[Aa]l)\s+)?{_UNIT_REL}
        (?:(?i:{_BEFORE})\s+)?(?P<unit>a[ñn]o|mes|semana|siglo|trimestre|d[ée]cada|decenio|{_WEEKEND})\b
        (?:\s+de\s+semana)?(?:\s+{_AFTER_WORD}|(?<=[Dd]el\s(?:año|ano|mes))\s+(?:{_TOLD_AFTER})\b)?(?P<orso>{_NEVER})?""",
    ),
    # "durante el fin de semana": the weekend the verb's tense points to, as German "am
    # Wochenende"; "el fin de semana pasado" and "del 12 de julio" are the rules' above
    (
        "relunit:el",
        rf"""(?P<mod>{_NEVER})?(?P<pre>{_NEVER})?[Ee]l\s+(?P<rel>)(?P<tensed>)(?P<unit>{_WEEKEND})
        \s+de\s+semana\b(?!\s+(?:{_AFTER_WORD}|pr[óo]ximo|siguiente|anterior|del?\s))(?P<orso>{_NEVER})?""",
    ),
    # dos días / 10 años / más de un año / los últimos dos meses / dos semanas y media
    (
        "duration",
        rf"""(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>[Ll]os|[Ll]as)\s+)?
        (?:(?P<rel>[úu]ltim[oa]s|pr[óo]xim[oa]s|primer[oa]s|pasad[oa]s|siguientes|restantes)\s+)?
        (?:(?P<num>{NUMBER})(?P<num2>{_NEVER})?(?=(?:\s+(?:a|o)\s+{NUMBER})?\s+(?:{_DURATION_ADJ}\s+)?(?P<unit>{UNIT}))
          (?:\s+(?:{_DURATION_ADJ}\s+)?{UNIT})?(?P<half>\s+y\s+medi[oa]\b)?
          (?:\s+(?:seguid[oa]s|consecutiv[oa]s|enter[oa]s)\b)?(?:\s+m[áa]s\b(?!\s+(?:de|que|tarde)\b))?
          (?:\s+{_LATER}\b)?
        |[Tt]od[oa]\s+(?:el|la)\s+(?P<anum>{_NEVER})?(?P<aunit>d[íi]a|semana|mes|a[ñn]o|noche|mañana|tarde|jornada)\b)
        (?P<orso>{_NEVER})?""",
    ),
    # años / los últimos meses / hace tiempo / varias jornadas / las próximas horas
    (
        "vague",
        rf"""(?:(?=(?:{_VAGUE_UNIT}\s+)?(?P<pre>{_VAGUE_PRE}|{_LATER})\b))?(?:(?:{_VAGUE_PRE})\s+)?
        (?P<unit>{_VAGUE_UNIT})\b(?:\s+{_LATER}\b)?
        (?P<long>{_NEVER})?(?P<ahead>{_NEVER})?""",
    ),
    # ahora / actualmente / en la actualidad / hoy por hoy / recientemente / el futuro
    (
        "ref",
        rf"""(?<![-'])\b(?:(?P<present>[Aa]hora(?:\s+mismo)?|(?<=\b[Dd]el\s)presente(?!\s+[a-záéíóúñ])|[Aa]ctualmente|[Ll]a\s+actualidad|[Hh]oy\s+(?:por\s+hoy|en\s+d[íi]a)
          |[Ee]stos\s+momentos|[Ee]ste\s+momento|[Ee]stos\s+d[íi]as|(?<=[Hh]asta\s)el\s+momento|(?<=[Dd]e\s)momento|[Aa]ctual|[Aa]ctuales
          |[Mm]omentáne[oa])
        |(?P<past>(?<=[Ee]n\s)su\s+momento|[ÚúUu]ltimamente|(?:[Ee]sos|[Aa]quellos)\s+momentos|(?:[Ee]se|[Aa]quel)\s+momento|[Rr]ecientemente|[Rr]eci[ée]n|[Rr]ecientes?|[Úú]ltimamente|[Aa]ntaño|(?:[Aa]quel\s+)?(?<=[Dd]esde\s)entonces
          |[Aa]quel\s+entonces|(?<=[Hh]asta\s)entonces|(?<=\b[Dd]el\s)pasado(?!\s+\w)|{_ADJ_AFTER_ARTICLE}pasad[oa]s?(?={_NOT_CALENDAR_NOUN}))
        |(?P<future>[Aa]lg[úu]n\s+d[íi]a|[Cc]ualquier\s+momento|(?:[Ll]argo|[Mm]edio)\s+plazo|(?:[Ee]l\s+)?[Ff]uturo|[Ff]utur[oa]s|[Ff]utura|[Pp]r[óo]ximamente
          |{_ADJ_AFTER_ARTICLE}pr[óo]xim[oa]s?(?={_NOT_CALENDAR_NOUN}))
        )\b(?![-'])""",
    ),
    # diario / mensuales / al año / cada día / por semana / todos los lunes
    (
        "set",
        rf"""(?P<adv>(?:[Tt]odos\s+)?[Ll]os\s+fines\s+de\s+semana|(?<!\b[Ee]l\s)(?<!\b[Uu]n\s)(?<!\b[Dd]el\s)(?<!\b[Aa]l\s)(?<!\b[Ss]u\s)(?<!\b[Ee]ste\s)(?<!\b[Ll]os\s)(?<!\b[Ll]as\s)(?<!\b[Ss]us\s)(?<!\b[Dd]os\s)(?<!\b[Tt]res\s)\b(?:diari[oa]s?|diariamente|mensual(?:es)?|mensualmente|anual(?:es)?|anualmente
          |semanal(?:es)?|semanalmente|bimensual(?:es)?|trimestral(?:es)?|semestral(?:es)?|quincenal(?:es)?))\b
        |(?P<q>[Cc]ada|[Aa]l|[Pp]or|[Tt]od[oa]s\s+l[oa]s)\s+(?P<what>(?<=s\s)(?:d[íi]as|semanas|meses|a[ñn]os|mañanas|tardes|noches)
          |d[íi]a|semana|mes|a[ñn]o|trimestre|hora|minuto|jornada
          |mañana|tarde|noche|{WEEKDAY}|{FULL_MONTH})\b(?!\s+(?:siguiente|anterior|posterior|del?|que|en|a)\b)""",
    ),
)

# -- where to try the grammar (``core.temporal.triggers``) --
_DATE_RULES = ("dmy", "mdy", "my", "month", "set", "podof")
_UNIT_RULES = ("duration", "ago", "vague", "relunit", "anaphor", "quarter", "set", "ref",
               "century", "decade")  # fmt: skip
_UNIT_WORDS = (
    "segundo segundos minuto minutos hora horas día días dia dias jornada jornadas semana"
    " semanas quincena quincenas mes meses trimestre trimestres semestre semestres año años"
    " ano anos década décadas decada decadas decenio decenios siglo siglos milenio milenios"
    " tiempo rato ratito"
).split()
TRIGGERS = (
    (tuple(MONTHS), _DATE_RULES),
    ((*WEEKDAYS, "sábados", "sabados", "domingos"), ("weekday", "set", "dmy")),
    (tuple(_UNIT_WORDS), (*_UNIT_RULES, "time")),
    (("mañana", "manana", "tarde", "noche", "madrugada"),
     ("deictic", "anaphor", "set", "time", "podof")),
    (("hoy", "ayer", "anteayer", "anoche", "anteanoche"), ("deictic", "ref")),
    (("ahora", "actualmente", "actualidad", "momento", "momentos", "días", "momentáneo",
      "momentánea", "actual", "actuales", "recientemente", "recién", "recien", "reciente",
      "recientes", "últimamente", "antaño", "entonces", "pasado", "pasada", "futuro", "futura",
      "futuros", "futuras", "próximamente", "próximas", "próxima", "próximo", "próximos",
      "proximo", "proxima", "proximos", "proximas", "pasados", "pasadas", "ultimamente",
      "presente"),
     ("ref",)),
    (("primavera", "verano", "otoño", "otono", "invierno"), ("season",)),
    (tuple(w.lower() for name in HOLIDAYS for w in name.split()[:1]), ("holiday",)),
    (("diario", "diaria", "diarios", "diarias", "diariamente", "mensual", "mensuales",
      "mensualmente", "anual", "anuales", "anualmente", "semanal", "semanales", "semanalmente",
      "bimensual", "bimensuales", "trimestral", "trimestrales", "semestral", "semestrales",
      "quincenal", "quincenales"),
     ("set",)),
    (("noventa", "ochenta", "setenta", "sesenta", "cincuenta", "cuarenta", "treinta",
      "veinte"),
     ("decade",)),
    (("mediodía", "mediodia"), ("time", "deictic")),  # "a mediodía", "este mediodía"
    (("medianoche", "gmt", "utc"), ("time",)),
    (("hace",), ("ago", "vague")),
    (("fin", "fines"), ("relunit", "relunit:el", "anaphor", "set")),
    (("plazo", "víspera", "vispera"), ("ref", "anaphor")),
    (("día", "dia"), ("mdy", "dmy")),
    (("después", "despues", "antes"), ("ago",)),
    (("dentro",), ("ago",)),
)  # fmt: skip
# (pattern, rules) for tokens that start with a digit; the first that matches wins.
DIGIT_TRIGGERS = (
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "decade", "numeric")),
    (r"\d{1,2}([/.-])\d{1,2}\1\d{4}$", ("numeric",)),
    (r"\d{1,2}[:.]\d\d(?!\d)", ("time",)),
    (r"[1-9]0$", ("decade", "mdy")),
    (r"\d{1,2}$", ("mdy",)),
)
# Words that may open an expression before its trigger ("el próximo", "hace casi", "finales de").
PREFIX_WORDS = (
    frozenset(
        "el la los las lo del al de a en y o este esta estos estas ese esa esos esas aquel"
        " aquella próximo próxima próximos próximas proximo proxima pasado pasada pasados pasadas"
        " último última últimos últimas ultimo ultima primeros primeras hace ya sólo solo apenas"
        " casi más mas menos unos unas cerca alrededor aproximadamente hasta por mismo misma cada"
        " todos todas todo toda finales principios comienzos inicios mediados fines fin final"
        " mitad mes año década siglo medio media par docena varios varias muchos muchas pocos"
        " pocas algunos algunas un una largo largos hoy ayer mañana día dia días dias ejercicio"
        " siguientes restantes que viene entrante curso hacia sobre las algún alguna aquellos"
        " aquellas cualquier largo medio corto".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
# A number token that may open an expression: "5", "1.000", "1º".
NUMBER_TOKEN = r"[\d$][\d.,/$]*(?:º|ª)?"
# No possessive endings on Spanish triggers.
POSSESSIVE_ENDINGS = ("'s", "’s")
