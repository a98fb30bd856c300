"""English cues that a date in a sentence only describes a thing, not when its happening was.

"notes due 2031" (a maturity), "the smallest rise since 1962" (a record's baseline), "up 21%
from $66 million a year earlier" (a comparison), "the crash of Oct. 19, 1987" (a named
thing), "the 1953 championship team" (a modifier): each date is right, and none is the date
of what the sentence reports. ``core.events.anchors`` reads these words; regex sources are
matched case-insensitively against the text just before (``..._BEFORE``) or just after
(``..._AFTER``) the time expression.
"""

from __future__ import annotations

from core.lang.en import calendar as _calendar

_MONTHS = _calendar.stems(_calendar.MONTHS)  # "jan|feb|…": any spelling after them
_WEEKDAYS = _calendar.stems(_calendar.WEEKDAYS)

# A running span or a record's baseline: "since 1962", "ever since March", "since end-January".
SINCE_BEFORE = (  # ("since her 2006 doctorate": a possessive's noun, a running span's start)
    r"\bsince\s+(?:at\s+least\s+)?(?:(?:the|early|late|mid|his|her|its|their)\s+"
    r"|(?:end|mid|early|late)-)?$"
)
# A maturity, an expiry or a record date: "notes due 2031", "bonds maturing in 1997",
# "payable Dec. 7 to holders of record Nov. 22", "to stockholders of record as of Sept. 15",
# "owners on the register at the end of trading on Oct. 9", "set a record date of June 6". "The
# report is due on Friday" is a plan (``BE_BEFORE_DUE`` keeps it).
TERM_BEFORE = (
    r"\b(?:maturing|matures|mature|maturity|expiring|payable|of\s+record|record\s+date"
    r"|redeemable|puttable|callable)\s+(?:[a-z]+ly\s+)?(?:at\s+the\s+close\s+of\s+business\s+)?"
    r"(?:(?:in|on|by|until|from|as\s+of|of)\s+)?(?:the\s+)?$"
    # a debt's maturity told with "be due" ("a bank loan that is due in 2031", "the bonds are
    # not due to be repaid until 2040"): the debt's date, no happening of the clause
    r"|\b(?:loans?|bonds?|notes|debts?|debentures?|mortgages?)\b[^.;!?]{0,60}?\b(?:is|are|was"
    r"|were)\s+(?:not\s+)?due(?:\s+to\s+be\s+(?:repaid|redeemed|refinanced))?\s+"
    r"(?:(?:in|on|by|until)\s+)?(?:the\s+)?$"
)
# "due" after a noun is a term ("notes due 2031"); after a verb "to be" or a happening's name
# it is a plan ("the report is due on Friday", "the election due this September").
# ... also in an aside set off by commas, with its verb ("the duty, effective April 1, was
# announced", "the survey, due to be finished June 3, on behalf of": the thing's own
# date, not the announcement's); "raises fares, effective May 1." dates the raise.
DUE_BEFORE = (
    r"\b(?P<word>[\w'’]+)(?P<comma>,)?\s+(?:due|effective)(?:\s+to\s+be\s+[a-z]+)?"
    r"\s+(?:(?:in|on|by|from|as\s+of)\s+)?(?:the\s+)?$"
)
# ... and "due" after a security's noun is its maturity, however the aside goes on ("is selling
# a 40 mln dlr eurobond, due May 2, 1996 with an 8 pct yield"; "its 11 pct notes, due June 1,
# 1999 before the opening").
DUE_DEBT_BEFORE = (
    r"\b(?:bonds?|eurobonds?|notes?|debentures?|issues?|loans?|FRNs?|warrants|paper)\b"
    r"[^.;!?]{0,60}?\s+due\s+(?:(?:in|on|by)\s+)?(?:the\s+)?$"
)
# A record's date: "its record high set on Aug. 6", "the low reached in 1982".
RECORD_BEFORE = (
    # "the meeting record of 14:28.39, set in 2009": the record's figure before its date
    # ("beating the single-storm total recorded in 2020": a total or an average as well)
    r"\b(?:record|high|low|peak|levels?|totals?|averages?)(?:\s+of\s+[\d:.,]+)?,?\s+(?:\w+\s+)?"
    r"(?:set|reached|hit|touched|seen|recorded)"
    r"\s+(?:(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},?\s+)?"  # ", set in Zurich last May"
    r"(?:on|in|at|during)?\s*(?:the\s+)?$"
)
# Where a sentence starts: the text's start, after a sentence's end, or a line after one that
# ended a sentence or was blank; not a wire's hard-wrapped line ("… of the\nUnited States …"
# runs on, its "United" no participle opening a sentence).
_SENTENCE_START = r"(?:^|[.!?]\s+|(?:^|[.!?:;\"”)]|\n)[ \t]*\n\s*)"
# A year that says how old a thing is, not when the clause happened: its founding, opening or
# building told in an aside or a relative clause ("the trust, founded in 1986, said …", "the
# line, which opened in 1849, carries …"), and what a thing dates from ("records date back to
# 1927", "a tree dating from 1953"). Background of the noun, as a style guide puts a founding
# year in an apposition: no event of its own, and not the clause's date.
THING_AGE_BEFORE = (
    # (a relative's "began" or "launched" too: "the league, which began in 1987, …")
    r"(?:(?:[.!?]\s+|\n\s*|,\s+"
    r"|\b(?:which|that)\s+(?:(?:was|were|is|are|has\s+been|have\s+been"
    r"|had\s+been)\s+)?"
    # a "since" clause that counts from it: "no climber has matched since the lodge was built in"
    r"|\bsince\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+"
    # ... or its "it": "has hosted 300 games since it opened in 1995"
    r"|\bsince\s+(?:it|they)\s+(?:(?:was|were)\s+)?)"
    r"(?:(?:first|originally|once|formally|officially)\s+)?"
    r"(?:founded|established|opened|built|constructed|erected|formed|incorporated|set\s+up"
    r"|created|registered"
    r"|(?:(?<=which\s)|(?<=\bit\s)|(?<=\bthey\s)|(?<=\bit\swas\s)|(?<=\bthey\swere\s))"
    r"(?:began|launched|started))"
    r"(?:\s+by(?:\s+[\w'’.-]+){1,4}?)?"
    # where: "the retailer, founded in Leeds in 1964, …"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2},?)?"
    # an indefinite noun and its participle inside a phrase or an apposition: "the history of
    # a company founded in 1946", "traces its roots to a single shop opened in Boulder in
    # 1971", "the airport, a former airfield built in 1941," ("In May a dozen shops opened in
    # 2019" opens a clause; "a study launched in 2019" is news of its own)
    r"|(?:(?<=[a-z]\s)\b(?:a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:first|originally)\s+)?"
    r"(?:founded|established|built|constructed|erected|formed|incorporated|opened|created"
    r"|registered|set\s+up)"
    # (after a comma, no verb a clause may open on: "In Truro, a dozen shops opened in 1968")
    r"|(?<=,\s)\b(?:a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:first|originally)\s+)?"
    r"(?:founded|established|built|constructed|erected|incorporated|created|registered))"
    r"(?:\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},?)?"
    r"|\bdat(?:ing|es?|ed)\s+(?:back\s+to|from)"
    # the thing's last change in an aside: how old its present state is ("the statutes, last
    # revised in 2009, say nothing of it")
    r"|,\s+last\s+(?:revised|amended|updated|renovated|rebuilt|refurbished|restored"
    r"|overhauled|upgraded|resurfaced|rewritten|redrawn|reviewed|modernised|modernized))"
    r"\s+(?:in|during|to|from)?\s*(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$"
)
# The same age written onto the year as one describing word: "a 1996-born nurse", "the
# 2004-built ferry", "a 1921-founded choir" (matched just after the year, in its case).
THING_AGE_AFTER = r"^-(?:born|built|founded|established|constructed|made)\b"
# ... but what began is news when it names an activity rather than a body ("the league,
# which began in 1987"): "civil proceedings, which began in 2018", "a programme of
# inspections, which began in 1996" tell when the proceedings or the inspections started.
BEGUN_ACTIVITY_BEFORE = (
    r"\b(?P<noun>[a-z]+),\s+which\s+(?:(?:first|formally|officially)\s+)?(?:began|started)"
    r"\s+(?:in|during)?\s*(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$"
)
BEGUN_ACTIVITIES = frozenset(
    (
        "proceedings programme programmes program programs inspections inquiry inquiries "
        "investigation investigations talks negotiations trial trials war wars conflict "
        "campaign campaigns construction works review reviews consultation strike strikes "
        "dispute disputes crisis protests recession"
    ).split()
)
# A superlative's baseline told by a clause: "the lowest turnout since the country returned to
# democracy in 1990", "the first strike since the line opened in 1962", "their highest wind
# speeds since records began in 1927". The "since" clause
# says from when the record is counted; its date is no happening of the news.
_SUPERLATIVE = (
    r"\b(?:the|its|their|his|her|our)\s+(?:first|last|only|most|least|best|worst"
    r"|(?!(?:protest|contest|interest|request|harvest|forest|arrest|west|test|rest|honest"
    r"|modest|suggest|invest|digest|manifest)\b)[a-z]+est)\b"
)
# A superlative or a first before "since the 2011 referendum": the referendum is the yardstick
# of a record, not news the article tells (``core.events.since_nouns``, ``core.events.asides``).
SINCE_NOUN_BASELINE_BEFORE = _SUPERLATIVE + r"[^,;:.!?]{0,80}?\bsince\s+[^,;:.!?]*$"
# A count set after the clause, the date its span ("raised rates on Wednesday, its second
# increase this year", "won on Saturday, their fifth straight win of 2024"): how many so far,
# no happening of that date.
COUNTED_APPOSITION_BEFORE = (
    r",\s+(?:its|their|his|her|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?[a-z-]+(?:\s+[a-z-]+)?"
    r"\s+(?:(?:in|of|since|so\s+far)\s+)?(?:the\s+)?$"
)
SINCE_CLAUSE_BASELINE_BEFORE = (
    _SUPERLATIVE
    # (a figure among its words: "the highest average since Ortega's .319 in 1998")
    + r"[^,;:.!?]{0,60}?\bsince\s+(?:(?:(?:[\w'’-]+|[$£€]?\d*\.\d+)\s+){1,12}?"
    r"(?:in|on|during|at)\s+(?:the\s+)?"
    # (or a clause of words alone before a date with no preposition: "since it came to power
    # two years ago"; not "their lowest since September 2019 | yesterday")
    r"|(?:[^\W\d]+\s+){2,12}?)$"
)
# A "since" phrase with no verb of its own, a gerund's or a noun's: "enrollment has fallen
# since peaking in 2004", "has made losses since its inception in 1984". It says when a running
# span began, never the clause's date (a "since" clause with its own verb, "since the firm went
# public in 1985", tells that happening; ``core.events.anchors`` looks for the verb in WORDS).
# The date may close the phrase with no preposition of its own: "has held steady since its
# devaluation six months ago", "since an administration ban late last year", "since taking
# office a year ago" (WORDS then hold two words at least, "since a March 16 meeting" names
# the meeting by its day; and no word that opens a clause: "since 1985 and the firm plans
# cuts in March" dates the plan). The date then closes the phrase: no noun after it ("since
# shortly after the Oct. 23 slaying" names the slaying by its day).
SINCE_PHRASE_BEFORE = (
    r"\bsince\s+(?!(?:then|when)\b)(?P<words>(?:[\w'’-]+\s+){1,12}?)"
    r"(?P<preposition>(?:in|on|during|at)\s+(?:the\s+)?)?$"
)
# A "from" phrase with no verb of its own after a change of level told in the perfect: "the
# dollar has fallen from its peak in early 1985", "prices had risen 20 pct from a low in May".
# The date is the starting point's; the change runs from it up to now (or to the past time
# told), and that date is never the clause's.
FROM_START_BEFORE = (
    r"\b(?:has|have|had|'s|'ve|'d)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:fallen|risen|dropped|declined"
    r"|slipped|slid|eased|gained|climbed|jumped|rebounded|recovered|retreated|tumbled|plunged"
    r"|soared|surged|grown|shrunk|edged|weakened|strengthened|firmed|improved|doubled|tripled"
    r"|halved|increased|decreased|rallied|dipped|sagged|cut|reduced|lowered|raised)\s+"
    r"(?:[^\s,;:!?]+\s+){0,4}?"
    r"from\s+(?!(?:then|when)\b)(?P<words>(?:[\w'’-]+\s+){1,8}?)(?:in|on|during|at)\s+(?:the\s+)?$"
)
# ... except after a state in the perfect, which the phrase's happening began ("has been
# closed since the flood on 3 February 2024": closed by the flood, that day).
SINCE_STATE_BEFORE = r"\bbeen\s+[a-z]+\s+$"
# A period that bounds a superlative: "the fastest time in the world this year" (among this
# year's times), not when the race was won.
SUPERLATIVE_SCOPE_BEFORE = (
    r"\bthe\s+(?:most|least|best|worst|(?!(?:protest|contest|interest|request|harvest|forest"
    r"|arrest|west|test|rest|honest|modest|suggest|invest|digest|manifest)\b)[a-z]+est)\b"
    r"(?:\s+(?!(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must)\b)"
    r"[\w'’-]+){0,5}?\s+(?:so\s+far\s+)?$"
)
# A date named as a deadline or a target: "set Nov. 10 as the deadline".
AS_DEADLINE_AFTER = r"^\s+as\s+(?:the|a|its|their)\s+(?:\w+\s+)?(?:deadline|date|target|cut-?off)\b"
BE = frozenset("is are was were be been being 's ’s now currently still".split())
# A comparison's baseline: "compared with a loss a year earlier", "against 2018", "than in
# 1990", "versus the same month of last year".
COMPARISON = r"\b(?:compared|comparison|versus|vs\.?|relative\s+to)\b"
# ... and these only right before the date: "lower than a year ago", "against 2018".
COMPARISON_NEXT = (
    r"(?:\b(?:than|against)|\bsame\s+(?:\w+\s+)?as)\s+(?:(?:in|on|at|during|for)\s+)?(?:the\s+)?"
    r"(?:same\s+\w+\s+(?:of|in)\s+)?$"
    # "expected profit to improve over 1986", "an increase of 4 pct over 1986": the year
    # a result is measured against ("rose over 1986" may be "during": kept)
    r"|\b(?:improv(?:e|ed|es|ing|ement)|increases?|gains?)\s+(?:(?:of\s+)?[\d.,$]+\s+"
    r"(?:pct\s+|percent\s+|per\s+cent\s+|%\s*)?)?over\s+(?:the\s+)?$"
    # "rose 5 pct over the same period of 1986": the matched period's year
    r"|\b(?:over|from)\s+(?:the\s+)?(?:same|comparable|corresponding)\s+[a-z]+\s+(?:of|in)\s+$"
    # "a dividend of 24 cents, unchanged from the previous quarter": the figure then
    r"|\bunchanged\s+from\s+(?:the\s+)?$"
    # "sells fewer tickets than it sold in the same weeks of June", "more steel than the mill
    # did in 1985": a clause of its own after an amount's "than", the baseline's time (not
    # "than expected in May", "than analysts forecast in March": the main clause's; nor "a
    # fortnight later than the club had posted on Friday", a happening of its own)
    r"|\b(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater)\s+(?:[a-z]+\s+){0,3}?"
    r"than\s+(?:it|they|he|she|we|you|the\s+[a-z]+)\s+(?!(?:expected|forecast|predicted"
    r"|estimated|anticipated|projected|thought|planned|hoped|feared|had)\b)[a-z]+\s+"
    r"(?:(?!(?:and|but|or|than|which|that|when)\s)[a-z]+\s+){0,4}?(?:in|on|at|during)\s+"
    r"(?:the\s+)?(?:same\s+\w+\s+(?:of|in)\s+)?$"
    # "…, unchanged from the previous quarter", "…, up from last year": a figure's change
    # set off by a comma, its amount named before it
    r"|(?:^|[,;(])\s*(?:up|down|unchanged|little\s+changed|higher|lower)\s+from\s+(?:the\s+)?$"
    # "a quarter point above the rates prevailing at the close of last week": the figure then
    r"|\b(?:above|below|under|over)\s+(?:the\s+|its\s+|their\s+)?(?:levels?|rates?|prices?)\s+"
    r"(?:[a-z]+ing\s+|seen\s+|set\s+|reached\s+|of\s+)?(?:(?:at|in|on|during)\s+)?(?:the\s+)?$"
    # "expected earnings to be well above profits of 71 mln dlrs last year": a result set
    # beside another period's figure, named by its noun and amount
    r"|\b(?:above|below|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?)[\"”]?\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?of\s+(?:about\s+|some\s+|nearly\s+)?"
    r"\$?[\d.,]*\d\s+(?:(?:mln|million|bln|billion)\s+)?(?:[a-z]+\s+)?(?:(?:in|on|at|during)\s+)?"
    r"(?:the\s+)?$"
    # "money nearly tripled from last Monday": a figure's multiple of another day's
    r"|\b(?:doubl|tripl|trebl|halv)(?:ed|ing|es|e)\s+from\s+(?:the\s+)?$"
    # "three times as wide a field as last season", "warmer than it was just last week": an
    # equative's or a clause's standard (not "as early as", "as recently as": a bound)
    r"|\bas\s+(?!(?:early|soon|late|recently|long|far|of|well|much\s+as)\b)[a-z]+\s+(?:[a-z]+\s+){0,3}?as\s+"
    r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$"
    r"|\bthan\s+(?:it|they|he|she|we|I|you)\s+(?:did|was|were|had|has|have|does|do)\s+"
    r"(?:only\s+|just\s+)?(?:(?:in|on|at|during)\s+)?(?:the\s+)?$"
    # "nearly triple the tally only three winters ago", "half the pace of a year earlier"
    r"|\b(?:double|twice|triple|treble|half|times)\s+(?:the|its|their)\s+(?:[a-z]+\s+){1,2}?"
    r"(?:of\s+|in\s+|seen\s+)?(?:just\s+|only\s+|some\s+)?$"
    # "rates lower than those offered last year to Norway": the compared thing's date
    r"|\bthan\s+(?:those|that|the\s+[a-z]+)\s+[a-z]+(?:ed|en)\s+(?:(?:in|on|at|during)\s+)?"
    r"(?:the\s+)?$"
    # "climbed 17 pct from the earlier peak set in 1979", "fallen from those reported in 1975",
    # "a gain over the 62 mln dlr surplus posted in October 1983": a figure of
    # another time, named by the participle that gave it
    r"|\b(?:from|over|against)\s+(?:the|those|that|a|an|its|their)\s+"
    r"(?:(?!(?:to|of|for|with|by|in|on|at|and)\b)[\w.,$-]+\s+){0,5}?"
    r"(?:made|set|reported|registered|recorded|posted|seen|achieved)\s+"
    r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$"
    # "posted a profit, reversing a loss a year earlier", "reversed a decline in January": the
    # date is the turned-round figure's (not "reversed its ruling two weeks later": a
    # decision is no figure)
    r"|\brevers(?:ing|ed|es|e)\s+(?:a|an|its|their|the)\s+"
    r"(?!(?:[a-z-]+\s+)?(?:decision|ruling|verdict|policy|order|ban)s?\b)(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:in|of|from|during)\s+)?(?:the\s+)?$"
    # "stocks extended Monday's rally", "the dollar erased yesterday's gains": a market's run
    # of another day, carried on or undone now ("attended Monday's meeting" is not one; "will
    # add to first-quarter growth" is the quarter's)
    r"|\b(?:extend(?:ed|ing|s)?|add(?:ed|ing)\s+to|eras(?:ed?|es|ing)"
    r"|recoup(?:ed|ing|s)?|par(?:ed|es|ing)|trimm(?:ed|ing)|wip(?:ed|ing)\s+out)\s+$"
    # "April's slide in bookings followed a jump in March", "follows a 2 pct gain in May": the
    # figure of the month before, not the follower's
    r"|\bfollow(?:ed|ing|s)?\s+(?:a|an|the)\s+(?:[\w.,%-]+\s+){0,4}?(?:rise|fall|drop|decline"
    r"|increase|decrease|gain|loss|surplus|deficit|jump|slump|rebound|dip)\s+(?:[\w.,%-]+\s+){0,3}?"
    r"(?:in|on|during)\s+(?:the\s+)?$"
)  # "the same rate as in February 1986": the other period of a comparison
# "rose 21% to $80 million from $66 million a year earlier": "from" after an amount.
# ... and "against 144 mln in January": a figure set against another period's
FROM = r"\b(?:from|against)\b"
# A number that names a road, a gate or a ward ("Route 9", "Highway 72", "the B6260"): no amount.
NAMED_NUMBER = (
    r"\b(?:Route|Highway|Interstate|Road|Exit|Junction|Gate|Platform|Pier|Terminal|Ward|Bay)"
    r"\s+\d+[A-Za-z]?\b|\b[ABM]\d{1,4}\b"
)
# A year joined to a word by a hyphen names a thing's kind: "1988-model cars", "1987-crop
# wheat", "a 1984-built tanker" (no happening of the clause).
YEAR_COMPOUND_AFTER = r"^-[a-z]{2,}\b"
# After a "from" figure, a second figure after "to" before the date: the date is the new
# figure's, not a yardstick ("fell from 52 pct to 47 pct in 1986"; only after a change told
# in the past: "is forecast to rise from 12 mln in 1990 to 15 mln in 1995" is a forecast's).
# (not a range as the first figure: "from 21 to 23 pct two weeks ago" is one yardstick)
TO_FIGURE = (
    r"^(?!\s*(?:the\s+)?\$?[\d.,]+\s+to\b).*?\bto\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d$]"
)
AMOUNT = r"\d|%|\bpct\b|\bpercent\b|\bper\s+cent\b|\$|\bdlrs?\b|\bmln\b|\bbillion\b|\bmillion\b"
# A count in words after "from" is a baseline's figure when a new figure follows the date:
# "rose from four cases in 2019 to 31 last year" (alone, "from four provinces" is a source).
COUNTED_FROM = (
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|a\s+dozen|dozens|hundreds|thousands|a\s+(?:hundred|thousand))\b"
)
COUNTED_TO_AFTER = (
    r"^,?\s+to\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens|hundreds|thousands)\b"
)
# Where a comparison's reach ends, looking back from the date: a clause break or a verb of
# its own ("…, which rose in 2019").
COMPARISON_STOP = (
    r",(?!\d{3}\b)|[;:()]|[.!?]\s|\b(?:and(?!\s+[\d$])|but|while|which|who|that|when)\b"
)
# (not the comma of a figure: "up 400,000 tonnes from last year"; nor the "and" of two figures:
# "compared with 98.50 and 5.2 pct in May")
# "from 1991 to 1997": neither date of a range is a baseline.
RANGE_JOIN_BEFORE = r"\b(?:to|until|till|through|and)\s+$|[-–]\s*$"
RANGE_JOIN_AFTER = (
    r"^(?:(?:to|until|till|through)\s+(?:the\s+)?(?:(?:1[5-9]|20)\d\d\b|\d{1,2}\b(?![,.]?\d)"
    # (not a figure: "from 52 pct in 1981 to 47 pct": 1981 is the change's yardstick)
    r"(?!\s*(?:%|(?:pct|percent|per\s+cent|points?|cents?|cts|dlrs?|mln|billion|million)\b))"
    # (nor a count with a time of its own: "from four cases in 2019 to 31 last year")
    r"(?!\s+(?:last|this|next|a)\s+(?:year|month|week|season|quarter)\b)"
    # a month's or a day's name ("to March", "through Friday"), not a place ("to Mexico")
    rf"|(?-i:(?:{_MONTHS.title()}|{_WEEKDAYS.title()})[a-z]*\b)"
    r"|(?-i:(?:Christmas|Easter|New\s+Year|[A-Z][a-z]+\s+\d)))"
    r"|[-–])"
)
# Appositions that a comparison reaches over: "from $71.3 million, or 94 cents a share, a year ago".
APPOSITION = r"^\s*(?:or|and)\b"
# ... and the date may come after its own preposition once the apposition is closed ("from
# $81 million, or 12 cents, in the year-ago quarter"): the comparison's, as without the "in".
APPOSITION_DATE_PREPOSITION = r"^\s*(?:in|for|during|over)\s+(?:the\s+)?$"
# A date after "of" names a thing: "the crash of Oct. 19, 1987", "the Act of 1989" — unless
# the noun before "of" is a time itself ("the night of March 3", "the end of June").
OF_BEFORE = r"(?:\b(?!as\b)(?P<noun>[a-z]+)|(?<!\S)\d[\d.,/-]*s)\s+of\s+$"  # "as of Sept. 30": kept
# (a bond named by its coupon, "the 8.35s of 1993", is a thing too)
TIME_NOUNS = frozenset(
    "night morning afternoon evening day days week weekend weeks month months year years "
    "end beginning start middle close turn rest remainder half part course eve dawn spring hour "
    "hours "
    "summer autumn fall winter season quarter period session date time anniversary".split()
)
# A date between a determiner and a noun modifies the noun: "the 1953 championship team",
# "a 12th century abbey", "the 2023-25 cycle". Event nouns (``events.EVENT_NOUNS``) stay
# dated: "the March 3 hearing" is a happening on March 3.
DETERMINER_BEFORE = (
    r"(?:^|\W)(?:the|a|an|all|its|his|her|their|our|this|that|these|those)\s+(?P<adjective>[a-z]+\s+)?"
    r"(?:(?:end|mid|early|late)-)?$"  # "his end-June forecast"
)
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[a-z][a-z-]+)\b"
# Before a period joined into an adjective, the preposition of a phrase after the verb ("posted
# a rise in second-quarter profit on Tuesday"): with a day after the period in the sentence,
# the period is the noun's and the day the report's (``core.events.when_choice``);
# "second-quarter profit rose" is the subject's own period. So after a verb that makes the
# figures known ("posted a best-ever spring harvest on Thursday": the report's day).
PERIOD_ADJECTIVE_BEFORE = (
    r"(?:\b(?:in|for|of|from)\s+(?:(?:its|their|his|her|the)\s+)?"
    r"|\b(?:report(?:ed|s)?|post(?:ed|s)?|announc(?:ed|es)|publish(?:ed|es)|releas(?:ed|es))\s+"
    r"(?:(?:a|an|its|their|the)\s+)?(?:(?:record|strong|weak|higher|lower|net|surprise)\s+)?)$"
)
# A period written as words before the figures reported for it ("to release first quarter
# results in April", "fourth quarter earnings"): the period is the figures', as with
# "first-quarter results" (``core.events.when_choice``).
PERIOD_FIGURES_AFTER = (
    r"\s+(?:(?:group|net|operating|pretax|pre-tax|company|consolidated)\s+)*"
    r"(?:results|earnings|profits?|net|sales|revenues?|loss(?:es)?|dividends?)\b"
)
DETERMINER_START = r"^(?:the|a|an)\s"  # a time expression that holds its determiner
# ... but after these prepositions the happening's noun phrase names another happening than
# the clause's ("is serving a sentence for the May 1995 murder", "will repay under the
# February 27 accord"): its date is the noun's. After "at", "in", "during", "on" the clause
# happens at it ("voted at the April 28 meeting"); "before", "after" and a cause's "due to"
# often tell the same day or period ("halted the buyback due to its second-quarter deficit").
# So does "including" after a list's head, and "in" after a charge, a suspicion or a part in
# it: "was indicted in the Oct. 4 shooting" is the indictment's own day's news, not the
# shooting's (someone "killed in" or "voting in" it shares its day).
EVENT_NOUN_ELSEWHEN_BEFORE = (
    r"(?:\b(?:of|for|under|with|by|against|like|about|since|despite|toward|towards|into"
    r"|than|including)|(?<!\bdue\s)\bto"
    # (not "came away from the Tuesday summit": back from it, that day)
    r"|(?<!\baway\s)(?<!\bback\s)\bfrom"
    r"|\b(?:charged|indicted|convicted|acquitted|sentenced|suspected|wanted|arrested|jailed"
    r"|imprisoned|prosecuted|implicated|questioned|blamed|accused|suspects?|role|involvement"
    r"|guilty|innocent)\s+in)\s+$"
)
MORE_EVENT_NOUNS = frozenset(
    "hearing trial ruling verdict sentencing session debate conference congress convention "
    "launch opening ceremony crash collapse storm earthquake flood fire race match final game "
    "tour trip speech address interview announcement report merger takeover "
    "offering sale auction strike raid coup revolution uprising war battle massacre slaying "
    "blast incident disaster service memorial funeral accession cease-fire power-grab loss "
    "campaign decision tournament festival concert parade marathon premiere "
    "profit earnings income sales revenue results quarter dividend split crisis "
    # a game's result and a vote's round: "tore a ligament in the Boxing Day defeat", "faces
    # voters in the Sept. 12 primary"
    "defeat victory win draw semi-final semifinal play-off playoff derby primary runoff "
    "run-off".split()
)
# "a decision on the response to Friday's attack": a day's possessive after a preposition
# dates that noun, not the clause ("Monday's vote drew …" as a subject still does; so does
# "at": "shareholders backed the offer at Monday's vote" happened at the vote). After a word of
# comparison the possessive's noun is a baseline: "futures traded above yesterday's close",
# "rose to a record, exceeding the previous year's 3.1 billion", "lower than last year's".
POSSESSIVE_AFTER_PREPOSITION = (
    r"\b(?:to|on|after|before|since|of|for|in|by|from|with|over|about|following|pending|despite"
    # "would look for ways around Wednesday's ruling": the ruling's day
    r"|around|upon"
    r"|above|below|than|against|near|beyond|versus|vs\.?|exceed(?:s|ed|ing)?"
    # "a role under last week's accord", "details regarding Sunday's fire" (not "into": "to
    # spill over into today's trading" is a move into the day)
    r"|under|regarding|concerning|toward|towards|like|unlike"
    r"|surpass(?:es|ed|ing)?"
    # "the copper index topped Monday's peak", "beat last week's high"
    r"|pass(?:es|ed|ing)?|beat(?:s|ing)?|top(?:s|ped|ping)?|eclips(?:e|es|ed|ing))"
    r"\s+(?:the\s+)?$"
)
# ... and after "at" a day's possessive before a market's level is the level's, a baseline:
# "offered at Friday's traded level of 96", "bid at yesterday's price" (not "at Monday's vote",
# nor "rose 2 pct at Friday's close", the time of the rise).
POSSESSIVE_LEVEL_BEFORE = r"\bat\s+$"
POSSESSIVE_LEVEL_AFTER = (
    r"^['’]s?\s+(?:(?:traded|trading|closing|opening|settlement|previous|official)\s+)?"
    r"(?:level|levels|price|prices|rate|rates|quote|quotes)\b"
)
# "its targets for 1988", "the budget for next year": a plan's period, not the happening's
# ("net income for the third quarter" is the period the income was earned in: it stays).
NOUN_FOR_BEFORE = r"\b(?P<noun>[a-z]+)\s+for\s+(?:the\s+)?$"
PLAN_NOUNS = frozenset(
    "target targets forecast forecasts budget budgets plan plans goal goals projection "
    "projections outlook quota quotas estimate estimates".split()
)
# ", set up in 1986": a date inside a participle's aside describes the noun before it.
ASIDE_PARTICIPLE_BEFORE = (
    # "burned the Lobo, a hotel opened in 1932, on Saturday" (after the clause's verb only:
    # "Ana Ruiz, the coach appointed in May, resigned" gives the appointment its own event)
    r",\s+(?P<noun_phrase>(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:first|originally|once)\s+)?"
    r"(?P<participle>[a-z]+)(?:\s+(?:up|out|down|off))?"
    # its agent named: ", first introduced by Senator Ann Cole in May 2023,"
    r"(?:\s+by(?:\s+[A-Z][\w.'’-]*){1,4}?)?"
    # where, by its name: ", cast in Tucson in 2014,"
    r"(?:\s+in(?:\s+[A-Z][\w.'’-]*){1,3}?)?"
    # where: ", voiced during a visit to three capitals in May"
    r"(?:\s+(?:during|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    # or the date straight after it, when the date points from now or the story's time
    # (", repainted last spring,", ", sold that winter,": ``ASIDE_BARE_DATE``)
    r"\s+(?:(?:in|on|during|since|for)\s+(?:the\s+)?|(?P<bare>))$"
)
ASIDE_BARE_DATE = r"(?:last|that|this|earlier)\b"
# A trade's terms over the rest of a range of dates: "for November 25-December 10 delivery",
# "for April 20/May 10 shipment", "for July 3-18 and October 8-25 delivery".
TERMS_RANGE_AFTER = (
    r"^(?:\s*[-–/]\s*|\s+(?:and|to|or)\s+)(?:[a-z]+\.?\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    r"(?:\s+and\s+[a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?"
    r"\s+(?:[a-z]+\s+)?(?:delivery|deliveries|shipments?|loading|arrival)\b"
)
# A month alone before a traded commodity is a futures contract's month: "April crude settled",
# "June sterling fell", "December corn closed" — not when the trade happened.
_GOODS = (
    r"(?:crude|oil|heating|gasoline|gas|sterling|gilts?|eurodollars?|euromarks?|t-bonds?|"
    r"t-bills?|bonds?|notes|bund|yen|marks?|francs|swiss|gold|silver|platinum|palladium|copper|"
    r"aluminium|aluminum|nickel|zinc|lead|tin|corn|wheat|soybeans?|soyoil|soymeal|beans|oats|"
    r"barley|cotton|sugar|coffee|cocoa|cattle|hogs|bellies|pork|lumber|rubber|orange|"
    r"s\s*and\s*ps?)\b"  # "June S and Ps"
)
CONTRACT_MONTH_AFTER = (
    r"^\s+(?:(?:light|heating|crude|sweet|sour|live|feeder|short|long|three-month|"
    r"u\.?s\.?|treasury|world)\s+)?" + _GOODS
)
# ... and a month that opens its clause with no preposition, straight before a trade's verb or
# a price: "Palm olein - June offered 1.15 over", "May made 96.10 and August 97.85 dlrs"
# (not "inflation in March eased": a period, after its preposition).
CONTRACT_MONTH_ALONE_AFTER = (
    # ("- June through August offered 0.85 over": two months, the trade's span)
    r"^\s+(?:(?:through|to|and)\s+(?-i:[A-Z][a-z]+)\.?\s+)?"
    # (the route or market the quote is for between: "- May Elbe Canal bid at 91 pct")
    r"(?:(?:(?-i:[A-Z][a-z]+)\s+){0,3}(?:offered|bid|asked|traded|settled|finished|eased|firmed)\b"
    r"|\d+\.\d+\b(?!\s*(?:pct|percent|per\s+cent|%))"  # (a change's figure is no price)
    # a price in its currency: "June at 98 stg and July at 99 stg"
    r"|at\s+\d+(?:\.\d+)?\s+(?:stg|dlrs|cts|cents|pence|marks|yen|francs|guilders)\b)"
)
# ... or a month after a crop or goods ("bought new crop November", "unleaded gasoline for
# April finished"; not "sold new crop yesterday", a day of the trade: months only)
# (a part of the month between: "9,000 tonnes of soyoil for second-half April", "wheat for
# late May": when the goods are to move, not when they were booked)
# (or after an amount of goods: "12,000 tonnes of sunflowerseed oil for May")
_AMOUNT_OF_GOODS = r"\b(?:tonnes|tons|bales|barrels|bushels|cargoes)\s+of\s+(?:[\w-]+\s+){1,3}?"
# (or after the word a futures report gives the nearest or a far contract: "spot March led
# the rise while distant March eased", "nearby July held steady")
CONTRACT_MONTH_BEFORE = (
    r"\b(?:nearby|spot|distant)\s+$|"
    rf"\b(?:new|old)[\s-]+crop\s+$|(?:\b{_GOODS}\s+|{_AMOUNT_OF_GOODS})"
    r"for\s+(?:(?:first|second)[\s-]+half\s+)?$"
)
# ("and" after a price: "exports in May and June firmed" names two months)
CONTRACT_MONTH_ALONE_BEFORE = (
    r"(?:^|[-,;:.!?\n]|\d\s+and|\d\s+(?:stg|dlrs|cts|cents|pence|marks|yen|francs|guilders)"
    r"\s+and)\s*(?:(?-i:[A-Z][a-z]+)\.?\s+(?:through|to|and)\s+)?$"
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# The words that name a part of a month in one expression with it ("late May", "mid-June"):
# the month's part is still a contract's or a cargo's month.
MONTH_PARTS = frozenset("late early mid".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A clock time straight before the day it falls on: "at midnight last night", "at 9 a.m.
# yesterday" — the day is the second expression's (the first, alone, is today's clock).
CLOCK_THEN_DAY_AFTER = (
    r"^\s+(?:last\s+night|yesterday|tonight|this\s+morning|(?:on\s+)?(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b"
    r"|^(?:\s+(?:hrs|hours|[a-z]{2,3}t|gmt|local(?:\s+time)?))*,?\s+(?:on\s+)?"
    rf"(?:{_MONTHS})[a-z]*\.?\s+\d"  # "by 0930 hrs EST, May 2"
)
# A year written straight after a name is a word of the name: "a venture called Orion 1980",
# "the Expo 2000 site" (not "In 1980", which opens a sentence, nor "March 1980", one date).
NAME_BEFORE_YEAR = r"(?<=[\w,;:] )(?P<name>[A-Z][a-z]+)\s+$"
# "the week ended March 21": the week is the one the date that follows ends.
PERIOD_ENDED_AFTER = r"^\s+(?:ended|ending|ends)\s+(?:on\s+)?[A-Z0-9]"
# The agent of a passive participle before its date: "a buyout announced by Harcourt last week",
# "the plan proposed by the board on Monday" (the date is still the participle's).
_PARTICIPLE_AGENT = (
    r"by\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\w'’.&-]+(?:\s+[A-Z][\w'’.&-]*){0,3}\s+"
)
# What a participle was done for, between it and its date: "the warrants issued in connection
# with its public offering in April 1984" (the issuing's date, or the offering's: the object's).
_PARTICIPLE_PURPOSE = r"(?:(?:in\s+connection\s+with|as\s+part\s+of)\s+(?:[\w'’-]+\s+){1,5}?)?"
# Where a participle was done, between it and its date: "a charge approved in Ghent in
# June 2019", "a survey published in Science in May 2015" (a name of up to three words).
_PARTICIPLE_PLACE = r"(?:(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+)?"
# A date after a participle that follows the object of a verb before it describes that
# object: "follows the withdrawal from South Africa announced last December". A verb of
# saying before it has a clause of its own ("said sales increased in May") and keeps its date.
# (and the common irregular ones: "upheld a levy set earlier this year", "honouring a
# pledge made in March"; not "held": "endorsed the takeover at a session held on April 9"
# dates the endorsement)
_IRREGULAR_PARTICIPLES = (
    r"(?:made|set|paid|built|taken|given|sold|bought|struck|won|laid|led|sent|spent|lent"
    r"|brought|begun|drawn|shown|chosen|frozen|written|sworn|cut|put|seen|felt|found|lost)"
)
OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<verb>[a-z]+)\s+(?:the|a|an|its|their|his|her)\s+[^,;:()!?]{0,60}?"
    rf"\b[A-Za-z]+\s+(?P<participle>[a-z]+ed|{_IRREGULAR_PARTICIPLES})\s+"
    rf"(?:{_PARTICIPLE_AGENT})?{_PARTICIPLE_PURPOSE}"
    rf"{_PARTICIPLE_PLACE}(?:(?:in|on|during|since)\s+)?(?:the\s+)?$"
)
# The same in an aside that trails its clause, opened by a participle or a gerund and its
# preposition: "has released an album, based on songs taped in March", "unveiled
# a statue, made from bronze cast in 1890" — the noun's date (``core.events.aside_objects``).
ASIDE_OBJECT_PARTICIPLE_BEFORE = (
    r",\s+(?:[a-z]+ing|based|made|drawn|built)\s+(?:on|upon|from|with|of)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]+\s+"
    rf"(?P<participle>[a-z]+ed|{_IRREGULAR_PARTICIPLES})(?:\s+(?:out|up))?\s+"
    rf"{_PARTICIPLE_PLACE}(?:(?:in|on|during|over|since|between)\s+)?(?:the\s+)?$"
)
# A trade's terms: "June yen futures", "for May shipment", "delivery in July" — the month of a
# contract or a cargo, not of the trade ("Egypt bought wheat for May shipment" was bought now).
TERMS_AFTER = (
    # (a word between names the goods, not a preposition: "bought wheat on Monday for
    # shipment in May" was bought on Monday)
    r"^\s+(?:(?!(?:for|in|on|at|by|to|with|from|after|before|of|and|or|but|until)\s)[a-z]+\s+)?"
    r"(?:futures|contracts?|options|delivery|deliveries|shipments?|loading"
    # "buying for May needs", "their April and May requirements": the months the goods are for
    r"|arrival|(?:needs|requirements)(?!\s+to\b))\b"
    r"|^\s+(?:and|or)\s+[A-Z][a-z]+\.?\s+(?:needs|requirements)\b(?!\s+to\b)"
)
TERMS_BEFORE = (
    # (not "is scheduled for shipment May 11": the shipment is then the clause's happening)
    r"(?<!scheduled\s)(?<!due\s)(?<!set\s)"
    r"\bfor\s+(?:shipments?|deliver(?:y|ies)|loading|arrival)\s+"
    # ... where the goods move from or to: "for shipment to Gdansk from June 2 to 16"
    # (a port's two names joined: "for delivery at Tema/Takoradi by May 2")
    r"(?:(?:from|to|at|via)\s+(?:[\w.'’/-]+\s+){1,4}?)?"
    r"(?:in|during|by|between|from)\s+"
    # "for arrival in three even lots in July", "for delivery in two tranches in June"
    r"(?:(?:(?:two|three|four|five|six|equal|monthly|weekly)\s+)+"
    r"(?:parts|lots|cargoes|tranches|instalments|installments)\s+"
    r"(?:in|during|between|from)\s+)?"
    r"(?:[\w.]+\s+(?:\d{1,2},?\s+)?(?:and|to|until|through)\s+)?$"  # "between April and June"
    # the goods' terms written straight before their dates after a noun: "sought 9,000 tonnes
    # of oats for export shipment June 6-20", "sold a cargo for shipment May 1/15" (not "the oats
    # are for shipment May 6-20", where the shipment is what is told; not a bare "for delivery",
    # "bought bills for delivery today": securities settle the day they are bought)
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?<!scheduled\s)(?<!due\s)(?<!set\s)"
    r"\bfor\s+(?:export\s+(?:shipments?|deliver(?:y|ies)|loading)?|shipments?|loading)\s*$"
    # what needs are for: "bearing in mind its cash needs for the week", "covered its
    # requirements for April" (the needs' time, not the clause's)
    r"|\b(?:needs|requirements)\s+for\s+(?:the\s+)?(?:(?:coming|current|next)\s+)?$"
    # a futures report's leading contract: "Futures rose 2 cents, paced by March"
    r"|\b(?:paced|led)\s+by\s+(?:the\s+)?(?:nearby\s+|deferred\s+)?$"
    # what a contract or a quota is for: "signed a contract to supply 90,000 barrels between
    # July and September", "set a quota of 8,000 tonnes for the period from May 1" ("signed a
    # deal to sell coal in May" may be the signing's month: not read)
    # (the goods and their amount, no verb: "an agreement to sell the unit was completed in
    # May" dates the completing)
    r"|\b(?:contracts?|agreements?|deals?|orders?)\s+to\s+(?:supply|deliver|ship|sell|buy|import"
    r"|export|provide|load)\s+(?:(?!(?:was|were|is|are|be|been|has|have|had|will|would|and|but"
    r"|which|that|when)\s)[\w.,'’-]+\s+){1,6}?(?:during|between|from|over)\s+(?:the\s+)?"
    r"(?:[\w.]+\s+(?:\d{1,2},?\s+)?(?:and|to|until|through)\s+)?$"
    # ... and the months a deal's goods go over: "has finished talks to export butter powder
    # over the nine months to end-December" (the talks ended now)
    r"|\b(?:contracts?|agreements?|deals?|orders?|talks|negotiations)\s+to\s+(?:supply|deliver"
    r"|ship|sell|buy|import|export|provide|load)\s+(?:[\w.,'’-]+\s+){1,8}?(?:in|during|over)\s+"
    r"the\s+(?:[\w-]+\s+)?(?:months?|weeks?|years?|period)\s+(?:to|ending|through|until)\s+"
    r"(?:the\s+)?(?:end[\s-]+(?:of\s+)?)?$"
    r"|\b(?:quotas?|allocations?|ceilings?)\b(?:[^,;:]|(?<=\d),(?=\d)){0,60}?"
    r"\bfor\s+the\s+(?:[a-z]+\s+)?(?:period|months?|season|year)\s+"
    r"(?:between|from|starting|beginning)\s+"
    r"(?:[\w.]+\s+(?:\d{1,2},?\s+)?(?:and|to|until|through)\s+)?$"
)
# A sentence opened by a participle's phrase and a comma: its date is the participle's, not
# the main clause's ("Born in Leeds in 1931, Hollis studied physics"; "Elected in 2010, she
# served two terms"). Matched with case (the participle opens the sentence).
FRONTED_PARTICIPLE_BEFORE = (
    _SENTENCE_START + r"(?:(?:First|Originally|Initially)\s+(?=[a-z])|(?=[A-Z]))"
    r"(?P<participle>[A-Za-z][a-z]+)\s+[^,.;:!?\n]*$"
)
# ... which holds no past form of a clause of its own: "Output fell in March, the agency said"
# and "Armed guards searched the ship in May, …" open on a noun or an adjective, their past
# the clause's verb; a past after one of these words still belongs to the participle's phrase
# ("Founded in 1950 and renamed in 1970, …", "Hit by a storm that flooded it in May, …").
FRONTED_PARTICIPLE_CHAIN = frozenset(
    "and or but then who which that whose when where after before by was were been".split()
)
# A date that ends a (fiscal) year: "a loss for the year ending tomorrow", "revenue for the
# year ended March 31" — the year's last day, not when the result was made or told (a
# quarter "ended Sept. 30" is read as the quarter elsewhere; a week by ``PERIOD_ENDED_AFTER``;
# "six months ended Oct. 1" is left dated: TimeBank anchors such results to that day).
PERIOD_END_BEFORE = (
    # (an aside's comma between: "the co-op's trading year, ending next August 31")
    r"(?:\b(?:year|years)|\b\d{4}/\d{2}(?:\d{2})?),?\s+(?:ending|ended|that\s+ends|"
    r"that\s+ended|which\s+ends|which\s+ended)\s+(?:(?:on|in|last|this|next)\s+)?$"
    # "a surplus in their year to April 30", "output over its year to end-July": British
    # reports' fiscal year, named by its last day
    r"|(?<!half\s)(?<!half-)\byear\s+to\s+(?:end-)?$"
    # "sees flat sales in fiscal 1991 ending May 31": a fiscal year by its name
    r"|\bfiscal\s+\d{4}\s+(?:ending|ended)\s+(?:(?:on|in)\s+)?$"
)  # "the 1979/80 cocoa season which ended last October 31"
# A date that starts a (fiscal) year: "will boost imports in the year beginning April 1", "the
# budget for 1987/88 starting April 1 awaits passage", "the marketing year, which begins
# September 1" — the period's first day, not when the clause happens (the period is its
# time, and a year has no day). "A year beginning in October" is a span begun then, and a
# visit or a strike "starting April 19" is a happening's own start: both stay dated.
PERIOD_START_BEFORE = (
    r"(?:(?<!\ba\s)(?<!\bone\s)\byear|\b(?:fiscal|financial)\s+\d{4}(?:/\d{2,4})?|\b\d{4}/\d{2,4})"
    r"\s*,?\s+(?:(?:which|that)\s+(?:starts|begins|will\s+start|will\s+begin)|starting"
    r"|beginning|commencing)\s+(?:(?:on|in|from|next|this)\s+)?$"
)
# A quarter or a half of a fiscal year written as two years: "first quarter 1986/87 net
# profit rose", "the 1986/87 first half", "the final quarter of 1986/87": no calendar quarter
# is right unless the text says when that year starts (the tagger reads the calendar one), so
# ``core.events.split_years`` reads the split year over the part's words. The split year
# before the part, after it, and its second year after a part that holds the first.
FISCAL_PART_BEFORE = r"\d{4}/(?:\d{4}|\d{2})\s+$"
FISCAL_PART_AFTER = r"^\s+(?:(?:fiscal|financial)\s+)?(?=\d{4}/(?:\d{4}|\d{2})\b)"
FISCAL_PART_YEAR_AFTER = r"^/(?:\d{4}|\d{2})\b"
# The base year of an index or of figures in constant prices: "the price index, base 1980,
# rose", "(base 1985)", "1980 equals 100", "GDP calculated at 1980 prices rose", "in constant
# 1981 dollars" — the figures' yardstick, never when anything happened. Before the year
# (``..._BEFORE``), after it (``..._AFTER``); "in 1986 prices rose" is a clause's year.
# ... also after an amount's unit: "a cost of 40 million 2019 euros". A year, its unit and
# the phrase's end is a yardstick wherever it stands: "at a cost of €300m in 2019 prices.",
# "would cost 5 billion euros in 2019 terms, the ministry said", "a budget set in 2012-13 terms".
FIGURE_BASE_BEFORE = (
    r"\bbase(?:\s+year)?(?:\s+(?:of|is|was))?\s*(?:=\s*)?$"
    r"|(?:\bat|,\s*in|\bin\s+constant|\bconstant)\s+$"
)
_PRICE_UNITS = r"(?:prices|dollars|dlrs|terms|money|euros|pounds|sterling|yen|francs)"
FIGURE_BASE_AFTER = (
    r"^\s*(?:=|equals?)\s*100\b"
    rf"|^(?:[-/–](?:\d\d){{1,2}})?\s+{_PRICE_UNITS}\s*(?:[,.;:)]|$)"
)
PRICE_BASE_AFTER = rf"^\s+{_PRICE_UNITS}\b"
# A condition's own date: "can be lifted if the ministers agree by September", "expire
# unless extended by June": when the condition is met, not when the clause's happening is.
# "Provided" opens a condition after a comma or before "that" ("…, provided the banks agree by
# May"); elsewhere it is the verb ("the unit provided 1986 profits of …", "amounts provided for
# the quarter").
CONDITION_BEFORE = (
    r"(?:\b(?:if|unless)\b|(?:^|[,;:.!?]\s*|\n\s*|\b(?:said|says)\s+)assuming\b"
    r"|,\s*provid(?:ed|ing)\b|\bprovid(?:ed|ing)\s+that\b)[^,;.!?]*$"
)
# When a naming takes effect: "named Ann Roe president, effective April 16", "was elected
# chairman, effective May 2". The naming was decided when it was reported; the date says when
# the new holder starts, not when the board named her. (A resignation or a price change
# "effective May 1" happens then: only a naming verb here.)
APPOINTMENT_EFFECTIVE_BEFORE = (
    r"\b(?:named|elected|appointed|promoted|nominated|chose|chosen|selected|picked|hired"
    r"|names|elects|appoints|promotes)\b[^;:.!?]{0,160}?,?\s+effective"
    r"\s+(?:(?:on|from|as\s+of)\s+)?(?:the\s+)?$"
)
# A deadline set by an order or a request: "ordered the evacuation of coastal areas by Saturday
# noon", "asked lenders to reply by May 1" — when the thing asked for is due, not when the
# order was given. So is a target's ("aims to cut its costs by 200 million pounds by 2027"):
# a goal, not a happening.
DEADLINE_BEFORE = (
    r"\b(?:order|orders|ordered|tell|tells|told|ask|asks|asked|require|requires|required|urge|"
    r"urges|urged|instruct|instructs|instructed|demand|demands|demanded|gave|give|gives)\b"
    r"[^,;.!?]*\b(?:by|before|no\s+later\s+than)\s+$"
    # ... and a target set for a figure ("aims to halve its water use by 2030"); a plan to act
    # by a date ("aims to choose by late August whether to sell") happens by then
    r"|\b(?:aim|aims|aimed|aiming|target|targets|targeted|targeting|intention|plan|plans"
    r"|goal|pledge|pledged|promised|vowed)\b"  # (a figure's comma, "73,000", goes on)
    # (a fraction is a figure too: "would cut costs by a fifth by 2034", en20d)
    r"(?:[^,;.!?]|[,.](?=\d))*(?:\d|%|\b(?:halve|half|double|triple|treble"
    r"|(?:a|one|two)[\s-]+(?:third|quarter|fifth|tenth)s?)\b)(?:[^,;.!?]|[,.](?=\d))*"
    r"\b(?:by|before|no\s+later\s+than)\s+(?:end-|the\s+end\s+of\s+)?$"
    # ... and a change measured "by" a figure, then "by" a date: a target ("would cut energy
    # use by a third by 2031", "to raise output by 20% by 2030"), whatever verb tells it
    r"|\bby\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?(?:\d[\d.,]*\s*(?:%|(?:pct|percent"
    r"|per\s+cent)\b)|(?:a|one|two)[\s-]+(?:third|quarter|fifth|tenth)s?\b|half\b)[^,;.!?]{0,30}?"
    r"\bby\s+(?:end-|the\s+end\s+of\s+)?$"
)
# "before" a date at a clause's opening, or straight after its verb of saying, bounds the
# clause from above: "Before March 31 the ministry will bring in new rules", "said before the end
# of its fiscal year on March 31 it would sell the unit" happen at most then, not on the day
# ("no fare rise before 2027" is no rise in 2027). Not a span counted back ("two days before").
BOUND_BEFORE = (
    r"(?:^|[.!?;:]\s+|\n\s*|\b(?:said|says|say|added|announced|that|and|but)\s+)before\s+"
    r"(?:the\s+end\s+of\s+(?:the|its|their|this|next)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:year|month|quarter|week|period|season|term)\s+(?:on|in)\s+)?(?:the\s+)?$"
    # "to hold prices beyond 1987", "will run well beyond next year": after it, no date of it
    r"|\b(?:well\s+|far\s+)?beyond\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$"
)
# How every match of DEADLINE_BEFORE ends, its trailing spaces dropped and in lower case:
# looked at first, for most stretches before a date end in none of them.
DEADLINE_ENDS = ("by", "before", "than", "of", "end-")
# "rose 8% from a year earlier" is a comparison: an amount, then "from" and the date, after a
# word of change. Without one ("will pay 6 pounds a day from July 1") "from" starts a span.
CHANGE_BEFORE_FROM = (
    r"\b(?:ris\w*|rose|fell|fall\w*|up|down|increas\w*|decreas\w*|gain\w*|drop\w*|climb\w*|"
    r"declin\w*|jump\w*|slipp?\w*|grow\w*|grew|higher|lower|more|less|compared|improv\w*|"
    r"advanc\w*|eas\w*|plung\w*|soar\w*|surg\w*|slump\w*|tumbl\w*|chang\w*|doubl\w*|"
    r"tripl\w*|trebl\w*|halv\w*)\b"
)
# A bare number after a figure with its unit and "to"/"at" is a level, not a year: "the
# index fell 508 points to 1738" ("from 2014 to 2020" stays a range).
FIGURE_LEVEL_BEFORE = (
    r"\d[\d,.]*\s*(?:%|points?|pct|percent|per\s+cent|cents?|cts|dlrs?|marks|yen)\s*"
    r"(?:\([^()]*\)\s*)?(?:,\s*)?(?:to|at|from)\s+$"
)
# A figure's level told in an aside after the sentence's subject, its year the level's:
# "Sales, about 3 million units in 2019, fell by a fifth in 2020" (the falling is 2020's).
# ``FIGURE_ASIDE_VERB_AFTER`` must follow: the aside's closing comma and a verb in the past.
FIGURE_ASIDE_BEFORE = (
    _SENTENCE_START + r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?,\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|under|more\s+than|less\s+than)\s+)?"
    r"[$£€]?\d[\d,.]*\s*(?:%|pct|percent|per\s+cent|bn|mln|billion|million|thousand)?"
    r"(?:\s+[a-z]+){0,2}\s+in\s+$"
)
FIGURE_ASIDE_VERB_AFTER = r"^\s*,\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)\b"
# -- added for #14 round 2 --
# Between a counted period and the date it ends on: "the three months ended September 30",
# "the 12 weeks to 6 October" — the happening spans the period, not its last day.
PERIOD_TO_BETWEEN = r"^\s+(?:ended|ending|to)\s+(?:on\s+)?(?:the\s+)?(?:end(?:\s+of)?\s+)?$"
# ... of those, the words of a named period's last day still to come or going on ("in the
# quarter ending June 30"): its year is the day's, not the tagger's quarter gone by.
PERIOD_ENDING_BETWEEN = r"^\s+ending\s+(?:on\s+)?$"
# Roles after a date's possessive name a person, not a happening: "Last year's winner, Piet
# Honda, dropped out" is no event of last year.
PEOPLE_AFTER_POSSESSIVE = frozenset(
    "winner winners champion champions runner-up finalist finalists holder holders "
    "titleholder medallist medalist medallists medalists victor nominee nominees".split()
)
# -- added for #14 round 3 (dates and recall) --
# Between two amounts of a list whose first date is a forecast's period: "expects to spend 65
# mln dlrs this year, 105 mln dlrs next year": the later dates are periods too.
FIGURE_LIST_BETWEEN = (
    r"^\s*(?:,\s*|,?\s*and\s+)(?:about\s+)?[\d.,]+\s+(?:or\s+[\d.,]+\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:in\s+|for\s+)?$"
)  # ... "from 312,700 or 6.2 pct in March and 305,900 or 6.0 pct a year earlier"
# The period of a report or figures that a verb gives, publishes or files: "will publish its
# sales update for the second quarter on 14 August", "gave no figures for February": the
# document's period, not when it is given (that is the sentence's other date, or none). As a
# subject the figures' period stays the clause's ("The housing data for May continued a slide").
REPORT_PERIOD_BEFORE = (
    r"\b(?:publish(?:es|ed)?|release[sd]?|issue[sd]?|give[sn]?|gave|present(?:s|ed)?"
    r"|announce[sd]?|file[sd]?|post(?:s|ed)?|disclose[sd]?|provide[sd]?|unveil(?:s|ed)?"
    r"|submit(?:s|ted)?|set(?:s|ting)?(?:\s+out)?|la(?:y|ys|id|ying)\s+out"
    r"|outlin(?:e|es|ed|ing))\b[^.;:!?\n]{0,60}?"
    r"\b(?:results|figures|statements?|report|accounts|numbers|outlook|forecasts?|guidance"
    r"|budget|targets?|estimates?|returns?)\s+"  # "filed its tax return for fiscal 1986"
    # ... or up to a horizon: "will set out targets up to 2028", "through fiscal 2027"
    r"(?:for|through|to|up\s+to|until|till)\s+(?:its\s+|fiscal\s+|the\s+fiscal\s+)?$"
)
# The earliest time of what only may happen: "could make landfall as early as Tuesday", "a
# ruling might come as soon as next week" — a bound of a possibility, no happening's date.
POSSIBLE_BOUND_BEFORE = r"\b(?:could|may|might)\b[^.;:!?\n]{0,80}?\bas\s+(?:early|soon)\s+as\s+$"
# A year naming a document of that year's accounts: "will be disclosed in the 2016 Annual
# Report", "said in its 1986 annual report", "cuts in the 1988 budget" — the year the document
# covers, not when the clause happens (the report comes out after its year, the budget before).
DOCUMENT_YEAR_AFTER = r"(?:/\d{2})?\s+(?:annual\s+report|accounts|budget)\b"
# The same document named before its year: "cuts announced in Budget 2025" ("the budget for
# 2025" is read by ``NOUN_FOR_BEFORE``).
DOCUMENT_YEAR_BEFORE = r"\bbudget\s+$"
# A forecast of a figure for a period: "expects to sell two million units in 2026", "now sees
# growth of 1.2% for 2026" — the period the figure is for, not when the forecast was made. (A
# forecast of a happening, "is expected to open in 2029", has no figure and dates it.)
FORECAST_FIGURE_BEFORE = (
    # (not a passive, nor an adjective: "grew an estimated 2.5%")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\ban\s)(?<!\ba\s)"
    r"(?<!\bthe\s)\b(?:expects?|expected|predicts?|predicted|forecasts?|projects?|projected|estimates?"
    r"|estimated|sees|anticipates?|anticipated)\s+"
    # the figure is the forecast's object ("to sell two million units", "growth of 1.2%"),
    # not a word of a thing's name ("to finish the 40 million pound bridge")
    r"(?:(?:to\s+[a-z]+\s+)?(?:(?:a|an)\s+)?(?:[a-z]+\s+(?:of|at|by)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    r"(?:(?!(?:the|its|their|his|her|this|that|these|those)\b)[a-z-]+\s+)?"
    r"(?:\d|\$|\bmln\b|\bbillion\b|\bmillion\b)"
    r"(?:[^,;.!?]|[.,](?=\d))*"
    # or a figure a thing is expected to reach: "expects the flock size to reach about 900 in"
    r"|(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){1,3}to\s+[a-z]+\s+"
    r"(?:(?:near|at|about|around|to|by|above|below|over)\s+)?(?:\d|\$)"
    r"(?:[^,;.!?]|[.,](?=\d))*"
    # or what it is for: "predicts sales for 1987", "forecasts earnings per share for"
    r"|(?:[a-z]+\s+){1,3}for\s+(?:the\s+)?)$"
    # a figure a thing is foreseen to reach by a year, told in the passive: "the line is
    # forecast to serve 7,500 diners a week by 2041", "are expected to rise to 100 mln by"
    r"|\b(?:is|are|was|were|be|been)\s+(?:expected|forecast|projected|predicted|estimated)"
    r"\s+to\s+[a-z]+\s+(?:(?:to|by)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?(?:\d|[$£€])"
    r"(?:(?!\band\b)[^,;.!?]|[.,](?=\d))*?\bby\s+(?:the\s+)?(?:end\s+of\s+)?$"
)
# A plan given up or changed: "was originally due to fly in November", "had been scheduled for
# November but was postponed" — the date it was once meant for, when nothing happened.
ABANDONED_PLAN_BEFORE = (
    # (a plan kept is no plan given up: "began as previously planned on Saturday")
    # ("first" after a determiner is the adjective: "made its first scheduled flight in May")
    r"(?<!\bas\s)\b(?:(?:originally|initially|(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)"
    r"(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)first|previously)\s+(?:been\s+)?"
    r"|had\s+(?:\w+ly\s+)?been\s+)"
    r"(?:due|scheduled|planned|set|slated|expected|meant|supposed)\b[^,;.!?]*$"
)
# A plan the same sentence then says was given up: "The club planned to hold the vote on May 3
# but called it off", "was to resume flights on June 1, but the plan was scrapped" — the date it
# was meant for, when nothing happened. The plan, in the date's own clause, before the date ...
PLAN_BEFORE = (
    r"\b(?:(?:planned|plans|intended|intends|hoped|hopes|meant|aimed|aims)\s+to"
    r"|(?:was|were)\s+(?:going\s+)?to"
    r"|(?:due|scheduled|set|slated|expected)\s+(?:to|for)"
    r")\b[^,;.!?]*$"
)
# (a plan word right after the date: German "war für den 3. Juni geplant"; English has none)
PLAN_AFTER = r"(?!)"
# ... and, after the date, the giving up ("but … postponed"; "was later delayed")
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\band\b)[^.;!?]){0,70}?\bbut\b[^.;!?]{0,60}?"
    r"\b(?:postponed|delayed|cancell?ed|scrapped|shelved"
    r"|abandoned|adjourned|suspended|called\s+(?:\w+\s+){0,2}off|put\s+(?:\w+\s+){0,2}off"
    r"|pushed\s+back|fell\s+through|never\s+(?:happened|took\s+place|came)"
    r"|(?:postpone|delay|cancel|scrap|shelve|abandon|suspend)(?:s|d)?)\b"
)
# A date a "when" clause follows tells when that clause happened, whatever comes before it:
# "its first title since 1998, when it won the league under Reilly" dates the win.
WHEN_CLAUSE_AFTER = r"^\s*,?\s*when\s"
# A span counted from a date to a clause: "in November, two months after Quinn replaced Doyle"
# dates the replacing two months before November ("before" counts ahead). Between the date
# and the span, and after the span (the word that says which way, "after" counting back).
COUNT_BETWEEN = r"^\s*,\s*(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+)?$"
COUNT_AFTER = r"^\s+(?P<way>after|before)\s"
# The news's own present verb right before a counted span: "The walkout comes a fortnight after
# …" counts back from publication (``core.events.counted_now``); "came" tells no day.
COUNT_FROM_NOW_BEFORE = r"\b(?:comes|come)\s+(?:just\s+|only\s+|almost\s+|nearly\s+)?$"
COUNT_BACK = frozenset({"after"})
COUNT_WAYS = frozenset({"after", "before"})  # the openers of the counted clause
# A span counted to a clause from a thing's date: "A year after the crash on 3 May 2019, the
# airline resumed flights" — the date is the crash's; the clause is a year after it. What comes
# between the span and the thing's date (the word that says which way, then the thing).
COUNTED_THING_AFTER = (
    r"^\s+(?P<way>after|before)\s+(?:the|a|an|his|her|its|their|this|that)\s+"
    r"[^,;.:!?()\n]{1,50}?\s+(?:on|in|of)\s+$"
)
# A date a thing was moved to or from: "shifted the close of its budget year to June 30 from
# September 30", "moved its annual meeting to May 5 from April 28" — the thing's old and new dates,
# not when it was moved (a postponement is not dated to the day it was moved to).
MOVED_DATE_BEFORE = (
    r"\b(?:changed|changes|moved|moves|shifted|rescheduled|brought\s+forward|pushed\s+back"
    r"|postponed|delayed|put\s+off|deferred)\b(?:[^.;:!?\n]|\n(?!\n)){0,60}?"
    r"\b(?:to|until|from)\s+(?:the\s+)?$"
    # ... and the old date after the new, however long the thing moved: "delayed the meeting
    # at which holders will vote on the merger until May 4 from April 27"
    r"|\b(?:moved|shifted|rescheduled|postponed|delayed|put\s+off|deferred)\b"
    r"(?:[^.;:!?\n]|\n(?!\n)){0,150}?\b(?:to|until)\s+"
    r"(?-i:[A-Z][a-z]+)\.?\s+\d{1,2}(?:,?\s+\d{4})?,?\s+from\s+(?:the\s+)?$"
    # ... and a term lengthened: "extended the expiration of its offer through Dec. 31",
    # "extended the deadline to Jan. 15" — the new end, not when it was extended ("will extend
    # its hours from October 2" starts then)
    r"|\b(?:extend|extends|extended|extending|prolong|prolongs|prolonged)\b"
    r"(?:[^.;:!?\n]|\n(?!\n)){0,60}?"  # (a wire's wrapped line goes on)
    r"\b(?:to|until|till|through)\s+(?:(?:(?-i:[A-Z][a-z]+)\.?\s+[\w-]+(?:,?\s+\d{4})?|\d[\w/-]*),?\s+from\s+)?"
    r"(?:midnight\s+)?(?:the\s+)?$"  # ("to April Three from March 13": the old end)
)
# The same before the thing's date, the span in words: "Weeks after the election on 4 July, the
# party chose a leader" — the election's date; the choosing is weeks later, on no day given.
COUNTED_THING_BEFORE = (
    r"\b(?:days|weeks|months|years|hours)\s+(?:after|before)\s+(?:the|a|an|his|her|its|their)\s+"
    r"[^,;.:!?()\n]{1,50}?\s+(?:on|in|of)\s+$"
)
# A market's move named by a noun, inside a phrase after the clause's verb: "could not find
# reasons behind the slide of the yen to a record low on Tuesday", "was worried about the
# drop in the lira against the mark last week" — the move's date, not the finding's. (Not after
# "after", "following" or "since", which tell the clause's time by it.)
MOVE_NOUN_BEFORE = (
    r"(?<=[a-z]\s)(?:behind|for|of|on|about|over|into|at|with)\s+(?:the|a|an|its|this|that)\s+"
    r"(?:(?:sharp|steep|recent|latest|further|renewed|sudden|big|steady)\s+)?"
    r"(?:fall|rise|drop|decline|plunge|slide|surge|jump|climb|slump|rebound|advance|fall-off"
    r"|tumble|dive|rally)\s+(?:of|in)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?"
    r"\s+(?:to|against|from|below|above|past|through)\s+[^,;:.!?()\n]{1,40}?\s+$"
    # ... or in what, then when: "voiced worry over the sharp fall in farm incomes during the
    # last quarter" (the fall's quarter, not the worry's)
    r"|(?<=[a-z]\s)(?:about|over|on|at)\s+(?:the|a|an|its|this|that)\s+"
    r"(?:[\d.,]+\s*(?:pct|percent|per\s+cent|%)\s+)?"
    r"(?:(?:sharp|steep|recent|further|renewed|sudden|big|steady)\s+)?"
    r"(?:fall|rise|drop|decline|plunge|slide|surge|jump|slump|rebound|increase|decrease)\s+"
    r"in\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?\s+(?:in|during)\s+(?:the\s+)?$"
)
# A year a percentage change is measured "on": "11 pct on the previous year", "down 4 pct
# on 1985" — the yardstick, not when anything happened (a year only: "rose
# 5 pct on Monday" dates the rise).
FIGURE_ON_YEAR_BEFORE = r"[\d.,]+\s*(?:pct|percent|per\s+cent|%)\s+on\s+(?:the\s+)?$"
# A level named by its date is a figure to go back or compare to, not when anything happened:
# "roll back prices to the end of 1986 level", "output above its 2019 levels".
LEVEL_AFTER = r"^\s+levels?\b"
# A day straight before a period's name is the day that period ends: "expects a record July 12
# second quarter" (a fiscal quarter to July 12), not the day of the expecting.
PERIOD_ENDING_AFTER = (
    r"^\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|half)"
    r"|fiscal\s+(?:year|quarter|half))\b"
)
# A date between a coupon and the security it names is the security's maturity, not when
# anything happened: "the 6-1/4 pct 1994 note slipped", "offer 9.5 pct June 1991 notes", "its
# 7-1/8 pct, October 2, 1999 issue" ("one pct 1987 growth" is no security: the date stays).
SECURITY_RATE_BEFORE = (
    r"\b(?:\d[\d./-]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:pct|per\s*cent|percent|%),?\s+$"
)
SECURITY_AFTER = (
    r"^,?\s+(?:[\w.&'’-]+\s+){0,4}?(?:bonds?|notes?|issues?|stock|debentures?|eurobonds?|gilts?"
    r"|obligations?|certificates?|paper|loan|tranche)\b"
)
# A date in a "with" phrase of a thing expected: "agreed to buy Micro Plus, with closing
# expected by May" — the closing's date, not the agreement's.
WITH_EXPECTED_BEFORE = (
    r"\bwith\s+(?:(?!(?:is|are|was|were|has|have|had|will)\s)[\w'’-]+\s+){1,4}"
    r"(?:expected|scheduled|due|set|slated|planned)\s+"
    # "… expected to begin" (not "a pilot with bakers is due to open": that is its verb)
    r"(?:to\s+(?:start|begin|end|open|close|finish|be\s+completed)\s+)?"
    r"(?:(?:by|in|on|for|before|around)\s+)?(?:the\s+)?$"
    # A "with" phrase set off by a comma with a verb of its own in "-ing" is a clause of its
    # own: "voted for a patrol, with the first ships arriving Tuesday" dates the arriving, not
    # the vote (its words hold no comma: "…, with aides looking on, on Monday" is the clause's).
    r"|,\s+with\s+(?:(?!(?:is|are|was|were|has|have|had|will)\s)[\w'’-]+\s+){1,5}?"
    r"[a-z]{2,}ing\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:by|in|on|at|for|before|around|until|after)\s+)?(?:the\s+)?$"
)
# A date closing the noun phrase of a phrase of time: "shares fell following the bank's
# decision on Tuesday", "ministers meet ahead of a summit next week" — the noun's date, not the
# clause's (its words hold no verb; "ahead of schedule in May" names no happening). A cause
# weighed among others is read the same: "margins narrowed, owing largely to the devaluation
# in January", "profit fell chiefly as a result of a walkout in March" — the cause's date, not
# that of a result told for a whole period ("was delayed due to a strike in April" may be
# delayed then; "is due mainly to open in May" is no cause: a determiner must follow).
_CAUSE_WEIGHT = (
    r"(?:mainly|largely|partly|partially|primarily|chiefly|mostly|principally|in\s+part)"
)
PHRASE_OF_TIME_BEFORE = (
    r"(?<![Tt]he\s)\b(?:following|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+the\s+run-up\s+to"
    r"|in\s+the\s+wake\s+of|pending"
    rf"|{_CAUSE_WEIGHT}\s+(?:as\s+a\s+(?:direct\s+)?result\s+of|because\s+of|(?:due|owing)\s+to)"
    rf"|(?:due|owing)\s+{_CAUSE_WEIGHT}\s+to(?=\s+(?:the|a|an|its|their|his|her|this|these)\s))"
    r"\s+(?P<phrase>[^,;:!?()\"“”]{1,60}?)\s+(?:(?:on|in|at|during|of)\s+(?:the\s+)?)?$"
)
# Nouns after such a phrase's word that name a yardstick or a time, not a happening: "ahead of
# forecasts in the first quarter" dates the clause.
PHRASE_OF_TIME_NOT = frozenset(
    "schedule schedules expectations expectation forecast forecasts estimate estimates "
    "target targets time plan plans budget rivals market peers trend year month week day "
    "quarter half period season".split()
)
# The word before a verb's bare form that makes it an infinitive: "plans to redeem the notes
# issued in 1985".
INFINITIVE_MARKS = frozenset({"to"})
# A date in a passive infinitive after a noun of the object: "is underwriting a fund to be
# launched next month", "agreed on the issues to be negotiated this year" — the noun's own plan,
# not the clause's happening. Not the subject's ("the sale is expected to be completed in May",
# "expects the sale to be completed in May"), not a place of the clause ("at their meeting to be
# held in June"), not a rank ("the ninth bank to be closed this year") and not an aside after a
# comma ("a dividend, to be paid April 30": often the happening itself).
_NOUN_WORD = (  # not a verb before "to be" ("the plant needs to be rebuilt in May")
    r"(?!(?:at|is|are|was|were|be|been|will|would|has|have|had|to|needs?|seems?|appears?|ought"
    r"|deserves?|remains?|wants?|wanted|hopes?|hoped|expects?|plans?|planned|asks?|asked"
    r"|wish(?:es|ed)?|happens?|used|got|gets?)\b)[\w'’-]+"
)
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # a space, a line's end at most: not a paragraph's
NOUN_PLAN_BEFORE = (
    r"(?<!\bat\s)(?<!\bexpect\s)(?<!\bexpects\s)(?<!\bexpected\s)(?<!\bwant\s)(?<!\bwants\s)"
    rf"(?<=[a-z]\s)(?:of|for|a|an|the|its|their|his|her){_GAP}"
    r"(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|only|next)\b)"
    # (an adverb and a particle: "loans to be wholly repaid by 2031"; an aside after a comma,
    # "a new ferry pier, due to open in 2031", gives the thing's own plan its date)
    rf"(?:{_NOUN_WORD}{_GAP}){{0,5}}?{_NOUN_WORD}{_GAP}"
    rf"(?:(?:scheduled|expected|due|set|slated|planned){_GAP})?to{_GAP}be{_GAP}"
    rf"(?:[a-z]+ly{_GAP})?[a-z]+(?:ed|en|wn|ld|lt|id)(?:[-\s](?:out|off|up|down|back|in))?{_GAP}"
    # one place phrase at most ("on the Oslo exchange"), then the date's own preposition
    rf"(?:(?:in|on|at|to|by|for|from|with){_GAP}(?:{_NOUN_WORD}{_GAP}){{1,5}})?"
    rf"(?:(?:in|on|by|from|before|after|around|until|within|during|through){_GAP})?"
    rf"(?:the{_GAP})?$"
)
# ... and a noun's plan told by a participle and "for": "approved the budget cuts planned for
# 2031", "voted to postpone a draw scheduled for June 22", "awarded a bonus on the cargo slated
# for May 8" — the date of what is planned, not of the vote or the award. Not the subject's ("the
# meeting is scheduled for May 2": a verb before the participle), not a place of the clause ("at
# a meeting scheduled for Thursday": the clause happens there), not a sentence's opening noun.
NOUN_PLANNED_FOR_BEFORE = (
    # (nor a happening the clause is timed by: "met before the summit scheduled for today")
    r"(?<!\bat\s)(?<!\bduring\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\bfollowing\s)"
    rf"(?<=[a-z]\s)(?:of|for|on|to|a|an|the|its|their|his|her){_GAP}"
    rf"(?:{_NOUN_WORD}{_GAP}){{0,5}}?{_NOUN_WORD}{_GAP}"
    rf"(?:(?:tentatively|provisionally|originally|initially){_GAP})?"
    rf"(?:planned|scheduled|slated|earmarked|budgeted|pencilled|penciled){_GAP}for{_GAP}"
    rf"(?:the{_GAP})?$"
)
_NOT_CLAUSE_VERB = r"(?![a-z]+ed\b|(?:said|says|was|were|is|are|will|would|has|have|had)\b)"
# A noun's reduced relative that plans its own happening, told after the clause's verb: "tried
# to avoid isolation by Gulf states due to gather at a conference on May 9", "met envoys from
# countries expected to attend talks on Friday": the gathering's date, not the trying's. After
# a preposition "expected" and "set" too; after an article only words no clause has as its verb
# ("said the firm expected to post a loss in 1988" may be the firm's own expecting).
# ("due to" is a cause as often, "cut the dividend due to its loss", "grounded flights due to fog
# on Monday": only before a verb of a planned happening)
_PLANNED_VERB = (
    r"(?:meet|attend|start|begin|open|close|hold|sign|visit|arrive|leave|resume|end|expire"
    r"|announce|release|publish|gather|discuss|decide|hear|rule|vote|return|travel|debate"
    r"|complete|fly|sail|launch|deliver|present|testify|appear|address|tour|host|retire"
    r"|submit|finish|convene|reconvene|assemble|confer|negotiate|take\s+office|take\s+effect)\b"
)
_AFTER_TO_NOT = r"(?!(?:be|the|a|an|its|their|his|her|this|that|these|those|our)\b)"
NOUN_DUE_TO_BEFORE = (
    rf"(?<=[a-z]\s)(?:(?:of|for|from|by|with|among|between|to|on|against){_GAP}"
    rf"(?:(?:the|a|an|its|their|other|all|some|many|several|[a-z]+ing){_GAP})?"
    rf"(?:{_NOUN_WORD}{_GAP}){{0,3}}?{_NOUN_WORD}{_GAP}"
    rf"(?:(?:scheduled|slated|expected|set){_GAP}to{_GAP}{_AFTER_TO_NOT}[a-z]+"
    rf"|due{_GAP}to{_GAP}{_PLANNED_VERB})"
    rf"|(?:the|a|an|its|their){_GAP}(?:{_NOUN_WORD}{_GAP}){{0,3}}?{_NOUN_WORD}{_GAP}"
    rf"(?:(?:scheduled|slated){_GAP}to{_GAP}{_AFTER_TO_NOT}[a-z]+|due{_GAP}to{_GAP}{_PLANNED_VERB}))"
    # (what it does, up to its date, holds no verb of the clause: "protested on Friday")
    rf"{_GAP}(?:{_NOT_CLAUSE_VERB}[\w'’.-]+{_GAP}){{0,6}}?"
    rf"(?:(?:in|on|by|from|before|after|around|until|within|during|at){_GAP})?(?:the{_GAP})?$"
)
# ... and after "in", "at", "about" ("confident about a settlement in pay negotiations slated
# to resume next month": the negotiations' date), unless the clause itself looks ahead before
# them ("will join in pay negotiations slated to resume next month": then too):
# NOUN_PLAN_IN_AHEAD, searched before.
NOUN_PLAN_IN_BEFORE = (
    rf"(?<=[a-z]\s)(?:in|at|about){_GAP}"
    rf"(?:(?:the|a|an|its|their|other|all|some|many|several){_GAP})?"
    rf"(?:{_NOUN_WORD}{_GAP}){{0,3}}?{_NOUN_WORD}{_GAP}"
    rf"(?:scheduled|slated|expected|set){_GAP}to{_GAP}{_AFTER_TO_NOT}[a-z]+"
    rf"{_GAP}(?:{_NOT_CLAUSE_VERB}[\w'’.-]+{_GAP}){{0,6}}?"
    rf"(?:(?:in|on|by|from|before|after|around|until|within|during|at){_GAP})?(?:the{_GAP})?$"
)
NOUN_PLAN_IN_AHEAD = r"\b(?:will|would|shall|to|due|going|plans?|planned|expects?|expected)\b"
# What every match of NOUN_PLAN_BEFORE holds, searched first: "to" alone is in half the
# stretches before a date, "to be" in one of fifty.
NOUN_PLAN_NEEDS = r"\bto\s+be\s"
# A dividend's payment date before its record date: "payment of 7.2 cts on June 18, record
# June 4" — when it is paid, not when it was declared.
PAYMENT_AFTER = r"^\s*,\s*(?:record|payable)\b"
# A named period that ends on a date: "the fourth quarter ended January 31" is the three months
# to that day (a fiscal quarter), by the period's length.
PERIOD_LENGTHS = {"Q": "P3M", "H": "P6M"}
# ... and the record date itself: "payable May 11, record April 30".
PAYMENT_BEFORE = (
    r"(?:^|[,;]\s*|\bof\s+)(?:record|payable)\s+(?:date\s+)?(?:on\s+|as\s+of\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s+and\s+)?$"  # "of record Dec 26, 1986 and …"
)
# A state said to last until a date ends then; nothing happens at it: "inflation would stay
# above target until the end of 2026", "the road remains closed until Friday".
# ... and any "until" a clause puts its date after, which says how long what it did lasts:
# "banned fires in the forests until the end of September", "postponed the vote until
# Monday" (the ban and the delay happened before). Not after a negation, where the happening
# is at the date ("did not reopen until 1990"), nor in a range ("from May until June").
STATE_UNTIL_BEFORE = (
    # a happening moved to a date: the move was made before it ("the final was moved to June
    # 14", "postponed the vote to Monday"); the date is the happening's new one, not the move's
    r"\b(?:postponed|delayed|moved|rescheduled|deferred|adjourned|put\s+off|pushed\s+back"
    r"|put\s+back|brought\s+forward)\b[^;.!?,]{0,40}?\b(?:to|for|until|till)\s+(?:the\s+)?$|"
    r"\b(?:stay|stays|stayed|remain|remains|remained)\b[^;.!?]*\b(?:until|till)\s+"
    r"(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?$"
    r"|(?:^|[,;:.!?]\s*|\n|\b(?:and|but|which|who|that)\s+)"
    r"(?:(?!\b(?:not|never|no|from|between|since|until|till)\b|n't\b)[^;.!?,])*"
    r"\b(?:until|till)\s+(?:at\s+least\s+|about\s+|around\s+)?"
    r"(?:(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+)?"
    r"|(?:[\w'’-]+\s+){2,4}?(?:on|in|at|by|during)\s+(?:the\s+)?)$"  # "until he retires on June 1"
    # a term's end told in the present: "the pact runs through 1990", "the offer is valid to
    # May 7" (how long it holds, not when it was made; "would take effect in July and run
    # through March" tells a happening ahead)
    r"|\b(?:runs|running|lasts|lasting|valid)\s+(?:[a-z]+\s+)?"
    r"(?:through|thru|until|till|to|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?$"
)
# A tally kept up to a day, the day told before the clause: "Through Friday, sales rose 3
# pct", "the mill said through Tuesday it had received 48,200 tonnes" (counted over the days
# before it; nothing happened on it). Read before a day only: "through the 1980s" is during
# them. (After its verb, "had bought 9,000 shares through May 2", it is left to the clause.)
TALLY_THROUGH_BEFORE = (
    r"(?:(?:^|[.!?;:]\s*|\n)\s*[\"“]?|\b(?:said|says|reported|reports|added)\s+(?:that\s+)?)"
    r"(?:through|thru)\s+$"
)
# Before a named period that a date ends, the preposition that makes it a happening's period
# ("profit fell in the fourth quarter ended January 31"; "the second quarter ended Oct. 31, …"
# with none is the period's own end).
PERIOD_OPENER_BEFORE = r"\b(?:for|in|during|of|over)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$"
# A day listed before a dated day: "on 6 and 7 March" runs from the 6th (the tagger reads
# "7 March" alone).
DAY_LIST_BEFORE = (
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+$"
)


# Whether a "since" date under a future verb is the day a change starts (Russian "с 1
# июня … будет закрыт"), not a running span's start: not read here.
SINCE_AHEAD_STARTS = False
# ... and whether one told in the past is too (Ukrainian "школи перейшли на дистанційне
# навчання з понеділка": the change that day); a language that reads only the future so
# (Spanish "desde el lunes" before a past is a running span) sets it False.
SINCE_PAST_STARTS = False
# "Since" before a year in a clause not told in the past: how long a state has lasted (German
# "die Fähre, die seit 1923 über den See pendelt"), not a happening of that year (a past
# keeps it: "mit der er seit 1958 verheiratet war" tells the wedding). English reads every
# "since" date so (``SINCE_BEFORE``): not here.
SINCE_YEAR_STATE_BEFORE = r"(?!)"
MANNER_TIME_BEFORE = r"(?!)"

# Words that open a clause of its own between a verb and a participle after its object
# ("raised prices and sales increased in May"): the participle is no modifier of the object.
CLAUSE_WORDS = r"\b(?:and|but|or|that|which|who|when|while|as|because)\b"
# A verb's third person ending: "follows the withdrawal announced …" tells a present.
THIRD_PERSON_ENDINGS = ("s",)
# ... and a gerund's: "inked an accord, honouring a pledge made in March" (the pledge's
# date, not the inking's).
GERUND_ENDINGS = ("ing",)
# Verbs of reporting after a noun phrase and a comma: ", the ministry said on Friday." is who
# told it, not an apposition ", a hotel opened in 1932," (``ASIDE_PARTICIPLE_BEFORE``).
APPOSITION_NOT_PARTICIPLES = frozenset(
    "say tell announce report claim state add confirm estimate reveal disclose warn note "
    "write tweet post insist explain argue".split()
)
# Participles of a plan that, in an aside dated "in"/"on" a day, tell when the plan was made:
# "The truce, agreed on Sunday, collapsed" (the truce was agreed on Sunday); "for" a date is
# the plan's ("the vote, agreed for June,").
ASIDE_PLAN_MADE = frozenset({"agreed"})
# -- added for #14 round 4 (dates) --
# A period the tagger leaves unread, named by its noun before the day that ends it: "earnings
# rose in the half ended December 31" (the six months to that day, not its last day).
PERIOD_NOUN_ENDED_BEFORE = (
    r"\b(?:in|for|during|over|of)\s+(?:the|its|their)\s+(?P<noun>half|half-year|half\s+year)"
    r"\s+(?:ended|ending|to)\s+(?:on\s+)?$"
)
PERIOD_NOUN_LENGTHS = {"half": "P6M", "half-year": "P6M", "half year": "P6M"}
# An activity going on since a date began then: "crews have been searching since Tuesday
# evening" (the search began on Tuesday evening; "prices have risen since 1990" is a running
# total, its start no happening's date).
SINCE_ACTIVITY_BEFORE = (
    r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b[^,;.!?]{0,60}"
    r"\bsince\s+(?:(?:the|early|late|mid)\s+)?$"
)
# A participle after a noun, its date, then the clause's verb: the participle's phrase
# describes the subject ("a second rocket launched in 1983 was classed …").
SUBJECT_PARTICIPLE_BEFORE = (
    r"\b[a-z]+\s+(?P<participle>[a-z]+ed)\s+(?:" + _PARTICIPLE_AGENT + r")?"
    r"(?:in|on|during)\s+(?:the\s+)?$"
)
VERB_AFTER_SUBJECT = r"^\s+(?:were|was|is|are|will|would|has|have|had)\b"
# A date before the noun of a phrase inside the sentence's subject, then the clause's verb in
# the past: "Only the trading after the March 1983 realignment came close to …", "The talks
# after the May 3 election collapsed" — the noun's date, a yardstick, not the clause's.
SUBJECT_PHRASE_BEFORE = (
    r"(?:(?:(?<=[.!?]\s)|(?<=\n))(?:only\s+)?(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}"
    # with no article, a sentence's stop before it (not a wrapped line's start) and a word
    # before the noun: "Only very high activity after the 1983 realignment came close"
    r"|(?:(?<=[.!?]\s)|(?<=\n\n))(?:only\s+)?[a-z]+(?:\s+[a-z]+){1,2})"
    r"\s+(?:after|before|following|since)\s+(?:the|its|their|a)\s+$"
)
NOUN_THEN_VERB_AFTER = r"^\s+[a-z]+\s+(?P<verb>[a-z]+)\b"
# A participle's aside that goes on past its date with a relative of the same noun: "the
# protocol, signed on July 31 and which extended the pact, would …" — still the noun's date.
ASIDE_GOES_ON_AFTER = r"^\s+and\s+(?:which|who)\b"
# A relative pronoun and its verb up to the date ("the bank which signed a deal this week"),
# and an object relative, its subject between ("lines which Brazil froze last month"), and
# what may stand between a main clause and its relative pronoun ("that" opens a reported
# clause as often: "ruled that he must be returned by Jan. 14" is no object relative).
RELATIVE_CLAUSE_BEFORE = (
    r"\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]+)\b[^,;:().!?]*$"
)
# An object relative with no "that" and no comma, after its main clause's verb: "rejected the
# offer it received on Monday", "repeated a warning it last issued in October" (the noun, the
# verb before it and the relative's verb are checked in ``core.events.contact_dates``).
CONTACT_RELATIVE_BEFORE = (
    r"\b(?P<main>[a-z]+)\s+(?:the|a|an|its|his|her|their|our)\s+(?:[a-z'’-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+)\s+(?:he|she|it|they|we)\s+(?:(?:had|has|have)\s+)?"
    r"(?:(?:last|first|only|just|already|recently|also|originally|previously)\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;:().!?\n]{0,40}$"
)
OBJECT_RELATIVE_BEFORE = (
    r"\b(?:which|whom)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|it|they|we"
    # (a noun after its determiner and up to two words: "which the county planning board approved")
    r"|(?:the|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]+)\b[^,;:().!?\n]*$"
    # ... and one with no "which" after a figure another is weighed against: "top the 741
    # mln dlrs it earned last year", "of the 79,250 tonnes they sold on April 1" (not a
    # saying: "rose 5 pct it said on Monday" is the rise's report; nor "including the 3,000
    # tonnes he acquired on Friday", the sentence's one happening)
    r"|\b(?:above|below|over|under|than|exceeds?|exceeded|exceeding|tops?|topped|top"
    r"|surpass\w*|beat|of|from|versus|against)\s+(?:the\s+|about\s+|some\s+)?"
    r"[\d.,]*\d\s*(?:mln|million|bln|billion)?\s*(?:dlrs|dollars|pct|percent|tonnes|tons|barrels"
    r"|bushels|bales|ounces|shares|units|cars|francs|marks|yen|stg|pounds|euros|lire|guilders"
    r"|cts|cents|points|mln|million|bln|billion)\s+(?:it|they|he|she|we)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?!(?:said|told|added|noted|stated)\b)(?P<verb2>[a-z]+)\b"
    r"[^,;:().!?\n]*$"
)
MAIN_CLAUSE_BREAK = r"[,;:]|\b(?:which|who|that|when)\b"
# The pronouns of a relative that may hang on a noun after its main clause's verb with no comma
# ("inspected the bridge which collapsed in May"); not "that", which as often opens what is said.
BARE_RELATIVES_AFTER_VERB = frozenset({"which", "who"})

# The endings of a participle in an aside that ``clauses.is_past`` does not read as a verb
# (Russian "построенную", Ukrainian "збудований"): none here, the past form is the participle.
ASIDE_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
# Whether the past form after a comma may be an aside's participle ("the bridge, closed in
# 2020,"): yes here; not where the past is only the finite verb and the participle is declined
# (Russian "Петров, назначенный главой, заявил в среду, что …": "заявил" is the clause's verb).
ASIDE_PAST_IS_PARTICIPLE = True


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("", "")
# The participle of an aside takes no number, the noun's ending tells it ("the plans, first
# floated in 2017," → "The plans were floated", with ``OBJECT_PARTICIPLE_BE``; read in
# ``core.events.participle_asides`` alone: the clause's own reading keeps ``ASIDE_PASSIVE``).
ASIDE_PARTICIPLE_INVARIABLE = True
# Participles of an aside that tell a cause, not a happening: "a strong result, helped by
# credits in the fourth quarter," (the date is the cause's, if anything's).
ASIDE_CAUSES = frozenset(
    "helped hit hurt boosted buoyed offset affected depressed dampened driven fuelled fueled "
    "spurred weighed lifted pushed dragged supported hampered".split()
)
# After a date, a participle declined as an adjective and its noun (German "die 1963
# eröffnete Brücke"): the date is the participle's; never here.
PRENOMINAL_PARTICIPLE_AFTER = r"(?!)"

# -- added for #14 (en20d) --
# "with" a noun phrase and its participle, closing on a date ("…, with the first pencilled in
# for next spring", "with work earmarked for next summer"): a date ahead there is what the
# phrase's noun gets, never the main clause's (``core.events.tense_dates``); a date gone by may
# be the main clause's own ("hit the coast, with three people killed on Sunday").
WITH_PARTICIPLE_BEFORE = (
    r"\bwith\s+(?:[\w'’-]+\s+){1,4}[a-z]+ed(?:\s+(?:in|out|off|up|down|back))?\s+"
    r"(?:(?:by|in|on|for|before|around|from)\s+)?(?:the\s+)?$"
)

# -- added for session 16 (clauses): a participle after a preposition's object, dated --
# A preposition, its object (a determiner, up to four words, the noun) and a participle right
# before the date: "under a pact reached last July", "in a petition filed in January",
# "through a civil claim lodged in 2021". The participle tells the object's own happening
# ("A pact was reached"), which no clause of the sentence tells. The object may open with
# "each", "every" or a name's possessive as well ("for each share held on June 20", "with
# Kessler's decision announced on May 30"), and hold a figure with its thousands' commas ("of
# the 2,500 mln dlr loan agreed in May").
PREPOSITION_OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<preposition>[A-Za-z]+)\s+(?P<noun_phrase>(?:the|a|an|its|their|his|her|each|every"
    r"|(?-i:[A-Z][\w.-]*)['’]s)(?:\s+(?:\d{1,3}(?:,\d{3})+|[\w'’-]+)){0,4}?\s+(?P<noun>[a-z][a-z-]*))\s+"
    r"(?:(?:first|originally|formally|officially|publicly)\s+)?(?P<participle>[a-z]+)\s+"
    rf"{_PARTICIPLE_PURPOSE}{_PARTICIPLE_PLACE}(?:(?:in|on|during)\s+)?(?:the\s+)?$"
)
# Words before such a preposition that weigh a figure against the object's ("compared with
# the 603 mln shares traded on Monday", "equal to the profit made last week"): a baseline.
OBJECT_PARTICIPLE_BASELINES = frozenset(
    "compared compares comparing equal identical similar comparable against versus than".split()
)
# Participles that tell no happening of the object's: a saying ("a report from his bank said"),
# a document's date ("in a letter dated June 26"), and verbs with no passive, which after a
# noun are its clause's own ("after three of its managers resigned on Friday").
OBJECT_PARTICIPLE_NOT = frozenset(
    "said told dated resigned rallied stagnated appeared occurred happened rose fell died "
    "arrived emerged expired remained declined dropped climbed soared plunged slumped surged "
    "jumped tumbled traded ended began started concluded closed struck".split()
)
# Participles that tell a thing's age with a year ("part of a terrace built in 1888"): no
# happening of the news (``THING_AGE_BEFORE``); a day or a month stays one.
OBJECT_PARTICIPLE_AGES = frozenset(
    "founded established built constructed erected formed incorporated opened".split()
)
# Participles of an amount made or moved over a period ("80 pct of the sugar produced in the
# year to September", "the grain exported in 2023"): a period's volume, no happening; a day
# stays one.
OBJECT_PARTICIPLE_OUTPUTS = frozenset(
    "produced grown harvested mined consumed exported imported".split()
)
# Object nouns that name a figure or a measure: "the 7 billion dollars mean logged in
# 1977", "the bottom of the band projected in July" — a baseline, no happening.
OBJECT_PARTICIPLE_FIGURES = frozenset(
    "average averages level levels rate rates total totals figure figures record high low "
    "peak range magnitude amount"
    # ... or a figure's own word: "well short of the 16 million recorded in 2019"
    " thousand thousands million millions billion billions trillion mln bln".split()
)
# Prepositions of time (the main clause's "during the purchase booked last year"), and "in",
# "on", "between" ... after a noun ("improvement in the sector shown in the second half": the
# improvement was shown; "a pact on the chip trade signed in May") open no object of this
# reading.
OBJECT_PARTICIPLE_TIME_PREPOSITIONS = frozenset("during throughout within".split())
OBJECT_PARTICIPLE_AFTER_NOUN = frozenset("in on over about between among".split())
# The preposition of a figure's part ("7,600,000 of its shares announced today": the
# buyback of them was announced).
OBJECT_PARTICIPLE_AFTER_FIGURE = frozenset({"of"})
# The preposition of a participle's agent ("led by a fund"): its object is no happening's.
OBJECT_PARTICIPLE_AGENT = frozenset({"by"})
# Prepositions whose participle's object is the means of its clause's happening, the same
# time: "In a petition filed in January, the group asked …", "was challenged by a suit filed
# this week" (the date is the asking's, the challenge's too).
OBJECT_PARTICIPLE_MEANS = frozenset({"in", "by", "through"})
# The objects of such a means that carry what the clause says or asks ("In a statement issued
# on Friday, the firm blamed …", "by a suit filed this week"): the clause dated by the
# participle's date tells the same happening, so the object's own title would repeat it.
OBJECT_PARTICIPLE_MEDIA = frozenset(
    "statement interview letter report release speech communique petition filing email "
    "message post video notice memo note submission complaint lawsuit suit motion appeal "
    "application tweet broadcast announcement".split()
)
# The past of "be" in such a happening's title, for one noun and for several.
OBJECT_PARTICIPLE_BE = ("was", "were")
# Plural nouns end so; these endings are singular ("process", "census", "analysis").
SINGULAR_ENDINGS = ("ss", "us", "is")

# -- added for session 25 (modif3): dates that only describe a thing --
# The period of figures restated, revised or amended, or of a return or report filed again:
# "restated its sales for the first eight months of 1991", "amended its 1991 yearly filing",
# "restated to reflect a stock split in January" — the figures' period or the reflected
# thing's date; the restating is the report's news, on no date of its own here ("restated its
# results on Monday" keeps its day).
# (A line's end may fall inside the phrase, as in wire copy wrapped at 65 characters; a blank
# line may not.)
RESTATED_BEFORE = (
    r"\brestat(?:e|es|ed|ing)\s+(?:(?:its|their|the|his|her)\s+)?$"  # "restated its 1985 results"
    r"|\b(?:restat(?:e|es|ed|ing)|refil(?:e|es|ed|ing)|amend(?:s|ed|ing)?|revis(?:e|es|ed|ing))\s+"
    r"(?:(?:retroactively|previously|downward|upward|again)\s+)?"
    r"(?:(?:its|their|the|his|her|a|an)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:results|figures|statements?|report|accounts|earnings|net|profits?|loss(?:es)?"
    r"|income|sales|revenues?|returns?|dividends?|balance\s+sheet)\s+(?:for|of|in|from)\s+"
    r"|to\s+reflect\s+(?:(?:[^.;:!?\n]|\n(?!\s*\n)){0,100}?\s+)?)"
    r"(?:(?:its|the|fiscal|calendar)\s+)*"
    # "for the first eight months of 1991": the period's words before its year
    r"(?:(?:first|second|third|fourth|latest|last|past|full|[a-z]+)\s+(?:[a-z]+\s+)?"
    r"(?:months|weeks|quarters?|half|year)\s+(?:of\s+|ended\s+|ending\s+)?)?"
    r"(?:(?:in|of|on)\s+)?(?:the\s+)?$"
)
# ... and the figures' period told before the restating, after its preposition
# (``RESTATED_PERIOD_BEFORE``): "For the second half of 1978, the firm noted it restated
# revenue", "Net revenue for the third quarter of 1978 restated to reflect …" (within the
# clause: not "Sales rose in 1986 and it restated …"). "The year-ago results were restated"
# is left dated: the date names the results, which TimeBank anchors to it.
RESTATED_AFTER = (
    r"^(?:(?!\b(?:and|but|while|whereas|although|though|which|who|when|after|before|from"
    r"|compared|versus|against)\b)(?:[^.;:!?\n]|\n(?!\s*\n))){0,60}?"
    r"\brestat(?:ed|es|e|ing)\b"
)
RESTATED_PERIOD_BEFORE = r"\b(?:for|of|in|during)\s+(?:the\s+)?(?:fiscal\s+)?$"
# A year before a role that names a person: "the 1986 champion was knocked out", "former 1980
# Wimbledon finalist Ann Roe won" — who the person is, not when the clause happened.
PERSON_ROLE_AFTER = (
    r"^\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}"
    # ("a 2014 Asian Games bronze medallist", "a 2019 Pan American Games kayak finalist")
    r"(?:(?:world|national|olympic|paralympic|defending|title|cup|singles|doubles|prize|award"
    r"|nobel|relay|bronze|silver|gold|junior|youth|team)\s+){0,2}"
    r"(?:winners?|champions?|runners?-up|finalists?|(?:title)?holders?|medall?ists?|victors?"
    r"|nominees?|laureates?|graduates?|semi-?finalists?)\b"
)
# A person's apposition holding a date of what the person belongs to: "The official, a member
# of the delegation to talks earlier this year, said …" — the date is the talks', not the saying's.
PERSON_APPOSITION_BEFORE = (
    r",\s+(?:a|an|the|its|his|her|their)\s+(?:former\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:member|members|head|chairman|chief|leader|delegate|representative|spokesman"
    r"|spokeswoman|official|adviser|advisor|envoy|negotiator)\s+(?:of|on|at|to|for)\s+"
    r"(?:[^,;:.!?()\n]|\n(?!\s*\n)){1,60}?\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$"
)
PERSON_APPOSITION_CLOSE_AFTER = r"^\s*,"
# A concessive phrase with no verb of its own: "Despite a loss in 1986, the company raised its
# dividend", "prices held steady, despite coming under pressure in February" — the date is the
# conceded thing's, never the main clause's (a concessive clause with its own verb, "although
# sales fell in 1986", is a clause of its own and keeps its date).
CONCESSIVE_PHRASE_BEFORE = (
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?P<words>(?:[\w'’$%/-]+(?:\.\d+)?\s+){0,12}?)"
    r"(?:(?:in|on|during|at|of|since|from|over|for)\s+(?:the\s+)?)?$"
)
# A price named by its day: "a premium to Monday's close of 35 dlrs", "off yesterday's record
# close", "judged by its closing price of 4.25 dlrs on Wednesday", "the June 9 closing price" — a
# yardstick of another day, not when the clause happened. After a word of timing ("rose at
# Friday's close", "by Tuesday's close") and as the clause's subject the date stays.
PRICE_DATE_AFTER = (
    r"^(?:['’]s?)?\s+(?:(?-i:[A-Z])[\w.-]*\s+)?(?:(?:record|final|official|previous|overnight"
    r"|local|late)\s+)?"
    r"(?:close|closing|settlement|finish)\b"
)
PRICE_DATE_TIMING_BEFORE = (
    r"\b(?:at|by|after|before|until|till|since|following|near|around|toward|towards|during"
    r"|ahead\s+of)\s+(?:the\s+)?$"
)
# The owner word right before a price's day ("the/its Monday's close"): what stands before it
# in the clause says whose yardstick the price is.
PRICE_OWNER_BEFORE = r"\b(?:the|a|an|its|their|his|her|our)\s*$"
PRICE_FIGURE_BEFORE = (
    r"\b(?:clos(?:e|ing)\s+(?:price|level|bid|quote|rate|value)|close|settlement(?:\s+price)?)"
    # (the figure and its unit: "of 8.50 dlrs", "of 35 crowns a share")
    r"\s+of\s+(?:about\s+|around\s+|some\s+)?[\d$£€][\d.,/$-]*(?:\s+[a-z]+){0,3}?\s+"
    r"(?:(?:on|in)\s+)?$"
    # "an 18% discount to the closing price on Thursday"
    r"|\b(?:premium|discount)\s+(?:to|over|on|of)\s+(?:[^.;:!?\n]|\n(?!\s*\n)){0,40}?\bclos(?:e|ing)"
    r"(?:\s+(?:price|level|bid|value))?\s+(?:on\s+)?$"
)
# A plan's date when the plan is then put off or called off: "Elections set for May 3 were
# postponed until June 14", "The May 3 vote was moved to June", "A strike planned for Monday
# has been called off" — the date the thing was meant for, not when it was moved or dropped.
# After the date, its noun at most (no other noun phrase: "said on Monday the vote was
# postponed" was said then) and a passive of moving or dropping.
PLAN_DROPPED_AFTER = (
    r"^(?:['’]s)?\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|and|but|or|which|who|when"
    r"|after|before|said|says)\b)[\w'’-]+\s+){0,4}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|will\s+be|would\s+be)"
    r"\s+(?:[a-z]+ly\s+|again\s+|now\s+|also\s+)?"
    r"(?:(?P<moved>postponed|deferred|put\s+off|pushed\s+back|put\s+back|moved|rescheduled"
    r"|brought\s+forward)|delayed|cancell?ed|called\s+off|scrapped|shelved|abandoned)\b"
)
# ... the plan named before the date ("set for", "planned for"); a date between a determiner
# and its noun ("The May 3 vote") or a possessive one ("Monday's vote") only when it is moved
# (a flight "cancelled" or "delayed" names the day it did not fly, or flew late).
PLAN_SET_BEFORE = (
    r"\b(?:set|scheduled|planned|due|slated|called|expected)\s+(?:(?:for|on|in)\s+)?(?:the\s+)?$"
)
PLAN_NOUN_BEFORE = r"(?:^|[^\w\s]\s*|\s)(?:the|a|an|its|their|his|her)\s+$"

# -- added for #14 (recall4) --
# A dividend's payment date in the aside after its amount: "declared a quarterly dividend of
# 14 cents a unit, payable on July 20" and ", to be paid on August 6" tell when it is paid,
# a happening of its own (the declaring keeps its own date). The noun phrase from its article
# to the comma is the dividend's; its amount only ("dividend to 15 cts from 12 cts, payable"
# tells a raise, left alone).
DIVIDEND_PAYMENT_BEFORE = (
    r"\b(?:a|an|the|its|their)\s+(?P<noun>(?:(?:quarterly|interim|final|special|regular|annual"
    r"|semi-?annual|monthly|extra|cash|initial|fully|franked|unfranked|one-time|year-end)\s+)"
    r"{0,3}dividends?"
    r"(?:\s+of\s+[^,;:()]{1,40}?)?),\s+(?P<paid>payable|to\s+be\s+paid)\s+(?:on\s+)?$"
)
DIVIDEND_PAYMENT_BE = "is"  # "Quarterly dividend of 22 cents a share is payable"
# A forecast or a range a company gave, named with the day it gave it, mostly as the
# baseline a new one is weighed against: "down from an earlier outlook of 65 million francs
# issued in March", "down from a band of $2.10 to $2.30 it had offered in June". The
# comparison's date is no date of the clause (``COMPARISON_NEXT``), but the giving happened
# then: an event of its own, "A previous forecast of 40 million euros was issued".
GUIDANCE_GIVEN_BEFORE = (
    # (only as a baseline, after "from", "than", "with" …, or told in a relative: "beat the
    # forecast given yesterday" names the forecast, not its giving)
    r"(?:(?P<base>\b(?:from|than|against|with|versus)\s+)|\b)"
    r"(?P<det>a|an|the|its|their)\s+(?P<noun>(?:(?:previous|prior|earlier|original|initial"
    r"|own|full-year|annual)\s+){0,2}(?:forecast|range|guidance|outlook|target|estimate"
    r"|projection)s?(?:\s+of\s+[^,;:()]{1,60}?)?)(?P<rel>,?\s+(?:that|which)\s+)?\s*"
    r"(?:(?:it|they|the\s+company|the\s+group)\s+(?:had\s+|has\s+)?)?"
    r"(?:first\s+|originally\s+)?(?P<verb>issued|gave|given|set|provided|published)\s+"
    r"(?:(?:as\s+recently\s+as|in|on|at)\s+)?(?:the\s+)?$"
)
# ... and the giving verb's participle, for its title.
GUIDANCE_PARTICIPLES = {"gave": "given"}
# Determiners its title opens with as written; an owner's ("its range") becomes the default;
# the noun phrase's head is the word before its first complement ("range [of $4 to $5]").
GUIDANCE_KEPT_DETERMINERS = {"a": "A", "an": "An"}
GUIDANCE_DETERMINER = "The"
GUIDANCE_COMPLEMENT = " of "
# A sentence's subject and its apposition before a participle that the sentence's end closes:
# "Her first commission, the Earlsdon library, opened in 1956." The participle is the clause's
# verb, not an aside telling the thing's age (``THING_AGE_BEFORE``); not "Fans gathered at the
# stadium, built in 1923." (no apposition: the stadium's age).
APPOSITION_SUBJECT_AGE_BEFORE = (
    _SENTENCE_START + r"[A-Z][^,.!?;:\n]{0,60},\s+(?:the|a|an)\s+[^,.!?;:\n]{1,80},\s+"
    r"[a-z]+(?:\s+up)?\s+(?:in|during)\s+(?:the\s+)?$"
)
# -- added for session 27 (wdne) --
# A span counted against a plan, the date's words and what follows them matched together:
# "will open the plant a year earlier than planned", "finished two weeks later than expected"
# — how far off the plan, not a year or a week gone by ("in May 2025, a year later than
# planned" keeps its May). The "later" must end the time expression itself (group "offset").
OFFSET_THAN = r"^(?:[\w-]+\s+){1,3}(?P<offset>earlier|later|sooner)\s+than\b"
# A level named by its date before it, as LEVEL_AFTER after: "held bus fares at their level
# of March 2017", "cut the herd to its level of early 2010" — the figure the date measured,
# not when the holding happened ("fell to its lowest level in January" fell then; "met at the
# ministerial level in May", "played at the top level in 2010" met and played then).
LEVEL_BEFORE = (
    r"(?:\bat\s+(?:its|their)\s+(?:(?!(?:\w+est|record|peak)\b)[a-z-]+\s+)?levels?"
    r"\s+(?:of|in|at)"
    r"|\b(?:to|above|below|near|from|at)\s+(?:its|their|the)\s+(?:(?!(?:\w+est|record|peak)\b)"
    r"[a-z-]+\s+)?levels?\s+of)\s+(?:the\s+)?$"
)
# A date before a noun phrase that opens on names: "a 2009 Anglo-Irish fishing agreement",
# "the April 14 Tallinn accords" — the noun after the names is the one the date modifies.
# (not a month's name: "the April-June period" is a range)
NAME_THEN_NOUN_AFTER = (
    rf"^[-\s]+(?:(?!(?:{_MONTHS.title()})[a-z]*\.?[-\s])"
    r"[A-Z][\w.&'’-]*[-\s]+){1,3}(?P<noun>[a-z][a-z-]+)\b"
)
# Nouns of what was agreed: with a date before them they name the document, whatever the
# clause does with it ("broke a May 2011 truce pact", "the April 14 accords still bind both
# sides"): no date of the clause's, though a signing is a happening of its own.
AGREEMENT_NOUNS = frozenset(
    "agreement agreements accord accords pact pacts treaty treaties".split()
)
# ... unless the clause makes the agreement: "The union signed the March 2019 pact with the
# employers" signed it then.
AGREEMENT_MADE_BEFORE = (
    r"\b(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|initial(?:l?ed))"
    r"\s+(?:the|a|an|its|their)\s+$"
)
# A decade before its noun names the thing ("worked from a 1950s printworks", "played 1960s
# hits"), unless a preposition makes it the clause's time ("In the 1960s the town built …").
DECADE_OF_THING_TEXT = r"(?:[Tt]he\s+)?(?:mid-|early\s+|late\s+)?(?:\d{4}|['’]?\d0)['’]?s\b"
DECADE_OF_THING_AFTER = r"[ \t]+(?P<word>[A-Za-z][a-z-]+)\b(?![ \t]*,)"
DECADE_TIME_BEFORE = (
    r"\b(?:in|during|through|throughout|by|since|until|till|from|to|into|around|before|after"
    r"|over|across|between|of|and|or)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$"
)

# A nominative participle's ending, its predicate's form and its gender, for languages that
# read a participle's aside without an article (Russian "назначенный" → "назначен"), and the
# nominative endings of nouns and adjectives by gender: none here.
ASIDE_SHORT_ENDINGS: tuple[tuple[str, str, str], ...] = ()
ASIDE_NOUN_ENDINGS: dict[str, tuple[str, ...]] = {}
ASIDE_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {}
ASIDE_AGE_STEMS: tuple[str, ...] = ()
# -- added for session 28 (enrec) --
# A happening put off or brought forward to a new date: "The launch has been moved to May 4",
# "The judge adjourned sentencing until June 2" — the date is the happening's new one (the
# move itself keeps no date: ``STATE_UNTIL_BEFORE``), an event "New date for the launch".
# Passive: the sentence opens on the noun phrase (an aside between commas at most);
# active: the noun phrase right after the verb.
MOVED_PASSIVE_BEFORE = (
    r"^\s*(?P<noun>(?:(?:the|a|an|its|their|his|her|this)\s+"
    r"|(?=(?-i:[A-Z][a-z]+s)\s))"
    r"(?:(?!(?:said|says|told|that|which|who|and|but|when|after|before)\b)(?:\d,\d|[^\s,;:.!?()])+\s+)"
    r"{0,6}?(?:\d,\d|[^\s,;:.!?()])+)(?:\s*,\s[^;:!?]{1,100}?,)?\s+"
    r"(?:has\s+been|have\s+been|had\s+been|was|were|is\s+being|are\s+being|will\s+be)\s+"
    r"(?:now\s+|again\s+|also\s+)?"
    r"(?:postponed|delayed|moved|rescheduled|deferred|put\s+off|pushed\s+back|put\s+back"
    r"|brought\s+forward)\s+(?:to|until|till)\s+(?:the\s+)?$"
)
MOVED_ACTIVE_BEFORE = (
    r"\b(?:postpone[ds]?|reschedule[ds]?|deferred|defers?|adjourn(?:s|ed)?|put\s+off"
    r"|push(?:es|ed)?\s+back|brought\s+forward|bring\s+forward)\s+"
    r"(?P<noun>(?:(?:the|its|their|his|her)\s+|(?-i:[A-Z][a-z]+day)['’]s\s+)?"
    r"(?:(?!(?:until|till|to|by|and|but|from)\b)[a-z-]+\s+){0,3}?(?-i:[a-z][a-z-]*))\s+"
    r"(?:until|till|to)\s+(?:the\s+)?$"
)
# The passive's subject must name a happening (``core.events.nominal``'s nouns, the
# ``RUN_HAPPENING_NOUNS`` or these), not a thing: "Shares were pushed back to …" moves none.
MOVED_HAPPENING_NOUNS = frozenset(
    "exam exams test tests regatta release payment payments delivery deliveries decision"
    " start kickoff sale debate auction draw sentencing".split()
)
# Its title: the noun phrase after these words, an owner's or a day's word before it made "the".
MOVED_TITLE = "New date for"
MOVED_OWNERS = frozenset("its their his her".split())
# A deadline: "Bidders have until March 23 to submit offers", "gave the firm until May 1 to
# reply" — what must be done by the date, an event "Deadline for bidders to submit offers".
# Who has the time opens the sentence (or follows "that"), or is the object of a giving verb;
# what must be done is the infinitive after the date, to the first comma or clause link.
DEADLINE_HOLDER_BEFORE = (
    r"(?:^\s*|\bthat\s+)(?P<who>(?:(?-i:[A-Z])[\w'’.-]*|the|a|an|its|their|his|her|all|both)"
    r"(?:\s+(?!(?:said|says|told|that|which|who|and|but)\b)[\w'’.-]+){0,5}?)\s+(?:now\s+)?(?:has|have|had|will\s+have|would\s+have)\s+"
    r"(?:(?:only|just)\s+)?until\s+$"
    r"|\b(?:gave|given|give|gives|giving|granted|grant|grants)\s+"
    r"(?P<object>(?:the|a|an|its|their|his|her|(?-i:[A-Z])[\w'’.-]*|[a-z]+s)"
    r"(?:\s+[\w'’.-]+){0,4}?)\s+until\s+$"
)
DEADLINE_TASK_AFTER = (
    r"\s*(?:,\s*)?to\s+(?P<what>[a-z]+(?:\s+(?!(?:and|but|or|whether|if|because|after|before"
    r"|while|when|unless)\b)[^\s,;:.!?()\"“”]+){0,7})"
)
DEADLINE_TITLE = "Deadline for {who} to {what}"
# ... not a span of leave to go on doing something: "The club had until 2010 to play at the old
# ground" tells an end of playing there, no task due by then.
DEADLINE_SPAN_VERBS = frozenset(
    "play operate stay remain live reside run use trade work continue occupy keep".split()
)
# ... not one the sentence goes on to move: "gave the firm until May 1 to reply, a deadline it
# later extended to May 8" (the first date was no deadline in the end).
DEADLINE_MOVED_AFTER = (
    r"\b(?:extended|moved|pushed\s+back|put\s+back|postponed|brought\s+forward)\b"
)
# A pronoun holding the time, as the title writes it after "for".
DEADLINE_PRONOUNS = {"they": "them", "he": "him", "she": "her", "we": "us", "i": "me", "it": "it"}
# A plan told in a "with" phrase after the clause: "will arrive in August, with test
# flights due to start in the summer of 2029", "…, with results expected in 2026" — the plan's
# own happening on the date (the clause keeps its own), titled with the words from the noun
# to the date: "Test flights due to start". The word after "to" (``act``) must be a verb's
# base form: "with delays due to strikes in June" is a cause, no plan.
WITH_PLAN_BEFORE = (
    r",\s+with\s+(?P<plan>(?:(?!(?:and|but|which|who|that|as|after|before)\b)[\w'’-]+\s+)"
    r"{0,4}?(?P<noun>(?!(?:and|but|which|who|that|as|after|before)\b)[\w'’-]+)\s+"
    r"(?:expected|due|scheduled|set|slated|planned)"
    r"(?:\s+to\s+(?P<act>(?:be\s+)?[a-z]+)"
    r"(?:\s+(?!(?:in|on|by|at|from|until|before|after|around)\b)[\w'’-]+){0,4})?)\s+(?:(?:in|on|by|for|at|around|before)\s+)?(?:the\s+)?$"
)
# ... but not a figure foreseen: "…, with a flat figure expected in 1991", "with growth
# expected at 2 pct next year" — a forecast of a measure, no happening.
PLAN_FIGURE_NOUNS = OBJECT_PARTICIPLE_FIGURES | frozenset(
    "growth inflation rise increase decline fall gain deficit surplus".split()
)
# A market's trading session named without a date, the day the report was written: "shares
# fell 6% in early trading", "rose 2% in afternoon trade" (not "in heavy trading", which tells
# how much was traded, whatever day).
TRADING_SESSION = (
    r"\b(?:in|during)\s+(?:early|morning|midday|lunchtime|afternoon|late|opening)\s+"
    r"(?:trading|trade|dealings|deals)\b"
)
# A rate or price that moved today from the level it had yesterday or earlier today: "the
# franc eased to 4.10 from 4.02 yesterday", "firmed to 3.2 pct from 3.1 pct earlier today". The
# day is the baseline's (``base``: a level, not the move), and the move is the report's day.
SAME_DAY_BASELINE = (
    r"\b(?:rose|fell|firmed|eased|edged\s+(?:up|down|higher|lower)|climbed|dropped|slipped|"
    r"slid|gained|jumped|declined|advanced|rallied|recovered|weakened|strengthened|softened|"
    r"steadied|dipped|surged|plunged|tumbled|narrowed|widened)\b(?:[^.;!?]|\.\d){0,80}?"
    r"(?P<base>\bfrom\s+(?:about\s+|around\s+)?\d[\d.,/-]*(?:\s+(?:pct|percent|dlrs?|"
    r"marks|yen|stg|points|cents|francs|guilders|lire))?\s+(?:earlier\s+today|yesterday))\b"
)
# A show or a hearing that runs until a date ends then: "The exhibition opens on Friday and
# runs until May 3", "Sittings began in 2016 and ran until last October" — "The exhibition
# ends" on May 3. The verb and what opens the sentence (its subject, up to a comma or a verb)
# are the clause's; the title's verb is ``RUN_ENDS`` by the running's tense.
RUN_UNTIL_BEFORE = (
    r"(?:,\s+|\band\s+|^[^,;:.!?]{1,60}?\s+)(?P<verb>runs|run|ran|will\s+run)\s+"
    r"(?:until|till|through)\s+(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?$"
)
RUN_ENDS = {"runs": "ends", "run": "end", "ran": "ended", "will run": "will end"}
# ... only for a happening that runs (besides ``core.events.nominal``'s happening nouns), not a
# period or a term ("The hunting season runs until Dec. 15", "The contract runs until 2028").
RUN_HAPPENING_NOUNS = frozenset(
    "exhibition exhibitions retrospective retrospectives consultation consultations inquiry"
    " tour tours".split()
)
RUN_HEAD_ENDS = frozenset("of from for at in on by with".split())

# A sentence that opens by saying it only gives a yardstick: "For comparison, the old ferry
# carried 90 cars in 2004." Its dates are the yardstick's, not the story's happenings. ("In
# comparison, the rival's shares rose 5% in the same period" sets news beside news: not here.)
COMPARISON_SENTENCE = r"^for\s+comparison\b|^as\s+a\s+yardstick\b"
# The year a record told in the passive was set: "the ground's record crowd, 31,200, was set
# in 1962" tells the record's age, a yardstick, not news (a record set in the story's days,
# "was set on Saturday", is news: only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"\brecords?\b[^.;!?]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?set\b"
    r"[^.;!?]{0,40}?\b(?:in|during)\s+(?:the\s+)?$"
)
# A holiday before the trade or the break it names ("pre-Easter buying", "Christmas toy
# sales", "bookings for Easter flights", "blamed a long Christmas break"): the season's
# business, told now, not a happening on the holiday (``core.events.term_dates``); not a
# happening's noun ("the Boxing Day defeat", "the Christmas Day fire": the day's own).
HOLIDAY_TERM_AFTER = (
    # (a word of the goods between: "Easter chocolate sales", "Christmas toy orders")
    r"^(?:'s|’s)?\s+(?:[a-z]+\s+)?"
    r"(?:buying|selling|shopping|sales|demand|spending|trade|trading|business|bookings?|orders"
    r"|purchases|stocking|rush|lull|promotions?|season|break|holidays|period|shutdown"
    r"|flights|travel|goods|ham|hams|turkeys?|trees|cards|candy|gifts)\b"
)
# ... a holiday's "pre-" or "post-": "pre-Christmas opening", "post-Easter lull"
HOLIDAY_PREFIX_BEFORE = r"\b(?:pre|post)[-\s]$"
# ... unless a time's preposition puts something in that season: "during the Christmas
# holidays, burglars broke in" (roughly then: kept)
HOLIDAY_TIME_BEFORE = (
    r"\b(?:during|over|throughout|in|before|after|until|till|since|around|ahead\s+of)"
    r"\s+(?:(?:the|this|last|next|its|their)\s+)?(?:(?:busy|whole|entire)\s+)?"
    r"(?:(?:pre|post)[-\s])?$"
)
# A date after the participle of a thing's running out ("Treasury bills maturing between July
# and October 9", "notes maturing in 2031", "with leases expiring end-March"): the thing's term, not
# the clause's time (``core.events.term_dates``); "the lease is expiring on May 31" is the
# clause's own verb.
RUNS_OUT_BEFORE = (
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:maturing|expiring|falling\s+due|lapsing)\s+"
    r"(?:(?:on|in|from|at|by|between|through|during)\s+)?(?:the\s+end\s+of\s+|end-)?"
    r"(?:[\w.]+\s+(?:\d{1,2},?\s+)?(?:through|to|and|until)\s+(?:end-)?)?$"
)
# A quarter or a half of a fiscal year ("the fiscal first half", "the first half of fiscal
# 1989", "during the third quarter of its coming financial year"): the calendar's part would be a
# wrong date unless the text says when that year starts (``core.events.term_dates``).
FISCAL_WORD = r"\b(?:fiscal|financial)\b"
# ... unless its last day follows: "a second fiscal quarter ended Dec. 31" is the
# calendar's October to December
# (its year's name between: "second half fiscal 1990, ended June 30")
FISCAL_PART_ENDED_AFTER = (
    r"^(?:\s+(?:of\s+)?(?:fiscal|financial)\s+\d{4}(?:/\d{2,4})?)?\s*,?\s*"
    r"(?:(?:which|that)\s+)?(?:ended|ending|ends|to)\s"
)
# (its year named after it with no "of": "third quarter fiscal 1985 sales"; or by its end:
# "over the second half of its trading year ending in July 1990")
FISCAL_PART_OF_AFTER = (
    r"^\s+(?:of\s+)?(?:(?:the|its|their|this|that)\s+)?(?:(?:next|current|coming|new"
    r"|previous|last|same|present)\s+)?(?:\d{4}(?:/\d{2,4})?\s+)?(?:fiscal|financial)\b"
    r"|^\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?year,?\s+(?:ending|ended|to)\b"
)
# A span counted back from now after "in" or "over" ("the index lost a fifth over the past 12
# months", "three mills have shut in the last two years") is the window a change is measured
# over: its first day dates nothing (``core.events.term_dates``); "for the past three weeks"
# is how long a state has lasted, its start a beginning, and stays.
WINDOW_BEFORE = r"\b(?:in|over|during|within|across|throughout)\s+$"
# ... and so does a clause in the present perfect ("rents have climbed by a third over the past
# two years" is read from the span's start)
WINDOW_PERFECT_BEFORE = r"\b(?:has|have|['’]ve)\s+(?!to\b)[a-z]"

# A day denied and then set right: "was signed not on Monday but on Tuesday" — the denied day is no
# happening's (``core.events.anchors``).
NEGATED_BEFORE = r"\bnot\s+(?:on|in|at|during)?\s*$"
CORRECTED_AFTER = r"^,?\s+but\b"

# "The fire of Monday night was put out yesterday": the date names the fire, the opening noun
# phrase of the sentence; the clause's own date comes after it (``core.events.subject_dates``).
# The timex's start is marked \x00; the nouns are written in lower case (not "The Battle of").
SUBJECT_DATE_OF = (
    r"(?:^|[.!?]\s+|\n)[\"“‘'(]*(?-i:The|A|An)\s+(?-i:[a-z][\w'-]*\s+){1,3}of\s+(?:the\s+)?\x00"
)
