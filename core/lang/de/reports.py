"""German reported speech: a quotation followed by who said it, and when.

„Wir werden die Ukraine unterstützen“, sagte Scholz am Montag. The date in the attribution
dates the saying, and the saying is the event. German puts the verb before the speaker after
a quote („…“, sagte Scholz) or writes "so" („…“, so Scholz). Regex sources, matched against
one sentence; the quote's words and the speaker are named groups.
"""

from __future__ import annotations

_OPEN = '[„»"]|``'
_CLOSE = "[“«\"”]|''"
VERBS = (
    r"sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonte|warnte|warnten|schrieb"
    r"|meinte|fügte|kritisierte|forderte|versicherte|bekräftigte|twitterte|so"
    r"|ergänzte|unterstrich|bestätigte|berichtete|sagt|erzählte|räumte"
)
# „…“, Scholz sagte … (rare in German, but quoted English style)
QUOTE_THEN_SPEAKER = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^„“\"»«]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<speaker>(?:er|sie)|[A-ZÄÖÜ][^,;:„“\"]{{0,60}}?)\s+(?P<verb>{VERBS})\b(?P<rest>[^„“\"]*)$"
)
# „…“, sagte Scholz am Montag. / „…“, so Scholz.
# (the day may stand first, with no article, and a word like "dazu" after it: „…“, sagte
# gestern Abend die Bürgermeisterin / erklärte am Montag dazu Sprecher Jan Ott)
_DAY_FIRST = (
    r"(?:(?:(?:gestern|heute|vorgestern)(?:\s+(?:Abend|Vormittag|Nachmittag|Mittag|früh))?"
    r"|am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"(?:abend|vormittag|nachmittag|mittag)?)\s+(?:(?:dazu|auch|außerdem|zudem|noch)\s+)?)"
)
QUOTE_THEN_VERB = (
    rf"^\s*(?:{_OPEN})(?P<quote>[^„“\"»«]{{12,400}}?)[,.!?]?\s*(?:{_CLOSE})\s*,?\s*"
    rf"(?P<verb>{VERBS})\s+(?P<speaker>{_DAY_FIRST}?(?:(?:der\s+|die\s+)?[A-ZÄÖÜ][^,;:„“\"]{{0,60}}?|er|sie))"
    rf"(?P<rest>(?:\s+(?:am|im|in|bei|gegenüber|nach)\b[^„“\"]*)?[.!?]?)$"
)
NAME_ABBREVIATION = r"(?:\b(?:Dr|Prof|Hr|Fr|St|Mag|Ing)|\b[A-ZÄÖÜ])\.$"
PERSON_PRONOUNS = frozenset(("er", "sie"))
PRONOUN_REACH = 400
TITLE_MARK = ": "
OPEN_MARK = "„"
CLOSE_MARK = "“"
ELLIPSIS = "…"

# -- the article's own report: the header lines above its body (core.reading.header) --
# Read for every language at once, before the article's language is known.
# "Veröffentlicht am 7. Februar 2022", "Erschienen: 07.02.2022", "Erstellt am …".
HEADER_PUBLISHED = r"(?:zuerst[ \t]+)?(?:veröffentlicht|erschienen|publiziert|erstellt)"
# "Aktualisiert am 8. Februar 2022", "Stand: 08.02.2022, 14:30 Uhr".
HEADER_UPDATED = r"(?:zuletzt[ \t]+)?aktualisiert|stand(?=[ \t]*:)"
# What may stand between such a keyword and the date: "Veröffentlicht am …".
HEADER_ON = r"(?:am|den)"  # "Berlin, den 2. März 2026" too
# Between a header date and its clock time: "Veröffentlicht am 04.03.25 um 14:05 Uhr".
HEADER_AT = r"um"
# A byline's first word: "Von Anna Muster | 7. Februar 2022".
BYLINE_BY = r"von"
# Lower-case words a name in a byline or masthead may hold: "Ursula von der Leyen".
# (and a place's: "Frankfurt am Main", "Kirchberg an der Mindel", "Freiburg im Breisgau",
# "Rothenburg ob der Tauber")
NAME_LINKS = frozenset({"von", "der", "und", "für", "zu", "van", "de", "am", "an", "im", "ob"})

# A title that only points back at news it never names (``core.events.back_reports``):
# "Die Stadt teilte das mit", "Dies bestätigte die Polizei".
REPORT_VERB_STEMS = (
    "teilt", "bestätig", "sagt", "erklärt", "berichtet", "meldet", "verkündet", "gab",
    "gibt", "kündigt",
)  # fmt: skip
BACK_OBJECTS = frozenset({"das", "dies", "dieses", "die entscheidung"})
BACK_VERB_OPENERS = frozenset({"das", "dies"})
BACK_NOUNS = frozenset({"die entscheidung"})
# (not news of the report's day: "Die Mühle wurde nach dem Krieg gebaut", "Die Brücke war
# gesperrt", "Der Rat wollte die Halle verkaufen")
BACK_NOT_THAT_DAY = frozenset(
    {"nach dem", "nach der", "nach den", "vor dem", "vor der", "vor den", "während", "seit",
     "jahrelang", "jahrzehntelang", "damals", "einst", "war", "waren", "hatte", "hatten",
     "wollte", "wollten"}
)  # fmt: skip
BACK_TOPIC_SHIFTS = frozenset({"unterdessen", "indes", "außerdem", "zudem", "ebenfalls"})
# A correction note telling what an earlier version of the article wrongly said ("Korrektur: In
# einer älteren Fassung dieses Berichts stand, das Hallenbad sei 2011 eröffnet worden."): the
# sentence tells no happening.
RETRACTED_REPORT = (
    r"^(?:[^:.]{1,40}:\s*)?in\s+(?:einer|der)\s+(?:früheren|vorherigen|älteren|ersten)\s+"
    r"(?:Fassung|Version)\s+(?:dieses|des)\s+(?:Artikels|Beitrags|Textes|Berichts)\b"
)

# A witness's quotation: a date the story before sets ("an diesem Tag"), no day of its own
WITNESS_NO_DAY = frozenset(("diesem", "jenem", "einem", "einen", "dem"))
