"""Russian time expressions: the grammar's rules and the words that trigger them.

The rule names and their named groups are English's (``core.lang.en.timex``), so the same
resolvers read them; a group a Russian rule has no use for is kept as one that never matches
(``_NEVER``), since the resolvers ask for it by name. Spans follow TimeML as in English:
prepositions ("в", "на", "с") stay outside, modifiers and approximators inside ("начале
марта", "следующий день", "почти восемь лет", "два года назад").
"""

from __future__ import annotations

from core.lang.ru import calendar as _calendar
from core.lang.ru.calendar import (
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
ERA_BC = r"(?i:до\s+н\.\s?э\.)"
WEEKDAY_ABBR = r"(?i:пн|вт|ср|чт|пт|сб|вс)\.?"
ORDINAL_WORD = r"(?i:перв\w+|втор\w+|трет\w+|четв[её]рт\w+)"
YEAR_ANAPHOR = r"(?i:того\s+же|следующего|предыдущего)"
# "начале марта", "конце года", "середине сентября", "первой половине 2021 года"
MODIFIER = (
    r"(?i:(?:самом\s+)?(?:начал[еоау]|конц[еау]|середин[еыу]|исход[еау]"
    r"|(?:перв|втор)(?:ой|ую)\s+половин[еуы])\s+)"
)
_ADJ = r"(?:ый|ий|ой|ей|ого|его|ому|ему|ом|ем|ыми|ими|ым|им|ая|яя|ую|юю|ое|ее|ые|ие|ых|их)"
# Relative words in their case forms: "прошлую пятницу", "следующем году", "этой неделе".
# "тем же летом", "того ж літа": the season of the date last named (``SEASON_ANAPHORA``)
_SEASON_THAT = r"(?i:т(?:ем|ой|ого|ою|у|о)\s+же(?!\w)|(?<!\w)т(?:ем|ой|ого|ою|у)(?=\s))"
RELATIVE = (
    rf"(?i:(?:прошл|минувш|предыдущ|позапрошл|следующ|будущ|ближайш|наступающ|текущ|нынешн"
    rf"|грядущ|последн){_ADJ}|эт(?:от|у|о|ой|ом|им|ого|ими|и|а))"
)
_YEAR_WORD = r"(?:\s+(?:год(?:а|у|ом)?(?!\w)|г\.))"
TIME_ZONE = r"(?i:по\s+(?:московскому|киевскому|местному)\s+времени|мск|UTC|GMT)"
DAY_TAIL = r"(?i:сегодня|вчера|завтра)(?!\w)|" + WEEKDAY
_WD_REL = (
    rf"(?i:кажд(?:ый|ую|ое)|по(?=\s+\w+ам(?!\w))|{RELATIVE}|т(?:от|у|о)\s+же|в\s+т(?:от|у|о)\s+же)"
)
# "утром в четверг": the part of the day before its weekday, one expression (the pod is read
# ahead of it, as when it follows: "четверг утром")
_POD_BEFORE = r"(?i:утром|днём|днем|вечером|ночью)\s+(?i:во|в)\s+"
_UNIT_WORD = (
    r"(?P<unit>(?i:недел[еиюя]|месяц[еау]?|год[ау]?|квартал[еау]?|выходн(?=ые|ых)"
    r"|десятилети[еия]|век[еау]?|столети[еия]))(?:ые|ых)?(?!\w)"
)
# "накануне визита": the eve of a happening, no date of its own (TimeML tags no time there).
_EVE_OF = (
    r"(?i:визит|встреч|переговор|выбор|саммит|поездк|праздник|голосован|заседан|годовщин"
    r"|вторжен|войн|наступлен|нов|дня|начал|приезд|прил[её]т|переезд|матч|церемони)"
)
# "до конца недели", "в начале года": a modifier names this week, this year, no other word.
_AFTER_MODIFIER = "|".join(
    f"(?<={w}\\s)" for w in "конца начала середины конце начале середине исходе".split()
)
HOLIDAY = _alt(HOLIDAYS).replace(" ", r"\s+")

RULES: tuple[tuple[str, str], ...] = (
    # 10:30, в полдень, 15:00 по московскому времени
    (
        "time",
        rf"""(?P<approx>(?i:около|примерно)\s+)?
        (?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:]|[.,]\d)
          |(?P<noon>(?i:полдень|полночь|полудня|полуночи)))
        (?P<hour>{_NEVER})?(?P<minute>{_NEVER})?(?P<ampm>{_NEVER})?(?P<mil>{_NEVER})?(?P<milm>{_NEVER})?
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:,?\s+(?P<tail>{DAY_TAIL}))?""",
    ),
    # утром 14 февраля, в ночь на 24 февраля 2022 года
    (
        "podof",
        rf"""(?P<pod>(?i:утром|вечером|днём|днем|ночью|ночь))(?:\s+(?i:на))?\s+
        (?P<day2>{DAY_NUM})\s+(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR4}){_YEAR_WORD}?)?
        (?P<month>{_NEVER})?(?P<day>{_NEVER})?""",
    ),
    # 14 февраля / в понедельник, 14 февраля 2022 года / 14-го февраля того же года
    (
        "dmy",
        rf"""(?:{WEEKDAY},?\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})(?=(?:\s*(?:[-–—]|по|до|и)\s*\d{{1,2}})?\s+(?P<month>{MONTH}))
        (?:(?=\s*(?:[-–—]|по|до|и)\s*\d)|\s+{MONTH}
        (?:\s+(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?
          |\s+(?P<yana>{YEAR_ANAPHOR})\s+года|\s+(?P<yrel>{RELATIVE})\s+года)?)""",
    ),
    # 14.02.2022 / 2022-02-14
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])""",
    ),
    # марте 2022 года / начале февраля прошлого года / сентябре того же года
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?P<month>{MONTH})\s+
        (?:(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?|(?P<yrel>{RELATIVE})\s+года|(?P<yana>{YEAR_ANAPHOR})\s+года)
        (?P<spelled>{_NEVER})?""",
    ),
    # марте / начале марта / середине сентября
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE})\s+)?(?P<month>{FULL_MONTH})""",
    ),
    # 1990-х годах / 1990-е / девяностые годы
    (
        "decade",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<decade>1[5-9]\d0|20\d0)-?(?i:х|е|ые|ых|ым)(?!\w)(?:\s+(?i:год(?:ах|ов|ы|ам)))?
        |(?P<word>(?i:{_alt(_calendar.DECADE_WORDS)}))\s+(?P<the>(?i:год(?:ах|ов|ы|ам))))(?!\w)(?P<short>{_NEVER})?""",
    ),
    # XIX веке / 20-м веке / V веке до н. э.
    (
        "century",
        rf"""(?P<mod>{_NEVER})?(?P<ord>[IVX]{{1,5}}|\d{{1,2}}(?:-?(?:м|й|го|ом))?)\s+(?i:век(?:е|а|у|ом)?|столети[еия])(?!\w)
        (?:\s+(?P<era>(?i:до\s+н\.\s?э\.)))?""",
    ),
    # 2014 / 2014 году / середине 2021 года
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>{_NEVER})?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?![\d%]|[.,]\d|\s*(?:%|процент)){_YEAR_WORD}?""",
    ),
    # весной / этой осенью / прошлой зимой / летом 2021 года / конце лета / весной прошлого года
    (
        "season",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>{RELATIVE}|{_SEASON_THAT})\s+)?(?P<mod2>{_NEVER})?
        (?P<season>(?i:{_alt(SEASONS)}))(?!\w)
        (?:\s+(?P<year>{YEAR4})(?!\d){_YEAR_WORD}?|\s+(?P<yrel>{RELATIVE})\s+(?i:года))?
        (?P<spelled>{_NEVER})?""",
    ),
    # сегодня / вчера вечером / завтра утром / этим утром / прошлой ночью
    (
        "deictic",
        rf"""(?P<mod>{_NEVER})?(?:(?P<word>(?i:сегодня|вчера|завтра|позавчера|послезавтра))
          (?:\s+(?P<pod>{PART_OF_DAY}))?
        |(?P<this>(?i:этим|этой|прошлой|минувшей|сегодняшней))\s+(?P<pod2>(?i:утром|вечером|ночью))
        |(?P<mid>(?i:утром|вечером|ночью)))(?!\w)
        (?P<over>{_NEVER})?(?P<word2>{_NEVER})?""",
    ),
    # понедельник / следующий понедельник / прошлую пятницу / каждую среду / по средам
    (
        "weekday",
        rf"""(?=(?:(?:{_WD_REL}\s+)?{WEEKDAY}\s+)?(?P<pod>{PART_OF_DAY}))?(?:{_POD_BEFORE})?
        (?:(?P<rel>{_WD_REL})\s+)?(?P<weekday>{WEEKDAY})(?P<plural>{_NEVER})?
        (?:\s+{PART_OF_DAY})?(?P<pods>{_NEVER})?""",
    ),
    # Новый год / Рождество / День Победы
    (
        "holiday",
        rf"""(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})(?!\w)(?:\s+(?P<year>{YEAR4}){_YEAR_WORD}?)?""",
    ),
    # два года назад / неделю спустя / через три дня / год назад / (за) две недели до этого /
    # через неделю после этого (from the last date: a ``dir`` no key of ``AGO_WORDS`` reads so)
    (
        "ago",
        rf"""(?=[^.!?\n]{{0,60}}?(?<!\w)(?P<dir>(?i:назад|спустя|позже|позднее|ранее|раньше|через(?:\x20\S+){{1,3}}?\x20после\x20(?:этого|того)|через|до\x20этого|до\x20того))(?!\w))
        (?P<pre>(?i:через|спустя)\s+)?(?P<approx>{APPROX}\s+)?(?P<num>(?:{NUMBER})\s+|)(?P<unit>{UNIT})
        (?(pre)|\s+(?i:назад|спустя|позже|позднее|ранее|раньше|до\x20этого|до\x20того)(?!\w))(?P<tail>{_NEVER})?""",
    ),
    # следующий день / тот же день / днём ранее / накануне
    (
        "anaphor",
        rf"""(?P<pre>{_NEVER})?(?:(?P<rel>(?i:следующ{_ADJ}|предыдущ{_ADJ}|друг(?:ой|ого|ом)|т(?:от|у|о|ом|ой|ого)(?:\s+же)?))\s+
          (?P<unit>(?i:день|дня|дне|утро|утром|вечер|вечером|ночь|ночью|(?:(?<=же\s)|(?<=\b[Тт]от\s)|(?<=\b[Тт]ом\s)|(?<=\b[Тт]ой\s)|(?<=\b[Тт]у\s)|(?<=\b[Тт]ого\s))(?:недел[еиюя]|месяц[еа]?|год[ау]?)(?!\w)(?!\s*,\s*когда)))
        |(?=(?P<unit2>(?i:дн(?=ём|ем)|неделей|месяцем|годом|накануне)))(?:(?i:днём|днем|неделей|месяцем|годом)\s+)?
          (?P<dir>(?i:ранее|раньше|позже|позднее|накануне(?!\s+{_EVE_OF})))|(?P<deixis>{_NEVER}))(?!\w)""",
    ),
    # этой неделе / прошлом году / следующем месяце / минувшие выходные / конце года
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?P<pre>{_NEVER})?(?P<rel>{RELATIVE}(?=\s)|{_AFTER_MODIFIER})\s*{_UNIT_WORD}(?!\s+(?i:назад|спустя))
        (?P<orso>{_NEVER})?""",
    ),
    # почти восемь лет / три года / последние пять лет / более двух недель
    (
        "duration",
        rf"""(?:(?P<approx>{APPROX})\s+)?(?P<the>{_NEVER})?
        (?:(?P<rel>(?i:последн{_ADJ}|ближайш{_ADJ}|прошедш{_ADJ}|следующ{_ADJ}))\s+)?
        (?P<num>{NUMBER})(?:\s*[-–]\s*(?P<num2>{NUMBER}))?\s+(?:(?i:полных|целых)\s+)?(?P<unit>{UNIT})
        (?P<half>{_NEVER})?(?P<anum>{_NEVER})?(?P<aunit>{_NEVER})?(?P<orso>{_NEVER})?""",
    ),
    # последние годы / ближайшие недели / годами / многие годы
    (
        "vague",
        r"""(?:(?P<pre>(?i:последние|ближайшие|многие|долгие|прошедшие|будущие))\s+)?
        (?P<unit>(?i:годы|годами|лет|месяцы|месяцами|недели|неделями|десятилетия|десятилетиями|века|веками))(?!\w)
        (?P<long>(?!x)x)?(?P<ahead>(?!x)x)?""",
    ),
    # сейчас / в настоящее время / недавно / в будущем
    (
        "ref",
        rf"""(?<![-'])(?:(?P<present>(?i:сейчас|теперь|ныне|в\s+настоящее\s+время|на\s+данный\s+момент))
        |(?P<past>(?i:недавно|в\s+прошлом(?!\s+(?:году|месяце|веке|квартале|сезоне|{FULL_MONTH}))|прежде))
        |(?P<future>(?i:в\s+будущем(?!\s+(?:году|месяце|веке|квартале|сезоне|{FULL_MONTH}))|в\s+ближайшее\s+время|вскоре|скоро)))(?!\w)""",
    ),
    # ежедневно / каждую неделю / каждый год
    (
        "set",
        rf"""(?P<adv>(?i:ежедневно|еженедельно|ежемесячно|ежегодно|ежечасно))(?!\w)
        |(?P<q>(?i:кажд(?:ый|ую|ое|ой)))\s+(?P<what>(?i:день|неделю|месяц|год|час|утро|вечер|квартал|{_alt(WEEKDAYS)}))(?!\w)""",
    ),
)

# -- where to try the grammar (``core.temporal.triggers``) --
_UNIT_RULES = ("duration", "ago", "vague", "relunit", "anaphor", "set")
_UNIT_FORMS = (
    "секунд секунды секунду минут минуты минуту час часа часов дня дней день сутки суток "
    "неделя недели неделю недель неделе неделей месяц месяца месяцев месяцы месяце месяцем "
    "квартал квартала кварталов квартале год года году лет годы годов годах годами годом "
    "полгода десятилетие десятилетия десятилетий выходные выходных века веками веке век "
    "столетие столетия месяцами неделями десятилетиями днём днем полвека полстолетия"
).split()
TRIGGERS = (
    (tuple(MONTHS), ("dmy", "my", "month", "podof")),
    (tuple(WEEKDAYS), ("weekday", "dmy", "set")),
    (tuple(_UNIT_FORMS), _UNIT_RULES),
    (("век", "века", "веке", "веком", "столетии", "столетия"), ("century",)),
    (tuple(_calendar.PARTS_OF_DAY), ("deictic", "anaphor", "podof", "set")),
    (("сегодня", "вчера", "завтра", "позавчера", "послезавтра"), ("deictic",)),
    (("накануне", "назад", "спустя", "через", "этого", "того"), ("anaphor", "ago")),
    (("сейчас", "теперь", "ныне", "настоящее", "недавно", "прошлом", "будущем", "ближайшее",
      "вскоре", "скоро", "прежде", "данный"), ("ref",)),
    (tuple(SEASONS), ("season",)),
    (("новый", "нового", "новым", "рождество", "рождества", "рождеством", "день", "дня",
      "днём", "днем", "международный", "татьянин"), ("holiday",)),
    (("ежедневно", "еженедельно", "ежемесячно", "ежегодно", "ежечасно"), ("set",)),
    (tuple(_calendar.DECADE_WORDS), ("decade",)),
    (("полдень", "полночь", "полудня", "полуночи"), ("time",)),
)  # fmt: skip
DIGIT_TRIGGERS = (
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "decade", "numeric")),
    (r"\d{1,2}\.\d{1,2}\.\d{4}", ("numeric",)),
    (r"\d{1,2}:\d\d(?!\d)", ("time",)),
    (r"\d{1,2}(?!\d)", ("century",)),
)
_RELATIVE_STEMS = (
    "прошл минувш предыдущ позапрошл следующ будущ ближайш наступающ текущ нынешн грядущ "
    "последн прошедш"
).split()
_ENDINGS = "ый ий ой ей ого его ому ему ом ем ым им ая яя ую юю ое ее ые ие ых их ыми ими".split()
PREFIX_WORDS = (
    frozenset(s + e for s in _RELATIVE_STEMS for e in _ENDINGS)
    | frozenset(
        "этот эту это этой этом этим этого эти эта тот ту то том той того тем тою же в "
        "каждый каждую "
        "каждое каждой по начале начала начало конце конца конец середине середины исходе "
        "первой второй половине половину самом почти около примерно приблизительно более "
        "больше менее меньше свыше не как минимум меньшей мере порядка до целых всего уже "
        "полных через спустя несколько нескольких пару многие долгие другой другого другом "
        "утром вечером днём днем ночью ночь на во четверть".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
NUMBER_TOKEN = r"[\d$][\d.,/$]*(?:-?(?:х|е|го|й|м))?"
POSSESSIVE_ENDINGS = ("'s", "’s")
