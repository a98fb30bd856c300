"""German time expressions: the grammar's rules and the words that trigger them.

The rule names and group names are the resolvers' (``core.temporal``), as in English; German
has its own patterns for them: the day before the month with a full stop ("am 14. Februar"),
"vor" before a count ("vor zwei Jahren", the rule variant ``ago:before``), parts of the day
written into a weekday ("Montagvormittag"), and every inflected form of a relative word
("nächste Woche", "nächsten Montag", "nächstes Jahr"). Spans follow the TIMEX3 annotation of
German news (KRAUTS): prepositions and "am"/"im" outside, modifiers ("Anfang", "fast") inside.
"""

from __future__ import annotations

import re

from core.lang.de import calendar as _calendar
from core.lang.de.calendar import (
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


def _inflected(*stems: str) -> str:
    """A regex of adjective stems with every ending: "nächst" -> nächste, nächsten, …"""
    return "(?:" + "|".join(rf"{s}(?:e[nmrs]?)" for s in stems) + r")\b"


def _forms(*stems: str) -> tuple[str, ...]:
    return tuple(s + e for s in stems for e in ("e", "en", "em", "er", "es"))


# -- the grammar: pieces, then rules (name, verbose regex with named groups), by priority --
# "Anfang März", "Ende 2009", "Mitte des Jahres": the part of a period, inside the span.
MODIFIER = r"(?:(?:Anfang|Ende|Mitte|Beginn|Ausgang|anfangs|Anfangs)(?:\s+(?:des|der))?\s+)"
# "des folgenden Jahres", "desselben Jahres": the year of the last date.
YEAR_ANAPHOR = r"(?:selben|gleichen|folgenden|darauffolgenden|vorigen|vorangegangenen)"
ERA_BC = r"(?:v\.\s?Chr\.|vor\s+Christus)"
WEEKDAY_ABBR = r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\."
# Relative words before a month, a season, a weekday or a unit, with their endings.
_LAST = ("letzt", "vergangen", "vorig", "vorherig", "abgelaufen")
_NEXT = ("nächst", "kommend")
_THIS = ("dies", "laufend", "heurig", "jetzig")
RELATIVE = "(?i:" + _inflected(*_LAST, *_NEXT, *_THIS) + ")"
# "im folgenden Frühjahr", "im Herbst darauf": a season counted from the last date mentioned.
_SEASON_ANAPHORIC = ("folgend", "darauffolgend", "vorangegangen", "selb", "gleich", "jen")
# "im folgenden März": a month counted from the last date mentioned (``SEASON_FOLLOWING``).
_MONTH_ANAPHORIC = ("folgend", "darauffolgend", "vorangegangen")
# "am folgenden Montag", "am selben Tag": from the last date mentioned.
_ANAPHORIC = (
    "folgend", "darauffolgend", "darauf\\s*folgend", "selb", "gleich", "vorangegangen",
    "derselb", "dieselb", "dasselb", "demselb", "desselb",  # "in derselben Nacht"
)  # fmt: skip
# "an jenem Tag", "in jenem Jahr": the time of the date last named ("an jenem Freitag" is a
# Friday of the story's week: ``STORY_WEEKDAY_BEFORE``)
_THAT = ("jen",)
# "am gestrigen Montag", "am heutigen Freitag": the weekday of a day named from publication.
_DEICTIC = ("gestrig", "heutig", "morgig")
TIME_ZONE = r"(?:MEZ|MESZ|UTC|GMT|Ortszeit)"
DAY_TAIL = rf"(?:{WEEKDAY}|heute|gestern|morgen)"
ORDINAL_WORD = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_QUOTED = dict.fromkeys(w for names in QUOTED_FOREIGN_MONTHS.values() for w in names)
QUOTED_FOREIGN_MONTH = "(?:" + "|".join(sorted(_QUOTED, key=len, reverse=True)) + ")"
HOLIDAY = "|".join(
    r"\s+".join(re.escape(part) for part in name.split())
    for name in sorted(HOLIDAYS, key=len, reverse=True)
)
_POD_WORDS = sorted(
    {w for w in _calendar.PARTS_OF_DAY if not w.endswith("s")}, key=len, reverse=True
)
# A part of the day after a weekday, in one word or two: "Montagvormittag", "Montag Abend".
_WEEKDAY_POD = "|".join(_POD_WORDS + [w.capitalize() for w in _POD_WORDS])
_UNIT_DAY = r"(?:Tag|Morgen|Vormittag|Nachmittag|Abend|Nacht)"
_UNIT_PERIOD = r"(?:Wochenende|Woche|Monats?|Jahr(?:es|s)?|Quartals?|Jahrzehnts?|Jahrhunderts?)"

RULES: tuple[tuple[str, str], ...] = (
    # 20.30 Uhr, 8 Uhr, 14:15, gegen 9 Uhr morgens
    (
        "time",
        rf"""(?P<approx>(?:gegen|etwa|ca\.)\s+)?
        (?:(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mm>[0-5]\d))?(?:\s*Uhr\b|(?<=:\d\d)(?![\d:]|[.,]\d))
          |(?P<hour>(?!))(?P<minute>(?!))?(?P<ampm>(?!))?|(?P<mil>(?!))(?P<milm>(?!))?
          |(?P<noon>Mitternacht))
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:,?\s+(?P<tail>(?!)))?""",
    ),
    # in der Nacht vom 2. auf den 3. März: the night that begins on the first day, TIMEX3's
    # "2026-03-02TNI"
    (
        "podof",
        rf"""(?P<pod>Nacht)\s+vom\s+(?<![\d.,])(?P<day>{DAY_NUM})\s*(?:(?P<month>{MONTH})\s+)?
        (?:auf|zum)\s+(?:den\s+)?{DAY_NUM}\s*(?P<month2>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%]))?(?P<day2>(?!))?""",
    ),
    # in der Nacht zum 3. März / am Morgen des 28. Januar: a part of that day
    (
        "podof:into",
        rf"""(?P<pod>Nacht)\s+(?:zum|auf\s+den)\s+(?<![\d.,])(?P<day>{DAY_NUM})\s*(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%]))?(?P<day2>(?!))?(?P<month2>(?!))?""",
    ),
    (
        "podof:des",
        rf"""(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\s+des
        \s+(?<![\d.,])(?P<day>{DAY_NUM})\s*(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%]))?(?P<day2>(?!))?(?P<month2>(?!))?""",
    ),
    # in der Nacht von Samstag auf Sonntag: the night that begins on the Saturday
    (
        "weekday:night",
        rf"""(?P<pod>Nacht)\s+(?:von|vom)\s+(?P<weekday>{WEEKDAY})\s+(?:auf|zum)\s+{WEEKDAY}\b
        (?P<rel>(?!))?(?P<plural>(?!))?(?P<pods>(?!))?(?P<week>(?!))?""",
    ),
    # in der Nacht zum Sonntag: the night into that day, read as that day's
    (
        "weekday:into",
        rf"""(?P<pod>Nacht)\s+(?:zum|auf)\s+(?P<weekday>{WEEKDAY})\b
        (?P<rel>(?!))?(?P<plural>(?!))?(?P<pods>(?!))?(?P<week>(?!))?""",
    ),
    # Donnerstag, 25. Februar / am 14. Februar 2022 / 1. Jänner
    (
        "dmy",
        rf"""(?:(?P<weekday>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?(?<![\d.,])(?P<day>{DAY_NUM})\s*(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%]))?""",
    ),
    # the 14. of "vom 14. bis 16. Februar", "am 3. und 4. Mai": the month and year of the
    # range's end (read ahead, outside the span)
    (
        "dmy:range",
        rf"""(?<![\d.,])(?P<day>{DAY_NUM})(?=\s*(?:bis|und|-|–)\s*(?:zum\s+)?{DAY_NUM}\s*(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%]))?)""",
    ),
    # 14.02.2022 / 2022-02-14
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])""",
    ),
    # im ersten Quartal / das zweite Halbjahr 2002 (a half year is calendar.UNITS' six months)
    (
        "quarter",
        rf"""(?P<qord>(?i:erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?))\s+
        (?P<qunit>Quartal|Halbjahr)(?:e?s)?\b(?:\s+(?P<qyear>{YEAR4})\b)?
        (?:(?P<yref>(?!)))?(?:(?P<qrel>(?!)))?(?:(?P<qyear2>(?!)))?(?:(?P<qyear3>(?!)))?""",
    ),
    # November 1970 / Ende Januar 2010 / März dieses Jahres / im Mai des folgenden Jahres
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?P<month>{MONTH}),?\s+(?:(?P<year>{YEAR4})\b(?![\d%])|(?P<spelled>{SPELLED_YEAR})
        |(?P<yrel>{RELATIVE})\s+Jahres\b|des\s+(?P<yana>{YEAR_ANAPHOR})\s+Jahres\b)""",
    ),
    # Juni / Anfang März / im vergangenen April
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE}|(?i:{_inflected(*_MONTH_ANAPHORIC)}))\s+)?(?P<month>{FULL_MONTH})""",
    ),
    # die 90er Jahre / Mitte der 1990er-Jahre / der Neunzigerjahre
    (
        "decade",
        rf"""(?:(?:Anfang|Ende|Mitte)\s+)?(?P<the>(?:der|die|den)\s+)?(?P<mod>(?!))?
        (?:(?P<decade>1[5-9]\d0|20\d0)er|(?P<short>\d0)er
          |(?P<word>(?i:{"|".join(_calendar.DECADE_WORDS)}))(?=[-\s]?[Jj]ahre))(?:[-\s]?[Jj]ahre[n]?)?\b""",
    ),
    # das 19. Jahrhundert / Anfang des 20. Jahrhunderts
    (
        "century",
        rf"""(?P<mod>(?:Anfang|Ende|Mitte)\s+(?:des\s+)?)?(?P<ord>\d{{1,2}}\.)\s*Jahrhunderts?\b
        (?:\s+(?P<era>{ERA_BC}))?""",
    ),
    # 2009 / Ende 2009 / im Jahr 2000
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>(?:Jahre?s?|Geschäftsjahr(?:es)?)\s+)?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?![\d%]|[.,]\d|\s*(?:%|Prozent|Euro))""",
    ),
    # zum Jahresende / Jahresbeginn: the year they fall in
    ("yearend", r"""[Jj]ahres(?:ende|wechsel|beginn|anfang|mitte)\b"""),
    # im Frühjahr / letzten Sommer / Herbst 2010 / im Winter 1944
    (
        "season",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE}|(?i:{_inflected(*_SEASON_ANAPHORIC)}))\s+)?
        (?P<mod2>(?!))?(?P<season>Frühling|Frühjahr|Sommer|Herbst|Winter)(?:e?s)?\b(?!-)
        (?:\s+(?:(?P<year>{YEAR4})\b|(?P<spelled>{SPELLED_YEAR}))|\s+(?P<follow>darauf)\b)?""",
    ),
    # heute / gestern Abend / morgen früh / vorgestern / letzte Nacht
    (
        "deictic",
        rf"""(?P<mod>(?!))?(?:(?P<word>[Hh]eute|[Gg]estern|[Vv]orgestern|[Üü]bermorgen|morgen)
          (?:\s+(?P<pod>{PART_OF_DAY})\b)?
        |(?P<this>(?i:{_inflected("letzt", "vergangen", "vorig")}))\s+(?P<pod2>Nacht)\b
        |(?P<over>(?!))|(?P<mid>(?!))(?P<word2>(?!))?)(?!\w)""",
    ),
    # Freitag / letzten Montag / Montagvormittag / am folgenden Dienstag / jeden Sonntag
    (
        "weekday",
        rf"""(?:(?P<rel>{RELATIVE}|(?i:{_inflected(*_ANAPHORIC, *_DEICTIC)})|[Jj]ede[nrs]?)\s+)?
        (?P<weekday>{WEEKDAY})(?P<plural>(?!))?
        (?:\s?(?P<pod>{_WEEKDAY_POD})(?P<pods>(?!))?)?\b
        (?:\s+(?P<week>(?i:{_inflected(*_LAST, *_NEXT)})\s+Woche)\b)?""",
    ),
    # Weihnachten / Ostern 2010 / letzte Ostern
    (
        "holiday",
        rf"""(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})\b(?:\s+(?P<year>{YEAR4})\b)?""",
    ),
    # vor zwei Jahren / vor fast acht Jahren / vor wenigen Tagen
    (
        "ago:before",
        rf"""(?P<dir>[Vv]or)\s+(?P<approx>{APPROX}\s+)?(?P<num>{NUMBER})\s+(?P<unit>{UNIT})\b
        (?P<tail>(?!))?""",
    ),
    # zwei Jahre später / drei Tage zuvor / eine Woche danach
    (
        "ago",
        rf"""(?P<approx>{APPROX}\s+)?(?P<num>{NUMBER})\s+(?P<unit>{UNIT})
        \s+(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)\b(?P<tail>(?!))?""",
    ),
    # am folgenden Tag / am nächsten Morgen / tags darauf / in der Nacht zuvor / im selben Jahr
    (
        "anaphor",
        rf"""(?P<pre>(?!))?(?:(?P<rel>(?i:{_inflected(*_ANAPHORIC, *_THAT)}))\s+
          (?P<unit>{_UNIT_DAY}|{_UNIT_PERIOD})\b
        |(?:(?:der|die|den|dem)\s+)?(?P<unit2>[Tt]ags|Tag|Woche|Monat|Jahr|Morgen|Vormittag|Nachmittag|Abend|Nacht)\s+(?P<dir>darauf|danach|zuvor|davor|vorher)
          (?P<deixis>(?!))?\b)""",
    ),
    # am nächsten Tag / am nächsten Morgen (the next day, counted from the last date)
    (
        "anaphor:next",
        rf"""(?P<pre>(?!))?(?P<rel>(?i:{_inflected("nächst")}))\s+(?P<unit>{_UNIT_DAY})\b
        (?P<unit2>(?!))?(?P<dir>(?!))?(?P<deixis>(?!))?""",
    ),
    # am Abend / in der Nacht / an diesem Tag: a part of the day last mentioned, that day
    (
        "anaphor:day",
        rf"""(?P<pre>(?!))?(?:(?<=[Aa]m\s)|(?<=[Ii]n\sder\s)|(?<=[Üü]ber\s))(?P<rel>)(?P<unit>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\b
        (?!\s+(?:des|der|dem|zum|zur|zuvor|darauf)\b|\s+(?:vor|nach)\b(?!\s*[.;,!?]))
        |(?P<rel2>(?i:{_inflected("dies")}))\s+(?P<unit2>{_UNIT_DAY})\b(?P<dir>(?!))?(?P<deixis>(?!))?""",
    ),
    # am Vortag / im Vorjahr / in der Vorwoche / am Vorabend
    (
        "anaphor:compound",
        r"""(?P<pre>(?!))?(?P<rel>[Vv]or)(?P<unit>tag|tages|woche|monat|monats|jahr|jahres|abend)\b
        (?P<unit2>(?!))?(?P<dir>(?!))?(?P<deixis>(?!))?""",
    ),
    # diese Woche / nächstes Jahr / vergangenen Monat / Ende des Jahres / heuer
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?P<pre>(?!))?
        (?P<rel>{RELATIVE}|(?:(?<=Anfang\s)|(?<=Ende\s)|(?<=Mitte\s)|(?<=Beginn\s))(?:des|der))
        \s+(?P<unit>{_UNIT_PERIOD})\b
        (?P<orso>(?!))?""",
    ),
    # am Wochenende: the weekend the verb's tense points to, as English "at the weekend"
    (
        "relunit:am",
        r"""(?P<mod>(?!))?(?P<pre>(?!))?(?<=[Aa]m\s)(?P<rel>)(?P<tensed>)(?P<unit>Wochenende)\b(?P<orso>(?!))?""",
    ),
    # heuer (this year, in Austria and South Tyrol)
    (
        "relunit:heuer",
        r"""(?P<mod>(?!))?(?P<pre>(?!))?(?P<rel>)(?P<unit>[Hh]euer)\b(?P<orso>(?!))?""",
    ),
    # zwei Jahre / sechs Monaten / fast acht Jahren / die letzten drei Wochen / 100-jährig / 14-Tage
    (
        "duration",
        rf"""(?P<approx>{APPROX}\s+)?(?P<the>(?:die|den)\s+)?
        (?:(?P<rel>{RELATIVE}|(?i:{_inflected("erst", "folgend", "vergangen")}))\s+)?
        (?:(?<![Aa]b\s)(?<!\bmit\s)(?<!Alter\svon\s)(?P<num>{NUMBER})(?:\s+bis\s+(?P<num2>{NUMBER}))?\s+(?:(?:weitere[nr]?|ganze[nr]?|volle[nr]?)\s+)?(?P<unit>{UNIT})\b(?P<half>(?!))?
        |(?P<anum>\d+|{NUM_WORD})-?(?P<aunit>{ADJ_UNIT})(?:e[nmrs]?)?\b)
        (?P<orso>(?!))?""",
    ),
    # 14-Tage(-Frist) / 24-Stunden(-Dienst): a count of units written into a compound
    (
        "duration:compound",
        rf"""(?P<approx>(?!))?(?P<the>(?!))?(?P<rel>(?!))?(?P<num>\d+)-(?P<unit>{UNIT})(?=-)(?P<num2>(?!))?(?P<half>(?!))?
        (?P<anum>(?!))?(?P<aunit>(?!))?(?P<orso>(?!))?""",
    ),
    # seit Jahren / in den kommenden Wochen / jahrelang
    (
        "vague",
        r"""(?:(?P<pre>(?:den\s+)?(?:kommenden|nächsten|letzten|vergangenen|ersten)|einigen|mehreren|vielen|wenigen)\s+)?
        (?:(?P<unit>Sekunden|Minuten|Stunden|Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte|Jahrhunderten|Jahrhunderte)\b)
        (?P<long>(?!))?(?P<ahead>(?!))?""",
    ),
    (
        "vague:long",
        r"""(?P<pre>(?!))?(?P<unit>sekunden|minuten|stunden|tage|wochen|monate|jahre|jahrzehnte|jahrhunderte)(?P<long>lang)(?:e[nmrs]?)?\b(?P<ahead>(?!))?""",
    ),
    # jetzt / derzeit / damals / kürzlich / bald / in Zukunft
    (
        "ref",
        r"""(?<![-'])\b(?:(?P<present>[Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Zz]ur\s+Zeit|[Gg]egenwärtig|[Mm]omentan|[Hh]eutzutage|[Ii]m\s+Moment|[Dd]erzeitige[nmrs]?|[Gg]egenwart)
        |(?P<past>[Dd]amals|[Kk]ürzlich|[Jj]üngst|[Nn]eulich|[Vv]or\s+kurzem|[Vv]or\s+Kurzem|[Ee]inst|[Ee]hemalige[nmrs]?)
        |(?P<future>[Bb]ald|[Dd]emnächst|[Ii]n\s+(?:naher\s+)?Zukunft))\b(?![-'])""",
    ),
    # täglich / jährlich / monatlichen / jeden Tag / pro Jahr / sonntags
    (
        "set",
        rf"""(?P<adv>\b(?:(?:[Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Jj]ährlich|[Ss]tündlich|[Aa]lljährlich|[Vv]ierteljährlich|[Hh]albjährlich)(?:e[nmrs]?)?
          |[Mm]ontags|[Dd]ienstags|[Mm]ittwochs|[Dd]onnerstags|[Ff]reitags|[Ss]amstags|[Ss]onntags))\b
        |(?P<q>[Jj]ede[nmrs]?|[Pp]ro|[Aa]lle)\s+(?P<what>Tag|Woche|Monat|Jahr|Quartal|Morgen|Abend|Nacht|Stunde|Minute
          |Wochenende|Sommer|Winter|Frühjahr|Herbst|{WEEKDAY}|{FULL_MONTH})\b""",
    ),
)

# -- where to try the grammar (``core.temporal.triggers``) --
_DATE_RULES = ("dmy", "my", "month", "set")
_UNIT_FORMS = tuple(
    "sekunde sekunden minute minuten stunde stunden tag tage tagen tages tags nacht nächte "
    "nächten woche wochen wochenende wochenenden wochenendes monat monate monaten monats "
    "quartal quartale quartalen quartals jahr jahre jahren jahres jahrs jahrzehnt jahrzehnte "
    "jahrzehnten jahrzehnts jahrhundert jahrhunderte jahrhunderten jahrhunderts jahrtausend "
    "jahrtausende jahrtausenden".split()
)
_UNIT_RULES = ("duration", "ago", "ago:before", "vague", "relunit", "relunit:am", "anaphor",
               "anaphor:next", "set", "century", "duration:compound")  # fmt: skip
_POD_COMPOUNDS = tuple(w + p for w in WEEKDAYS for p in _POD_WORDS)
TRIGGERS = (
    (tuple(MONTHS), _DATE_RULES),
    (tuple(WEEKDAYS), ("weekday", "dmy", "set")),
    (_POD_COMPOUNDS, ("weekday",)),
    (_UNIT_FORMS, _UNIT_RULES),
    (
        tuple(_calendar.PARTS_OF_DAY),
        ("deictic", "anaphor", "anaphor:next", "set", "weekday", "weekday:night", "podof",
         "podof:into", "podof:des", "weekday:into"),
    ),
    (("heute", "gestern", "vorgestern", "übermorgen", "morgen"), ("deictic",)),
    (("heuer",), ("relunit:heuer",)),
    (("quartal", "quartals", "halbjahr", "halbjahres", "halbjahrs"), ("quarter",)),
    (("jahresende", "jahreswechsel", "jahresbeginn", "jahresanfang", "jahresmitte"), ("yearend",)),
    (("vortag", "vortages", "vorwoche", "vormonat", "vormonats", "vorjahr", "vorjahres",
      "vorabend"), ("anaphor:compound",)),
    (("darauf", "danach", "zuvor", "davor", "vorher"), ("anaphor",)),
    (("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "tag"), ("anaphor:day",)),
    (
        ("jetzt", "derzeit", "zurzeit", "zeit", "gegenwärtig", "momentan", "heutzutage",
         "moment", "derzeitige", "derzeitigen", "derzeitigem", "derzeitiger", "derzeitiges",
         "gegenwart", "damals", "kürzlich", "jüngst", "neulich", "kurzem", "einst", "ehemalige",
         "ehemaligen", "ehemaligem", "ehemaliger", "ehemaliges", "bald", "demnächst",
         "zukunft"),
        ("ref",),
    ),
    (tuple(SEASONS), ("season", "set")),
    (tuple(w.lower() for name in HOLIDAYS for w in name.split()), ("holiday",)),
    (
        tuple(a + e for a in ("täglich", "wöchentlich", "monatlich", "jährlich", "stündlich",
                              "alljährlich", "vierteljährlich", "halbjährlich")
              for e in ("", "e", "en", "em", "er", "es"))
        + tuple(w + "s" for w in WEEKDAYS),
        ("set",),
    ),
    (tuple(_calendar.DECADE_WORDS) + tuple(w + "jahre" for w in _calendar.DECADE_WORDS)
     + tuple(w + "jahren" for w in _calendar.DECADE_WORDS), ("decade",)),
    (("jahrhundert", "jahrhunderts"), ("century",)),
    (("uhr", "mitternacht", "mittags"), ("time",)),
    (
        tuple(u + "lang" + e for u in ("sekunden", "minuten", "stunden", "tage", "wochen",
                                       "monate", "jahre", "jahrzehnte", "jahrhunderte")
              for e in ("", "e", "en", "em", "er", "es")),
        ("vague:long",),
    ),
)  # fmt: skip
# (pattern, rules) for tokens that start with a digit; the first that matches the token's
# start wins.
DIGIT_TRIGGERS = (
    (r"\d{1,2}\.\d{1,2}\.\d{4}", ("numeric",)),
    (r"(?:1[5-9]\d\d|20\d\d)er", ("decade",)),
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "numeric")),
    (r"\d0er", ("decade",)),
    (r"(?:3[01]|[12]\d|0?[1-9])$", ("dmy:range",)),
    (r"\d{1,2}[:.]\d\d(?!\d)", ("time",)),
    (r"\d+-(?:\w+-)?(?:sekündig|minütig|stündig|tägig|wöchig|monatig|jährig)", ("duration",)),
    (r"\d+-[A-Z]?\w+", ("duration:compound", "duration")),
)
# Words that may open an expression before its trigger ("die letzten drei", "fast", "Anfang").
PREFIX_WORDS = (
    frozenset(
        "der die das den dem des im zur ein eine einen einem einer eines anfang ende mitte beginn "
        "ausgang anfangs fast beinahe knapp rund etwa ungefähr gut über mehr als weniger "
        "mindestens höchstens bis zu annähernd nahezu circa ca gegen vor jede jeden jedem jeder "
        "jedes pro alle paar einige einigen mehrere mehreren wenige wenigen viele vielen weitere "
        "lange langen weiteren ganze ganzen volle vollen anderthalb eineinhalb zweieinhalb heute "
        "gestern morgen vorgestern übermorgen jahr jahres jahre geschäftsjahr geschäftsjahres "
        "mo di mi do fr sa so".split()
    )
    | frozenset(
        _forms(
            "letzt",
            "vergangen",
            "vorig",
            "vorherig",
            "abgelaufen",
            "nächst",
            "kommend",
            "dies",
            "laufend",
            "heurig",
            "jetzig",
            "folgend",
            "darauffolgend",
            "selb",
            "gleich",
            "jen",
            "vorangegangen",
            "erst",
            "derselb",
            "dieselb",
            "dasselb",
            "demselb",
            "desselb",
        )
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
# A number token that may open an expression: "5", "14.", "1,5", "100-jährig", and a number
# written as one word ("fünfundzwanzig", "zweihundert").
NUMBER_TOKEN = rf"\d[\d.,]*|{NUM_WORD}"
# German has no possessive ending on dates.
POSSESSIVE_ENDINGS = ("'s",)
