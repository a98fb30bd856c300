"""Russian cues for reading a time expression, and the values of the words the grammar
captured, in every case form ("прошлую", "прошлом", "прошлого" all go back).

The names are English's (``core.lang.en.cues``); a cue Russian has no use for is a regex
that never matches (``_NEVER``) or an empty tuple.
"""

from __future__ import annotations

from core.lang.ru.calendar import ONES, TENS
from core.lang.ru.clauses import RANGE_JOINERS, RANGE_OPENERS

_NEVER = r"(?!x)x"
_ADJ = "ый ий ой ей ого его ому ему ом ем ым им ая яя ую юю ое ее ые ие ых их ыми ими".split()


def _all(stems: str, value: int) -> dict[str, int]:
    return {s + e: value for s in stems.split() for e in _ADJ}


_BACK = {**_all("прошл минувш прошедш", -1), **_all("позапрошл", -2)}  # the one before last
_AHEAD = _all("следующ будущ ближайш наступающ грядущ", 1)
_THIS = {**_all("текущ нынешн", 0),
         **dict.fromkeys("этот эту это этой этом этим этого эти эта".split(), 0)}  # fmt: skip

# -- what the tagger does with neighbouring expressions --
HALF = r"(?:перв|втор)(?:ой|ую|ая)\s+половин[аеуы]"
# "с июля по сентябрь", "между мартом и маем": a range, in order.
RANGE_OPEN = rf"(?<!\w)(?:{'|'.join(RANGE_OPENERS)})\s+$"
RANGE_JOIN = rf"^\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"
# (a year named in words is written too: "маем этого года")
YEAR_WRITTEN = r"\b\d{4}\b|\bгода\b|\bгоду\b"
ERA_RANGE_START = rf"(?<![\d.,$])(\d{{1,4}})\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"

# -- what the resolvers read around a match --
RELATIVE_STEP = {**_BACK, **_AHEAD, **_THIS}
DEICTIC_DAYS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}
YEAR_PREP = (
    r"(?:(?<!\w)(?:в|во|с|со|до|к|по|от|из|за|на|после|между|около|начале|конце|середине"
    r"|году|года|годов|годах|и|или)|[,(–—-])\s*$"
)
NUMBERED_THING = (
    r"(?<!\w)(?:№|[Рр]ейс|[Рр]езолюци[яи]|[Сс]тать[яи]|[Мм]одел[ьи]|[Кк]омнат[аы]|[Мм]аршрут)\s+$"
)
# "2000 военных", "1500 человек": a count, unless a preposition made it a year.
# A unit of measure right after a bare number: a count ("до 1500 тонн в сутки").
COUNT_UNIT_AFTER = (
    r"\s*(?:тонн|километр|метр|гектар|литр|килограмм|баррел|мегаватт|км(?!\w)|кг(?!\w))"
)
NOT_YEAR_AFTER = (
    r"\s*(?:человек|военн|солдат|жител|штук|тонн|километр|км\b|метр|рубл|доллар|евро|гривен"
    r"|граждан|беженц|заключ|единиц)"
)
CLOCK_AFTER = r"\s*(?:по\s+(?:московскому|киевскому|местному)\s+времени|мск\b|GMT\b|UTC\b)"
LEVEL_BEFORE = r"(?<!\w)(?:индекс|уровн[еяю]|отметк[еиу]|курс)\s+(?:\w+\s+)?$"
CODE_BEFORE = r"(?<![\w.])[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AD", "BC")
CODED_YEARS_AWAY = 20
FAR_YEAR_CUE = (
    r"(?:(?<!\w)(?:в|во|с|со|до|к|по|от|из|году|года|между|и)|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
)
# Words before a bare month name that make it the month: "в марте", "с февраля", "до мая".
MONTH_PREP = (
    r"(?:(?<!\w)(?:в|во|с|со|до|по|к|ко|на|из|от|после|между|и|или|начале|конце|середине"
    r"|течение|исходе|середины|начала|конца)|[,(–—-])\s*$"
)
DAY_LATER = (
    r"(?i)(?<!\w)(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье"
    r"|сегодня|вчера)(?!\w)"
)
CLOCK_WORDS = {"полдень": (12, 0), "полудня": (12, 0), "полночь": (24, 0), "полуночи": (24, 0)}
CLOCK_CUE_BEFORE = ("в", "к", "до", "после", "около")
PM = "\x00"  # Russian clocks run to 24 hours: no "p.m."
ORDINALS_FROM_END = tuple(f"последн{e}" for e in _ADJ)
HALF_ORDINALS = ("первой", "второй", "первая", "вторая", "первую", "вторую")
QUARTER_YEAR_BACK = ("прошлого",)
QUARTER_YEAR_AHEAD = ("следующего",)
QUARTER_YEAR_THIS = ("этого", "текущего")
YEAR_AGO_WORDS = ("годом ранее", "год назад")
FISCAL = "финансов"
PERIOD_YEAR_AGO = ("годом ранее",)
PERIOD_BASELINE: tuple[str, ...] = ()  # a year's period said to match another (en)
PERIOD_THIS = ("этом", "текущем")
PERIOD_CURRENT = ("текущ",)
PERIOD_NEXT = ("следующ",)
PERIOD_JUST_ENDED = ("минувш",)
PERIOD_LAST = "прошл"
PERIOD_PREVIOUS = ("предыдущ",)
COMMON_WORD_SEASONS = ("лета", "лето", "лету")  # "лета" is also "years" (в лета)
SEASON_PREP = r"(?:^|[\s(«\"])$"
# Unit words in their case forms: (TIMEX3 letter, how many of it).
CALENDAR_UNITS = {
    **dict.fromkeys("день дня дне дн накануне".split(), ("D", 1)),  # "дн" of "днём позже"
    **dict.fromkeys("неделя неделе недели неделю неделей".split(), ("W", 1)),
    "выходн": ("W", 1),
    **dict.fromkeys("месяц месяца месяце месяцу месяцем".split(), ("M", 1)),
    **dict.fromkeys("квартал квартала квартале кварталу".split(), ("Q", 1)),
    **dict.fromkeys("год года году годом".split(), ("Y", 1)),
    **dict.fromkeys("десятилетие десятилетия десятилетии".split(), ("Y", 10)),
    **dict.fromkeys("век века веке веку столетие столетия столетии".split(), ("Y", 100)),
}
WEEKEND = "выходн"
UNIT_STEP = {**_BACK, **_AHEAD, **_THIS}
UP_TO_NOW = frozenset(
    {(r, u) for r in ("этом", "нынешнем", "текущем") for u in ("веке", "столетии")}
)
# "на следующий день", "в тот же день", "днём ранее", "накануне": from the last date.
ANAPHOR_STEP = {
    **_all("следующ", 1), **_all("предыдущ", -1), "другой": 1, "другого": 1, "другом": 1,
    "позже": 1, "позднее": 1, "ранее": -1, "раньше": -1, "накануне": -1,
}  # fmt: skip
DAY_BEYOND = {"вчера": -2, "завтра": 2}
WEEKDAY_ANAPHORA = {"тот же": 0, "ту же": 0, "то же": 0, "в тот же": 0, "в ту же": 0,
                    **_all("предыдущ", -1)}  # fmt: skip
SET_QUANTIFIERS = ("каждый", "каждую", "каждое", "каждой", "по")
NAMED_DAY_BEFORE = r"(?<!\w)(?:[Чч]истый|[Чч]ёрная|[Чч]ерная|[Вв]еликая|[Вв]еликий)\s+$"
# "в тот четверг", "в ту пятницу": a day of the week the story is in, not of publication's.
STORY_WEEKDAY_BEFORE = r"(?<!\w)[Вв]\s+(?:тот|ту)\s+$"
LAST_PARTS_OF_DAY = ("ночью",)
# A night named by the morning it runs into ("в ночь на 1 января" is tagged on 1 January:
# a clock time in its small hours is on that day, not the next).
NIGHT_INTO = r"(?i)\bночь\s+на\b"
# A clock time opening or closing a range of hours (none read yet: ``core.temporal.clock``).
CLOCK_RANGE_OPEN = CLOCK_RANGE_SHUT = CLOCK_RANGE_BEFORE = r"(?!)"
AGO_WORDS = {"назад": (-1, True), "через": (1, True), "спустя": (1, False),
             "позже": (1, False), "позднее": (1, False), "ранее": (-1, False),
             "раньше": (-1, False), "до этого": (-1, False), "до того": (-1, False)}  # fmt: skip
YEAR_AGO_FROM_NOW = ("назад",)
PLURAL_ENDING = ""  # a count agrees with its unit's case in Russian: nothing to check
# "100 тысяч тонн в год": a rate, not a duration.
RATE_BEFORE = (
    r"(?:^|\s)(?:\d[\d.,]*|раз|дважды|трижды|тысяч\w*|миллион\w*|миллиард\w*|процент\w*|"
    + "|".join(tuple(ONES) + tuple(TENS))
    + r")(?:\s+[^\W\d_]+){0,3}\s+(?:в|за)\s+$"
)
INDEFINITE = ("\x00",)
LAST_AS_VERB = "\x00"
ONE_DAY = ("однажды", "день")
A_SECOND = "\x00"
# "ему 52 года" is an age, which the tagger cannot tell: an age after "в возрасте" is not time.
AGE_AFTER = r"\s+от\s+роду\b"
FRACTION_UNITS = ("квартал",)
FRACTION_OF = " \x00"
VAGUE_PREP = r"(?<!\w)(?:в\s+течение|течение|за|на|через|уже|годами|лет)\s+$"
VAGUE_THE = "\x00"
VAGUE_FUTURE = "ближайшие"
VAGUE_RECENT = "последние"
EARLY_HOURS = ("\x00", "\x00")
CURRENT = "\x00"
SET_WORDS = {"ежедневно": "P1D", "еженедельно": "P1W", "ежемесячно": "P1M",
             "ежегодно": "P1Y", "ежечасно": "PT1H"}  # fmt: skip
SET_UNITS = {"день": "P1D", "неделю": "P1W", "месяц": "P1M", "год": "P1Y", "квартал": "P1Q",
             "час": "PT1H"}  # fmt: skip
# -- the time a text narrates (``core.temporal.story``) --
# Придаточное с "который" между запятыми говорит о человеке или вещи мимоходом: его дата не
# время рассказа.
RELATIVE_ASIDE_BEFORE = r",\s+котор(?:ый|ая|ое|ые|ого|ой|ом|ым|ую|ых|ыми)\b[^,;:.!?()\n]{0,60}$"
# Предмет, названный мимоходом, с годом основания или постройки ("комбинат, основанный в 1931
# году"; полная форма причастия, не краткая "был основан"): от этого года дальше не считают.
ORIGIN_ASIDE_BEFORE = (
    r"(?<!\w)(?:основанн|построенн|созданн|возведенн|возведённ|сооруженн|сооружённ)\w*"
    r"\s+(?:в|во)\s+$"
)
THING_BEFORE = r"(?<!\w)(?:с|со|начиная\s+с)\s+$"
# "В 1934 году …", "Шёл 1941 год, и …": a year that frames its sentence sets the story's time
STORY_YEAR_FRAME = r"(?:^|[.!?]\s+|\n\s*)(?:(?:В|Во|К|С|До|После|Был|Шёл|Шел|Стоял)\s+)?$"
STORY_ASIDE = r"(?<!\w)(?:до|вплоть\s+до)(?!\w)[^.;:!?()\n]{0,60}$"
# "заявил в четверг", "сообщили в понедельник": when the news was told, not a day of the story.
REPORTED_ON = (
    r"(?<!\w)(?:заявил\w*|сказал\w*|сообщил\w*|объявил\w*|рассказал\w*|подтвердил\w*"
    r"|опроверг\w*|отметил\w*|добавил\w*|говорится)(?!\w)[^.;\n]{0,30}$"
)
# Цитата с атрибуцией в настоящем времени («…», — вспоминает Иванов): интервью сегодняшнего
# дня, о каком бы прошлом оно ни рассказывало (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = (
    r"(?<!\w)(?:говорит|говорят|вспоминает|вспоминают|рассказывает|рассказывают|объясняет"
    r"|объясняют|добавляет|добавляют|напоминает|напоминают|признаётся|признается"
    r"|уверяет|уверяют|отмечает|отмечают)(?!\w)"
)
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"(?<!\w)(?:сказал\w*|говорит|рассказ\w*|вспомина\w*|вспомнил\w*|объясня\w*"
    r"|объяснил\w*|добавил\w*|писал\w*|пишет)(?!\w)[^.;\n]{0,30}$"
)
PERIOD_OF = " \x00"


# A bare season already over this year, in a sentence about the future, is next year's
# ("Строительство начнётся весной" in October); English keeps this year's.
SEASON_OVER_AHEAD = True


# "Zwei Wochen später" after a day named: that day two weeks on (a timeline dates a
# happening by its day), not only the week it falls in.
WEEKS_FROM_A_DAY_AS_DAY = True


# "Next year" told in the past counts from the last date mentioned: the word is both "next"
# and "the following" ("…в 1937 році, а фундамент заклали наступного року" is 1938).
NEXT_IN_PAST_FROM_LAST_DATE = True

# What joins two lengths of one ("два года и три месяца").
DURATION_AND = r"\s+и\s+"

# The period a report, a payment or a tax is for, written with its year ("отчёт за 2020 год",
# "дивиденды за 2020 год"): like a maturity, it frames no yearless day after it ("опубликовала
# отчет за 2020 год 5 апреля" is this April's 5th, not 2020's).
TERM_BEFORE_DATE = (
    r"(?<!\w)(?:зарплат|заработн\w*\s+плат|выплат|пенси|стипенди|отч[её]т|отчетност|отчётност"
    r"|дивиденд|налог|аренд|квартплат)\w*\s+за\s+$"
)


# A season named by these counts from the last date mentioned, not the story's time:
# "в августе 1976 года … Тем же летом", "у серпні 1976 року … Того ж літа".
# "тем летом" alone is that summer too.
SEASON_ANAPHORA = ("тем же", "той же", "того же", "тою же", "ту же", "то же",
                   "тем", "той", "того", "тою", "ту")  # fmt: skip
