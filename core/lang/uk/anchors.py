"""Ukrainian cues that a date in a sentence only describes a thing, not when its happening
was: "з 2014 року" (a running span's start), "порівняно з минулим роком" (a comparison's
baseline). The names are English's (``core.lang.en.anchors``); regex sources, matched
case-insensitively.
"""

from __future__ import annotations

_NEVER = r"(?!x)x"
SINCE_BEFORE = r"(?<!\w)(?:з|із|починаючи\s+з|ще\s+з)\s+(?:(?:початку|кінця|середини)\s+)?$"
TERM_BEFORE = r"(?<!\w)(?:терміном\s+до)\s+$"
DUE_BEFORE = _NEVER
RECORD_BEFORE = r"(?<!\w)(?:максимум|мінімум|рекорд)\w*\s+(?:\w+\s+)?$"
AS_DEADLINE_AFTER = r"^\s+(?:як\s+)?(?:крайній\s+термін|термін)\b"
BE = frozenset("є був була було були буде".split())
COMPARISON = r"(?<!\w)(?:порівняно|у\s+порівнянні|проти)(?!\w)"
COMPARISON_NEXT = r"(?<!\w)(?:ніж|проти)\s+(?:(?:в|у|на)\s+)?$"
FROM = r"(?<!\w)(?:з|із|проти)(?!\w)"
AMOUNT = r"\d|%|(?<!\w)(?:відсот\w*|млн|млрд|тис|грн|дол\w*)"
COMPARISON_STOP = r"[,;:()\n]|[.!?]\s|(?<!\w)(?:і|й|але|який|яка|що|коли)(?!\w)"
RANGE_JOIN_BEFORE = r"(?<!\w)(?:по|до|і|й)\s+$|[-–]\s*$"
RANGE_JOIN_AFTER = r"^(?:(?:по|до|і|й)\s+\d|[-–—]\s*\d)"
APPOSITION = r"^\s*(?:або|і)(?!\w)"
OF_BEFORE = _NEVER
TIME_NOUNS = frozenset("ніч ранок день вечір тиждень місяць рік початок кінець середина".split())
DETERMINER_BEFORE = _NEVER
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[а-яїієґ][а-яїієґ'-]+)(?!\w)"
DETERMINER_START = _NEVER
MORE_EVENT_NOUNS = frozenset(
    "слухання суд засідання конференція церемонія катастрофа аварія пожежа матч фінал "
    "промова інтерв'ю заява угода війна битва переворот революція".split()
)
POSSESSIVE_AFTER_PREPOSITION = _NEVER
NOUN_FOR_BEFORE = r"(?<!\w)(?P<noun>план\w*|прогноз\w*|бюджет\w*|ціл\w*)\s+на\s+$"
PLAN_NOUNS = frozenset("план плану плани прогноз прогнозу бюджет бюджету мета мети".split())
# "Міст, збудований у 1962 році, закрили", "вакцинацію, розпочату ще в серпні,": the
# participle's case form is any (``ASIDE_PARTICIPLE_ENDINGS`` tells it is one).
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[а-яїієґ'’]+)\s+(?:(?:ще|вже|лише)\s+)?(?:(?:в|у|на)\s+)?$"
)
TERMS_AFTER = r"^\s+(?:ф'ючерс\w*|постачан\w*|контракт\w*)"
TERMS_BEFORE = r"(?<!\w)(?:постачан\w*|відвантажен\w*)\s+(?:в|у)\s+$"

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
# A plan given up or changed: the date it was once meant for ("спочатку планували на
# листопад", "перенесли з листопада") and the date it is moved to ("перенесли на грудень"):
# neither is when the change happened.
ABANDONED_PLAN_BEFORE = (
    r"(?<!\w)(?:спочатку|початково|первісно)\s+(?:планувал\w*|запланован\w*|призначен\w*"
    r"|очікувал\w*)[^,;.!?]*$"
    r"|(?<!\w)(?:перенес\w*|перенос\w*|переносять|відклал\w*|відкладен\w*|відкладуть)\b"
    r"[^.;!?]{0,40}?(?<!\w)(?:з|із|на)\s+$"
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

# A participle in any case: a passive's "-ан-/-ен-/-т-" ("збудований", "розпочату",
# "відкритого", "завершені") then an adjective's ending.
ASIDE_PARTICIPLE_ENDINGS = tuple(
    stem + ending
    for stem in "ан ян ен єн ат ят ит ут".split()
    for ending in "ий а е і у ого ої ому ій им их ими ою".split()
)


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("", "")
# After a date, a participle declined as an adjective and its noun (German "die 1963
# eröffnete Brücke"): the date is the participle's; never here.
PRENOMINAL_PARTICIPLE_AFTER = r"(?!)"
