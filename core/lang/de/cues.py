"""German cues for reading a time expression: the words around a match that say whether it
is time at all ("2000 Soldaten", "Artikel 2019") and the values of the words the grammar
captured ("letzten" goes back, "nächsten" forward), in every inflected form.

``core.temporal`` (the tagger and the resolvers) compiles the regex sources, matched
case-insensitively unless a comment says otherwise, once per language. Names English needs
for reading things German news does not write (fiscal quarters, "a.m.") keep patterns that
cannot match German text.
"""

from __future__ import annotations

from core.lang.de._forms import singular_past_forms
from core.lang.de.calendar import ONES, TENS
from core.lang.de.clauses import RANGE_JOINERS, RANGE_OPENERS

_NEVER = r"(?!)"


def _forms(*stems: str) -> tuple[str, ...]:
    """Every ending of an adjective: "nächst" -> nächste, nächsten, nächstem, …"""
    return tuple(s + e for s in stems for e in ("e", "en", "em", "er", "es"))


def _steps(step: int, *stems: str) -> dict[str, int]:
    return dict.fromkeys(_forms(*stems), step)


# -- what the tagger does with neighbouring expressions (``core.temporal.tagger``) --
HALF = r"(?:die\s+|der\s+)?(?:erste|zweite|letzte)n?\s+Hälfte"
HALF_OF = r"\s+(?:des|der|im)\s+$"
RANGE_OPEN = rf"\b(?:{'|'.join(RANGE_OPENERS)})\s+(?:dem\s+|der\s+)?$"
RANGE_JOIN = rf"^\s*(?:{'|'.join(RANGE_JOINERS)})\s*$"
# (a year named in words is written too: "im Mai dieses Jahres")
YEAR_WRITTEN = r"\b\d{4}\b|Jahres\b|\bVorjahr"
ERA_RANGE_START = rf"(?<![\d.,$])(\d{{1,4}})\s*(?:{'|'.join(RANGE_JOINERS)}|oder)\s*$"

# -- what the resolvers read around a match --
# Relative words, in every form, and which way they move from the publication date.
RELATIVE_STEP = {
    **_steps(-1, "letzt", "vergangen", "vorig", "vorherig", "abgelaufen", "gestrig"),
    **_steps(0, "dies", "laufend", "heurig", "jetzig", "heutig"),
    **_steps(1, "nächst", "kommend", "morgig"),
}
DEICTIC_DAYS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
# Words before a bare four-digit number that make it a year: "im Jahr 2019", "seit 2009".
YEAR_PREP = (
    r"(?:\b(?:in|im|seit|von|vom|bis|ab|nach|vor|um|zwischen|anfang|ende|mitte|jahr|jahres"
    r"|sommer|winter|frühjahr|herbst|frühling|zum|für|während|des|der|dem|wurde|wurden|war"
    r"|waren|bereits|schon|erst|noch"
    r"|(?:1[5-9]\d\d|20\d\d)\s+(?:und|oder|bis))|[,(–—-])\s*$"
)
# "Artikel 2019", "Zimmer 2020": a number naming a thing (case-sensitive).
NUMBERED_THING = (
    r"\b(?:Artikel|Art\.|Paragraph|Paragraf|Zimmer|Raum|Flug|Linie|Nr\.|Nummer|Modell"
    r"|Kapitel|Absatz|Seite|Windows|Straße|Haus|Gesetz)\s+$"
)
# "2000 Soldaten", "1500 neue Wohnungen": a count, unless a preposition made it a year
# (case-sensitive: a noun follows the number, perhaps after an adjective; a year is followed
# by a verb or a preposition: "2009 wurde", "1928 gerichtlich").
# Not after an article and before a participle in the singular ("die 1963 eröffnete Brücke",
# "der 1887 gegründete Verein"): a count takes the plural ("die 2000 verletzten Menschen").
_ARTICLE_YEAR = r"(?:(?<=\b[Dd]er\s\d{4})|(?<=\b[Dd]ie\s\d{4})|(?<=\b[Dd]as\s\d{4}))"
_SINGULAR_PARTICIPLE = (
    r"\s+(?:[a-zäöü]*ge[a-zäöüß]{2,}|(?:be|er|ver|ent|zer|über|unter)[a-zäöüß]{2,}"
    r"|[a-zäöüß]{3,}ier)te?e\s+[A-ZÄÖÜ]"
)
# A unit of measure right after a bare number: a count ("bis zu 1500 Tonnen am Tag").
COUNT_UNIT_AFTER = (
    r"\s*(?:Tonnen|Kilometern?|Metern?|Hektar|Litern?|Kilogramm|Barrel|Megawatt|km|kg)\b"
)
NOT_YEAR_AFTER = (
    rf"(?!{_ARTICLE_YEAR}{_SINGULAR_PARTICIPLE})"
    # (a singular simple past after the number is the verb of a year that opens its clause:
    # "1979 stellte Roth den Antrag"; a count's subject takes the plural)
    rf"(?!\s+(?:{singular_past_forms()})\s)"
    # (an article after the number is an object's: "baute 1996 eine Halle" is a year)
    r"(?:\s+(?!(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)\s)"
    r"(?:[a-zäöü]+e[nrs]?\s+)?[A-ZÄÖÜ][a-zäöüß]+\b|\s*(?:km|kg|m|%)\b)"
)
CLOCK_AFTER = r"\s*(?:Uhr\b|h\b|MEZ\b|MESZ\b)"
LEVEL_BEFORE = (
    r"\b(?:schloss|schloß|notierte|stand|stieg|fiel|lag|bei|Index|Stand|Punkte)"
    r"(?:\s+(?:bei|auf|um|über|unter|rund|knapp|fast))*\s+$"
)
CODE_BEFORE = r"(?<![\w.])[A-Z][A-Z0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AD", "BC", "GJ")
CODED_YEARS_AWAY = 20
FAR_YEAR_CUE = (
    r"(?:\b(?:im|in|seit|jahr|jahre|jahres|von|vom|bis|zwischen|um|anfang|ende|mitte"
    r"|nach|vor)|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
    # German names a year bare, as the adverbial that opens its sentence before the verb
    # ("1893 brannte das Sudhaus nieder", "Erst 1919 wurde wieder gebraut"): a year however
    # far back (a count there takes its noun: "1500 Menschen", which is no year anyway)
    r"|(?:(?<=[.!?;:])\s+|\n\s*)(?:(?:erst|schon|bereits|noch|auch|und|doch|aber)\s+)?$"
)
SPELLED_COUNT_STARTS = ("zweitausend",)
SPELLED_COUNT_ENDS = ("hundert",)
# Words before a bare month name that make it the month.
MONTH_PREP = (
    r"(?:\b(?:im|in|seit|von|vom|bis|ab|nach|vor|anfang|ende|mitte|zwischen|und|oder|zum"
    r"|während|für|letzten|vergangenen|kommenden|nächsten|diesen|bereits|schon|noch|erst"
    r"|monat|monats|monaten|der|den|dem|des|diesen|diesem)|[,(–—-])\s*$"
)
MONTH_DETERMINER = r"\b(?:der|den|dem|im)\s+$"
DAY_LATER = r"\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|heute|gestern)\b"
CLOCK_WORDS = {"mitternacht": (24, 0), "mittag": (12, 0)}
CUED_CLOCK_WORDS = ("mittag",)
CLOCK_CUE_AFTER = r"\s+(?:am|Ortszeit|heute)"
CLOCK_CUE_BEFORE = ("um", "gegen", "bis", "ab", "nach", "vor")
PM = "p"
ORDINALS_FROM_END = ("letzte", "letzten", "letzter", "letztes", "letztem")
HALF_ORDINALS = ("erste", "ersten", "zweite", "zweiten", "letzte", "letzten")
QUARTER_YEAR_BACK = ("vorjahr", "letzt", "vergangen")
QUARTER_YEAR_AHEAD = ("nächst", "kommend")
QUARTER_YEAR_THIS = ("dies", "laufend")
YEAR_AGO_WORDS = ("vorjahr",)
FISCAL = "geschäftsjahr"
QUARTER_ENDED_YEAR_AGO = "vorjahr"
PERIOD_YEAR_AGO = ("vorjahr",)
PERIOD_BASELINE: tuple[str, ...] = ()  # a year's period said to match another (en)
PERIOD_THIS = ("dies",)
PERIOD_CURRENT = ("laufend",)
PERIOD_NEXT = ("nächst", "kommend")
PERIOD_JUST_ENDED = ("abgelaufen",)
PERIOD_LAST = "letzt"
PERIOD_PREVIOUS = ("vorig", "vorherig")
SEASON_PREP = r"(?i:\b(?:im|in|seit|bis|zum|vom|über|den|dem|des|diesen|diesem|ab|nach|vor)\s+$)"
# "die Winterspiele" is one word; a season before "Olympische …" or "-spiele" is a name.
SEASON_NAME_AFTER = r"[ \t-]+(?:Olympi|Spiele|Universiade|Paralympi)"
# Unit words the grammar captures ("letzte Woche", "des folgenden Jahres", "heuer").
CALENDAR_UNITS = {
    "tag": ("D", 1), "tages": ("D", 1), "tags": ("D", 1), "woche": ("W", 1),
    "wochenende": ("W", 1), "monat": ("M", 1), "monats": ("M", 1), "quartal": ("Q", 1),
    "quartals": ("Q", 1), "jahr": ("Y", 1), "jahres": ("Y", 1), "jahrs": ("Y", 1),
    "heuer": ("Y", 1), "jahrzehnt": ("Y", 10), "jahrzehnts": ("Y", 10),
    "jahrhundert": ("Y", 100), "jahrhunderts": ("Y", 100),
}  # fmt: skip
WEEKEND = "wochenende"
# "des" before a unit needs a modifier: "Ende des Jahres" is a date, "Sportler des Jahres" not.
NOT_AFTER_BARE_THE = ("monat", "monats", "jahr", "jahres", "woche", "tag", "tages", "quartals",
                      "jahrzehnts", "jahrhunderts", "wochenende")  # fmt: skip
UNIT_STEP = {
    **_steps(-1, "letzt", "vergangen", "vorig", "vorherig", "abgelaufen"),
    **_steps(1, "nächst", "kommend"),
}
UP_TO_NOW = frozenset(
    {(w, "jahrzehnt") for w in _forms("letzt", "vergangen")}
    | {(w, "jahrzehnts") for w in _forms("letzt", "vergangen")}
    | {(w, "jahrhundert") for w in _forms("dies")}
)
# "am folgenden Tag", "tags darauf", "am Vortag": which way from the last date mentioned.
ANAPHOR_STEP = {
    **_steps(1, "folgend", "darauffolgend", "nächst"),
    **{f"darauf {w}": 1 for w in _forms("folgend")},
    **_steps(-1, "vorig", "vorherig", "vorangegangen"),
    **_steps(0, "selb", "gleich", "dies", "jen"),
    **_steps(0, "derselb", "dieselb", "dasselb", "demselb", "desselb"),
    "darauf": 1, "danach": 1, "später": 1, "zuvor": -1, "davor": -1, "vorher": -1, "vor": -1,
    "früher": -1,
}  # fmt: skip
DAY_BEYOND = {"gestern": -2, "morgen": 2}
WEEKDAY_ANAPHORA = {
    **_steps(1, "folgend", "darauffolgend"),
    **{f"darauf {w}": 1 for w in _forms("folgend")},
    **_steps(0, "selb", "gleich"),
    **_steps(-1, "vorangegangen"),
}
SET_QUANTIFIERS = ("jeden", "jede", "jeder", "jedes", "jedem")
NAMED_DAY_BEFORE = r"\b(?:Super|Cyber|Schwarze[rn]?|Blaue[rn]?|Rosen|Gründonnerstag)\s*$"
# "an jenem Donnerstag": a Thursday of the week the story is in, not of publication's.
STORY_WEEKDAY_BEFORE = r"\b[Jj]enem\s+$"
# "Stille Nacht" in quotes: a title, not the day (case-sensitive).
HOLIDAY_IN_NAME_BEFORE = r"[„\"“][A-ZÄÖÜ][a-zäöüß]+\s+$"
LAST_PARTS_OF_DAY = ("nacht",)
# A night named by the morning it runs into ("die Nacht zum Samstag" is tagged on Saturday:
# a clock time in its small hours is on that day, not the next).
NIGHT_INTO = r"(?i)\bNacht\s+(?:zum|zur|auf)\b"
# A clock time that opens or closes a range of hours ("zwischen 6 und 10 Uhr", "von 7 bis
# 11 Uhr"): with no day of its own and not in the past, a daily window, no time of an event.
CLOCK_RANGE_OPEN = r"(?i)\b(?:zwischen|von)\s+"
CLOCK_RANGE_SHUT = r"(?i)\s+(?:und|bis)\s+\d"
CLOCK_RANGE_BEFORE = r"(?i)\b(?:zwischen|von)\s+\d{1,2}(?:[.:]\d\d)?(?:\s*Uhr)?\s+(?:und|bis)\s+"
# "zwei Jahre später", "vor drei Tagen": (which way, counted from now rather than from the
# last date mentioned).
AGO_WORDS = {"vor": (-1, True), "später": (1, False), "danach": (1, False),
             "darauf": (1, False), "zuvor": (-1, False), "davor": (-1, False),
             "vorher": (-1, False), "früher": (-1, False)}  # fmt: skip
YEAR_AGO_FROM_NOW = ("vor",)
# German plurals end in -e, -en or nothing: every form may follow a number.
PLURAL_ENDING = ""
# "2 Millionen Euro im Jahr" is a rate; German writes "pro"/"im" (the set rule), so only a
# figure right before "ein"/"eine" counts here.
RATE_BEFORE = (
    r"(?:^|\s)(?:[\d][\d.,]*|einmal|zweimal|dreimal|mal|"
    + "|".join(tuple(ONES) + tuple(TENS))
    + r")\s+(?:Euro\s+|Dollar\s+|Prozent\s+)?$"
)
INDEFINITE = ("ein", "eine", "einen", "einem", "einer")
LAST_AS_VERB = "dauern"  # German's "last" is no verb: never the captured word
ONE_DAY = ("eines", "tages")
MODAL_BEFORE = r"\b(?:wird|werden|könnte|könnten|soll|sollen|dürfte|dürften)\s+$"
A_SECOND = "zweite"  # no unit: "eine Sekunde" is a second long
AGE_AFTER = r"\s+alt\b|-[Jj]ährige"
FRACTION_OF = " des "
VAGUE_PREP = r"\b(?:seit|vor|für|über|nach|in|binnen|innerhalb|von|nach)\s+$"
VAGUE_THE = "des"
VAGUE_FUTURE = "zukunft"
VAGUE_RECENT = "den letzten"
EARLY_HOURS = ("den frühen", "stunden")
CURRENT = "derzeitige"
CURRENT_AS_TIME = r"\s+[A-ZÄÖÜ]"
# "täglich", "monatlichen", "jeden Tag", "sonntags": the TIMEX3 value of a set.
SET_WORDS = {
    **{f"{w}{e}": v for w, v in (("täglich", "P1D"), ("wöchentlich", "P1W"),
                                  ("monatlich", "P1M"), ("jährlich", "P1Y"),
                                  ("alljährlich", "P1Y"), ("stündlich", "PT1H"),
                                  ("vierteljährlich", "P3M"), ("halbjährlich", "P6M"))
       for e in ("", "e", "en", "em", "er", "es")},
    "montags": "XXXX-WXX-1", "dienstags": "XXXX-WXX-2", "mittwochs": "XXXX-WXX-3",
    "donnerstags": "XXXX-WXX-4", "freitags": "XXXX-WXX-5", "samstags": "XXXX-WXX-6",
    "sonntags": "XXXX-WXX-7",
}  # fmt: skip
SET_UNITS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "quartal": "P1Q",
             "stunde": "PT1H", "minute": "PT1M", "wochenende": "XXXX-WXX-WE"}  # fmt: skip
# -- the time a text narrates (``core.temporal.story``) --
THING_BEFORE = r"\b(?:der|die|das|des|dem|den|ein|eine|seit)\s+$"
STORY_YEAR_FRAME = (
    r"(?:^|[.!?]\s+|\n\s*)(?:(?:Im\s+Jahr|Im|In|Bis|Seit|Während|Ab|Anfang|Ende)\s+)?$"
)
# "bis …": where a span ends; "Zuletzt hatte … im September 2019": a look back.
STORY_ASIDE = r"\b(?:bis|zuletzt)\b[^.;:!?()\n]{0,60}$"
REPORTED_ON = (
    r"\b(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|kündigte"
    r"|kündigten|bestätigte|bestätigten|betonte|betonten|meldete|meldeten|gab|gaben"
    # an appeal, a demand or a warning is told as a saying is ("rief … am Freitag … auf")
    r"|rief|riefen|forderte|forderten|warnte|warnten|appellierte|appellierten)"
    r"\b[^.;\n]{0,30}$"
)
# Ein Zitat, im Präsens zugeschrieben („…“, sagt eine Anwohnerin): ein Gespräch von heute,
# welche Geschichte es auch erzählt (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = (
    r"\b(?:sagt|sagen|erzählt|erzählen|erinnert\s+sich|berichtet|erklärt|meint|betont"
    r"|räumt\s+\w+\s+ein|gibt\s+\w+\s+zu)\b"
)
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"\b(?:sagte|sagt|sagten|erzählte|erzählt|erinnerte|erinnert|berichtete|berichtet"
    r"|erklärte|erklärt|meinte|meint|schrieb|schreibt)\b[^.;\n]{0,30}$"
)
PERIOD_OF = " des "
# -- added for de --
NOUNS_CAPITALISED = True


# A bare season already over this year, in a sentence about the future, is next year's
# ("Строительство начнётся весной" in October); English keeps this year's.
SEASON_OVER_AHEAD = True


# "Zwei Wochen später" after a day named: that day two weeks on (a timeline dates a
# happening by its day), not only the week it falls in.
WEEKS_FROM_A_DAY_AS_DAY = True


# The end of a range before a bare weekday: "öffnet am kommenden Donnerstag und dauert bis
# Sonntag" ends on the Sunday after that Thursday.
RANGE_END_BEFORE = r"\bbis\s+(?:(?:einschließlich|zum|am)\s+)?$"


# A season counted from the last date mentioned: "im November 1975 … im folgenden Frühjahr",
# "im Herbst darauf".
SEASON_FOLLOWING = {
    **_steps(1, "folgend", "darauffolgend"), **_steps(-1, "vorangegangen"), "darauf": 1,
}  # fmt: skip


# After a year, what makes it one however far it lies from publication: an article before it
# and a participle declined in the singular after it ("die 1887 gegründete Sammlung").
# ... and, after a verb, a comma or a preposition straight after the number, where a count
# would have its noun ("Fontane schrieb den Roman 1894, lange nach seiner Reise", "Der Bahnhof war
# 1863 mit der Strecke eröffnet worden"; "hatte 1863 Einwohner", "2000 im Jahr 2011 und 1700
# im vergangenen Jahr" are counts).
FAR_YEAR_CUE_AFTER = (
    rf"(?:{_ARTICLE_YEAR}{_SINGULAR_PARTICIPLE}"
    r"|(?<=[a-zäöüß]\s\d{4})(?<!\bund\s\d{4})(?<!\boder\s\d{4})"
    r"(?:\s*[,;]\s+(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|und|oder"
    r"|sowie|aber)\b)[a-zäöüß]"
    r"|\s+(?:in|mit|nach|bei|als|an|auf|zum|zur|unter|durch|vom|wegen)\s))"
)


# An indefinite article before a season: a kind of season, not a time of the calendar
# ("nach einem nassen Herbst stiegen die Flüsse ab dem 17. Oktober").
SEASON_KIND_BEFORE = r"\b(?:ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß]+\s+){0,2}$"

# What joins two lengths of one ("zwei Jahre und drei Monate").
DURATION_AND = r"\s+und\s+"


# A season named by these counts from the last date mentioned, not the story's time:
# "im August 1976 … Im selben Sommer", "in jenem Sommer".
SEASON_ANAPHORA = tuple(_forms("selb", "gleich", "jen"))
