"""English tense and direction cues: is an underspecified date ("on Monday") ahead or behind?

``core.temporal.tense`` compiles these regex sources (case-insensitive) and decides; the words
are English, the reasoning (nearest verb left first, then right) is the engine's.
"""

from __future__ import annotations

from core.lang.en.events import ROLES as _ROLES

# Infinitives of what news reports as planned ("agreed to buy ... in February").
PLANNED = tuple(
    "be begin start visit travel meet hold attend open resume go sign return arrive"
    " leave hear vote decide announce report release face launch acquire buy purchase sell pay"
    " complete close merge raise issue redeem build expand hire cut reduce repay retire end"
    " finish hold host lead join withdraw send deploy appear testify rule sentence elect convene"
    " reconvene debate unveil publish file take succeed".split()
)
# Words that put the time they govern ahead.
FUTURE = (
    r"will|wo|'ll|shall|would|'d|going\s+to|gonna|is\s+to|are\s+to|was\s+to|were\s+to"
    r"|plans?\s+to|scheduled|expected|expects?|set\s+(?:to|for)|slated|due\s+(?:on|in|by|to\s+be)"
    # "anticipates resuming shipments in the fourth quarter"
    r"|intends?|intended|hopes?\s+to|anticipates?"
    # "snow is forecast for Sunday", "the talks are set for Monday"
    r"|(?:forecast|predicted|expected|planned|scheduled|rescheduled)\s+for"
    # a forecast or an expectation, whatever verb follows: "forecast to make landfall Sunday"
    # (a word follows "to", not a figure: "raised her forecast to 6 pct on Monday" looks back)
    r"|(?:forecast|projected|predicted|poised|supposed|likely|slated|bound)\s+to(?=\s+[a-z])"
    r"|aims?\s+to|upcoming|preparing|prepares?|promised|promises?|vowed|should"
    # "later this year" looks ahead; "two years later", "a week later" count on from a date
    # the story told, looking ahead from no now; "later on Monday", "later that day" say when
    # in the day, not that it lies ahead
    r"|(?<!years\s)(?<!year\s)(?<!months\s)(?<!month\s)(?<!weeks\s)(?<!week\s)"
    r"(?<!days\s)(?<!day\s)(?<!decades\s)(?<!hours\s)(?<!minutes\s)later(?!\s+(?:on|that|in)\b)"
    # "planning" as a verb ("is planning a visit", "planning to"), not a noun's modifier: "at
    # a planning committee meeting on Tuesday night" approved what it approved then
    r"|(?:(?:is|are|was|were|'s|'re|am|been|be)\s+(?:\w+ly\s+)?)planning"
    r"|(?<![Aa]\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)planning(?=\s+(?:to|a|an|the|for|on|its|their|his|her)\b)"
    # the present perfect fixing a time ahead: it takes no date gone by ("has called both
    # sides to talks on Thursday": the talks are ahead)
    # ("has called off a tour after a crash on Friday" cancelled it: the crash is gone by)
    # (and its passive: "a ballot has been called for Friday")
    r"|(?:has|have)\s+(?:\w+ly\s+|already\s+|also\s+|now\s+)?(?:been\s+)?"
    r"(?:called(?!\s+off)|invited|summoned|convened|arranged|fixed)\b"
    # the present of a rule's timetable: "the ban comes into force on Saturday"
    r"|(?:comes?|coming)\s+into\s+(?:force|effect|operation)|takes?\s+effect"
    # what someone wants now lies ahead: "he wants a final deal on Thursday evening"
    r"|(?<!\bdid\s)(?<!n't\s)wants?"
    # ... and how long it runs: "the warnings last until Sunday" (not a look back)
    r"|lasts?(?=\s+(?:until|till|through)\b)"
    r"|might|may|must|payable|effective|expires?"
    # what could happen by a plan: "talks could resume on Monday" ("could not be reached on
    # Monday", "could be seen on Friday" look back: no negation, no "be")
    rf"|could(?=\s+(?:\w+ly\s+)?(?:{'|'.join(w for w in PLANNED if w != 'be')})\b)"
    # ... and what a forecast says could come: "gales could hit the coast on Saturday"
    # (the verb taken along: "hit" is a past too)
    r"|could\s+(?:\w+ly\s+)?(?:hit|bring|reach|strike|dump|affect|disrupt|intensify)\b"
    # ... but not after a verb saying it did not or did happen: "failed to meet", "managed to"
    # (nor after an order obeyed: "residents were ordered to leave on Saturday" left then)
    r"|(?<!\bfailed\s)(?<!\bmanaged\s)(?<!\brefused\s)(?<!\bdeclined\s)(?<!\btried\s)"
    r"(?<!\bwere\sordered\s)(?<!\bwas\sordered\s)(?<!\bwere\sforced\s)(?<!\bwas\sforced\s)"
    # (nor after a leave given or an order told: "residents were allowed to return home on
    # Wednesday", "crews were told to leave on Monday", "he was able to fly on Friday")
    r"(?<!\bwere\sallowed\s)(?<!\bwas\sallowed\s)(?<!\bwere\spermitted\s)(?<!\bwas\spermitted\s)"
    r"(?<!\bwere\stold\s)(?<!\bwas\stold\s)(?<!\bwere\sable\s)(?<!\bwas\sable\s)"
    # (nor after an obligation met: "residents had to leave their homes on Monday")
    r"(?<!\bhad\s)"
    # (nor after a past of how it went on: "continued to expand in December", "began to sell
    # in May" tell what went on then)
    r"(?<!\bcontinued\s)(?<!\bbegan\s)(?<!\bstarted\s)(?<!\bceased\s)"
    rf"to\s+(?:{'|'.join(PLANNED)})"
    # the present progressive of arrangements: "is meeting them on Monday"
    r"|(?:is|are)\s+(?:going|leaving|meeting|visiting|travell?ing|flying|holding|hosting"
    r"|heading|returning|arriving|coming|starting|beginning|opening|launching|attending"
    r"|speaking|voting|signing|taking)"
    # present tense of scheduled events: "voters go to the polls on Sunday"
    # ... and of a run's dates: "the exhibition runs at the Lowry until March 2"
    r"|runs(?=\s[^.;]{0,40}\b(?:until|till|through)\b)"
    r"|(?<!\bto\s)go|goes|begins?|starts|ends|opens|meets|(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?<!\bto\s)meet|travels|reconvenes|convenes|arrives|resumes|expires|takes\s+place"
    r"|take\s+place"
    # ... and of opening times: "polls open at 8 a.m. on Sunday", "schools close on Friday"
    # (not the adjective after a copula, "the store was open on Saturday", nor before its
    # noun, "an open meeting on Tuesday")
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bstayed\s)(?<!\bremained\s)(?<!\bthe\s)(?<!\bcame\s)"
    r"(?<!\ba\s)(?<!\ban\s)(?:open|close|closes|reopens?)"
    r"(?=\s+(?:at|on|in|from|until|till|for|next|this)\b)"
    # commodity trade: what is bought "for shipment in July" moves later
    r"|for\s+(?:shipment|delivery|loading|arrival)"
)
# Words that put it behind: past forms, "ago", "last", "since".
PAST = (
    r"was|were|had|did|said|told|met|went|came|made|took|gave|left|held|saw|began|spoke|won"
    r"|lost|sent|found|got|fell|rose|paid|sold|bought|led|brought|thought|kept|put|ran|wrote"
    r"|became|fought|struck|shot|hit|quit|cut|knew|felt|heard|meant|stood|sat|broke|flew|drew"
    r"|grew|threw|chose|wore|won|set|shut|spread|split|burst|upset|reset|cast"
    r"|ago|last|earlier|since|reported|[a-z]+ed"
    # a speech given, its day told in an aside or a fronted phrase: "The senator, speaking in
    # Ohio on Wednesday, promised …" (not "will be speaking", "is speaking": ahead)
    r"|(?<![a-z]\s)speaking"
    # irregular pasts a history tells with: "In May, Diem undertook a visit"
    r"|undertook|overtook|withdrew|drove|rode|swore|tore|forbade|sank|sprang|stole|froze"
    r"|woke|arose|fled|sought|caught|taught|dealt|lent|built|spent|slept|swept|shook|strove"
    r"|stuck|swung|hung|clung|upheld|withheld|understood|withstood|overthrew|blew|slew"
    r"|forgave|overcame|forgot|hid|befell|sang|swam|laid|sped|bled|foresaw|oversaw"
)
# The regular past ending, and the words that have it without being a past.
PAST_SUFFIX = ("ed",)
NOT_PAST = frozenset(
    {"scheduled", "expected", "planned", "intended", "proposed", "promised", "vowed", "needed",
     "united", "based", "related", "limited", "red", "bed", "need", "speed", "feed", "seed",
     "indeed", "hundred", "led", "armed", "called", "so-called", "alleged", "advanced",
     "detailed", "concerned", "interested", "involved", "used", "supposed", "designed"}
)  # fmt: skip
# Of those, the ones that still count, as a plan: "scheduled for Monday".
PLANNED_PARTICIPLES = ("scheduled", "expected", "planned", "intended")
# Participles that put what they govern ahead, whatever else the sentence says.
FUTURE_PARTICIPLES = ("scheduled", "expected", "intended", "proposed", "promised", "vowed")
# "succeed", "proceed", "exceed", "need": the ending, not a past, except in these.
NOT_PAST_ENDING = "eed"
PAST_DESPITE_ENDING = ("agreed", "freed", "decreed", "guaranteed")
# "the last half of June", "will ring the last of the bells": "last" as an ordinal, not a
# look back.
ORDINAL_LAST_WORD = "last"
ORDINAL_LAST = r"[\s-]+(?:half|part|third|quarter\s+of|stage|days\s+of|of)\b"
# "Tuesday's ruling": a possessive names what happened.
POSSESSIVE = "'s"
# "will be paid", "is to be held": a participle after these is a future passive (an adverb
# between: "will be further boosted", "will be quickly repaid").
MODAL_PASSIVE = (
    r"\b(?:(?:will|would|'ll|shall|to|may|might|should|must)\s+(?:not\s+)?be|is|are)"
    r"\s+(?:(?:\w+ly|further|also|still|soon|again|even|only)\s+)?$"
)
# "will cut the ribbon", "is to set a date": an infinitive after these, not a past.
MODAL_INFINITIVE = r"\b(?:will|'ll|shall|would|to)\s+(?:not\s+)?(?:\w+ly\s+)?$"
INFINITIVE_MARKER = "to"
# "would stay open but cut its hours": a verb after "and"/"but" shares the modal before it.
MODAL_COORDINATED = (
    r"\b(?:will|'ll|shall|would)\s+(?:not\s+)?[a-z]+(?:\s+[a-z]+){0,5}\s+(?:and|but)\s+$"
)
# "would be cleaned over the summer and repainted in May": a participle after "and" shares
# the modal passive before it, regular past form or not.
MODAL_PASSIVE_COORDINATED = (
    r"\b(?:will|'ll|shall|would)\s+(?:not\s+)?be\s+[a-z]+(?:\s+[a-z]+){0,4}\s+and\s+$"
)
# "the first round is on Sunday": a timetable.
SCHEDULED_COPULA = r"\b(?:is|are)\s+(?:(?:on|in|set\s+for|slated\s+for|planned\s+for)\s+)?$"
# Happenings held on a date someone fixes: "set sentencing for Jan. 24".
_TIMETABLED = tuple(
    "sentencing hearing trial arraignment meeting session vote election ballot referendum"
    " talks summit conference closing auction tender debate launch".split()
)
# "the hearing was delayed until Monday": whatever the tense, the new date lies ahead.
DEFERRED = (
    r"\b(?:delayed|postponed|adjourned|deferred|extended|suspended|recessed|put\s+off"
    r"|pushed\s+back|moved)\b[^.;]{0,40}?\b(?:until|till|to|through)\s+(?:next\s+)?$"
    # ... the object between the verb and its particle: "pushed the fair back to September"
    r"|\b(?:pushed|put|moved)\s+(?:[\w'-]+\s+){1,4}?back\s+(?:until|till|to)\s+(?:next\s+)?$"
    # ... and a plan told in the past, its date after it: "hoped to free the ship by Sunday",
    # "planned to present the data at a meeting in June" ("On Friday, they planned to pay"
    # is the Friday gone by)
    r"|\b(?:hoped|planned)\s+to\s+[^.;,]{0,50}?\b(?:by|on|in|at|before|until)\s+(?:next\s+)?$"
    # ... and what was planned, its date after it: "protesters planned a rally on Saturday" is
    # still to come ("had planned" is a plan of the past, read before this)
    r"|(?<!\bhad\s)\bplanned\s+(?:a|an|the|their|its|his|her|two|three|several)\s+[^.;,]{0,50}?"
    r"\b(?:for|on)\s+(?:next\s+)?$"
    # ... and the next of something, its date at once after it: "the board's next meeting,
    # on Sept. 14" (not the next holder of a post: "was elected the next mayor on Tuesday")
    r"|\bnext\s+(?!(?:" + "|".join(sorted(_ROLES)) + r")\b)[a-z]+,?\s+(?:on|in|at)\s+$"
    # ... and what could be done by a day: "traffic could be restored by Saturday" ("could not
    # be located Wednesday" looks back)
    r"|\bcould\s+(?:be\s+)?[a-z]+\s+(?:[^.;,]{0,30}?\s)?by\s+$"
    # ... and a happening someone set a date for: "the judge set sentencing for Jan. 24",
    # "rescheduled its annual meeting to May 18" (not "had set", a plan of the past, nor a
    # figure set for a time: "set a seven pct target for November")
    r"|(?<!\bhad\s)\b(?:set|scheduled|rescheduled|fixed)\s+(?:[a-z'-]+\s+){0,3}?"
    rf"(?:{'|'.join(_TIMETABLED)})s?\s+(?:[^.;,\d]{{0,30}}?\s)?(?:for|to)\s+(?:next\s+)?$"
    # ... and the time someone is given to act: "the tenants have until June 30 to leave" (not
    # "had until", a time given in the past)
    r"|\b(?:has|have|is\s+given|are\s+given|get|gets)\s+until\s+$"
)
# "promised in January to halve inflation", "vowed on Monday to cut taxes": a date straight
# after a past verb of commitment is when the promise was made, whatever it promised ("relief
# is promised in May" is a passive present: ahead).
# A relative clause set off by commas before a date: its verbs tell its own time, not the
# main clause's ("The mayor, who took office in 2022, is seeking re-election in November").
# A participle's aside is one too ("The fair, held every summer since 1950, returns in July").
RELATIVE_ASIDE = (
    r",\s+(?:(?:who|which)\b|(?:first\s+|twice\s+|\w+ly\s+)?"
    r"(?:\w+ed|held|built|won|sold|begun|run|made|set|shown|known|written|chosen|taken)"
    r"\s+(?:in|on|by|last|every|since|twice|earlier|from|at|for)\b)[^,;:.!?]*,"
)
COMMITTED_ON = (
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:promised|vowed|pledged)"
    r"\s+(?:(?:on|in|at|during)\s+(?:the\s+)?)?$"
)
# The past of a verb that reports a clause ("said it will open a plant in the third quarter"):
# the reported clause's own verb tells whether a period not yet begun is this year's
# (``core.temporal.periods``).
REPORTING_PAST = frozenset({"said", "told", "added", "stated", "announced"})
# What may stand between that verb and a date the saying's own ("said on Tuesday that …",
# "said in the spring it would …"): the date then dates the saying, not the clause reported.
# The finite future of a reported clause, its subject before it ("said the vote in June
# would settle it"); not an infinitive of the object ("announced a plan in March to cut").
REPORTED_MODAL = r"would|will|wo|'d|'ll|shall|could|might|may|should"
SAID_ON = r"\s*(?:that\s+)?(?:(?:in|on|at|during|early|late)\s+)?(?:the\s+)?"
# "a still unspecified date": a participle in an adjective's place, or after "being" ("the wards
# being polled on Saturday" is no past) ("that" is left out: before
# a past form it opens a clause, "a fire that started on Thursday", far more often than it
# points at a noun).
ADJECTIVE_SLOT = (
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|still|newly|so|well|very|more|being"
    r"|most|less)[\s-]+$"
)
# "had been scheduled to expire on Friday": the past perfect of a plan puts its date behind.
PAST_PERFECT_PLAN = (
    r"\bhad\s+(?:not\s+|never\s+|already\s+|\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:scheduled|expected|planned|intended|supposed|due|set|slated|meant|forecast|projected"
    r"|predicted|poised|hoped|aimed|promised|agreed|vowed)\b"
    # ... and a plan since changed: "the hearing was initially set for 3 May, but …"
    r"|\b(?:was|were)\s+(?:originally|initially|first|previously)\s+(?:scheduled|expected"
    r"|planned|intended|supposed|due|set|slated|meant)\b"
)
# A plan agreed in the past ("agreed to buy", "voted to close"): its date may be the
# agreement's or the plan's; the date itself decides (no direction from the infinitive).
AGREED_PLAN = r"\b(?:agreed|decided|voted)\s+(?:\w+ly\s+)?$"
# "may have been", "would have won": a modal before a perfect looks back; not "have" with an
# article or a possessive after it, a thing had ("will have its premiere in June" looks ahead).
PERFECT = r"\s+(?:not\s+)?have\b(?!\s+(?:a|an|the|its|his|her|their|our|my|your)\b)"

# -- the time a sentence reports (``core.temporal.story``) --
# Present and future forms: the sentence reports the present, so a yearless date in it is
# placed from the publication date whatever story went before ("agreed in April" after a
# paragraph on 1988 narrates; "is due in April" reports). "to have been" is a past infinitive,
# "5:34 AM" a clock time.
PRESENT = (
    r"is|are|(?<!\d\s)(?<!\d)am|isn't|aren't|says|say|has|(?<!\bto\s)have|hasn't|haven't|will"
    r"|wo|'ll|shall|can|cannot"
    r"|does|do|doesn't|don't"
    # a present of expectation: "the council expects it to reopen on 12 March" reports now
    r"|expects|intends|anticipates"
)
# Futures seen from the past ("would later sign", "was to meet in June"): the story's time.
FUTURE_IN_PAST = r"would|'d|was\s+to|were\s+to|(?:was|were)\s+(?:going|due|scheduled)\s+to"
# Modals that, after a report told in the past, look ahead from the report's day ("said on
# Tuesday talks could resume on Thursday"); in a present sentence they are the present's.
MODALS_IN_PAST = r"could|might"
# An auxiliary before a participle: the tense is the auxiliary's ("has cited" is present).
AUXILIARY = r"\b(?:has|have|had|be|been|being|is|are|was|were)\s+$"

# -- added for de (round 2) --
# A perfect past whose participle may stand after the date (German "hat am Montag …
# eröffnet"); none here.
PERFECT_PAST = r"(?!x)x"


# A subordinate clause that puts its verb last, opened between a date and the verbs before it:
# the date is read from its own clause's verbs (German "…, dass … Ende Juni eingestellt wird").
# Empty here: the verb comes early.
VERB_LAST_CLAUSE = ""


# Whether nouns are written with a capital (German): a capitalised cue word inside a
# sentence is then a noun ("das Treffen"), not the verb. Not here.
CAPITAL_NOUNS = False

# -- added for #14 round 4 (dates) --
# The modals that put a clause ahead of publication: a date gone by in the clause they govern
# names something else ("will depend on an accord last month"). Not "would": a future seen
# from the past.
FUTURE_MODALS = r"\b(?:will|shall|wo|'ll)\b"
# The forms that say what will happen: a sentence with one speaks from the publication's
# time, not a story's ("had pleaded guilty in June and will be sentenced in May").
FUTURE_FORMS = FUTURE_MODALS
# The conjunction opening a clause just before its date, the clause's verb after the date:
# "said that on Monday the board would meet" (``core.temporal.tense.direction``).
CLAUSE_OPENED_BEFORE = r"\bthat\s+(?:(?:on|by|in|from|at)\s+)?$"

# A verb that put a thing off or moved it, ending just before its new date: "was postponed
# to October", "pushed the fair back to May" (``core.temporal.postponed``: a yearless target
# counts from the date its plan had).
MOVED_TO = (
    r"\b(?:delayed|postponed|adjourned|deferred|put\s+off|pushed\s+back|put\s+back|moved"
    r"|rescheduled)\b[^.;]{0,40}?\b(?:until|till|to)\s+(?:next\s+)?$"
    r"|\b(?:pushed|put|moved)\s+(?:[\w'-]+\s+){1,4}?back\s+(?:until|till|to)\s+$"
)
