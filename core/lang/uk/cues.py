"""Ukrainian cues for reading a time expression, and the values of the words the grammar
captured, in every case form ("минулого", "минулої", "минулу" all go back).

The names are English's (``core.lang.en.cues``); a cue Ukrainian has no use for is a regex
that never matches (``_NEVER``) or an empty tuple.
"""

from __future__ import annotations

from core.lang.uk.calendar import ONES, TENS
from core.lang.uk.clauses import RANGE_JOINERS, RANGE_OPENERS

_NEVER = r"(?!x)x"
_ADJ = "ий ій ого ього ому ьому им ім ими іми ої ьої ою ьою их іх а я у ю е є і".split()


def _all(stems: str, value: int) -> dict[str, int]:
    return {s + e: value for s in stems.split() for e in _ADJ}


_BACK = {**_all("минул", -1), **_all("позаминул", -2), "то": -1}  # "то" of "торік": last year
_AHEAD = _all("наступн майбутн найближч прийдешн", 1)
_THIS = {
    **_all("поточн нинішн", 0),
    **dict.fromkeys("цей цього цьому цю цієї цій цім ці цим цими ця це".split(), 0),
}

HALF = r"(?:перш|друг)(?:ій|у|а)\s+половин[аіуи]"
RANGE_OPEN = rf"(?<!\w)(?:{'|'.join(RANGE_OPENERS)})\s+$"
RANGE_JOIN = rf"^\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"
# (a year named in words is written too: "травнем цього року")
YEAR_WRITTEN = r"\b\d{4}\b|\bроку\b"
ERA_RANGE_START = rf"(?<![\d.,$])(\d{{1,4}})\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"

RELATIVE_STEP = {**_BACK, **_AHEAD, **_THIS}
DEICTIC_DAYS = {"сьогодні": 0, "вчора": -1, "учора": -1, "завтра": 1, "позавчора": -2,
                "післязавтра": 2}  # fmt: skip
YEAR_PREP = (
    r"(?:(?<!\w)(?:в|у|з|із|до|по|від|за|на|після|між|близько|початку|кінці|наприкінці"
    r"|середині|році|року|роках|і|й|або)|[,(–—-])\s*$"
)
NUMBERED_THING = r"(?<!\w)(?:№|[Рр]ейс|[Рр]езолюці[яї]|[Сс]татт[яі]|[Мм]одел[ьі])\s+$"
# A unit of measure right after a bare number: a count ("до 1500 тонн на добу").
COUNT_UNIT_AFTER = r"\s*(?:тонн|кілометр|метр|гектар|літр|кілограм|барел|мегават|км(?!\w)|кг(?!\w))"
NOT_YEAR_AFTER = (
    r"\s*(?:осіб|людей|військов|солдат|жител|штук|тонн|кілометр|км\b|метр|гривен|доларів"
    r"|євро|громадян|біженц|одиниц)"
)
CLOCK_AFTER = r"\s*(?:за\s+(?:київським|московським|місцевим)\s+часом|GMT\b|UTC\b)"
LEVEL_BEFORE = r"(?<!\w)(?:індекс|рів(?:ень|ня|ні)|позначк[иуі]|курс)\s+(?:\w+\s+)?$"
CODE_BEFORE = r"(?<![\w.])[A-ZА-ЯЇІЄҐ][A-ZА-ЯЇІЄҐ0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AD", "BC")
CODED_YEARS_AWAY = 20
FAR_YEAR_CUE = (
    r"(?:(?<!\w)(?:в|у|з|із|до|по|від|році|року|між|і)|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
)
MONTH_PREP = (
    r"(?:(?<!\w)(?:в|у|з|із|до|по|на|від|після|між|і|й|або|початку|кінці|наприкінці"
    r"|середині|середини|початку|кінця|протягом)|[,(–—-])\s*$"
)
DAY_LATER = (
    r"(?i)(?<!\w)(понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю"
    r"|сьогодні|вчора)(?!\w)"
)
CLOCK_WORDS = {"опівдні": (12, 0), "полудень": (12, 0), "опівночі": (24, 0), "північ": (24, 0)}
CUED_CLOCK_WORDS = ("північ",)  # "північ" is also "the north"
CLOCK_CUE_AFTER = r"\s+(?:за\s+київським|у\s+понеділок)"
CLOCK_CUE_BEFORE = ("о", "до", "після", "близько")
PM = "\x00"
ORDINALS_FROM_END = tuple(f"останн{e}" for e in _ADJ)
HALF_ORDINALS = ("першій", "другій", "перша", "друга", "першу", "другу")
QUARTER_YEAR_BACK = ("минулого",)
QUARTER_YEAR_AHEAD = ("наступного",)
QUARTER_YEAR_THIS = ("цього", "поточного")
YEAR_AGO_WORDS = ("роком раніше", "рік тому")
FISCAL = "фінансов"
PERIOD_YEAR_AGO = ("роком раніше",)
PERIOD_BASELINE: tuple[str, ...] = ()  # a year's period said to match another (en)
PERIOD_THIS = ("цьому", "поточному")
PERIOD_CURRENT = ("поточн",)
PERIOD_NEXT = ("наступн",)
PERIOD_JUST_ENDED = ("минул",)
PERIOD_LAST = "минул"
PERIOD_PREVIOUS = ("попередн",)
COMMON_WORD_SEASONS = ("літа", "літо")  # "літа" is also "years" (на схилі літ)
SEASON_PREP = r"(?:^|[\s(«\"])$"
CALENDAR_UNITS = {
    **dict.fromkeys("день дня дні днем напередодні".split(), ("D", 1)),
    **dict.fromkeys("тиждень тижня тижні тижнем".split(), ("W", 1)),
    "вихідн": ("W", 1),
    **dict.fromkeys("місяць місяця місяці місяцем".split(), ("M", 1)),
    **dict.fromkeys("квартал кварталу кварталі".split(), ("Q", 1)),
    **dict.fromkeys("рік року році роком".split(), ("Y", 1)),
    **dict.fromkeys("десятиліття десятилітті".split(), ("Y", 10)),
    **dict.fromkeys("століття столітті".split(), ("Y", 100)),
}
WEEKEND = "вихідн"
UNIT_STEP = {**_BACK, **_AHEAD, **_THIS}
UP_TO_NOW = frozenset({(r, u) for r in ("цьому", "нинішньому") for u in ("столітті",)})
ANAPHOR_STEP = {
    **_all("наступн", 1), **_all("попередн", -1), "пізніше": 1, "раніше": -1,
    "напередодні": -1,
}  # fmt: skip
DAY_BEYOND = {"вчора": -2, "завтра": 2}
WEEKDAY_ANAPHORA = {"того ж": 0, "того же": 0, "тієї ж": 0, "той же": 0, "ту ж": 0,
                    **_all("попередн", -1)}  # fmt: skip
SET_QUANTIFIERS = ("кожного", "кожний", "кожну", "кожної", "по")
NAMED_DAY_BEFORE = r"(?<!\w)(?:[Чч]истий|[Чч]орна|[Вв]елика|[Вв]еликий)\s+$"
# "у той четвер", "того четверга", "тієї п'ятниці": a day of the week the story is in, not of
# publication's.
STORY_WEEKDAY_BEFORE = r"(?<!\w)(?:[УуВв]\s+(?:той|ту)|[Тт]ого|[Тт]ієї)\s+$"
LAST_PARTS_OF_DAY = ("ночі",)
# A night named by the morning it runs into ("у ніч на 1 січня" is tagged on 1 January:
# a clock time in its small hours is on that day, not the next).
NIGHT_INTO = r"(?i)\bніч\s+на\b"
# A clock time opening or closing a range of hours (none read yet: ``core.temporal.clock``).
CLOCK_RANGE_OPEN = CLOCK_RANGE_SHUT = CLOCK_RANGE_BEFORE = r"(?!)"
AGO_WORDS = {"тому": (-1, True), "назад": (-1, True), "через": (1, True),
             "потому": (1, False), "пізніше": (1, False), "згодом": (1, False),
             "раніше": (-1, False), "до того": (-1, False), "до цього": (-1, False)}  # fmt: skip
YEAR_AGO_FROM_NOW = ("тому", "назад")
PLURAL_ENDING = ""
RATE_BEFORE = (
    r"(?:^|\s)(?:\d[\d.,]*|раз|разів|тисяч\w*|мільйон\w*|мільярд\w*|відсот\w*|"
    + "|".join(tuple(ONES) + tuple(TENS))
    + r")(?:\s+[^\W\d_]+){0,3}\s+(?:на|за)\s+$"
)
INDEFINITE = ("\x00",)
LAST_AS_VERB = "\x00"
ONE_DAY = ("одного", "дня")
A_SECOND = "\x00"
AGE_AFTER = r"\s+від\s+народження\b"
FRACTION_UNITS = ("квартал",)
FRACTION_OF = " \x00"
VAGUE_PREP = r"(?<!\w)(?:протягом|за|на|через|вже|роками)\s+$"
VAGUE_THE = "\x00"
VAGUE_FUTURE = "найближчі"
VAGUE_RECENT = "останні"
EARLY_HOURS = ("\x00", "\x00")
CURRENT = "\x00"
SET_WORDS = {"щодня": "P1D", "щотижня": "P1W", "щомісяця": "P1M", "щороку": "P1Y",
             "щорічно": "P1Y", "щогодини": "PT1H"}  # fmt: skip
SET_UNITS = {"дня": "P1D", "день": "P1D", "тижня": "P1W", "тиждень": "P1W", "місяця": "P1M",
             "місяць": "P1M", "року": "P1Y", "рік": "P1Y", "кварталу": "P1Q",
             "години": "PT1H"}  # fmt: skip
# Підрядне з "який" між комами говорить про людину чи річ мимохідь: його дата не час оповіді.
RELATIVE_ASIDE_BEFORE = (
    r",\s+(?:який|яка|яке|які|якого|якої|якому|якій|яким|яку|яких|якими)\b[^,;:.!?()\n]{0,60}$"
)
# Річ, названа мимохідь, з роком заснування чи будівництва ("комбінат, заснований у 1931
# році"), але не "був заснований": від цього року далі не рахують.
ORIGIN_ASIDE_BEFORE = (
    r"(?<!\bбув\s)(?<!\bбула\s)(?<!\bбуло\s)(?<!\bбули\s)"
    r"(?<!\w)(?:заснован|збудован|побудован|споруджен|зведен)\w*\s+(?:в|у)\s+$"
)
THING_BEFORE = r"(?<!\w)(?:з|із|починаючи\s+з)\s+$"
# "У 1934 році …", "Був 1934 рік, і …": a year that frames its sentence sets the story's time
STORY_YEAR_FRAME = r"(?:^|[.!?]\s+|\n\s*)(?:(?:У|В|З|До|Після|Був|Йшов|Минав)\s+)?$"
STORY_ASIDE = r"(?<!\w)(?:до|аж\s+до)(?!\w)[^.;:!?()\n]{0,60}$"
REPORTED_ON = (
    r"(?<!\w)(?:заяви\w*|сказа\w*|повідоми\w*|оголоси\w*|розповів\w*|розповіла\w*"
    r"|підтверди\w*|зазначи\w*|додав\w*|йдеться)(?!\w)[^.;\n]{0,30}$"
)
# Цитата з атрибуцією в теперішньому часі («…», — згадує Іваненко): інтерв'ю сьогоднішнього
# дня, про яке б минуле воно не розповідало (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = (
    r"(?<!\w)(?:каже|кажуть|згадує|згадують|розповідає|розповідають|пояснює|пояснюють"
    r"|додає|додають|нагадує|нагадують|пригадує|пригадують|зізнається|запевняє|запевняють"
    r"|зазначає|зазначають)(?!\w)"
)
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"(?<!\w)(?:сказа\w*|каже|розпові\w*|згаду\w*|пригаду\w*|поясню\w*|поясни\w*"
    r"|дода\w*|писа\w*|пише)(?!\w)[^.;\n]{0,30}$"
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

# What joins two lengths of one ("два роки і три місяці", "два роки та три місяці").
DURATION_AND = r"\s+(?:і|й|та)\s+"

# The period a report, a payment or a tax is for, written with its year ("звіт за 2020 рік",
# "дивіденди за 2020 рік"): like a maturity, it frames no yearless day after it ("оприлюднила
# звіт за 2020 рік 5 квітня" is this April's 5th, not 2020's).
TERM_BEFORE_DATE = (
    r"(?<!\w)(?:зарплат|заробітн\w*\s+плат|виплат|пенсі|стипенді|звіт|звітност|дивіденд"
    r"|податк|оренд|квартплат)\w*\s+за\s+$"
)


# A season named by these counts from the last date mentioned, not the story's time:
# "у серпні 1976 року … Того ж літа", "тієї самої осені".
SEASON_ANAPHORA = (
    *(
        f"{that} {same}"
        for that in ("того", "тієї", "тій", "тим", "тією", "ту", "те")
        for same in ("ж", "же", "самого", "самої", "самій", "самим", "самою", "саму", "саме")
    ),
    *("того", "тієї", "тим", "тією", "ту"),  # "того літа": that summer, the same
)
