"""The recogniser: compiled patterns for the time expressions of English news.

Each rule is a name and a verbose regex with named groups. ``candidates(text)`` anchors the
rules at the tokens ``core.temporal.triggers`` points at and returns every match, longest
first at each position; ``core.temporal.tagger.tag`` keeps the leftmost-longest ones its resolvers
accept. Spans follow TimeML: modifiers ("early", "the past", "nearly") inside, prepositions
("on", "in", "for") outside. Whether a match is really time ("May" the verb, "2000 troops")
and what it means is decided by the resolvers (``core.temporal.absolute``/``_relative``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lang.en.calendar import (
    ADJ_UNIT,
    APPROX,
    DAY_NUM,
    FOREIGN_MONTHS,
    FULL_MONTH,
    MONTH,
    NUM_WORD,
    NUMBER,
    PART_OF_DAY,
    SPELLED_YEAR,
    UNIT,
    WEEKDAY,
    YEAR4,
)
from core.temporal.triggers import anchors

_MOD = (
    r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
    r"|[Ee]nd\s+of|[Bb]eginning\s+of"
    r"|[Tt]he\s+(?:early|late|mid))(?:\s*-\s*|\s+))"
)
# "Fri 4 Feb 2022", "Tue., Feb. 8": abbreviated weekdays only ever prefix a date here.
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_REL = r"(?:[Tt]his\s+(?:past|coming)|[Tt]his|[Ll]ast|[Nn]ext)"
_AMPM = r"(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
_TZ = r"(?:[ECMP][SD]T|GMT|UTC|local\s+time|\([ECMP][SD]T\))"
_DAY_TAIL = rf"(?:{WEEKDAY}|today|yesterday|tomorrow|{MONTH}\s*{DAY_NUM}\b)"
_ORD_WORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
_QUAL = (
    r"(?:latest|current|previous|prior|recent|same|comparable|year-ago|year-earlier"
    r"|corresponding|latest\s+fiscal|fiscal|just-ended|just\s+ended)"
)
_FOREIGN_MONTH = "(?:" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"

RULES: list[tuple[str, str]] = [
    # 10:35 a.m. EST Tuesday, 23:15, noon Saturday, 0735 GMT
    (
        "time",
        rf"""(?P<approx>(?:around|approximately)\s+)?
        (?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>{_AMPM})
          |(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])
          |(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\s+(?=GMT|UTC)
          |(?P<noon>noon|midnight|midday))
        (?:\s+(?P<tz>{_TZ}))?
        (?:,?\s+(?:on\s+)?(?P<tail>{_DAY_TAIL}))?""",
    ),
    # Feb. 4, 2022 / February 14 / Friday, Feb. 4
    (
        "mdy",
        rf"""(?P<mod>{_MOD})?(?:(?P<weekday>{WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})
        (?![\d%]|[:.]\d|\s*(?:%|percent|million|billion))\b
        (?:,?\s*(?P<year>{YEAR4})\b(?![\d%]))?""",
    ),
    # 4 Feb 2022 / 14th of February
    (
        "dmy",
        rf"""(?:(?:{WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})\s+(?:of\s+)?(?P<month>{MONTH})
        (?:,?\s+(?P<year>{YEAR4})\b)?""",
    ),
    # 14. Februar 2022 / 14 février / 14 de febrero de 2022 / 14 февраля 2022
    (
        "foreign",
        rf"""(?<![\d$.,])\d{{1,2}}\.?\s+(?:de\s+)?(?i:{_FOREIGN_MONTH})(?:\.(?=\s+\d))?(?:\s+(?:de\s+)?\d{{4}})?(?!\w)""",
    ),
    # 2022-02-04 / 2/4/2022 / 04.02.2022
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])""",
    ),
    # July 1988 / the end of January 1998
    (
        "my",
        rf"""(?P<mod>{_MOD})?(?P<month>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR4})\b(?![\d%])|(?P<spelled>{SPELLED_YEAR})|(?P<yrel>this|last|next)\s+year\b)""",
    ),
    # June / early March / last April / this coming September
    ("month", rf"""(?P<mod>{_MOD})?(?:(?P<rel>{_REL})\s+)?(?P<month>{FULL_MONTH}|Sept\.)"""),
    # the 1990s / the early '80s / the nineties / 1960s
    (
        "decade",
        rf"""(?P<the>[Tt]he\s+)?(?P<mod>{_MOD})?(?:(?P<decade>1[5-9]\d0|20\d0)'?s\b|'(?P<short>\d0)s\b
        |(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)""",
    ),
    # the 20th century / the nineteenth century
    (
        "century",
        r"""(?:[Tt]he\s+)?(?P<mod>(?:early|late|mid)(?:\s*-\s*|\s+))?(?P<ord>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[-\s]+century\b""",
    ),
    # the third quarter / third-quarter / fiscal 1989's second half / the first half of 1989
    (
        "quarter",
        rf"""(?:(?P<det>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+(?!(?:fiscal\s+|\d{{4}}\s+)?\w+-(?:fiscal-)?(?:quarter|half)))?
        (?:(?P<yref>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year's|[Tt]he\s+year-(?:ago|earlier)|year-(?:ago|earlier)
          |(?P<qyear>{YEAR4})(?:'s)?|(?:the\s+)?comparable(?:\s+year-ago)?|the\s+same)\s+)?
        (?:[Ff]iscal[-\s]+)?(?P<qord>(?i:{_ORD_WORD}))[-\s]+(?:fiscal[-\s]+)?(?P<qunit>quarters?|half)\b
        (?:\s+(?:of|in)\s+(?:(?P<qyear2>{YEAR4})|(?P<qrel>this|last|next)\s+year|fiscal\s+(?P<qyear3>{YEAR4})))?""",
    ),
    # 1987 / fiscal 1987 / early 2014 / the year 2000 / 1987's
    (
        "year",
        rf"""(?P<mod>{_MOD})?(?P<fiscal>(?:the\s+)?(?:[Ff]iscal(?:\s+year)?|[Tt]he\s+year|FY)\s*)?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?:[-–/]\d{{2}}\b)?(?![\d%]|[.,]\d|\s*(?:%|percent))""",
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
        rf"""(?:(?:[Tt]he|[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Ii]ts)\s+)(?:(?P<qual>{_QUAL})\s+|(?P<pyear>{YEAR4})\s+)*(?P<qunit>quarter|period)\b(?!-)
        (?=\s+end(?:ed|ing)\s+(?P<emonth>{MONTH})\s*(?P<eday>{DAY_NUM})\b)?
        (?:\s+a\s+year\s+(?:ago|earlier))?""",
    ),
    # year-ago / year-earlier (as adjectives) / a year ago / a year earlier
    (
        "yearago",
        r"""(?:(?<=\s)|^)[Yy]ear-(?:ago|earlier)\b(?!\s+(?:quarter|period|third|second|first|fourth))""",
    ),
    # last spring / this summer / the winter of 1994 / summer 1998
    (
        "season",
        rf"""(?P<mod>{_MOD})?(?:(?P<rel>{_REL}|[Tt]he)\s+)?(?:(?P<mod2>early|late|mid)(?:\s*-\s*|\s+))?
        (?P<season>spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter)\b(?!-)
        (?:\s+(?:of\s+)?(?:(?P<year>{YEAR4})\b|(?P<spelled>{SPELLED_YEAR})))?""",
    ),
    # today / yesterday morning / late yesterday / tonight / last night / this morning
    (
        "deictic",
        rf"""(?P<mod>(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+)?(?:(?P<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)
          (?:\s+(?P<pod>{PART_OF_DAY}))?
        |(?P<this>[Tt]his|[Ll]ast)\s+(?P<pod2>{PART_OF_DAY})\b|(?P<over>[Oo]vernight)
        |[Mm]id[-\s]?(?P<mid>morning|afternoon)(?:\s+(?P<word2>today|yesterday|tomorrow))?)(?!\w)""",
    ),
    # Friday / last Monday / Wednesday night / early Tuesday / Sundays
    (
        "weekday",
        rf"""(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+(?:coming|past)|[Tt]his|[Tt]he\s+(?:previous|following|next|same)
          |[Cc]oming|[Mm]idnight|[Nn]oon|[Ee]very|[Ee]ach)\s+)?
        (?P<weekday>{WEEKDAY})(?P<plural>s)?\b(?:\s+(?P<pod>{PART_OF_DAY})(?P<pods>s)?)?\b""",
    ),
    # Christmas / Thanksgiving Day / New Year's Eve
    (
        "holiday",
        rf"""(?:(?P<rel>{_REL})\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?
        |Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Black\s+Friday
        |Palm\s+Sunday|Ash\s+Wednesday|Independence\s+Day|Halloween|Valentine's\s+Day
        |Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Boxing\s+Day|Election\s+Day)
        (?!\s+Islands?\b)(?:,?\s+(?P<year>{YEAR4})\b)?""",
    ),
    # two days ago / a year earlier / three weeks later / 10 years from now
    (
        "ago",
        rf"""(?P<approx>{APPROX}\s+)?(?P<num>{NUMBER})\s+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?
        \s+(?P<dir>ago|earlier|later|from\s+now|hence|back|(?:before|after)(?=\s*(?:[.,;:)]|$)))\b
        (?:\s+(?P<tail>today|yesterday|tomorrow))?""",
    ),
    # the following day / the day before / the next morning / that year / the same day
    (
        "anaphor",
        r"""(?P<pre>(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+)?)?(?:(?P<rel>[Tt]he\s+(?:following|next|previous|prior|preceding|same)|[Tt]hat(?:\s+same)?)\s+
          (?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)
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
        rf"""(?P<mod>{_MOD})?(?:(?P<pre>[Ee]arlier|[Ll]ater|[Ss]ometime)\s+(?:in\s+)?)?
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
]

_FLAGS = re.VERBOSE
COMPILED: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, _FLAGS)) for name, pattern in RULES
]
_PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
_BY_NAME = dict(COMPILED)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text a rule matched, before anyone decided what it means."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def candidates(text: str) -> list[Candidate]:
    """All matches of all rules, leftmost-longest first; the caller picks non-overlapping ones."""
    found: list[Candidate] = []
    tried: set[tuple[int, str]] = set()
    for start, rules in anchors(text):
        for name in rules:
            if (start, name) in tried:
                continue
            tried.add((start, name))
            m = _BY_NAME[name].match(text, start)
            if m is None:
                continue
            end = m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            if end > start and _at_word_edges(text, start, end):
                found.append(Candidate(start, end, name, m))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), _PRIORITY[c.rule]))
    return found


def _at_word_edges(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if text[start].isalnum() and before.isalnum():
        return False
    return not (text[end - 1].isalnum() and after.isalnum())
