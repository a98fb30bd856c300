"""English time expressions: the grammar's rules and the words that trigger them.

``core.temporal`` compiles these regex sources once per language (HeidelTime keeps the same
in ``resources/english/{repattern,rules}``); what the resolvers read around a match is in
``cues``, the words' values in ``calendar``.
"""

from __future__ import annotations

import re

from core.lang.en.calendar import (
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

# -- the grammar: pieces, then rules (name, verbose regex with named groups), by priority --
MODIFIER = (
    r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
    r"|[Ee]nd\s+of|[Bb]eginning\s+of"
    r"|[Tt]he\s+(?:early|late|mid))(?:\s*-\s*|\s+))"
)
# A month in lower case only before its year ("took office in august 1985", as some wires
# write it): alone, "may" and "march" are words of their own.
_LOWER_MONTH_BEFORE_YEAR = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    rf"|december)(?=,?\s+{YEAR4}\b(?![\d%])))"
)
# "July 25 of that year", "November of the following year": the year of the last date.
YEAR_ANAPHOR = r"(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)"
# Years before the common era: "480 BC", "31 B.C.", "c. 600 BCE".
ERA_BC = r"(?:BC|B\.C\.|BCE|B\.C\.E\.)"
# "Fri 4 Feb 2022", "Tue., Feb. 8": abbreviated weekdays only ever prefix a date here.
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
RELATIVE = r"(?:[Tt]his\s+(?:past|coming)|[Tt]his|[Ll]ast|[Nn]ext)"
AMPM = r"(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
# ("10:00 CET on March 30", "11 a.m. ET Tuesday", "11 a.m. Eastern time tomorrow": the zone
# between a clock time and its day)
TIME_ZONE = (
    r"(?:[ECMP][SD]T|GMT|UTC|local\s+time|\([ECMP][SD]T\)"
    r"|(?:CES?T|BST|EES?T|WET|JST|HKT|SGT|AE[SD]T|[ECMP]T)\b"
    r"|(?:Eastern|Central|Mountain|Pacific|Central\s+European|British\s+Summer)"
    r"\s+(?:(?:[Ss]tandard|[Dd]aylight)\s+)?[Tt]ime\b)"
)
# ("9pm on 4 October": the day written before its month, too)
# ("midnight last night" stays two expressions: ``core.events.moments`` reads a midnight)
DAY_TAIL = (
    rf"(?:{WEEKDAY}|today|yesterday|tomorrow|tonight|(?<!midnight\s)last\s+night|{MONTH}\s*{DAY_NUM}\b"
    rf"|(?<![\d,.])\b{DAY_NUM}\s+(?:of\s+)?{FULL_MONTH})"
)
ORDINAL_WORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)"
QUALIFIER = (
    r"(?:latest|current|previous|prior|recent|same|comparable|year-ago|year-earlier"
    r"|corresponding|latest\s+fiscal|fiscal|just-ended|just\s+ended)"
)
_QUOTED = dict.fromkeys(w for names in QUOTED_FOREIGN_MONTHS.values() for w in names)
QUOTED_FOREIGN_MONTH = "(?:" + "|".join(sorted(_QUOTED, key=len, reverse=True)) + ")"
# Named days, longest first, any spacing between their words: "New Year's Eve", "Easter".
HOLIDAY = "|".join(
    r"\s+".join(re.escape(part) for part in name.split())
    for name in sorted(HOLIDAYS, key=len, reverse=True)
)


# A day of the month in words ("June eight", "March twenty-one"), as some wire copy writes it.
_DAY_WORD = (
    r"(?:twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[-\s]one)?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)


# Spans follow TimeML: modifiers ("early", "the past", "nearly") inside, prepositions ("on",
# "in", "for") outside. The rule names are the resolvers' (``core.temporal.tagger``).
# "for two years after that", "during the three months before": a span's length counted from
# the last date, no point in time; an offset alone ("for three days later") is still one.
_SPAN_WORDS = ("for ", "For ", "during ", "During ", "for about ", "for some ", "for over ")
_NOT_SPAN_BEFORE_AFTER = (
    "(?:"
    + "".join(rf"(?<!\b{w.replace(' ', chr(92) + 's')})" for w in _SPAN_WORDS)
    + r"(?<!\bnearly\s)(?<!\balmost\s)(?<!\baround\s)(?<!\broughly\s)"
    + rf"|(?!(?:{APPROX}\s+)?{NUMBER}\s+(?:more\s+)?{UNIT}(?:\s+or\s+so)?\s+(?:before|after)\b))"
)

RULES: tuple[tuple[str, str], ...] = (
    # 10:35 a.m. EST Tuesday, 23:15, noon Saturday, 0735 GMT; "16.48" opening a line of a
    # live page ("16.48 The minister has …"), where a figure never stands before a capital
    (
        "time",
        rf"""(?P<approx>(?:around|approximately)\s+)?
        (?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>{AMPM})
          |(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?!\d|[:.,]\d)
          |(?:(?<![\s\S])|(?<=[.!?"”’)\n]\n))
           (?P<stamp>[01]?\d|2[0-3])\.(?P<stampm>[0-5]\d)(?=[ \t]+[A-Z"“‘])
          |(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\s+(?=GMT|UTC)
          |(?P<noon>noon|midnight|midday))
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:,?\s+(?:on\s+)?(?P<tail>{DAY_TAIL}))?""",
    ),
    # the morning of 31 January 1965 / the night of May 13 / early in the morning of 29 April
    (
        "podof",
        rf"""(?:(?:[Ee]arly|[Ll]ate)\s+in\s+)?[Tt]he\s+(?:(?:early|late)\s+)?(?P<pod>{PART_OF_DAY})(?:\s+hours)?\s+of\s+
        (?:(?:{WEEKDAY}),?\s+)?(?:(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})|(?P<day2>{DAY_NUM})\s+(?P<month2>{MONTH}))
        (?![\d%]|[:.]\d)\b(?:,?\s*(?P<year>{YEAR4})\b(?![\d%]))?""",
    ),
    # the last night of 1999 / the first day of 2000: a day at a year's edge
    (
        "yearday",
        rf"""[Tt]he\s+(?P<edge>last|final|first)\s+(?P<pod>{PART_OF_DAY}|day)\s+of\s+
        (?P<year>{YEAR4})\b(?![\d%])""",
    ),
    # Feb. 4, 2022 / February 14 / Friday, Feb. 4 / July 25 of that year / March 18 of last year /
    # (last) Sept. 30: the word before counts the day from now, outside the span as TimeBank
    # writes it
    (
        "mdy",
        rf"""(?P<mod>{MODIFIER})?(?:(?<=\b(?P<drel>[Ll]ast|[Nn]ext)\s))?(?:(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})
        (?![\d%]|[:.]\d|\s*(?:%|percent|million|billion))\b
        (?:,?\s*(?P<year>{YEAR4})\b(?![\d%])|\s+(?:of\s+)?(?P<yana>{YEAR_ANAPHOR})\s+year\b|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b)?""",
    ),
    # on June eight / until Monday, March five, 1987: a day in words, only after "on" or a
    # preposition of a bound and before a clause's edge ("in June eight companies" is no day)
    (
        "mdyword",
        rf"""(?:(?<=\b[Oo]n\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\b[Ss]ince\s)
        |(?=(?:{WEEKDAY},?\s+)?{FULL_MONTH}\s+{_DAY_WORD},\s*{YEAR4}\b))
        (?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{FULL_MONTH})\s+(?P<day>{_DAY_WORD})\b(?!-)
        (?:,\s*(?P<year>{YEAR4})\b(?![\d%]))?
        (?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|through|until|at|in|when|after|before|from|but|that)\b)""",
    ),
    # 4 Feb 2022 / 14th of February
    (
        "dmy",
        rf"""(?:(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})\s+(?:of\s+)?(?P<month>{MONTH})
        (?:,?\s+(?P<year>{YEAR4})\b|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b)?""",
    ),
    # the first day of a range the last day's month names: "from 4 to 12 June", "between
    # 4th and 12th June", "4-12 July" ("4")
    (
        "dmy:first",
        rf"""(?:(?<=\b[Ff]rom\s)|(?<=\b[Bb]etween\s)|(?=\d{{1,2}}(?:st|nd|rd|th)?[-–]\d))(?<![\d$.,])(?P<day>{DAY_NUM})
        (?=\s*(?:to|through|till|until|and|-|–)\s*{DAY_NUM}\s+(?:of\s+)?(?P<month>{MONTH})
        (?:,?\s+(?P<year>{YEAR4})\b)?)""",
    ),
    # 14. Februar 2022 / 14 février / 14 de febrero de 2022 / 14 февраля 2022
    (
        "foreign",
        rf"""(?<![\d$.,])\d{{1,2}}\.?\s+(?:de\s+)?(?i:{QUOTED_FOREIGN_MONTH})(?:\.(?=\s+\d))?(?:\s+(?:de\s+)?\d{{4}})?(?!\w)""",
    ),
    # 2022-02-04 / 2/4/2022 / 04.02.2022
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])""",
    ),
    # July 1988 / the end of January 1998 / November of the same year / August the next year
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?P<month>{MONTH}|{_LOWER_MONTH_BEFORE_YEAR}),?\s+(?:of\s+)?(?:(?P<year>{YEAR4})\b(?![\d%])|(?P<spelled>{SPELLED_YEAR})|(?P<yrel>this|last|next)\s+year\b|(?:of\s+)?(?P<yana>{YEAR_ANAPHOR})\s+year\b)""",
    ),
    # June / early March / last April / this coming September / the following March (not "last
    # Sept. 30", a day)
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<rel>[Tt]he\s+(?:following|next|previous|preceding)|{RELATIVE})\s+)?(?P<month>{FULL_MONTH}|Sept\.)
        (?(rel)(?!\s*{DAY_NUM}(?![\d%]|[:.]\d)\b))""",
    ),
    # the 1990s / the early '80s / the nineties / 1960s
    (
        "decade",
        rf"""(?P<the>[Tt]he\s+)?(?P<mod>{MODIFIER})?(?:(?P<decade>1[5-9]\d0|20\d0)'?s\b|'(?P<short>\d0)s\b
        |(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)""",
    ),
    # the 20th century / the nineteenth century / the 4th century BC
    (
        "century",
        rf"""(?:[Tt]he\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[-\s]+century\b
        (?:\s+(?P<era>{ERA_BC})(?!\w))?""",
    ),
    # 480 BC / ca. 466 BC / September 480 BC / the autumn of 481 BC / the 470s BC
    (
        "era",
        rf"""(?P<mod>{MODIFIER})?(?:(?:ca\.|c\.|circa)\s+)?(?:(?:[Tt]he\s+)?(?P<season>{"|".join(SEASONS)})\s+(?:of\s+)?
        |(?P<month>{FULL_MONTH})\s+(?:of\s+)?)?
        (?:(?P<year>\d{{1,4}})|(?:[Tt]he\s+)?(?P<decade>\d{{0,3}}0)s)\s*(?P<era>{ERA_BC})(?!\w)""",
    ),
    # the third quarter / third-quarter / fiscal 1989's second half / the first half of 1989
    (
        "quarter",
        rf"""(?:(?P<det>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+(?!(?:fiscal\s+|\d{{4}}\s+)?\w+-(?:fiscal-)?(?:quarter|half)))?
        (?:(?P<yref>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year's|[Tt]he\s+year[-\s](?:ago|earlier)|year-(?:ago|earlier)
          |(?P<qyear>{YEAR4})(?:'s)?|(?:the\s+)?comparable(?:\s+year-ago)?|the\s+same)\s+)?
        (?:[Ff]iscal[-\s]+)?(?P<qord>(?i:{ORDINAL_WORD}))[-\s]+(?:fiscal[-\s]+)?(?P<qunit>quarters?|half)\b
        (?![-\s]+{FULL_MONTH})  # "for last-half May shipment": a half of the month, not a year's
        (?:\s+(?:of|in)\s+(?:(?P<qyear2>{YEAR4})|fiscal\s+(?P<qyear3>{YEAR4}))
          |\s+(?:(?:of|in)\s+)?(?P<qrel>this|last|next)\s+year(?!'s)  # "the half last year"
          |[ \t]*\n?[ \t]*(?<=\s)(?P<qyear4>{YEAR4})(?![\d%]|[.,]\d))?""",
    ),
    # 1987 / fiscal 1987-88 / early 2014 / the year 2000 / 1987's (of "1958-59", "1861-1863"
    # each year is one: the tagger adds a range's clipped end)
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>(?:the\s+)?(?:[Ff]iscal(?:\s+year)?|[Tt]he\s+year|FY)\s*)?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?(fiscal)(?:[-–/]\d{{2}}\b)?)(?![\d%]|[.,]\d|\s*(?:%|percent))""",
    ),
    # nineteen ninety-four / the year two thousand
    (
        "yearword",
        rf"""(?P<the>[Tt]he\s+year\s+)?(?P<spelled>(?i:{SPELLED_YEAR}))""",
    ),
    # year-end / year's end / the end of the year
    ("yearend", r"""(?:[Aa]round\s+)?(?:[Tt]he\s+)?(?:[Yy]ear[-\s]end|[Yy]ear's\s+end)\b(?!-)"""),
    # the quarter / the latest period / the year-ago quarter / that quarter
    (
        "qref",
        rf"""(?:(?:[Tt]he|[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Ii]ts)\s+)(?:(?P<qual>{QUALIFIER})\s+|(?P<pyear>{YEAR4})\s+)*(?P<qunit>quarter|period)\b(?!-)
        (?=\s+end(?:ed|ing)\s+(?P<emonth>{MONTH})\s*(?P<eday>{DAY_NUM})\b(?:,?\s+(?P<eyear>{YEAR4})(?!\d))?)?
        (?:\s+a\s+year\s+(?:ago|earlier))?""",
    ),
    # year-ago / year-earlier (as adjectives) / a year ago / a year earlier
    (
        "yearago",
        r"""(?:(?<=\s)|^)[Yy]ear-(?:ago|earlier)\b(?!\s+(?:quarter|period|third|second|first|fourth))""",
    ),
    # last spring / that (same) summer / the winter of 1994 / summer 1998 / early in spring
    (
        "season",
        rf"""(?P<mod>{MODIFIER}|(?:[Ee]arly|[Ll]ate)\s+in\s+)?(?:(?P<rel>[Tt]he\s+(?:following|next|previous|preceding)|{RELATIVE}|[Tt]he|[Tt]hat(?:\s+same)?)\s+)?(?:(?P<mod2>early|late|mid)(?:\s*-\s*|\s+))?
        (?P<season>spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter)\b(?!-)
        (?:\s+(?:of\s+)?(?:(?P<year>{YEAR4})\b|(?P<spelled>{SPELLED_YEAR}))
        |\s+of\s+(?P<yrel>next|last|this)\s+year\b
        |\s+(?P<follow>before)\b(?!\s+(?:the|a|an|last|this|that|his|her|its|their|\d|[A-Z])))?""",
    ),
    # today / yesterday morning / late yesterday / tonight / last night / this morning (not
    # "the last night of the fair": a night of something, not the one before now)
    (
        "deictic",
        rf"""(?P<mod>(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+)?(?:(?P<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)
          (?:\s+(?P<pod>{PART_OF_DAY}))?
        |(?P<this>[Tt]his|[Ll]ast)\s+(?P<pod2>{PART_OF_DAY})\b(?!\s+of\s+(?!all\b))|(?P<over>[Oo]vernight)
        |[Mm]id[-\s]?(?P<mid>morning|afternoon)(?:\s+(?P<word2>today|yesterday|tomorrow))?)(?!\w)""",
    ),
    # Friday / last Monday / Wednesday night / early Tuesday / Sundays / Saturday week (the
    # Saturday a week after the coming one)
    (
        "weekday",
        rf"""(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+(?:coming|past)|[Tt]his|[Tt]he\s+(?:previous|following|next|same)
          |[Cc]oming|[Mm]idnight|[Nn]oon|[Ee]very|[Ee]ach)\s+)?
        (?P<weekday>{WEEKDAY})(?P<plural>s)?\b(?:\s+(?P<pod>{PART_OF_DAY})(?P<pods>s)?)?\b
        (?:(?<![Ss])(?<=[a-z])\s+(?P<weekon>week)\b(?![-'’]|\s+(?:ago|earlier|later|before|after|of|long)\b))?""",
    ),
    # Christmas / Thanksgiving Day / New Year's Eve
    (
        "holiday",
        rf"""(?:(?P<rel>{RELATIVE})\s+)?(?P<hol>{HOLIDAY})
        (?!\s+Islands?\b)(?:,?\s+(?P<year>{YEAR4})\b)?""",
    ),
    # two days ago / a year earlier / three weeks later / 10 years from now / two years after
    # that (not "worked there for two years after that": how long, after the last date)
    (
        "ago",
        rf"""{_NOT_SPAN_BEFORE_AFTER}(?P<approx>{APPROX}\s+)?(?P<num>{NUMBER})\s+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?
        \s+(?P<dir>ago|earlier|later|previously|from\s+now|hence|back|(?:before|after)(?=\s*(?:[.,;:)]|$))
          |(?:before|after)\s+that(?=\s*[.,;:)]|\s*$|\s+(?:it|he|she|they|we|the)\b))\b
        (?!\s+than\b)  # "two years earlier than planned": how far off a plan, no time
        (?:\s+(?P<tail>today|yesterday|tomorrow))?""",
    ),
    # the following day / the day before / the next morning / that year / the same day (not
    # "that morning in October 1982": a morning of the date that follows, not of the last)
    (
        "anaphor",
        rf"""(?P<pre>(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+)?)?(?:(?P<rel>[Tt]he\s+(?:following|next|previous|prior|preceding|same)|[Tt]hat(?:\s+same)?)\s+
          (?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b
          (?!\s+(?:of|in)\s+(?:{MONTH}|\d))
        |[Tt]he\s+(?P<unit2>day|week|month|year|night)\s+(?P<dir>earlier|later
          |(?:before|after)(?:\s+(?P<deixis>yesterday|tomorrow)|(?=\s*(?:[.,;:)]|$)))))\b""",
    ),
    # the week of March 6 / the week of Feb. 14, 2022
    (
        "weekof",
        rf"""[Tt]he\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})\b(?:,?\s*(?P<year>{YEAR4})\b)?""",
    ),
    # this week / last month / next year / the past year / earlier this year / late last week
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<pre>[Ee]arlier|[Ll]ater|[Ss]ometime)\s+(?:in\s+)?)?
        (?P<rel>[Tt]his\s+(?:past|coming)|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:past|last|next|coming|current|present|previous|prior|latest)|[Tt]he)
        \s+(?P<unit>week|weekend|month|year|decade|century|quarter|(?:fiscal|full|calendar)\s+year)\b(?!-|\s+(?:ago|earlier|later)\b)
        (?:(?P<orso>\s+or\s+so))?""",
    ),
    # the past five years / nearly eight years / the first nine months / two-week / 10-year
    (
        "duration",
        rf"""(?:(?P<approx>{APPROX}|each\s+of)\s+(?![\w.]+-(?:{ADJ_UNIT}|long)\b))?(?:(?P<the>[Tt]he)\s+(?![\w.]+-(?:{ADJ_UNIT}|long)\b))?
        (?:(?P<rel>past|last|next|first|coming|previous|latest|following|final|initial|remaining|prior|same|year-earlier|other|better\s+part\s+of)\s+)?
        (?:(?P<num>{NUMBER})(?:\s+to\s+(?P<num2>{NUMBER}))?\s+(?:(?:more|additional|straight|consecutive|full|long|whole|entire)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half\b)?
        |(?P<anum>\d+(?:\.\d+)?|{NUM_WORD}|several|many|multi|(?={ADJ_UNIT}-long))-?(?P<aunit>{ADJ_UNIT})(?:-long)?)
        \b(?!-)(?P<orso>\s+or\s+so)?""",
    ),
    # for years / in recent months / in coming weeks
    (
        "vague",
        r"""(?:(?P<pre>[Rr]ecent|[Cc]oming|[Tt]he\s+coming|[Ff]uture|[Tt]he\s+(?:past|last|next|first|early)|[Mm]any|[Ss]everal|[Tt]he)\s+)?
        (?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b
        (?:(?P<long>-long)\b|(?!-))
        (?P<ahead>\s+ahead)?""",
    ),
    # now / currently / recently / the past / the future / soon
    (
        "ref",
        r"""(?<![-'])\b(?:(?P<present>[Nn]ow|[Cc]urrently|[Pp]resently|[Aa]t\s+present|[Nn]owadays|[Tt]hese\s+days
          |[Aa]t\s+the\s+moment|[Tt]he\s+present|[Cc]urrent)
        |(?P<past>[Rr]ecently|[Ll]ately|[Tt]he\s+past|[Tt]hen[-\s]current)
        |(?P<future>[Tt]he\s+(?:near\s+|foreseeable\s+|distant\s+)?future|[Aa]\s+later\s+date
          |[Tt]he\s+(?:near|short)\s+term))\b(?![-'])""",
    ),
    # daily / every week / each Thursday / per year
    (
        "set",
        rf"""(?P<adv>\b(?:daily|weekly|monthly|yearly|hourly|nightly|biweekly|semiannually))\b
        |(?P<q>[Ee]very|[Ee]ach|[Pp]er)\s+(?:other\s+)?(?P<what>day|week|month|year|quarter|morning|afternoon|evening|night|hour|minute
          |weekend|summer|winter|spring|autumn|fall|{WEEKDAY}|{FULL_MONTH})\b""",
    ),
)

# -- where to try the grammar (``core.temporal.triggers``) --
# (words, rules): a token among the words names the rules worth trying there.
_DATE_RULES = ("mdy", "mdyword", "my", "month", "dmy", "dmy:first", "set", "era")
_UNIT_RULES = ("duration", "ago", "vague", "weekof", "relunit", "anaphor", "qref", "quarter",
               "set", "yearend", "yearago", "ref", "century", "holiday", "yearday")  # fmt: skip
TRIGGERS = (
    (tuple(MONTHS), _DATE_RULES),
    (tuple(WEEKDAYS), ("weekday", "mdy", "set")),
    (tuple(w + "s" for w in WEEKDAYS), ("weekday", "set")),
    (
        ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
         "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter",
         "quarters", "year", "years", "decade", "decades", "century", "centuries", "millennium",
         "millennia", "year's", "period", "half", "end"),
        _UNIT_RULES,
    ),
    (
        ("morning", "afternoon", "evening", "night", "nights", "mornings", "evenings"),
        ("deictic", "anaphor", "set", "relunit", "podof", "yearday"),
    ),
    (("today", "tonight", "yesterday", "tomorrow", "overnight"), ("deictic",)),
    (
        ("now", "currently", "presently", "nowadays", "current", "recently", "lately", "present",
         "moment", "past", "future", "term", "date"),
        ("ref",),
    ),
    (tuple(SEASONS), ("season", "set", "era")),
    (
        ("christmas", "thanksgiving", "easter", "halloween", "independence", "valentine's",
         "labor", "memorial", "veterans", "boxing", "election", "good", "black", "palm", "ash"),
        ("holiday",),
    ),
    (
        ("daily", "weekly", "monthly", "yearly", "hourly", "nightly", "biweekly",
         "semiannually"),
        ("set",),
    ),
    (
        ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties"),
        ("decade",),
    ),
    (("nineteen", "eighteen", "twenty", "thousand"), ("yearword",)),
    (
        ("noon", "midnight", "midday", "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt",
         "pst", "pdt", "cst", "cdt"),
        ("time",),
    ),
    (tuple(_QUOTED), ("foreign",)),
    (("bc", "b.c", "bce", "b.c.e"), ("era", "century")),
)  # fmt: skip
# (pattern, rules) for tokens that start with a digit or an apostrophe; the first that
# matches the token's start wins.
DIGIT_TRIGGERS = (
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "decade", "quarter", "qref", "numeric")),
    (r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", ("numeric",)),
    (r"\d{1,2}(?:[:.]\d\d(?!\d)|(?:[:.]\d\d)?[ap]\.?m\b)", ("time",)),
    (r"'\d0s", ("decade",)),
)
# Words that may open an expression before its trigger ("the past five", "nearly", "early").
PREFIX_WORDS = (
    frozenset(
        "the this that these those its their his her our a an last next past coming following"
        " previous prior preceding same current present latest recent early earlier late later mid"
        " middle end beginning start close very of in at least most more less fewer than no nearly"
        " almost about around approximately roughly some over under well up to just only barely"
        " better part each every per other final initial remaining half fiscal calendar full"
        " year-ago year-earlier comparable corresponding couple few several many number dozen"
        " hundred and or so sometime straight consecutive whole entire additional long de year's"
        " then trading business working year this new fy foreseeable near short distant future"
        " mon tue tues wed thu thur thurs fri sat sun ca c circa century".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
# A number token that may open an expression: "5", "$2", "1st", "1980s", "1987's".
NUMBER_TOKEN = r"[\d$][\d.,/$]*(?:st|nd|rd|th|s|'s)?"
# The possessive ending a trigger may carry: "Friday's", "year’s".
POSSESSIVE_ENDINGS = ("'s", "’s")
