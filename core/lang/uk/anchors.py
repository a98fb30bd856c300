"""Ukrainian cues that a date in a sentence only describes a thing, not when its happening
was: "з 2014 року" (a running span's start), "порівняно з минулим роком" (a comparison's
baseline). The names are English's (``core.lang.en.anchors``); regex sources, matched
case-insensitively.
"""

from __future__ import annotations

_NEVER = r"(?!x)x"
SINCE_BEFORE = r"(?<!\w)(?:з|із|починаючи\s+з|ще\s+з)\s+(?:(?:початку|кінця|середини)\s+)?$"
TERM_BEFORE = r"(?<!\w)(?:терміном\s+до)\s+$"
RECORD_BEFORE = r"(?<!\w)(?:максимум|мінімум|рекорд)\w*\s+(?:\w+\s+)?$"
AS_DEADLINE_AFTER = r"^\s+(?:як\s+)?(?:крайній\s+термін|термін)\b"
# A deadline set by an order or a request: "доручив до понеділка доповісти", "вимагав до
# п'ятниці подати план" — when the thing asked for is due, not when the order was given.
DEADLINE_BEFORE = (
    r"(?<!\w)(?:доручив|доручила|доручили|вимагав|вимагала|вимагали|зажадав|зажадала"
    r"|зажадали|наказав|наказала|наказали|зобов['’ʼ]язав|зобов['’ʼ]язала|зобов['’ʼ]язали"
    r"|попросив|попросила|попросили)(?!\w)[^,;.!?]*(?<!\w)до\s+$"
)
BE = frozenset("є був була було були буде".split())
COMPARISON = r"(?<!\w)(?:порівняно|у\s+порівнянні|проти)(?!\w)"
COMPARISON_NEXT = r"(?<!\w)(?:ніж|проти)\s+(?:(?:в|у|на)\s+)?$"
FROM = r"(?<!\w)(?:з|із|проти)(?!\w)"
AMOUNT = r"\d|%|(?<!\w)(?:відсот\w*|млн|млрд|тис|грн|дол\w*)"
# (a dash set off by spaces ends a clause too: a dateline's "…, 20 лютого /Укрінформ/ – ")
COMPARISON_STOP = (  # (not the comma of a decimal: "проти 7,4 гривні у 2015 році")
    r",(?!\d)|[;:()\n]|"
    r"\s[–—]\s|[.!?]\s|(?<!\w)(?:і|й|але|який|яка|що|коли)(?!\w)"
)
RANGE_JOIN_BEFORE = r"(?<!\w)(?:по|до|і|й)\s+$|[-–]\s*$"
# ... a day, or a month, its end or start: "з червня до вересня", "з червня до кінця вересня"
RANGE_JOIN_AFTER = (
    r"^(?:(?:по|до|і|й)\s+(?:\d|(?:кінця|кінець|початку|початок|середини)\s"
    r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\w*\b)"
    r"|[-–—]\s*\d)"
)
APPOSITION = r"^\s*(?:або|і)(?!\w)"
TIME_NOUNS = frozenset("ніч ранок день вечір тиждень місяць рік початок кінець середина".split())
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[а-яїієґ][а-яїієґ'-]+)(?!\w)"
MORE_EVENT_NOUNS = frozenset(
    "слухання суд засідання конференція церемонія катастрофа аварія пожежа матч фінал "
    "промова інтерв'ю заява угода війна битва переворот революція".split()
)
NOUN_FOR_BEFORE = r"(?<!\w)(?P<noun>план\w*|прогноз\w*|бюджет\w*|ціл\w*)\s+на\s+$"
PLAN_NOUNS = frozenset("план плану плани прогноз прогнозу бюджет бюджету мета мети".split())
# "Міст, збудований у 1962 році, закрили", "вакцинацію, розпочату ще в серпні,": the
# participle's case form is any (``ASIDE_PARTICIPLE_ENDINGS`` tells it is one).
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[а-яїієґ'’]+)\s+(?:(?:ще|вже|лише)\s+)?(?:(?:в|у|на)\s+)?$"
)
# A noun after a date is no trade's terms here: a fronted date, then the clause's subject
# ("Торік контракт розірвали"); a contract's month is an adjective
# or follows ("фьючерсы на март").
TERMS_AFTER = r"(?!)"
TERMS_BEFORE = r"(?<!\w)(?:постачан\w*|відвантажен\w*)\s+(?:в|у)\s+$"

MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
# A plan given up or changed: the date it was once meant for ("спочатку планували на
# листопад", "перенесли з листопада") and the date it is moved to ("перенесли на грудень"):
# neither is when the change happened.
# A plan the same sentence then says was given up: "Голосування планували на 3 червня, але
# його скасували" — the date it was meant for, when nothing happened.
PLAN_BEFORE = (
    r"(?:планува\w*|збирал\w*|збирався|призначен\w*|запланован\w*|хотіл\w*|хотів"
    r"|мав|мала|мали|мало)[^,;.!?]*$"
)
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\b[ій]\b)[^.;!?]){0,70}?\b(?:але|проте|однак)\b[^.;!?]{0,60}?"
    r"(?:перенес|скасува|скасован|відклал|відкладен|зірва|призупин|відмов)\w*"
)
ABANDONED_PLAN_BEFORE = (
    r"(?<!\w)(?:спочатку|початково|первісно)\s+(?:(?:його|її|їх|це)\s+)?(?:планувал\w*|запланован\w*|призначен\w*"
    r"|очікувал\w*)[^,;.!?]*$"
    r"|(?<!\w)(?:перенес\w*|переніс|перенос\w*|переносять|відклал\w*|відкладен\w*|відкладуть)\b"
    r"[^.;!?]{0,40}?(?<!\w)(?:з|із|на)\s+$"
)


# A "since" date under a future verb is the day a change starts: "С 1 июня рынок будет
# закрыт", "З 1 червня подорожчає проїзд" (the same word as "since" in "с 2014 года").
SINCE_AHEAD_STARTS = True
SINCE_PAST_STARTS = True  # "перешли на … с понедельника": the change that day

# A participle in any case: a passive's "-ан-/-ен-/-т-" ("збудований", "розпочату",
# "відкритого", "завершені") then an adjective's ending.
ASIDE_PARTICIPLE_ENDINGS = tuple(
    stem + ending
    for stem in "ан ян ен єн ат ят ит ут".split()
    for ending in "ий а е і у ого ої ому ій им их ими ою".split()
)
# The past after a comma is the clause's own verb, never an aside's participle (that one is
# declined, above): "Петренко, призначена в березні, заявила в понеділок, що …".
ASIDE_PAST_IS_PARTICIPLE = False


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("", "")
# A budget or a yearly report named with the year it covers: "закладено в бюджет на 2025 рік",
# "у річному звіті за 2023 рік" — the document's year, not when the clause happens.
# ... and a law, a code, a treaty or a plan named by its year in the genitive: "положення
# Земельного кодексу 2001 року", "закон 1995 року" (foreign2).
DOCUMENT_YEAR_BEFORE = (
    r"(?<!\w)(?:(?:держ|місцев\w*\s+)?бюджет\w*\s+на|звіт\w*\s+за)\s+$"
    r"|(?<!\w)(?:закон|кодекс|указ(?!ав|ува)|постанов(?!ив|ил|л)|договор|угод|конвенці|конституці"
    r"|стандарт|генплан|статут)\w*\s+$"
    # the prices a figure is counted in, and a school's class by its year: "у цінах 2015 року",
    # "випускників 1971 року" (a yardstick and a name, no happening)
    r"|(?<!\w)(?:в\s+цінах|у\s+цінах|на\s+ціни|цін|випускник\w*)\s+$"
)


# -- added for #16 (foreign2): a thing's age is no happening --
# A year that tells how old a thing is: its founding or building in a participle's aside
# after its comma ("комбінат, заснований у 1931 році", "міст, збудований ще 1958 року"):
# background of the noun, no event and not the clause's date.
# ... also a ship's launching in such an aside ("буксир, спущений на воду 1984 року"), the same
# told by a relative clause ("склад, стіни якого звели у 1912 році", "міст, який збудували
# 1958 року"), and what a thing dates from ("котли, що датувалися 1960-ми роками").
_UK_ORIGIN = r"(?:заснован|збудован|побудован|споруджен|зведен)"
THING_AGE_BEFORE = (
    rf",\s+(?:{_UK_ORIGIN}|спущен\w*\s+на\s+воду)\w*(?<!о)"
    r"\s+(?:ще\s+)?(?:(?:в|у)\s+)?$"
    r"|(?<!\w)(?:який|яка|яке|які|якого|якої|яких)\s+(?:(?:було|був|була|були)\s+)?"
    rf"(?:{_UK_ORIGIN}(?:о|ий|а|е|і)|заснували|збудували|побудували|спорудили|звели)"
    r"\s+(?:ще\s+)?(?:(?:в|у)\s+)?$"
    r"|(?<!\w)датува\w*\s+(?:(?:з|від)\s+)?$"
)


# -- added for foreign5: the period a payment or a report is for --
# "зарплату за лютий отримали 2 квітня", "оприлюднила звіт за третій квартал 5 листопада":
# the month or year after "за" is what the thing covers, paid or told at another time (a
# figure's own period, "виручка за березень зросла", stays its date).
REPORT_PERIOD_BEFORE = (
    r"(?<!\w)(?:зарплат|заробітн\w*\s+плат|виплат|пенсі|стипенді|звіт|звітност|дивіденд"
    r"|податк|оренд|квартплат)\w*\s+за\s+$"
)
# A happening moved, stopped or extended until a date was done before it: "продовжили
# карантин до 15 травня", "відклав засідання до 20 квітня", "зупинить випуск до 31 грудня" (a
# verb that acts on a thing, not its "-ся": "експедиція триватиме до кінця серпня" tells
# when it ends). Any other "до" is as often a deadline: the happening's own date; a range's
# "з … до" keeps its own reading.
STATE_UNTIL_BEFORE = (
    r"\b(?:продовж|відклал|відклад|відклав|перенес|перенос|відтермін|призупин|зупин|закри"
    r"|припин|перекри|заборон|обмеж)\w*(?<!ся)(?<!сь)\s(?:(?!\b(?:з|із|від)\s)[^;.!?,]){0,40}?"
    r"\b(?:аж\s+)?до\s+(?:кінця\s+|середини\s+|початку\s+)?$"
)
# A day listed before a dated day: "23 і 24 березня" runs from the 23rd (the tagger reads
# "24 березня" alone).
DAY_LIST_BEFORE = r"\b(?P<day>\d{1,2})\s+(?:і|й|та)\s+$"
# A date a "коли" clause follows tells when that clause happened, whatever comes before it:
# "краще, ніж навесні 2020 року, коли школи закрили на карантин" dates the closing.
WHEN_CLAUSE_AFTER = r"^\s*,?\s*коли\s"
# "у будівлі 1920-х років": the decade in the genitive after its noun names the thing;
# "наприкінці 1920-х років", "з 1920-х років", "у 1920-х роках" are the clause's time.
DECADE_OF_THING_TEXT = r".*років$"
DECADE_OF_THING_BEFORE = (
    r"(?<![\w'’-])(?!(?:початку|кінця|середини|наприкінці|кінці|середині|після|від|років)(?![\w'’]))"
    r"[а-яєіїґ'’]{3,}\s+$"
)

# A nominative participle's ending, the predicate's form it takes in its aside's own title
# (Ukrainian keeps the full form: "Міст, збудований у 1962 році," → "Міст збудований"), and
# its gender (``core.events.short_participles``); the endings of the nouns and adjectives of
# each gender in the nominative, which the participle agrees with.
ASIDE_SHORT_ENDINGS = (
    ("ений", "ений", "m"), ("ена", "ена", "f"), ("ене", "ене", "n"), ("ені", "ені", "p"),
    ("аний", "аний", "m"), ("ана", "ана", "f"), ("ане", "ане", "n"), ("ані", "ані", "p"),
    ("тий", "тий", "m"), ("та", "та", "f"), ("те", "те", "n"), ("ті", "ті", "p"),
)  # fmt: skip
ASIDE_NOUN_ENDINGS = {
    "m": tuple("бвгґджзклмнпрстфхцчшщйь"), "f": ("а", "я", "ь"), "n": ("о", "е", "я"),
    "p": ("и", "і", "ї"),
}  # fmt: skip
ASIDE_ADJECTIVE_ENDINGS = {
    "m": ("ий", "ій"), "f": ("а", "я"), "n": ("е", "є"), "p": ("і",),
}  # fmt: skip
# The participles (by stem) that with a year tell a thing's age in an aside, no news ("мост,
# открытый в 2013 году,"); a month or a day stays a happening's.
ASIDE_AGE_STEMS = ("засн", "збудова", "побудова", "відкри", "звед", "створе", "споруд", "встановл")
# A person's apposition holding a date of what the person is: "Лікарка Інна Кравець,
# випускниця медичного інституту 1979 року, вважає …", "Він, чемпіон світу 2002 року,
# сказав …" — the date is the degree's or the title's, not the clause's.
PERSON_APPOSITION_BEFORE = (
    r",\s+(?:колишн\w+\s+)?"
    r"(?:випускни(?:к|ця)|лауреат\w*|чемпіон\w*|призер\w*|призерк\w*|переможец\w*|переможниц\w*"
    r"|переможець)"
    r"\s+[^,;:.!?()\n]{1,60}?\s+(?:у\s+|в\s+)?$"
)
# (not a description opening the sentence, its subject after it:
# "Випускниця училища 1979 року, вона …")
PERSON_APPOSITION_CLOSE_AFTER = r"^\s*,(?!\s+(?:він|вона|вони|я|ми)(?!\w))"

# A sentence that opens by saying it only gives a yardstick: "Для порівняння: у 2004 році пором
# перевозив 90 машин." Its dates are the yardstick's, not the story's happenings.
COMPARISON_SENTENCE = r"^для\s+порівняння\b"
# The year a record told in the passive was set: "рекорд відвідуваності був встановлений у 1962
# році" tells the record's age, a yardstick, not news (only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"(?<!\w)рекорд\w*[^.;!?]{0,60}?(?<!\w)(?:був|було)\s+(?:встановлен\w*|встановлено)"
    r"[^.;!?]{0,40}?(?<!\w)[ув]\s+$"
)


# A year of make, building or birth written after the year ("«Зеніт» 1985 року випуску",
# "будинок 1912 року побудови", "водій 1999 року народження"): the thing's or the person's
# age, not when the clause happens.
THING_AGE_AFTER = r"^\s+(?:випуску|виробництва|побудови|забудови|народження)(?!\w)"


# An index's base year written as the index's 100: "індекс цін (2021 = 100) зріс" — the figures'
# yardstick, never when anything happened (``core.events.anchors._figure_base``).
FIGURE_BASE_AFTER = r"^\s*=\s*100\b"


# A declined participle opening the sentence, its date right after it (a preposition between),
# then its noun with no comma: "Збудований у 1962 році міст закрили на ремонт у понеділок" —
# the date is the participle's, not the clause's (``core.events.anchor_context``); "колишн…"
# is an adjective ("former").
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>(?!Колишн)[А-ЯЇІЄҐ][а-яїієґ'’]+)\s+"
    r"(?:(?:ще|вже|лише)\s+)?(?:(?:в|у|на|з|із|до)\s+)?$"
)
FRONTED_PARTICIPLE_UNMARKED = True
# A declined participle's aside goes on after its date up to its closing comma: "Міст,
# збудований у 1962 році на Дніпрі, закрили в понеділок" — the date is the aside's, not the
# clause's.
ASIDE_GOES_ON_AFTER = r"^(?:\s+[^\s,.;:!?«»\"]+){1,5},"

# A day denied and then set right: "підписали не в понеділок, а у вівторок" — the denied day is no
# happening's (``core.events.anchors``).
NEGATED_BEFORE = r"(?<!\w)не\s+(?:(?:в|у|на|до)\s+)?$"
CORRECTED_AFTER = r"^,?\s+а\s"
