"""English cues for reading a time expression: the words around a match that say whether it
is time at all ("May" the verb, "2000 troops", "the noon news", "$2 million a year") and the
values of the words the grammar captured ("last" goes back, "the following" forward).

``core.temporal`` (the tagger and the resolvers) compiles the regex sources, matched
case-insensitively unless a comment says otherwise, once per language.
"""

from __future__ import annotations

from core.lang.en import calendar as _calendar
from core.lang.en.calendar import ONES, TENS
from core.lang.en.clauses import RANGE_JOINERS, RANGE_OPENERS
from core.lang.en.tense import PAST as _PAST

# -- what the tagger does with neighbouring expressions (``core.temporal.tagger``) --
# "the last half of June" is June (its second half), not the second half-year.
HALF = r"(?:the\s+)?(?:first|second|last|latter|final|early|late)[\s-]+half"
HALF_OF = r"\s+of\s+(?:the\s+)?$"
# A game's half, no year's: "scored twice in the second half", "was sent off in the first
# half". A bare half in a sentence with such words is no time expression.
MATCH_HALF = (
    r"\b(?:scor(?:ed|es|ing)|goals?|equalis\w*|equaliz\w*|sent\s+off|penalty|penalties|"
    r"kick-?off|half-?time|striker|winger|goalkeeper|substitute\w*|red\s+card|yellow\s+card|"
    r"free\s+kick|touchdowns?|quarterback|the\s+whistle|the\s+referee)\b"
)
# "between July and September", "from December to March": a range, in order.
# The range words are the event layer's too: one list, in ``clauses``. A full date's year is set
# off by a comma before the join ("from May 31, 2021, to January 15").
RANGE_OPEN = rf"\b(?:{'|'.join(RANGE_OPENERS)})\s+(?:the\s+)?$"
RANGE_JOIN = rf"^,?\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"
# (a year named in words is written too: "between May this year and May 1986" keeps each its own)
YEAR_WRITTEN = (
    r"\b\d{4}\b|'\d{2}\b|(?i:\b(?:this|last|next|past|previous|current|same|following|"
    r"preceding)\s+year\b|\ba\s+year\s+(?:ago|earlier|before|later)\b)"
)
# "499-493 BC", "between 480 and 479 BC": the first year of a range before an era's year.
ERA_RANGE_START = rf"(?<![\d.,$])(\d{{1,4}})\s*(?:{'|'.join(RANGE_JOINERS)}|or)\s*$"
# "on May 4 and 5", "June 8 and 9, 1871": a second day of the same month (its year written
# after it is both days'), after a date that ends in its day (not a count: "May 4 and 5
# tonnes", "25%"; a word ending in "s" that is no plural is none: "… and 12 across"); after
# a range's opener, its last day ("from June 4 to 12": ``range``), and after a dash ("4-12").
SECOND_DAY_AFTER = (
    r"(?:[ \t]+(?:and|or)[ \t]+|[-–]|(?P<range>[ \t]+(?:to|through|till|until)[ \t]+))"
    r"(?P<day>\d{1,2})(?:,?[ \t]+(?P<year>\d{4}))?\b"
    r"(?![.,:]\d|[ \t]*(?:%|percent\b|(?!(?:across|as|is|was|has|its|his|this|thus|towards|"
    r"unless|besides|plus|minus|versus)\b)[a-z]+s\b))"
)

# -- what the resolvers read around a match (``core.temporal.absolute``, ``periods``,
# ``relative``); regexes are matched case-insensitively unless said otherwise --
# Relative words the grammar captures, normalised (lower case, single spaces), and which way
# they move from the publication date: back, this one, ahead.
RELATIVE_STEP = {"last": -1, "this past": -1, "this": 0, "this coming": 1, "next": 1,
                 "coming": 1}  # fmt: skip
# Days named from the publication date, as offsets.
# ("last night" after a clock time: "at 10pm last night")
# "tomorrow-next money", "tom/next": a money market's term, no day.
DEICTIC_TERM_AFTER = r"[-/]next\b"
# ... and "overnight" before a money market's noun: "overnight funds", "overnight and
# tomorrow-next funds" (not "hit the coast overnight", "rose overnight in Tokyo"; "today call
# money traded" keeps its day: only "overnight" is read so).
OVERNIGHT_TERM_AFTER = (
    r"\s+(?:and\s+(?:tom(?:orrow)?[-/]next|day-to-day)\s+)?"
    r"(?:funds|money|rates?|loans?|deposits?|assistance|borrowings?|lending|interbank|call"
    r"|repurchases?|repos?|paper|facility|accommodation)\b"
)
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
# Words before a bare four-digit number that make it a year: "in 2019 prices rose".
YEAR_PREP = (
    r"(?:\b(?:in|since|of|by|until|till|through|from|to|during|before|after|early|late|mid"
    r"|fiscal|year|between|circa|c\.|summer|winter|spring|autumn|fall|the|that|this|next|last"
    r"|against|at|on|with|below|above|due|ending|ended|maturing|expiring|\w+'s"
    r"|(?:1[5-9]\d\d|20\d\d)\s+(?:and|or|to))|[,(–—-])\s*$"
)
# "Section 2019", "Flight 2020", "Windows 2000": a number naming a thing, not a year
# (case-sensitive).
NUMBERED_THING = (
    r"\b(?:Section|Article|Room|Flight|Route|Highway|Resolution|Chapter|Rule|No\.|Number|Model"
    r"|Windows|Suite|Unit|Gate|Platform|Channel|Page|Paragraph|Clause|Item|Apollo|Boeing"
    r"|Airbus|Interstate|Lot|Bill|Series)\s+$"
)
# "2000 troops", "1500 new homes": a count, unless a preposition made it a year
# (case-sensitive: a plural noun after the number, not one a preposition introduces:
# "founded around 1920 by settlers").
# A unit of measure right after a bare number makes it a count whatever stands before it
# ("up to 1500 tonnes a day", "some 2000 hectares"): no year is weighed in tonnes.
COUNT_UNIT_AFTER = (
    r"\s*(?:tonnes?|tons?|kilo(?:metre|meter|gram)s?|km|kg|metres?|meters?|miles?|hectares?"
    r"|acres?|barrels?|litres?|liters?|gallons?|bushels?|megawatts?)\b"
)
NOT_YEAR_AFTER = (
    r"\s*(?:(?!(?:by|in|on|at|for|from|with|when|after|before|until|during)\b)[a-z]+\s+)?(?:[a-z]+s\b(?<!\bhis)(?<!\bas)(?<!\bwas)(?<!\bis)(?<!\bthis)(?<!\bits)"
    r"|people\b|men\b|women\b|children\b|feet\b|foot\b|metres?\b|meters?\b|miles?\b|km\b"
    r"|kg\b|tons?\b|hp\b|cc\b|mm\b)"
)
# "1530 EST", "0900 hrs", "1500 (1400 GMT)", "between 1700 and 2100 hrs": clock times.
CLOCK_AFTER = (
    r"\s*(?:\(\s*\d{4}\s*|(?:and|to|-|–)\s*\d{4}\s*)?"
    r"(?:(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|HKT|SGT|local)\b|hrs?\b|hours\b)"
)
# A number decades from the article's year after a market level's words is a level, not a
# year: "the index closed around 2050", "the average stood at 1985".
LEVEL_BEFORE = (
    r"\b(?:closed|closing|ended|finished|opened|opening|stood|standing|traded|trading|hovered"
    r"|hovering|settled|quoted|index|average|level|rose|fell|climbed|dropped|slipped|gained"
    r"|jumped|eased|advanced|declined|surged|plunged|rallied|recovered)"
    r"(?:\s+(?:at|around|about|near|above|below|under|over|to|from|just|some))*\s+$"
)
# ... and after a code in capitals in running text: "the label KQ 2061", "desk PPN 2058"
# (case-sensitive), unless the capitals say "year": "AD 1066", "FY 2030".
CODE_BEFORE = r"(?<![\w.])[A-Z][A-Z0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AD", "BC", "BCE", "CE", "FY", "CY")
# How far from the article's year a number must lie before those cues make it no year.
CODED_YEARS_AWAY = 20
# Words that let a year lie a century or more from the article's own: "in 1066", "to 1066",
# "1861-1863".
FAR_YEAR_CUE = (
    r"(?:\b(?:in|since|year|from|during|between|circa|c\.|century|early|late|mid|AD|BC"
    r"|to|until|till|through|and)|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
    # ... "the War of 1812", "the election of 1860": a happening or a name of that year
    r"|(?:(?-i:\b[A-Z][a-z]+)|\b(?:election|revolution|war|treaty|crisis|campaign|uprising"
    r"|rebellion|summer|spring|autumn|winter|fall))\s+of\s+$"
)
# ... or a year that opens a line of a timeline, a colon after it: "1871: first ship
# launched" (a list mark may open the line).
FAR_YEAR_CUE_AFTER = (
    r"(?:(?<=\n\d{4})|(?<=\n[-–—•*]\d{4})|(?<=\n[-–—•*][ \t]\d{4})):[ \t]+(?=[^\W\d])"
)
# Spelled years that may be counts: "two thousand people", "eighteen hundred soldiers".
SPELLED_COUNT_STARTS = ("two",)
SPELLED_COUNT_ENDS = ("hundred",)
# Words before a bare month name that make it the month.
MONTH_PREP = (
    r"(?:\b(?:in|since|of|by|until|till|through|from|to|during|before|after|early|late|mid"
    r"|last|next|this|that|each|every|for|between|and|or|around|on|until|throughout|since"
    r"|beginning|end|middle|start|than|as|past)|[,(–—-])\s*$"
)
# Months whose names are verbs far more often than bare months: March, May.
VERB_MONTHS = (3, 5)
# ... which a determiner makes a noun ("the May election"), unless a verb's complement or a
# name follows ("the March on Washington").
MONTH_DETERMINER = r"\b(?:the|a|an|this|last|next)\s+$"
NOT_MONTH_NOUN = r"\s+(?:on|of|to|through|for|past|across|in|from|against)\b|\s+[A-Z]"
# A weekday or day word later in a clock time's sentence names its day (case-sensitive).
# ("tomorrow" only right after the clock time and its zone, ``timex.DAY_TAIL``: "walked out
# at 6 a.m. and will return tomorrow" is today's six o'clock.)
DAY_LATER = (
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|last night)\b"
)
# What joins a clock time to the day written right after it when that day is no date the
# clock's own pattern reads ("at midnight on the eve of 2012", "at dawn on the first day of").
CLOCK_ON_DAY = r",?\s+on\s+"
# ... and "tomorrow" straight after a zone the clock time's span leaves out ("bids by 1000 GMT
# tomorrow": tomorrow's ten o'clock).
DAY_AFTER_ZONE = r"\s+(?:GMT|UTC)\s+(tomorrow)\b"
# Clock words and their time; "noon" is a time only after a cue ("at noon", "noon Tuesday"),
# never in "the noon news".
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
CUED_CLOCK_WORDS = ("noon",)
CLOCK_CUE_AFTER = r"\s+(?:on|local|today)"
CLOCK_CUE_BEFORE = ("at", "by", "until", "before", "after", "around")
PM = "p"  # what "p.m." starts with
# Ordinals that count from the end; a century is never "the last century" here.
ORDINALS_FROM_END = ("last", "final", "latter")
# Ordinals a half-year takes: "the first half", "the last half".
HALF_ORDINALS = ("first", "second", "1st", "2nd", "last", "latter")
# The year a quarter or "period" belongs to, from the words before it: a year back, the year
# before the quarter the text discusses, this year, a year ahead.
QUARTER_YEAR_BACK = ("last",)
QUARTER_YEAR_AHEAD = ("next",)
QUARTER_YEAR_THIS = ("this",)
YEAR_AGO_WORDS = ("year-", "year ago", "year earlier", "comparable")
# "the fourth quarter ended June 30": the text gives the quarter's last day, so the three
# months it covers (the month word is checked against the calendar; case-sensitive).
QUARTER_ENDED_AFTER = (
    # (hard-wrapped copy may break the line anywhere: "the first quarter\nended Sept 30")
    r"[ \t]*,?[ \t]*\n?[ \t]*(?<=\s)(?:which\s+|that\s+)?(?:ended|ending|ends)[ \t]*\n?[ \t]*"
    r"(?<=\s)(?:on\s+)?(?P<month>[A-Z][a-z]{2,8})\.?[ \t]*\n?[ \t]*(?P<day>\d{1,2})\b"
    # ... and its year when given: "the second quarter ended March 29, 1986" is 1986's
    r"(?:,?[ \t]*\n?[ \t]*(?<=\s)(?P<year>(?:19|20)\d\d)(?![\d%]|[.,]\d))?"
)
# "whose fiscal year ends June 30": where the document's fiscal years end (case-sensitive).
FISCAL_YEAR_END = (
    r"\b[Ff]iscal[ \t]+(?:year|\d{4})[ \t]+(?:that[ \t]+|which[ \t]+)?(?:ends|ended|ending"
    r"|closes|closed|runs[ \t]+through|ran[ \t]+through)[ \t]+(?:on[ \t]+|in[ \t]+)?"
    r"(?P<month>[A-Z][a-z]{2,8})\b"
)
# ... or where a numbered quarter ended: "its fourth quarter ended June 30" (the ordinal
# case-insensitive, the month capitalised).
ORDINAL_QUARTER = (
    r"\b(?i:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- \t]+(?:fiscal[- \t]+)?quarter)"
)
# A quarter that says it is fiscal ("its fiscal first quarter") is no calendar quarter unless
# the document says where its fiscal year ends.
FISCAL = "fiscal"
# A "quarter ended July 31" compared a year back is no longer that quarter.
QUARTER_ENDED_YEAR_AGO = r"year-|a year|comparable|corresponding"
# Which quarter "the quarter" names: a year back, this one, the next, the one just ended,
# the last one (or the one before it when "previous").
PERIOD_YEAR_AGO = ("year-", "a year", "comparable", "corresponding")
# A year-named period said to match another ("the same 1986 period", "the comparable 1986
# period") is a comparison's baseline: a later "the same period" is not that one.
PERIOD_BASELINE = ("same", "comparable", "corresponding")
PERIOD_THIS = ("this",)  # at the start
PERIOD_CURRENT = ("current",)  # anywhere
PERIOD_NEXT = ("next",)
PERIOD_JUST_ENDED = ("latest", "just", "recent")
PERIOD_LAST = "last"
PERIOD_PREVIOUS = ("previous", "prior")
# Seasons that are also everyday words ("prices fall", "a spring"), the one "the" does not
# make a season ("the fall of the Berlin Wall"), and the words before a bare season.
COMMON_WORD_SEASONS = ("spring", "fall")
# A bare season before a happening is its season, whatever came before it: "the main summer
# offensive", "Meade's fall campaign", "the Autumn Harvest Uprising" (case-insensitive words).
SEASON_EVENT_AFTER = (
    r"(?i:[ \t-]+(?:[a-z]+[ \t]+)?(?:offensives?|counter-?offensives?|campaigns?|fighting"
    r"|uprising|rebellion|revolt|assaults?|invasion))\b"
)
NOT_SEASON_AFTER_THE = ("fall",)
SEASON_PREP = r"\b(?:in|during|by|until|since|through|over|of|all)\s+$"
# "the Winter Olympics", "the Summer of Love": a capitalised noun after a season makes it a
# name (case-sensitive).
SEASON_NAME_AFTER = r"[ \t]+(?:of[ \t]+)?[A-Z][a-z]"
# Unit words the grammar captures in "last week", "the following month": (TIMEX3 letter,
# how many of it).
CALENDAR_UNITS = {"day": ("D", 1), "week": ("W", 1), "weekend": ("W", 1), "month": ("M", 1),
                  "quarter": ("Q", 1), "year": ("Y", 1), "decade": ("Y", 10),
                  "century": ("Y", 100)}  # fmt: skip
WEEKEND = "weekend"
# "the week" told in the past on a week's first day ("the pound fell to four record lows in
# the week", Monday): the week just ended, this one having barely begun.
WEEK_JUST_ENDED = "week"
# Units a bare "the" does not make a date on its own ("the month", "the decade").
NOT_AFTER_BARE_THE = ("month", "decade", "century", "quarter")
# An award named after the year it crowns: "named coach of the year", "voted album of the
# year" is a title, not a time (the end of what comes before "the year").
AWARD_OF_BEFORE = (
    r"\b(?:coach|player|manager|goal|try|save|rookie|athlete|sportsman|sportswoman|sportsperson"
    r"|footballer|cricketer|golfer|driver|rider|jockey|trainer|horse|newcomer|team|club|album"
    r"|song|single|record|book|novel|film|movie|play|car|word|person|man|woman|employee"
    r"|teacher|nurse|doctor|chef|restaurant|pub|businessman|businesswoman|entrepreneur"
    r"|journalist|photographer|architect|scientist|citizen|volunteer|airline|airport|brand"
    r"|product|village|breeder|farmer|artist|musician|singer|actor|actress|author|dancer)"
    r"s?\s+of\s+$"
)
# "this week", "the past year", "next month": which way from the publication date.
UNIT_STEP = {"last": -1, "the past": -1, "the last": -1, "the previous": -1, "the prior": -1,
             "this past": -1, "the latest": -1, "next": 1, "the next": 1, "the coming": 1,
             "this coming": 1}  # fmt: skip
# "the past decade", "this century": the years up to now (a duration, as TempEval-3 reads it).
UP_TO_NOW = frozenset({("the past", "decade"), ("the past", "century"), ("this", "century")})
# "the year ended ...", "the year to date", "the year to March 31" (a fiscal year as British
# and Commonwealth reports name it): a year-long duration.
YEAR_TO_DATE_AFTER = (
    r"\s+(?:ended|ending|to\s+date)\b"
    rf"|\s+to\s+(?:end-)?(?i:{_calendar.stems(_calendar.MONTHS)})[a-z]*\b"
)
# "the following day", "the week before": which way from the last date mentioned.
ANAPHOR_STEP = {"the following": 1, "the next": 1, "after": 1, "later": 1,
                "the previous": -1, "the prior": -1, "the preceding": -1, "before": -1,
                "earlier": -1}  # fmt: skip
# "the day before yesterday", "the day after tomorrow".
DAY_BEYOND = {"yesterday": -2, "tomorrow": 2}
# "the previous Monday", "the same Tuesday", "the following Friday": from the last date.
WEEKDAY_ANAPHORA = {"the previous": -1, "the same": 0, "the following": 1, "the next": 1}
# "every Thursday", "each morning": a set, not a date.
SET_QUANTIFIERS = ("every", "each")
# "Super Tuesday", "Cyber Monday": a name, not a date (case-sensitive).
NAMED_DAY_BEFORE = r"\b(?:Super|Cyber|Bloody|Holy|Maundy|Black|Good|Fat|Giving)\s+$"
# "on the Tuesday", "That Tuesday": a weekday with the definite article or "that" names a day
# of the week the story is in, not one of the publication's week ("on Tuesday"); "that" only
# opening its sentence or after "on" ("said that Tuesday …" may be a clause).
STORY_WEEKDAY_BEFORE = r"\b(?:on\s+)?the\s+$|(?:\b[Oo]n\s+that|\bThat)\s+$"
# "the song "White Christmas"": a capitalised word before a named day inside a sentence makes
# them a title or a name together, not the day (case-sensitive).
HOLIDAY_IN_NAME_BEFORE = r"(?<=[a-z,;:]\s)[\"“]?[A-Z][a-z]+\s+$"
# "tonight" is the night of today; only "last night" is a part of the day "last" takes.
DEICTIC_PART_OF_DAY = {"tonight": "night"}
LAST_PARTS_OF_DAY = ("night",)
# A night named by the morning it runs into (none in English: "the night of March 3"
# is the night after that day, so a clock time in its small hours falls on the next day).
NIGHT_INTO = r"(?!)"
# A clock time that opens or closes a range of hours ("between 7 and 11 a.m.", "from 7 a.m.
# to noon"): with no day of its own and not in the past, a daily window ("Vans will be
# allowed between 7 and 11 a.m."), no time of an event (``core.temporal.clock``).
CLOCK_RANGE_OPEN = r"(?i)\b(?:between|from)\s+"
CLOCK_RANGE_SHUT = r"(?i)\s+(?:and|to|until|till)\s+\d"
CLOCK_RANGE_BEFORE = (
    r"(?i)\b(?:between|from)\s+\d{1,2}(?:[.:]\d\d)?(?:\s*[ap]\.?m\.?)?\s+(?:and|to|until|till)\s+"
)
# "two days ago", "a year earlier", "three weeks later": (which way, counted from now rather
# than from the last date mentioned); "a year ago" counts from now even past a date ahead.
AGO_WORDS = {"ago": (-1, True), "back": (-1, True), "earlier": (-1, False),
             "before": (-1, False), "later": (1, False), "after": (1, False),
             "before that": (-1, False), "after that": (1, False),
             "from now": (1, True), "hence": (1, True), "previously": (-1, False)}  # fmt: skip
YEAR_AGO_FROM_NOW = ("ago",)
# "a year before that": counted from the last date named, never a year-ago comparison
AGO_FROM_LAST_DATE = ("before that", "after that")
PLURAL_ENDING = "s"
# "$2 million a year", "24 hours a day", "14,000 hogs a day": a rate (SET), not a duration. The
# count sits just before the noun "a day" follows; "for a day", "took a week" are durations.
RATE_BEFORE = (
    r"(?:^|\s)(?:\$?[\d][\d.,]*|once|twice|thrice|times|a\s+few|several|dozens?|hundreds?"
    r"|thousands?|millions?|billions?|pct|percent|"
    + "|".join(tuple(ONES) + tuple(TENS))
    + r")(?:\s+(?!(?:for|in|within|over|about|nearly|than|after"
    r"|before|last|lasted|lasts|took|takes|spent|of|by|during)\b)[a-z%-]+){0,3}\s+$"
)
INDEFINITE = ("a", "an")
# "expected to last six weeks": the verb, not "the last six weeks".
LAST_AS_VERB = "last"
VERB_BEFORE = r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|and)\s+$"
# "will one day be": some day, not a day long.
ONE_DAY = ("one", "day")
MODAL_BEFORE = r"\b(?:will|would|could|can|may|might|shall|must)\s+(?:\w+ly\s+)?$"
# "a second term": an ordinal, not a duration.
A_SECOND = "second"
# "52 years old": an age; "a quarter of the market": a fraction.
AGE_AFTER = r"[\s-]+old\b"
FRACTION_UNITS = ("quarter",)
FRACTION_OF = " of "
# Words before a bare plural unit that make it a vague duration: "for years".
VAGUE_PREP = r"\b(?:for|over|within|in)\s+$"
# "in the coming weeks", "recent years", "future years", "the early hours of Thursday".
VAGUE_THE = "the"
VAGUE_FUTURE = "future"
VAGUE_RECENT = "recent"
EARLY_HOURS = ("the early", "hours")
# "current" is "at present" only before a word that is not an accounting term.
CURRENT = "current"
CURRENT_AS_TIME = r"\s+(?!(?:account|assets|liabilities|affairs)\b)[a-z]"
# "daily", "every week", "per year": the TIMEX3 value of a set.
SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
             "semiannually": "P6M"}  # fmt: skip
SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q",
             "hour": "PT1H", "minute": "PT1M", "weekend": "XXXX-WXX-WE"}  # fmt: skip
# -- the time a text narrates (``core.temporal.story``) --
# A relative clause set off by commas tells a person or thing in passing: its date is not the
# story's time (", who joined in June 2015, unveiled a scheme in October").
# (a part of the head as well: "three barges, two of which were launched in 1979,")
RELATIVE_ASIDE_BEFORE = (
    r",\s+(?:(?:the\s+)?(?:\w+\s+){1,2}of\s+)?(?:who|whom|which|whose)\b[^,;:.!?()\n]{0,60}$"
)
# A thing named in passing with its founding or building year, or its age ("the firm, founded in
# 1979 by his father,", "a bridge which dates from 1780", "part of a terrace built in 1888"): the
# year dates the thing, so "that June" or "two days later" after it count from the story. Not
# the main clause's own happening ("it was founded in 1979").
ORIGIN_ASIDE_BEFORE = (
    r"(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?<!\bfirst\s)(?<!\boriginally\s)(?:\b(?:first|originally)\s+)?\b(?:founded|built|established|erected|constructed)"
    r"|\b(?:which|that)\s+(?:was|were)\s+(?:first\s+|originally\s+)?"
    r"(?:founded|built|established|erected|constructed)"
    r"|\bdat(?:es|ing|ed)(?:\s+back)?)"
    r"(?:\s+by\s+[^,.;:\n]{1,40}?)?\s+(?:in|from|to)\s+(?:about\s+|around\s+)?$"
)
# A date after these only names a thing ("the 1978 resolution", "its 1995 budget", "the
# 2023-25 cycle") or a starting point ("since 1972"): it is not the time the story has
# reached, and the clipped end of such a range is no date of its own.
THING_BEFORE = r"\b(?:the|a|an|that|this|its|his|her|their|our|since)\s+$|'s\s+$"
# A year alone sets the story's time only as the frame of its sentence: "In 1941, ...",
# "By late 1943 ...", a heading "1918" (case-sensitive: at the start of a sentence or of a
# line after one that ended a sentence or was blank: a wire's hard-wrapped "index (base\n1980)"
# runs on).
STORY_YEAR_FRAME = (
    r"(?:^|[.!?]\s+|(?:^|[.!?:;\"”)]|\n)[ \t]*\n\s*)"
    r"(?:(?:In|By|During|From|Throughout|Early\s+in)\s+)?$"
)
# A date at the far end of a span the sentence reaches forward to is an aside, not the story's
# new time: "an assault that lasted until the fall of the city in May 1945"; nor is the date
# a figure is given "as of" ("73% of deaths (as of December 5, 2006)"), nor where a state
# that lasts to now began ("has been closed since the flood on 3 February 2024"): the
# sentence reports the present.
# A date a comparison looks back to is no time the story reached: "the streets were quiet
# compared to the riots of August and October", "output showed no growth compared with
# January 1986" (a short look: it stops at a comma or a full stop).
COMPARED_BEFORE = r"\bcompared\s+(?:to|with)\b[^,.;:!?()\n]{0,40}$"
# The year written after a yearless month and the part of the day it names: "on a January
# night in 2013" is January 2013, and that year is the month's, not a new time of the story.
MONTH_YEAR_AFTER = (
    r"\s+(?:night|morning|evening|afternoon|day|weekend)\s+(?:in|of)\s+(?P<year>\d{4})\b"
)
# A record's baseline: "the first rise of more than two pct since a 2.4 pct rise in May
# 1971", "the highest reading since tallies began in 1962" (the record is news of now; a figure's
# point: "a 2.4 pct rise"). Nothing counts from it: "… that summer" is the record's summer.
RECORD_SINCE_BEFORE = (
    r"\b(?:first|(?!(?:protest|contest|interest|request|harvest|forest|arrest|west|test|rest"
    r"|honest|modest|suggest|invest|digest|manifest)\b)[a-z]+est)\b(?:[^.;:!?()]|\.(?=\d)){0,50}"
    r"\bsince\b(?:[^.;:!?()]|\.(?=\d)){0,50}$"
)
STORY_ASIDE = (
    r"\b(?:until|till|up\s+to)\b[^.;:!?()\n]{0,60}$|\bas\s+of\s+$"
    r"|\b(?:has|have)\b[^.;:!?()\n]{0,30}\bsince\b[^.;:!?()\n]{0,40}$"
    # ... nor a record's baseline (``RECORD_SINCE_BEFORE``)
    rf"|{RECORD_SINCE_BEFORE}"
    # ... nor a figure's comparison: "rose 22.4 pct from February, 1984", "2.6 pct higher than
    # in December 1985" (the other period a figure is set against)
    r"|(?:\d\s*(?:%|pct|percent|per\s+cent)|\b(?:higher|lower|more|less))\b"
    r"(?:[^.;:!?()]|\.(?=\d)){0,30}\b(?:from|than|over|against|compared\s+(?:with|to))"
    r"\s+(?:in\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?$"
)
# A weekday after a verb of saying is when the news was told, not a day of the story:
# "officials said privately Thursday", "told reporters on Monday".
REPORTED_ON = (
    r"\b(?:said|says|told|announced|reported|stated|added|confirmed|denied|declared"
    r"|disclosed|revealed)\b[^.;\n]{0,30}$"
)
# A quotation attributed in the present ("…," says a resident; "…," she recalls): an interview
# of now, whatever story it tells; its "this winter" is the writer's
# (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = r"\b(?:says|recalls|remembers|adds|explains|tells|insists|admits|notes)\b"
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"\b(?:said|says|told|tells|recalled|recalls|remembered|remembers|added|adds|explained"
    r"|explains|wrote|writes)\b[^.;\n]{0,30}$"
)
# "the last month of the war": a period of something named, not counted from publication.
PERIOD_OF = " of "
# ... so with these words before it ("in the last month of World War II", "during the last
# week of April") the period is the named thing's, not one counted from publication: the text
# does not place it by itself ("the last year of 18-3/4" is a figure's "of": still counted).
STEP_OF_NAMED = frozenset({"the last", "the past", "the previous", "the prior", "the latest",
                           "the next", "the coming"})  # fmt: skip

# -- added for es --
# Time zones that make a clock time UTC, marked "Z" in its value ("13.00 GMT" →
# "T13:00Z"): English's TimeBank writes none.
UTC_ZONE = r"(?!)"

# -- added for de --
# Does the language write every noun with a capital (German)? Then a capital does not make
# a season a name ("im Sommer" is a season, "the Summer of Love" a name).
NOUNS_CAPITALISED = False

# -- added for fr --
# A story this many years before publication may be told in the present (French); 0: never.
HISTORICAL_PRESENT_YEARS = 0
# Forms that look ahead from publication even in a story told in the present: none here.
AHEAD_FORMS = r"(?!)"

# -- added for #15 (story time) --
# A season named by these counts from the last date mentioned, not the story's time:
# "Saigon fell in 1975; Laos was overrun that same spring".
SEASON_ANAPHORA = ("that", "that same", "the same")
# The past perfect: in a story long past, "ago" in such a sentence counts from the story's
# time ("he said Kissinger had tricked him into signing two years ago").
# (the irregular participles too: "a pier the town had built in 1903", "had won", "had held")
PAST_PERFECT = (
    r"\bhad\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|t)|paid|laid|made|had|done|gone|seen|won|begun|run"
    r"|come|become|held|sold|told|found|led|fled|heard|met|sat|stood|hit|put|set|cut|shut|quit"
    r"|struck|stuck|hung|dug|spun|shone|swum|sung|drunk|sunk|flown|grown|known|shown|thrown)\b"
)
# A verb of saying between a date and a past perfect: the perfect is the reported words'
# ("On May 3 he told the court he had acted alone"), not a look back of the date's clause.
SPEECH_BEFORE_PERFECT = (
    r"\b(?:said|told|testified|insisted|claimed|argued|maintained|admitted|denied|explained"
    r"|wrote|recalled|added|stated|confirmed)\b"
)
# A present perfect counted from the story's time brings it to the present: "digging started in
# March 2017. Crews have since rebuilt the pier …" — a later yearless month is the news's.
CAUGHT_UP = r"\b(?:has|have)\s+since\s+(?:\w+ly\s+)?[a-z]+\b"

# A bare season already over this year, in a sentence about the future, is next year's
# ("Строительство начнётся весной" in October); English keeps this year's.
SEASON_OVER_AHEAD = False


# "Two weeks later" after a day named: the week it falls in, as TimeML annotates it.
WEEKS_FROM_A_DAY_AS_DAY = False


# Whether "next year" told in the past counts from the last date mentioned (Ukrainian
# "наступного року" is both "next" and "the following"): not here.
NEXT_IN_PAST_FROM_LAST_DATE = False
# The words that, before the name of the month just gone, mean that month a year earlier:
# "last February" written in March is the February before (this one would be "last month";
# "this past February" is this year's).
LAST_SKIPS_MONTH_GONE = frozenset({"last"})
# A maturity or an expiry written with its year ("a bond due April 21, 1992"): a thing's
# term, so the same day named again without a year ("Payment is due April 21.") is not it.
TERM_BEFORE_DATE = (
    r"\b(?:due|maturing|matures|mature|expiring|expires|redeemable)\s+(?:in\s+|on\s+)?$"
)
# A year that ends a span ("an extension until 2028 in April"): it frames no month after it.
SPAN_END_BEFORE = r"\b(?:until|till|through)\s+$"
# Between a year and the yearless day that ended it: "fiscal 1986 ended June 30", "its 1986
# financial year, which ended September 30" (``core.temporal.frames.year_ended``; "fiscal
# 1986 ending March 31" may still run, as Britain's year to March 1987 does).
YEAR_ENDED_GAP = (
    r"\s+(?:(?:fiscal|financial)\s+year\s*,?\s+)?(?:(?:which|that)\s+)?ended\s+(?:on\s+)?"
)
# A year's happening, the subject of its clause, then when in that year it takes place: "next
# year's open will take place in June" is June of next year, "last year's final was played on
# May 3" May 3 of last year — what stands between the year and the month or day.
POSSESSIVE_YEAR_FRAME = (
    r"\b(?P<rel>next|last|this)\s+year['’]s\s+(?:[\w-]+\s+){1,3}?"
    r"(?:(?:will|would|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+)?"
    r"(?:(?:be|was|were|is|are)\s+)?"
    r"(?:takes?\s+place|took\s+place|held|played|staged|run|runs|ran|opens?|opened|starts?"
    r"|started|begins?|began|kicks?\s+off|kicked\s+off|(?:scheduled|set|slated|planned)\s+for)"
    r"\s+(?:(?:in|on|from|during|over|between)\s+)?"
    r"(?:the\s+(?:first|second|last|latter)\s+half\s+of\s+|(?:early|late|mid)[\s-]+)?$"
)
# A demonstrative before a bare month points back at the year last named: "the flood of
# 1950 … That April, the river rose" is April 1950, not this April.
DEMONSTRATIVE_BEFORE = r"\b[Tt]hat\s+$"


# The end of a range before a bare weekday: "opens next Thursday and runs until Sunday" ends
# on the Sunday after that Thursday, not the Sunday nearest publication; and the start of what
# a day's decision set going: "declared an emergency on Monday and closed schools starting
# (at 8 a.m.) Wednesday" starts on the Wednesday after that Monday.
RANGE_END_BEFORE = r"\b(?:until|till|through|(?:beginning|starting)(?:\s+(?:on|at|from))?)\s+$"


# A season or a month counted from the last date mentioned, one way or the other: "swept away
# in November 1975 … rebuilt the following autumn" is autumn 1976, "… an inquiry opened the
# following March" March 1976.
SEASON_FOLLOWING = {
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the preceding": -1,
    "before": -1,
}  # "the winter before": the one before the story's time


# An indefinite article before a season (and an adjective or two): a kind of season, not a
# time of the calendar ("after a wet early autumn, the rivers rose on October 17").
SEASON_KIND_BEFORE = r"\b(?:a|an)\s+(?:[a-z]+\s+){0,2}$"

# What joins two lengths of one ("two years and three months", "an hour, and ten minutes").
DURATION_AND = r",?\s+and\s+"


# A second verb phrase after "and" (or "but"), in the past, that the expression closes:
# "resigned in June 2019 | and sued the board last month" tells its own time,
# counted from publication, not from the date the sentence's first verb was told on ("On May
# 2, 1999, he said an election would come next year": that year's). Not a verb of saying,
# whose words may count from then.
# ... nor does a relative clause's past after a comma: "In 2017 she opened a bakery with a
# loan, which she repaid last year" (last year is the publication's).
SECOND_VERB_PHRASE = (
    rf"\b(?:and|but)\s+(?:then\s+)?(?!(?:said|told|ago|last|earlier|since)\b)(?:{_PAST})\b[^,;:]*$"
    rf"|,\s+(?:which|who)\s+(?:(?:he|she|it|they|we)\s+(?!(?:said|told)\b)[a-z]+"
    rf"|(?!(?:said|told|ago|last|earlier|since)\b)(?:{_PAST}))\b[^,;:]*$"
)


# -- added for fr/es (story time of a modified unit) --
# The relative words a unit takes after a modifier when the unit is the one the text is in
# ("la fin du mois", "a finales de año"): in a story, the story's month or year, as "the end
# of the month" is. English writes "the" (``VAGUE_THE``): none more here.
MODIFIED_UNIT_RELS: frozenset[str] = frozenset()
# Forms that make a plan of a date even in a story told in the present: none here.
PLAN_FORMS = r"(?!)"
