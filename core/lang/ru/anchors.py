"""Russian cues that a date in a sentence only describes a thing, not when its happening was.

"с 2014 года" (a running span's start), "по сравнению с прошлым годом" (a comparison's
baseline), "закон 1996 года" (a thing named by its year). The names are English's
(``core.lang.en.anchors``); regex sources, matched case-insensitively.
"""

from __future__ import annotations

_NEVER = r"(?!x)x"
SINCE_BEFORE = r"(?<!\w)(?:с|со|начиная\s+с|ещё\s+с|еще\s+с)\s+(?:(?:начала|конца|середины)\s+)?$"
TERM_BEFORE = r"(?<!\w)(?:сроком\s+до|погашением\s+в)\s+$"
DUE_BEFORE = _NEVER
RECORD_BEFORE = r"(?<!\w)(?:максимум|минимум|рекорд)\w*\s+(?:\w+\s+)?$"
AS_DEADLINE_AFTER = r"^\s+(?:как\s+)?(?:крайний\s+срок|срок)\b"
BE = frozenset("является был была было были будет".split())
COMPARISON = r"(?<!\w)(?:по\s+сравнению|в\s+сравнении|против)(?!\w)"
COMPARISON_NEXT = r"(?<!\w)(?:чем|против)\s+(?:(?:в|на)\s+)?$"
FROM = r"(?<!\w)(?:с|против)(?!\w)"
AMOUNT = r"\d|%|(?<!\w)(?:процент\w*|млн|млрд|тыс|руб\w*|долл\w*)"
COMPARISON_STOP = r"[,;:()\n]|[.!?]\s|(?<!\w)(?:и|но|который|которая|что|когда)(?!\w)"
RANGE_JOIN_BEFORE = r"(?<!\w)(?:по|до|и)\s+$|[-–]\s*$"
RANGE_JOIN_AFTER = r"^(?:(?:по|до|и)\s+\d|[-–—]\s*\d)"
APPOSITION = r"^\s*(?:или|и)(?!\w)"
OF_BEFORE = _NEVER
TIME_NOUNS = frozenset("ночь утро день вечер неделя месяц год начало конец середина".split())
DETERMINER_BEFORE = _NEVER
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[а-яё][а-яё-]+)(?!\w)"
DETERMINER_START = _NEVER
MORE_EVENT_NOUNS = frozenset(
    "слушание суд заседание конференция церемония катастрофа авария пожар матч финал "
    "речь интервью заявление сделка война битва переворот революция".split()
)
POSSESSIVE_AFTER_PREPOSITION = _NEVER
NOUN_FOR_BEFORE = r"(?<!\w)(?P<noun>план\w*|прогноз\w*|бюджет\w*|цел\w*)\s+на\s+$"
PLAN_NOUNS = frozenset("план плана планы прогноз прогноза бюджет бюджета цель цели".split())
# "Мост, построенный в 1983 году, снесут летом", "дамбу, построенную ещё 5 мая 1983 года,":
# the participle's case form is any (``ASIDE_PARTICIPLE_ENDINGS`` tells it is one).
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[а-яё]+)\s+(?:(?:ещё|еще|уже|лишь|только)\s+)?(?:(?:в|во|на)\s+)?$"
)
TERMS_AFTER = r"^\s+(?:фьючерс\w*|поставк\w*|контракт\w*)"
TERMS_BEFORE = r"(?<!\w)(?:поставк\w*|отгрузк\w*)\s+(?:в|во)\s+$"

# -- added for en (#14): English market and wire-copy classes; none read here yet --
TERMS_RANGE_AFTER = r"(?!)"  # "for May 25-June 10 delivery"
CONTRACT_MONTH_AFTER = r"(?!)"  # "June sterling fell": a futures contract's month
MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
DAYS: frozenset[str] = frozenset()
CLOCK_THEN_DAY_AFTER = r"(?!)"  # "at midnight last night": the day is the second expression's
NAME_BEFORE_YEAR = r"(?!)"  # "a venture called Orion 1980"
PERIOD_ENDED_AFTER = r"(?!)"  # "the week ended March 21"
OBJECT_PARTICIPLE_BEFORE = r"(?!)"  # "follows the withdrawal announced last December"
# A sentence opened by a participle's phrase (English "Born in Leeds in 1931, …"): not
# read yet for this language (a pattern that never matches).
FRONTED_PARTICIPLE_BEFORE = r"(?!x)x"
# A date that ends a longer period (English "the year ending tomorrow"): not read yet.
PERIOD_END_BEFORE = r"(?!x)x"
# A condition's own date (English "if … by September"): not read yet.
CONDITION_BEFORE = r"(?!x)x"
# A deadline set by an order (English "ordered the evacuation by Saturday"): not read yet.
DEADLINE_BEFORE = r"(?!x)x"
# Words of change before an amount and "from" (English "rose 8% from a year earlier"): any
# word here (the empty pattern), as before English listed them.
CHANGE_BEFORE_FROM = r""
# A level after a figure and "to" (English "fell 508 points to 1738"): not read yet.
FIGURE_LEVEL_BEFORE = r"(?!x)x"
PERIOD_TO_BETWEEN = r"(?!)"  # "the three months ended September 30"
PEOPLE_AFTER_POSSESSIVE: frozenset[str] = frozenset()  # "last year's winner"
FORECAST_FIGURE_BEFORE = r"(?!x)x"  # "expects to sell two million units in 2026": not read yet
# A plan given up or changed: the date it was once meant for ("первоначально планировалось
# на ноябрь", "перенесли с ноября") and the date it is moved to ("перенесли на декабрь"):
# neither is when the change happened.
ABANDONED_PLAN_BEFORE = (
    r"(?<!\w)(?:первоначально|изначально|сначала)\s+(?:планировал\w*|намечал\w*|запланирован\w*"
    r"|назначен\w*|ожидал\w*)[^,;.!?]*$"
    r"|(?<!\w)(?:перенес\w*|перенос\w*|переносят|отложил\w*|отложен\w*|отложат)\b[^.;!?]{0,40}?"
    r"(?<!\w)(?:с|со|на)\s+$"
)
WHEN_CLAUSE_AFTER = r"(?!x)x"  # "since 1998, when it won …": not read yet
COUNT_BETWEEN = r"(?!x)x"  # "in November, two months after Quinn replaced Doyle": not read yet
COUNT_AFTER = r"(?!x)x"
COUNT_BACK: frozenset[str] = frozenset()
COUNT_WAYS: frozenset[str] = frozenset()
LEVEL_AFTER = r"(?!x)x"  # "back to the 1986 level": not read yet
WITH_EXPECTED_BEFORE = r"(?!x)x"  # "…, with closing expected by May": not read yet
PAYMENT_AFTER = r"(?!x)x"  # "payment … on April 10, record March 31": not read yet
PERIOD_LENGTHS: dict[str, str] = {}  # "the fourth quarter ended January 31": not read yet
PAYMENT_BEFORE = r"(?!x)x"  # "…, record April 30": not read yet
STATE_UNTIL_BEFORE = r"(?!x)x"  # "would stay above target until 2026": not read yet
PERIOD_OPENER_BEFORE = r"(?!x)x"  # "in the fourth quarter ended …": not read yet
FIGURE_LIST_BETWEEN = r"(?!x)x"  # "65 mln this year, 105 mln next year": not read yet
DAY_LIST_BEFORE = r"(?!x)x"  # "on 6 and 7 March": not read yet


# A "since" date under a future verb is the day a change starts: "С 1 июня рынок будет
# закрыт", "З 1 червня подорожчає проїзд" (the same word as "since" in "с 2014 года").
SINCE_AHEAD_STARTS = True
CLAUSE_WORDS = r"(?!)"  # read only with OBJECT_PARTICIPLE_BEFORE, which never matches here
THIRD_PERSON_ENDINGS: tuple[str, ...] = ()  # the same
APPOSITION_NOT_PARTICIPLES: frozenset[str] = frozenset()  # no apposition read here
PERIOD_NOUN_ENDED_BEFORE = r"(?!x)x"  # "in the half ended December 31": not read yet
PERIOD_NOUN_LENGTHS: dict[str, str] = {}  # the same
SINCE_ACTIVITY_BEFORE = r"(?!x)x"  # "have been searching since Tuesday": not read so here
SUBJECT_PARTICIPLE_BEFORE = r"(?!x)x"  # "a rocket launched in 1983 was …": not read so here
VERB_AFTER_SUBJECT = r"(?!x)x"  # the same
RELATIVE_CLAUSE_BEFORE = (
    r"(?!x)x"  # a relative clause told in the past under a future: not read so here
)
OBJECT_RELATIVE_BEFORE = r"(?!x)x"  # the same
MAIN_CLAUSE_BREAK = r"(?!x)x"  # the same

# A long participle in any case: a passive's "-анн-/-енн-/-т-" ("построенную", "начатое",
# "открытых") or an active past's "-вш-" ("начавшийся"), then an adjective's ending.
_ADJECTIVE_ENDINGS = (
    "ый ий ая яя ое ее ые ие ого его ой ей ую юю ом ем ым им ых их ыми ими ому ему "
    "ийся аяся ееся иеся егося ейся уюся"
).split()
ASIDE_PARTICIPLE_ENDINGS = tuple(
    stem + ending
    for stem in "анн янн енн ённ ат ят ыт ит ут вш".split()
    for ending in _ADJECTIVE_ENDINGS
)


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("", "")
# After a date, a participle declined as an adjective and its noun (German "die 1963
# eröffnete Brücke"): the date is the participle's; never here.
PRENOMINAL_PARTICIPLE_AFTER = r"(?!)"
