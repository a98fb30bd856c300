"""English reported speech: a quotation followed by who said it, and when.

“The West has made no contribution,” he said in comments published Friday. The date in the
attribution dates the saying, and the saying is the event. Regex sources, matched against one
sentence; the quote's words and the speaker are named groups.
"""

from __future__ import annotations

_OPEN = '[“"]|``'
_CLOSE = "[”\"]|''"
VERBS = (
    r"said|says|told|added|wrote|declared|insisted|warned|stressed|argued|noted|stated"
    r"|complained|claimed|explained|tweeted|posted"
)
# “…,” he said … / “…,” Erdogan told reporters … / “…,” Turkey's president, Erdogan, said …
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<speaker>[^,;:“”\"]{{1,60}}?(?:,\s+[^,;:“”\"]{{1,40}},)?)\s+(?P<verb>{VERBS})\b"
    rf"(?P<rest>[^“”\"]*)$"
)
# “…,” said Erdogan on Friday.
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^“”\"]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<verb>{VERBS})\s+(?P<speaker>[A-Z][^,;:“”\"]{{0,60}}?)(?P<rest>(?:\s+(?:on|in)\b[^“”\"]*)?[.!?]?)$"
)
# The speaker after "said" comes before the date ("said Erdogan on Friday"): "said Nordbank's
# May" holds no date.
SPEAKER_BEFORE_DATE = True
# A speaker's name may hold these abbreviations ("Mr. Gerstner", "Robert W. Baird"); any other
# full stop followed by a capital ends the sentence ("… Corp. He said …").
NAME_ABBREVIATION = (
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr)|\b[A-Z])\.$"
)
# Who "he" or "she" stands for: the last person named before, within this many characters.
PERSON_PRONOUNS = frozenset(("he", "she"))
PRONOUN_REACH = 400
# A title: the speaker, this mark, and the quote's words (cut at a word, with an ellipsis).
TITLE_MARK = ": "
OPEN_MARK = "“"
CLOSE_MARK = "”"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
# Header lines are read before the article's language is known, so the engine reads every
# language's words at once. Regex sources, matched case-insensitively; spaces as [ \t]+.
# A line giving the publication date: "Published: Fri 4 Feb 2022", "Posted on 4 Feb 2022".
HEADER_PUBLISHED = r"(?:first[ \t]+)?(?:published|posted|date|dated)"
# The same for a later revision, trusted less than the first: "Updated 5 Feb 2022".
HEADER_UPDATED = r"(?:last[ \t]+)?updated"
# What may stand between such a keyword and the date: "Published on …".
HEADER_ON = r"on"
# The word between a header date and its clock time: "March 4, 2025 at 2:05 PM".
HEADER_AT = r"at"
# A byline's first word: "By Jane Roe | 4 February 2022".
BYLINE_BY = r"by"
# Lower-case words a name in a byline or masthead may hold: "Bank of England", "Charles de
# Gaulle", "Ursula von der Leyen".
NAME_LINKS = frozenset({"of", "the", "and", "&", "for", "de", "du", "la", "le", "van", "von"})
# Whether a numeric date with slashes is written day first ("03/10/2025" the 3rd of October):
# not here ("4/2/2022" may be either way round; a guess would be a wrong date).
NUMERIC_SLASHES_DAY_FIRST = False

# -- a source named in an attribution, dated: its publication is a happening --
# "…, according to a study published on Tuesday in the journal Nature", "… results released
# shortly after 3 a.m. on Wednesday": matched against the words before the date or time; the
# source is the noun phrase, the verb its publishing.
SOURCE_PUBLISHED = (
    r"\baccording\s+to\s+(?P<source>(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+)?(?=\w+s\s))"
    r"(?P<head>[a-z][\w-]*))\s+"
    r"(?P<verb>published|released|issued|unveiled|presented|made\s+public)\s+"
    r"(?:on\s+|at\s+|(?:shortly|just|soon)\s+(?:after|before)\s+)?$"
)
# What may follow the date and stay in the title ("in the journal Nature", "by the UN"): a
# phrase opened by one of these, up to the next comma.
SOURCE_PLACE_OPENERS = frozenset({"in", "by", "at"})
# The passive's auxiliary for one source and for several ("A study was published", "Figures
# were released"); a head ending so (but not in a double s, "-us", "-is") is plural.
SOURCE_BE = ("was", "were")
SOURCE_SINGULAR_ENDINGS = ("ss", "us", "is")

# A title that only points back at news it never names (``core.events.back_reports``).
# ("reported", not "report": "Reporters saw this" reports nothing)
REPORT_VERB_STEMS = ("announc", "confirm", "reported", "disclos", "reveal", "said", "told")
# (not "it": often a formal subject, "It was announced that …")
BACK_OBJECTS = frozenset({"this", "that", "the decision", "the news", "the move"})
BACK_OPENERS: frozenset[str] = frozenset()  # (English opens no title with its object)
BACK_VERB_OPENERS: frozenset[str] = frozenset()
BACK_NOUNS = frozenset({"the decision", "the news", "the move"})
# (not news of the report's day: "The mill opened after the war", "The pier had been shut")
BACK_NOT_THAT_DAY = frozenset(
    {"after", "before", "during", "since", "ago", "years", "decades", "once", "had", "wanted",
     "used to"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset({"separately", "meanwhile", "in other news", "elsewhere", "also"})
# A correction note telling what an earlier version of the article wrongly said: the date it
# gives was withdrawn ("Correction: A previous version of this story said the pier reopened in
# 2009."), so the sentence tells no happening. Matched at the sentence's start.
_NOTE = r"(?:[^:.]{1,40}:\s*)?"
RETRACTED_REPORT = (
    rf"^{_NOTE}(?:(?:an?|the)\s+)?(?:earlier|previous|prior|original|first)\s+"
    r"(?:version|edition|draft)\s+of\s+this\s+(?:article|story|report|piece|post)\b"
    rf"|^{_NOTE}this\s+(?:article|story|report|piece|post)\s+(?:originally|previously|earlier"
    r"|incorrectly|wrongly|mistakenly)\s+(?:said|stated|gave|reported|named|described|put)\b"
)

# A witness's quotation dated inside it (``core.events.quotes.witnessed``): a word opening
# its date that leaves the day unsaid or set only by the story before ("on a Friday", "that
# night"); words of a comparison ("the warmest April since we began"): a record, not a
# happening; the fewest words a quote holds besides its date ("We did this last year": none).
# A bound is no day either: "prior to 1980", "by 2015", "after Wednesday".
WITNESS_NO_DAY = frozenset(
    "a an that one some every each before prior to until till by since after".split()
)
# the witness's own "I" and "we": the quote tells what they did
WITNESS_PRONOUNS = frozenset(("i", "we"))
WITNESS_COMPARISONS = frozenset(
    "best worst busiest quietest wettest driest hottest coldest highest lowest biggest".split()
)
WITNESS_MIN_WORDS = 5
# Verbs a witness's quotation is attributed by besides the verbs of saying: "…,” recalled
# gardener Ann Roe.
WITNESS_SAYING_VERBS = frozenset(("recall", "remember"))
# A period the story sets, no date of the witness's own ("“We began the month short of
# nurses …”"), and the word that leaves a season's year unsure just after it ("last summer" told in
# September: this year's, or last year's?).
WITNESS_STORY_PERIODS = frozenset(("the year", "the month", "the week", "the season"))
WITNESS_LAST = frozenset(("last",))
