"""Ukrainian time expressions: the grammar's rules and the words that trigger them.

The rule names and their named groups are English's (``core.lang.en.timex``), so the same
resolvers read them; a group a Ukrainian rule has no use for never matches (``_NEVER``).
Spans follow TimeML as in English: prepositions ("у", "в", "на", "з") stay outside,
modifiers and approximators inside ("початку березня", "наступного дня", "майже вісім
років", "два роки тому"); "наприкінці", "навесні", "торік" are one word and so whole.
"""

from __future__ import annotations

from core.lang.uk import calendar as _calendar
from core.lang.uk.calendar import (
    ADJ_UNIT,  # noqa: F401 -- every timex module offers English's names
    APPROX,
    DAY_NUM,
    FULL_MONTH,
    HOLIDAYS,
    MONTH,
    MONTHS,
    NUM_WORD,  # noqa: F401 -- every timex module offers English's names
    NUMBER,
    ONES,
    ORDINALS,
    PART_OF_DAY,
    QUOTED_FOREIGN_MONTHS,  # noqa: F401 -- every timex module offers English's names
    SEASONS,
    SPELLED_YEAR,  # noqa: F401 -- every timex module offers English's names
    TENS,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    YEAR4,
)


def _alt(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_NEVER = r"(?!x)x"
_END = r"(?![\w'’ʼ])"
ERA_BC = r"(?i:до\s+н\.\s?е\.)"
WEEKDAY_ABBR = r"(?i:пн|вт|ср|чт|пт|сб|нд)\.?"
ORDINAL_WORD = r"(?i:перш\w+|друг\w+|трет\w+|четверт\w+)"
YEAR_ANAPHOR = r"(?i:того\s+ж(?:е)?|наступного|попереднього)"
# "початку березня", "наприкінці року", "середині вересня", "першій половині 2021 року"
MODIFIER = (
    r"(?i:(?:почат(?:ку|ок)|кінц[іяь]|наприкінці|середин[іуи]|напочатку"
    r"|(?:перш|друг)(?:ій|у)\s+половин[іуи])\s+)"
)
_ADJ = r"(?:ий|ій|ого|ього|ому|ьому|ими|іми|им|ім|ої|ьої|ою|ьою|их|іх|а|я|у|ю|е|є|і)"
# "тем же летом", "того ж літа": the season of the date last named (``SEASON_ANAPHORA``)
_SEASON_THAT = (
    r"(?i:т(?:ого|ієї|ій|им|ою|у|е)\s+(?:ж(?:е)?|сам(?:ого|ої|ій|им|ою|у|е))(?!\w)"
    r"|(?<!\w)т(?:ого|ієї|им|ією|у)(?=\s))"
)
RELATIVE = (
    rf"(?i:(?:минул|наступн|попередн|позаминул|поточн|нинішн|майбутн|найближч|прийдешн"
    rf"|останн){_ADJ}|ц(?:ей|ього|ьому|ю|ієї|ій|ім|ими|і|им|я|е))"
)
_YEAR_WORD = r"(?:\s+(?:р(?:ік|оку|оці|оком)(?!\w)|р\.))"
TIME_ZONE = r"(?i:за\s+(?:київським|московським|місцевим)\s+часом|UTC|GMT)"
DAY_TAIL = r"(?i:сьогодні|вчора|учора|завтра)(?!\w)|" + WEEKDAY
_WD_REL = (
    rf"(?i:кожн(?:ого|у|ий|ої)|по(?=\s+\w+(?:ках|ах|ях)(?!\w))|{RELATIVE}"
    r"|т(?:ого|у|ієї|ой)\s+ж(?:е)?)"
)
# "вранці в четвер": the part of the day before its weekday, one expression (the pod is read
# ahead of it, as when it follows: "четвер вранці")
_POD_BEFORE = r"(?i:вранці|зранку|уранці|вдень|удень|ввечері|увечері|вночі|уночі)\s+(?i:в|у)\s+"
_UNIT_WORD = (
    r"(?P<unit>(?i:тиж(?:ня|ні|день|нем)|місяц(?:я|і|ь|ем)|р(?:оку|оці|ік)|(?<=то)рік|квартал(?:у|і)?"
    r"|вихідн(?=і|их|ими)|десятиліт(?:тя|ті)|століт(?:тя|ті)))(?:ими|і|их)?(?!\w)"
)
# "напередодні візиту": the eve of a happening, no date of its own.
_EVE_OF = (
    r"(?i:візит|зустріч|переговор|вибор|саміт|поїздк|свят|голосуван|засідан|річниц"
    r"|вторгн|війн|наступ|нов|дня|початк|приїзд|прильот|матч|церемоні)"
)
# "до кінця тижня", "на початку року": a modifier names this week, this year.
_AFTER_MODIFIER = "|".join(
    f"(?<={w}\\s)" for w in "кінця кінці початку середини середині наприкінці".split()
)
HOLIDAY = _alt(HOLIDAYS).replace(" ", r"\s+")

RULES: tuple[tuple[str, str], ...] = (
    (
        "time",
        rf"""(?P<approx>(?i:близько|приблизно)\s+)?
        (?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:]|[.,]\d)
          |(?P<noon>(?i:опівдні|опівночі|полудень|північ)))
        (?P<hour>{_NEVER})?(?P<minute>{_NEVER})?(?P<ampm>{_NEVER})?(?P<mil>{_NEVER})?(?P<milm>{_NEVER})?
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:,?\s+(?P<tail>{DAY_TAIL}))?""",
    ),
    # вранці 14 лютого, в ніч на 24 лютого 2022 року
    (
        "podof",
        rf"""(?P<pod>(?i:вранці|уранці|зранку|вдень|удень|ввечері|увечері|вночі|уночі|ніч))(?:\s+(?i:на|проти))?\s+
        (?P<day2>{DAY_NUM})\s+(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR4}){_YEAR_WORD}?)?
        (?P<month>{_NEVER})?(?P<day>{_NEVER})?""",
    ),
    # 14 лютого / у понеділок, 14 лютого 2022 року
    (
        "dmy",
        rf"""(?:{WEEKDAY},?\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})(?=(?:\s*(?:[-–—]|по|до|і|й)\s*\d{{1,2}})?\s+(?P<month>{MONTH}))
        (?:(?=\s*(?:[-–—]|по|до|і|й)\s*\d)|\s+{MONTH}
        (?:\s+(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?|\s+(?P<yana>{YEAR_ANAPHOR})\s+року
          |\s+(?P<yrel>{RELATIVE})\s+року)?)""",
    ),
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])""",
    ),
    # березні 2022 року / початку лютого минулого року
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?P<month>{MONTH})\s+
        (?:(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?|(?P<yrel>{RELATIVE})\s+року|(?P<yana>{YEAR_ANAPHOR})\s+року)
        (?P<spelled>{_NEVER})?""",
    ),
    # березні / початку березня / наприкінці вересня
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE})\s+)?(?P<month>{FULL_MONTH})""",
    ),
    # 1990-х роках / 1990-ті / дев'яності роки
    (
        "decade",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<decade>1[5-9]\d0|20\d0)-?(?i:х|ті|тих|ти)(?!\w)(?:\s+(?i:рок(?:ах|ів|и|ам)))?
        |(?P<word>(?i:{_alt(_calendar.DECADE_WORDS)}))\s+(?P<the>(?i:рок(?:ах|ів|и|ам))))(?!\w)(?P<short>{_NEVER})?""",
    ),
    # XIX столітті / XX ст.
    (
        "century",
        rf"""(?P<mod>{_NEVER})?(?P<ord>[IVX]{{1,5}}|\d{{1,2}}(?:-?(?:му|й|го|те))?)\s+(?i:століт(?:тя|ті|тю)|сторіччя|сторіччі|ст\.)
        (?:\s+(?P<era>{ERA_BC}))?""",
    ),
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>{_NEVER})?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?![\d%]|[.,]\d|\s*(?:%|відсот)){_YEAR_WORD}?""",
    ),
    # навесні / цієї осені / минулої зими / влітку 2021 року / навесні минулого року
    (
        "season",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE}|{_SEASON_THAT})\s+)?(?P<mod2>{_NEVER})?
        (?P<season>(?i:{_alt(SEASONS)})){_END}
        (?:\s+(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?|\s+(?P<yrel>{RELATIVE})\s+(?i:року))?
        (?P<spelled>{_NEVER})?""",
    ),
    # сьогодні / вчора ввечері / завтра вранці / минулої ночі
    (
        "deictic",
        rf"""(?P<mod>{_NEVER})?(?:(?P<word>(?i:сьогодні|вчора|учора|завтра|позавчора|післязавтра))
          (?:\s+(?P<pod>{PART_OF_DAY}))?
        |(?P<this>(?i:минулої|цієї|сьогоднішньої))\s+(?P<pod2>(?i:ночі))
        |(?P<mid>(?i:вранці|уранці|зранку|ввечері|увечері|вночі|уночі)))(?!\w)
        (?P<over>{_NEVER})?(?P<word2>{_NEVER})?""",
    ),
    # понеділок / наступний понеділок / минулої п'ятниці / кожної середи / по середах
    (
        "weekday",
        rf"""(?=(?:(?:{_WD_REL}\s+)?{WEEKDAY}\s+)?(?P<pod>{PART_OF_DAY}))?(?:{_POD_BEFORE})?
        (?:(?P<rel>{_WD_REL})\s+)?(?P<weekday>{WEEKDAY})(?P<plural>{_NEVER})?
        (?:\s+{PART_OF_DAY})?(?P<pods>{_NEVER})?""",
    ),
    (
        "holiday",
        rf"""(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})(?!\w)(?:\s+(?P<year>{YEAR4}){_YEAR_WORD}?)?""",
    ),
    # два роки тому / через три дні / тиждень потому / через тиждень після цього (from the last
    # date: a ``dir`` no key of ``AGO_WORDS`` reads so)
    (
        "ago",
        rf"""(?=[^.!?\n]{{0,60}}?(?<!\w)(?P<dir>(?i:тому|назад|потому|пізніше|раніше|через(?:\x20\S+){{1,3}}?\x20після\x20(?:цього|того)|через|згодом|до\x20того|до\x20цього))(?!\w))
        (?P<pre>(?i:через)\s+)?(?P<approx>{APPROX}\s+)?(?P<num>(?:{NUMBER})\s+|)(?P<unit>{UNIT})
        (?(pre)|\s+(?i:тому|назад|потому|пізніше|раніше|згодом|до\x20того|до\x20цього)(?!\w))(?P<tail>{_NEVER})?""",
    ),
    # наступного дня / того ж дня / днем раніше / напередодні
    (
        "anaphor",
        rf"""(?P<pre>{_NEVER})?(?:(?P<rel>(?i:наступн{_ADJ}|попередн{_ADJ}|т(?:ого|ой|ому|у|ієї|им)(?:\s+ж(?:е)?)?))\s+
          (?P<unit>(?i:день|дня|дні|ранку|ранок|вечора|вечір|ночі|ніч|(?:(?<=ж\s)|(?<=же\s)|(?<=\b[Тт]ого\s)|(?<=\b[Тт]ому\s)|(?<=\b[Тт]ой\s)|(?<=\b[Тт]ієї\s)|(?<=\b[Тт]ій\s)|(?<=\b[Тт]у\s))(?:тижня|тижні|тиждень|місяця|місяці|року|році|рік)(?!\w)(?!\s*,\s*коли)))
        |(?=(?P<unit2>(?i:днем|тижнем|місяцем|роком|напередодні)))(?:(?i:днем|тижнем|місяцем|роком)\s+)?
          (?P<dir>(?i:раніше|пізніше|напередодні(?!\s+{_EVE_OF})))|(?P<deixis>{_NEVER}))(?!\w)""",
    ),
    # цього тижня / минулого року / наступному місяці / торік ("то" + "рік": last year)
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?P<pre>{_NEVER})?(?P<rel>(?:{RELATIVE})(?=\s)|(?i:(?=торік)то)|{_AFTER_MODIFIER})\s*{_UNIT_WORD}
        (?!\s+(?i:тому|потому))(?P<orso>{_NEVER})?""",
    ),
    # майже вісім років / три роки / останні п'ять років
    (
        "duration",
        rf"""(?:(?P<approx>{APPROX})\s+)?(?P<the>{_NEVER})?
        (?:(?P<rel>(?i:останн{_ADJ}|найближч{_ADJ}|минул{_ADJ}|наступн{_ADJ}))\s+)?
        (?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?\s+(?:(?i:повних|цілих)\s+)?(?P<unit>{UNIT})
        (?P<half>{_NEVER})?(?P<anum>{_NEVER})?(?P<aunit>{_NEVER})?""",
    ),
    (
        "vague",
        r"""(?:(?P<pre>(?i:останні|найближчі|багато|довгі|минулі|майбутні))\s+)?
        (?P<unit>(?i:роки|роками|років|місяці|місяцями|тижні|тижнями|десятиліття|десятиліттями))(?!\w)
        (?P<long>(?!x)x)?(?P<ahead>(?!x)x)?""",
    ),
    (
        "ref",
        rf"""(?<![-'])(?:(?P<present>(?i:зараз|наразі|нині|тепер|на\s+даний\s+момент))
        |(?P<past>(?i:нещодавно|[ув]\s+минулому(?!\s+(?:році|місяці|столітті|сезоні|{FULL_MONTH}))|раніше(?!\s)))
        |(?P<future>(?i:[ув]\s+майбутньому(?!\s+(?:році|місяці|{FULL_MONTH}))|найближчим\s+часом|незабаром|невдовзі)))(?!\w)""",
    ),
    (
        "set",
        rf"""(?P<adv>(?i:щодня|щотижня|щомісяця|щороку|щорічно|щогодини))(?!\w)
        |(?P<q>(?i:кожн(?:ого|ий|у|ої)))\s+(?P<what>(?i:дня|день|тижня|тиждень|місяця|місяць|року|рік|години|ранку|вечора|кварталу|{_alt(WEEKDAYS)}))(?!\w)""",
    ),
)

_UNIT_RULES = ("duration", "ago", "vague", "relunit", "anaphor", "set")
_UNIT_FORMS = (
    "секунд секунди секунду хвилин хвилини хвилину година години годину годин день дня дні "
    "днів дням днями днях доба доби діб тиждень тижня тижні тижнів тижнем місяць місяця "
    "місяці місяців місяцем квартал кварталу кварталі рік року роки років році роками роках "
    "роком півроку десятиліття десятиліть вихідні вихідних вихідними днем торік півстоліття "
    "півсторіччя століття сторіччя"
).split()
TRIGGERS = (
    (tuple(MONTHS), ("dmy", "my", "month", "podof")),
    (tuple(WEEKDAYS), ("weekday", "dmy", "set")),
    (tuple(_UNIT_FORMS), _UNIT_RULES),
    (("століття", "столітті", "сторіччя", "сторіччі", "ст"), ("century",)),
    (tuple(_calendar.PARTS_OF_DAY), ("deictic", "anaphor", "podof", "set")),
    (("сьогодні", "вчора", "учора", "завтра", "позавчора", "післязавтра"), ("deictic",)),
    (("напередодні", "тому", "назад", "потому", "через", "згодом", "того", "цього"),
     ("anaphor", "ago")),
    (("зараз", "наразі", "нині", "тепер", "даний", "нещодавно", "минулому", "майбутньому",
      "найближчим", "незабаром", "невдовзі", "раніше"), ("ref",)),
    (tuple(SEASONS), ("season",)),
    (("новий", "нового", "різдво", "різдва", "день", "дня"), ("holiday",)),
    (("щодня", "щотижня", "щомісяця", "щороку", "щорічно", "щогодини"), ("set",)),
    (tuple(_calendar.DECADE_WORDS), ("decade",)),
    (("опівдні", "опівночі", "полудень", "північ"), ("time",)),
)  # fmt: skip
DIGIT_TRIGGERS = (
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "decade", "numeric")),
    (r"\d{1,2}\.\d{1,2}\.\d{4}", ("numeric",)),
    (r"\d{1,2}:\d\d(?!\d)", ("time",)),
    (r"\d{1,2}(?!\d)", ("century",)),
)
_RELATIVE_STEMS = (
    "минул наступн попередн позаминул поточн нинішн майбутн найближч прийдешн останн"
).split()
_ENDINGS = "ий ій ого ього ому ьому им ім ими іми ої ьої ою ьою их іх а я у ю е є і".split()
PREFIX_WORDS = (
    frozenset(s + e for s in _RELATIVE_STEMS for e in _ENDINGS)
    | frozenset(
        "цей цього цьому цю цієї цій цім ці цим цими ця це того тої тому ту тієї тим тією те той "
        "ж же у в самого самої самій самим самою саму саме "
        "кожного кожний кожну кожної по початку початок кінці кінця наприкінці середині "
        "середини напочатку першій другій половині половину майже близько приблизно понад "
        "більш більше менше менш ніж щонайменше не до цілих всього вже уже повних через "
        "кілька декілька кількох пару багато довгі вранці ввечері вночі ніч на днем зранку уранці "
        "увечері уночі вдень удень чверть пів".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
NUMBER_TOKEN = r"[\d$][\d.,/$]*(?:-?(?:х|ті|тих|го|й|му|те))?"
POSSESSIVE_ENDINGS = ("'s", "’s")
