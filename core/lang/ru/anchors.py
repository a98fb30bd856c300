"""Russian cues that a date in a sentence only describes a thing, not when its happening was.

"с 2014 года" (a running span's start), "по сравнению с прошлым годом" (a comparison's
baseline), "закон 1996 года" (a thing named by its year). The names are English's
(``core.lang.en.anchors``); regex sources, matched case-insensitively.
"""

from __future__ import annotations

_NEVER = r"(?!x)x"
SINCE_BEFORE = r"(?<!\w)(?:с|со|начиная\s+с|ещё\s+с|еще\s+с)\s+(?:(?:начала|конца|середины)\s+)?$"
TERM_BEFORE = r"(?<!\w)(?:сроком\s+до|погашением\s+в)\s+$"
RECORD_BEFORE = r"(?<!\w)(?:максимум|минимум|рекорд)\w*\s+(?:\w+\s+)?$"
AS_DEADLINE_AFTER = r"^\s+(?:как\s+)?(?:крайний\s+срок|срок)\b"
# A deadline set by an order or a request: "поручил к понедельнику доложить", "потребовал до
# пятницы представить план" — when the thing asked for is due, not when the order was given.
DEADLINE_BEFORE = (
    r"(?<!\w)(?:поручил|поручила|поручили|потребовал|потребовала|потребовали|приказал"
    r"|приказала|приказали|велел|велела|велели|обязал|обязала|обязали|попросил|попросила"
    r"|попросили)(?!\w)[^,;.!?]*(?<!\w)(?:к|ко|до)\s+$"
)
BE = frozenset("является был была было были будет".split())
COMPARISON = r"(?<!\w)(?:по\s+сравнению|в\s+сравнении|против)(?!\w)"
COMPARISON_NEXT = r"(?<!\w)(?:чем|против)\s+(?:(?:в|на)\s+)?$"
FROM = r"(?<!\w)(?:с|против)(?!\w)"
AMOUNT = r"\d|%|(?<!\w)(?:процент\w*|млн|млрд|тыс|руб\w*|долл\w*)"
# (a dash set off by spaces ends a clause too: a dateline's "…, 20 лютого /Укрінформ/ – ")
COMPARISON_STOP = (  # (not the comma of a decimal: "против 7,4 рубля в 2015 году")
    r",(?!\d)|[;:()\n]|"
    r"\s[–—]\s|[.!?]\s|(?<!\w)(?:и|но|который|которая|что|когда)(?!\w)"
)
RANGE_JOIN_BEFORE = r"(?<!\w)(?:по|до|и)\s+$|[-–]\s*$"
# ... a day, or a month, its end or start: "с июня по сентябрь", "с июня по конец сентября"
RANGE_JOIN_AFTER = (
    r"^(?:(?:по|до|и)\s+(?:\d|(?:конец|конца|начало|начала|середину|середины)\s"
    r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\b)"
    r"|[-–—]\s*\d)"
)
APPOSITION = r"^\s*(?:или|и)(?!\w)"
TIME_NOUNS = frozenset("ночь утро день вечер неделя месяц год начало конец середина".split())
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[а-яё][а-яё-]+)(?!\w)"
MORE_EVENT_NOUNS = frozenset(
    "слушание суд заседание конференция церемония катастрофа авария пожар матч финал "
    "речь интервью заявление сделка война битва переворот революция".split()
)
NOUN_FOR_BEFORE = r"(?<!\w)(?P<noun>план\w*|прогноз\w*|бюджет\w*|цел\w*)\s+на\s+$"
PLAN_NOUNS = frozenset("план плана планы прогноз прогноза бюджет бюджета цель цели".split())
# "Мост, построенный в 1983 году, снесут летом", "дамбу, построенную ещё 5 мая 1983 года,":
# the participle's case form is any (``ASIDE_PARTICIPLE_ENDINGS`` tells it is one).
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[а-яё]+)\s+(?:(?:ещё|еще|уже|лишь|только)\s+)?(?:(?:в|во|на)\s+)?$"
)
# A noun after a date is no trade's terms here: a fronted date, then the clause's subject
# ("В прошлом году контракт расторгли"); a contract's month is an adjective
# or follows ("фьючерсы на март").
TERMS_AFTER = r"(?!)"
TERMS_BEFORE = r"(?<!\w)(?:поставк\w*|отгрузк\w*)\s+(?:в|во)\s+$"

MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
# A plan given up or changed: the date it was once meant for ("первоначально планировалось
# на ноябрь", "перенесли с ноября") and the date it is moved to ("перенесли на декабрь"):
# neither is when the change happened.
# A plan the same sentence then says was given up: "Голосование было назначено на 3 июня, но
# его перенесли" — the date it was meant for, when nothing happened.
PLAN_BEFORE = (
    r"(?:планировал\w*|планирова\w*|собирал\w*|должн\w*|назначен\w*|запланирован\w*"
    r"|намечен\w*|хотел\w*)[^,;.!?]*$"
)
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\bи\b)[^.;!?]){0,70}?\b(?:но|однако)\b[^.;!?]{0,60}?"
    r"(?:перенес|перенёс|отменил|отменен|отменён|отложил|отложен|сорвал|приостанов|отказал)\w*"
)
ABANDONED_PLAN_BEFORE = (
    r"(?<!\w)(?:первоначально|изначально|сначала)\s+(?:(?:его|её|ее|их|это)\s+)?(?:планировал\w*|намечал\w*|запланирован\w*"
    r"|назначен\w*|ожидал\w*)[^,;.!?]*$"
    r"|(?<!\w)(?:перенес\w*|перенос\w*|переносят|отложил\w*|отложен\w*|отложат)\b[^.;!?]{0,40}?"
    r"(?<!\w)(?:с|со|на)\s+$"
)


# A "since" date under a future verb is the day a change starts: "С 1 июня рынок будет
# закрыт", "З 1 червня подорожчає проїзд" (the same word as "since" in "с 2014 года").
SINCE_AHEAD_STARTS = True
SINCE_PAST_STARTS = True  # "перешли на … с понедельника": the change that day

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
# The past after a comma is the clause's own verb, never an aside's participle (that one is
# declined, above): "Петров, назначенный главой, заявил в среду, что …".
ASIDE_PAST_IS_PARTICIPLE = False


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("", "")
# A budget or a yearly report named with the year it covers: "заложены в бюджет на 2025 год",
# "в годовом отчёте за 2023 год" — the document's year, not when the clause happens.
# ... and a law, a code, a treaty or a plan named by its year in the genitive: "положения
# Земельного кодекса 2001 года", "закон 1995 года" (foreign2).
DOCUMENT_YEAR_BEFORE = (
    r"(?<!\w)(?:(?:гос|государственн\w*\s+)?бюджет\w*\s+на|отч[её]т\w*\s+за)\s+$"
    r"|(?<!\w)(?:закон|кодекс|указ(?!ал|ыва|ав)|постановлени|договор(?!ил)|соглашени|конвенци"
    r"|конституци|стандарт|генплан|устав)\w*\s+$"
    # the prices a figure is counted in, and a school's class by its year: "в ценах 2015 года",
    # "выпускников 1971 года" (a yardstick and a name, no happening)
    r"|(?<!\w)(?:в\s+ценах|на\s+цены|цен|выпускник\w*)\s+$"
)


# -- added for #16 (foreign2): a thing's age is no happening --
# A year that tells how old a thing is: its founding or building in a participle's aside
# after its comma ("комбинат, основанный в 1931 году", "мост, построенный ещё в 1958 году"):
# background of the noun, no event and not the clause's date.
# ... also a ship's launching in such an aside ("буксир, спущенный на воду в 1984 году"), and the
# same told by a relative clause ("мост, который был построен в 1958 году").
THING_AGE_BEFORE = (
    r",\s+(?:основанн|построенн|созданн|возведенн|возведённ|сооруженн|сооружённ"
    r"|спущенн\w*\s+на\s+воду)\w*"
    r"\s+(?:(?:ещё|еще)\s+)?(?:в|во)\s+$"
    r"|(?<!\w)котор(?:ый|ая|ое|ые|ого|ой|ых)\s+(?:(?:был|была|было|были)\s+)?"
    r"(?:(?:основан|построен|возвед[её]н|сооруж[её]н)[аоы]?|основали|построили|возвели)"
    r"\s+(?:(?:ещё|еще)\s+)?(?:в|во)\s+$"
)


# -- added for foreign5: the period a payment or a report is for --
# "зарплату за февраль получили 2 апреля", "опубликовала отчёт за третий квартал 5 ноября":
# the month or year after "за" is what the thing covers, paid or told at another time (a
# figure's own period, "выручка за март выросла", stays its date).
REPORT_PERIOD_BEFORE = (
    r"(?<!\w)(?:зарплат|заработн\w*\s+плат|выплат|пенси|стипенди|отч[её]т|отчетност|отчётност"
    r"|дивиденд|налог|аренд|квартплат)\w*\s+за\s+$"
)
# A happening moved, stopped or extended until a date was done before it: "продлили карантин
# до 15 мая", "отложил заседание до 20 апреля", "остановит выпуск до 31 декабря" (a verb
# that acts on a thing, not its "-ся": "экспедиция продлится до конца августа" tells when
# the expedition ends). Any other "до" is as often a deadline, "к"'s: the happening's own
# date; a range's "с … до" keeps its own reading.
STATE_UNTIL_BEFORE = (
    r"\b(?:продл|отлож|перенес|перенёс|перенос|отсрочи|приостанов|останов|закры|прекрат"
    r"|перекры|запрет|ограничи)\w*(?<!ся)(?<!сь)\s(?:(?!\b(?:с|со)\s)[^;.!?,]){0,40}?"
    r"\b(?:вплоть\s+)?до\s+(?:конца\s+|середины\s+|начала\s+)?$"
)
# A day listed before a dated day: "23 и 24 марта" runs from the 23rd (the tagger reads
# "24 марта" alone).
DAY_LIST_BEFORE = r"\b(?P<day>\d{1,2})\s+и\s+$"
# A date a "когда" clause follows tells when that clause happened, whatever comes before it:
# "ставка неизменна с 2015 года, когда банк перешёл к таргетированию" dates the switch.
WHEN_CLAUSE_AFTER = r"^\s*,?\s*когда\s"
# "в здании 1920-х годов": the decade in the genitive after its noun names the thing; "в конце
# 1920-х годов", "с 1920-х годов", "в 1920-х годах" are the clause's time.
DECADE_OF_THING_TEXT = r".*годов$"
DECADE_OF_THING_BEFORE = (
    r"(?<![\w-])(?!(?:начала|конца|середины|начале|конце|середине|после|около|лет|годов)(?!\w))"
    r"[а-яё]{3,}\s+$"
)

# A nominative participle's ending, the predicate's form it takes in its aside's own title,
# and its gender: "Петров, назначенный в 2018 году," → "Петров назначен"
# (``core.events.short_participles``); the endings of the nouns and adjectives of each gender
# in the nominative, which the participle agrees with.
ASIDE_SHORT_ENDINGS = (
    ("ённый", "ён", "m"), ("ённая", "ена", "f"), ("ённое", "ено", "n"), ("ённые", "ены", "p"),
    ("енный", "ен", "m"), ("енная", "ена", "f"), ("енное", "ено", "n"), ("енные", "ены", "p"),
    ("анный", "ан", "m"), ("анная", "ана", "f"), ("анное", "ано", "n"), ("анные", "аны", "p"),
    ("янный", "ян", "m"), ("янная", "яна", "f"), ("янное", "яно", "n"), ("янные", "яны", "p"),
    ("тый", "т", "m"), ("тая", "та", "f"), ("тое", "то", "n"), ("тые", "ты", "p"),
)  # fmt: skip
ASIDE_NOUN_ENDINGS = {
    "m": tuple("бвгджзклмнпрстфхцчшщйь"), "f": ("а", "я", "ь"), "n": ("о", "е", "ё"),
    "p": ("ы", "и"),
}  # fmt: skip
ASIDE_ADJECTIVE_ENDINGS = {
    "m": ("ый", "ий", "ой"), "f": ("ая", "яя"), "n": ("ое", "ее"), "p": ("ые", "ие"),
}  # fmt: skip
# The participles (by stem) that with a year tell a thing's age in an aside, no news ("мост,
# открытый в 2013 году,"); a month or a day stays a happening's.
ASIDE_AGE_STEMS = ("основа", "построе", "откры", "возвед", "учрежд", "созда", "сооруж", "установл")
# A person's apposition holding a date of what the person is: "Врач Инна Кравец, выпускница
# медицинского института 1979 года, считает …", "Он, чемпион мира 2002 года, сказал …" — the
# date is the degree's or the title's, not the clause's.
PERSON_APPOSITION_BEFORE = (
    r",\s+(?:бывш\w+\s+)?"
    r"(?:выпускни(?:к|ца)|лауреат\w*|чемпион\w*|призер\w*|призёр\w*|победител\w*|победительниц\w*)"
    r"\s+[^,;:.!?()\n]{1,60}?\s+(?:в\s+)?$"
)
# (not a description opening the sentence, its subject after it:
# "Выпускница училища 1979 года, она …")
PERSON_APPOSITION_CLOSE_AFTER = r"^\s*,(?!\s+(?:он|она|они|я|мы)(?!\w))"

# A sentence that opens by saying it only gives a yardstick: "Для сравнения: в 2004 году паром
# перевозил 90 машин." Its dates are the yardstick's, not the story's happenings.
COMPARISON_SENTENCE = r"^для\s+сравнения\b"
# The year a record told in the passive was set: "рекорд посещаемости был установлен в 1962
# году" tells the record's age, a yardstick, not news (only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"(?<!\w)рекорд\w*[^.;!?]{0,60}?(?<!\w)(?:был|было)\s+установлен\w*[^.;!?]{0,40}?"
    r"(?<!\w)в\s+$"
)


# A year of make, building or birth written after the year ("«Волга» 1979 года выпуска",
# "дом 1912 года постройки", "водитель 1999 года рождения"): the thing's or the person's age,
# not when the clause happens.
THING_AGE_AFTER = r"^\s+(?:выпуска|производства|постройки|рождения)(?!\w)"


# An index's base year written as the index's 100: "индекс цен (2021 = 100) вырос" — the
# figures' yardstick, never when anything happened (``core.events.anchors._figure_base``).
FIGURE_BASE_AFTER = r"^\s*=\s*100\b"


# A declined participle opening the sentence, its date right after it (a preposition between),
# then its noun with no comma: "Построенный в 1962 году мост закрыли на ремонт в понедельник"
# — the date is the participle's, not the clause's (``core.events.anchor_context``); "бывш…"
# is an adjective ("former").
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>(?!Бывш)[А-ЯЁ][а-яё]+)\s+"
    r"(?:(?:ещё|еще|уже|лишь|только)\s+)?(?:(?:в|во|на|с|со|к|до)\s+)?$"
)
FRONTED_PARTICIPLE_UNMARKED = True
# A declined participle's aside goes on after its date up to its closing comma: "Певец,
# родившийся в 1950 году в Самаре, скончался в среду" — the date is the aside's, not the
# clause's.
ASIDE_GOES_ON_AFTER = r"^(?:\s+[^\s,.;:!?«»\"]+){1,5},"

# A day denied and then set right: "подписан не в понедельник, а во вторник" — the denied day is no
# happening's (``core.events.anchors``).
NEGATED_BEFORE = r"(?<!\w)не\s+(?:(?:в|во|на|к)\s+)?$"
CORRECTED_AFTER = r"^,?\s+а\s"
