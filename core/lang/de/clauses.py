"""German sentence and clause structure, and German word forms.

The words the event engine (``core.events``) reads a sentence's shape by. German puts the
finite verb second in a main clause ("Am Montag trafen sich …") and last in a subordinate
one ("…, dass er nach Kiew reist"); a separable verb's particle goes to the end ("teilte …
mit"). The engine finds the finite verb wherever it stands; the word forms come from
``core.lang.de._forms`` (no lemmatiser ships German tables in a small package). Sets are
lower case.
"""

from __future__ import annotations

from core.lang.de import _forms
from core.lang.de._plans import PLAN_OR_MOVE as PLAN_OR_MOVE
from core.lang.de.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words(
    "dr prof nr bzw usw ca vgl etc st hl abs art inkl mio mrd tel str mag ing dipl bzgl evtl "
    "ggf sog u a z b d h o jh chr jan feb mär apr aug sept sep okt nov dez"
) | frozenset(str(n) for n in range(1, 32))  # "am 14. Februar": an ordinal's full stop
# A dateline opening a paragraph: "BOZEN. Die …", "BERLIN (dpa) - Der …", "MERAN (ki).".
DATELINE = (
    r"(?P<place>[A-ZÄÖÜ][A-ZÄÖÜ .'-]{1,40}?)(?:/[A-ZÄÖÜ][A-ZÄÖÜ .'-]+)?"
    r"(?P<date>,\s*\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]{2,8}(?:\s*\d{4})?)?"
    r"(?P<agency>\s*\([A-Za-zÄÖÜäöü .&/-]{2,30}\))?\s*(?:[-–—]{1,2}|\.)\s+"
)
WORD = r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*"
OPEN_QUOTES = frozenset(("„", "»", '"', "``"))
CLOSE_QUOTES = frozenset(("“", "«", '"', "''", "”"))
POSSESSIVE_ENDINGS = ("'s", "’s")
NAME_OWNER_ENDING = "s"  # "Lehmanns Frau", not "Lehmann's Frau"
NAME_OWNER_APOSTROPHE_AFTER = ("s", "ß", "x", "z")  # "Hans Weiß' Verlag"
# No weekday takes a possessive here, so nothing puts one ahead of its clause (English
# "ahead of Thursday's talks").
AHEAD_OF_POSSESSIVE = ""
POSSESSIVE = r"['’]s?$"

# Words that open a clause after a comma; the bare ones even without it.
OPENERS = _words(
    "dass weil als während wenn nachdem bevor obwohl da wo womit wobei sodass ob wie der die das "
    "welcher welche welches dessen deren den dem "
    # an attribution after the news: "…, teilte ein Sprecher am Montag mit"
    "sagte sagten teilte teilten erklärte erklärten betonte betonten hieß berichtete meldete "
    "kündigte bestätigte sagt teilt erklärt"
)
NOUN_PHRASE_ENDS = OPENERS - _words("der die das den dem")
BARE_OPENERS = _words("dass weil nachdem bevor obwohl während wobei")
THAT = "dass"
WHEN = "als"
WHEN_WORDS = frozenset({WHEN})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# ("Im Jahr 2018, nachdem das Werk geschlossen hatte, kaufte die Stadt …"); longer ones first
SUBORDINATORS_AFTER_FRONT = (
    "nachdem",
    "bevor",
    "weil",
    "obwohl",
    "seit",
    "seitdem",
    "sobald",
)
SUBJUNCTIVE_ENDS: tuple[str, ...] = ()  # (Spanish "cerrara": a subordinate clause's verb)
# "den" and "dem" are the relative pronoun as object ("der Bericht, den die Regierung …
# vorstellte"), as "die" and "das" may be: a relative clause all the same.
RELATIVES = _words("der die das welcher welche welches dessen deren den dem")
OBJECT_RELATIVES = _words("den dem")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "Nach einer Sitzung am Montag stimmte der Vorstand dem Plan am
# Dienstag zu" (``core.events.fronted_phrase_dates``); no comma ends such a phrase.
FRONTED_PHRASE_OPENERS = ("nach", "vor", "im vorfeld", "im anschluss an")
FRONTED_PHRASE_UNMARKED = True
FRONTED_SUBORDINATORS = _words("obwohl weil als nachdem während wenn da bevor seit wie")
# Words that front an adverbial before the verb ("Am Montag trafen sich …").
FRONTED = _words(
    "am im in an auf bei nach vor seit während wegen trotz laut zu zum zur nach gegen um "
    "bereits zuvor später zudem dort"
)
LINKS = _words("und aber doch jedoch dann auch noch zudem außerdem allerdings deshalb daher")
SUBORDINATORS = _words("seit nachdem bevor als während weil obwohl da")
# A reason or a contrast told after the news: the attribution closing it dates the main clause
# ("Die Marine wird … beantragen, weil …, sagte der Minister am Freitag": told on Friday)
REPORTED_AFTER_OPENERS = _words("weil obwohl")
COORDINATORS = _words("und oder aber sondern sowie")
AND = "und"
AND_THEN = ("und", ",", "dann")

PRONOUNS = _words("er sie es")
THEY = "sie"
PERSONAL_PRONOUNS = _words("er sie")
POSSESSIVE_PRONOUNS = _words("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer")
PERSONAL_POSSESSIVES = _words("sein seine seinen seinem seiner")
# The possessives a title keeps as written, opening its subject, when no name is sure for
# them ("Ihre Nachfolgerin wurde am Dienstag gewählt": hers or theirs, the sentence tells).
KEPT_POSSESSIVES = POSSESSIVE_PRONOUNS
# The auxiliaries of a happening such a subject may keep: a past passive, a past perfect, a
# future ("Ihr Sohn wurde gewählt", "hatte … übernommen", "wird … eröffnen").
KEPT_HAPPENING_AUX = _words("wurde wurden hatte hatten wird werden")
HABIT_WORDS = _words("jährlich alljährlich meist immer oft regelmäßig normalerweise traditionell")
SPEAKER_PRONOUNS = _words("wir ich du")
# ... and the adjectives a title drops with a role before a name: "der französische
# Präsident Emmanuel Macron" → "Macron".
_TITLE_ADJECTIVES = (
    "französisch russisch ukrainisch deutsch amerikanisch us-amerikanisch chinesisch britisch "
    "italienisch österreichisch polnisch türkisch ehemalig neu scheidend stellvertretend "
    "früher derzeitig amtierend zuständig"
).split()
POSSESSIVE_DETERMINERS = _words("sein seine ihr ihre der die das ein eine den dem des") | {
    a + e for a in _TITLE_ADJECTIVES for e in ("e", "en", "er")
}
ARTICLES = _words("der die das den dem des ein eine einen einem einer eines")
# Articles fused with a preposition ("zum" is "zu dem"): a role after one stays ("beim
# Besuch vom Bürgermeister Klaus Wendt", not "beim Besuch Klaus Wendt").
FUSED_ARTICLES = _words("zum zur im am vom beim")
ANAPHORIC = _words("der die das dieser diese dieses")
DETERMINERS = _words(
    "der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen "
    "diesem jeder jede jedes jeden alle beide mehrere viele sein seine seinen seinem ihr "
    "ihre ihren ihrem unser unsere kein keine keinen einige"
)
PREPOSITIONS = _words(
    "in im ins an am auf aus bei beim mit nach von vom zu zum zur für gegen ohne um über "
    "unter vor hinter neben zwischen durch seit bis während wegen trotz laut gemäß ab "
    "innerhalb außerhalb entlang"
)
ADVERBS = _words(
    "auch bereits schon noch nun dann wieder erst nicht nie bald später zuvor zudem erneut "
    "offiziell sich ebenfalls gemeinsam persönlich kurz"
)
NEGATIONS = _words("nicht nie kein keine")
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("wird werden werde wirst")
FUTURE_KEPT_BEFORE = ("nicht",)
BE = _words(
    "ist sind war waren sein gewesen bin bist seid wurde wurden worden sei seien wäre wären"
)
BE_PAST = _words("war waren")
BE_FINITE = _words("ist sind war waren bin")
BEEN = "gewesen"
BEING = "seiend"
GOING = "vorhaben"
DUE = "soll"
HAVE = _words("hat haben hatte hatten habe hätte hätten")
MODALS = _words(
    "kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten will "
    "wollen wollte wollten darf dürfen durfte möchte möchten"
)
HYPOTHETICAL = _words("könnte könnten würde würden sollte sollten müsste dürfte dürften")
AUX = FUTURE | BE | HAVE | MODALS
CLAUSE_ONLY_SPEECH = _words("sagen")
SUBJECT_BREAKS = _words("ob")
NON_FINITE_AUX = _words("sein gewesen worden")
TO = "zu"
OF = "von"
BY = "durch"
SPEECH_VERBS = _words(
    "sagen erklären mitteilen ankündigen betonen warnen bestätigen berichten bekanntgeben"
)
TELL_VERBS = _words("informieren warnen")
# "machte [am Dienstag] deutlich, dass …": a verb and the word that make it a verb of saying
SAYING_PHRASES = {"machen": ("deutlich", "klar"), "stellen": ("klar",)}
# Konjunktiv I and II of the auxiliaries and modals, which reported speech uses ("Die Firma
# habe … gestellt, sagte eine Sprecherin"); not "haben", "werden": the indicative's plural
REPORTED_MOOD_VERBS = _words(
    "habe sei seien werde hätte hätten wäre wären könne müsse solle wolle dürfe"
)
SPEECH_CONTENT_PREPOSITIONS = {"warnen": ("vor",), "berichten": ("über", "von")}
SPEECH_DAY_PREPOSITIONS = _words("am")
SPEECH_DAYS = frozenset(WEEKDAYS)
NOT_SPEECH_CLAUSE = _words("dass , am in")
REPORTED_OBJECT_REACH = 5
REPORTED_SUBJECT_REACH = 14
# Separable particles at a clause's end ("teilte … mit").
VERB_PARTICLES = _words("mit an auf aus ab zurück fest statt teil vor zu ein bekannt")
VERB_GROUP_ENDS = _words("zu")
PHRASAL_PARTICLES = ("mit", "an", "auf", "aus", "ab", "zurück", "fest", "statt", "teil")
NOUN_LINKS = _words("von für")
LIST_ITEM_REACH = 3
# Separable particles a title may end on ("sicherte … zu", "legten Kränze nieder"); not
# prepositions a cut could leave hanging ("nach", "bei").
TITLE_PARTICLES = _words(
    "mit an auf aus ab zurück fest statt teil vor ein zu nieder fort los weg zusammen hoch heim "
    "bekannt frei durch"
)
TITLE_CUT_BEFORE = _words("dass der die welche wer , ; – darunter")
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "stimmt [am 3. März] darüber ab".
TITLE_TIME_PREPOSITIONS = _words("am im an in um")
TITLE_TIME_WORDS = _words(
    "vergangene vergangenen letzte letzten nächste nächsten kommende kommenden diese diesen"
)
TITLE_PERIOD_NOUNS = _words("woche wochenende monat monats jahr jahres")
# "haben [daraufhin] einen Antrag eingebracht": what links to the story goes from a long title
TITLE_SPARE_ADVERBS = _words(
    "daraufhin anschließend danach inzwischen mittlerweile zunächst nun bereits schon damals"
)
TITLE_ATTRIBUTIONS = ("laut", "nach angaben")
TITLE_DANGLING = _words(
    "und oder aber als wie sowie laut gemäß vor nach um bei mit von zu zum zur in im an am "
    "auf für der die das den dem des ein eine einen einem darunter"
)
TITLE_LOST_AFTER = _words("rund etwa knapp")
BUT = _words("aber doch jedoch")
# "…, denn im Juni wird die Leitung fertig": "for", a main clause's order after a comma
FOR_JOINS = _words("denn")
CLAUSE_SUBJECT_STARTS = _words("er sie es der die das wir ich man")
QUANTITY_WORDS = _words("mehr weniger")
NUMBER_WORDS = _words("ein eine zwei drei vier fünf sechs sieben acht neun zehn hundert tausend")
FIXED_PHRASE_STARTS = tuple("vor allem|im rahmen|im zuge|im laufe|auf grund|aufgrund".split("|"))
EXPLETIVES = _words("es das dies")
DEMONSTRATIVES = _words("diese dieser dieses das")  # "Das Gericht hat …": no expletive
# "Das teilte die Polizei am Montag mit": the object opens the sentence, the news just told,
# the verb second and its subject after it
FRONTED_OBJECT_PRONOUNS = _words("das dies")
AMOUNT_WORDS = _words("mio mrd millionen milliarden tausend hundert prozent euro dollar")
COMPARISON_CUTS = _words("verglichen gegenüber")
FIGURE_COMPARISON_CUTS = _words("gegenüber")
NAME_LINKS = _words("von für und der des")
CHANGE_WORDS = _words("plus minus")
CHANGE_FROM = _words("von")
CLAUSE_CUTS = _words("als welche weil obwohl während wobei wenn")
AS = "als"
NOT_SUBJECT_STARTS = _words("laut darunter jedoch allerdings zudem außerdem auch wie")
# Articles a subject after the verb and a phrase opens on: "begann in Paris der Aufstand".
SUBJECT_ARTICLES = _words("der die das ein eine")
TABLE_WORDS = _words("vs")
TABLE_SUBJECTS = _words("quartal")
TABLE_PERIODS = _words("jahr quartal")
PERIOD_NOUNS = _words("jahr jahre jahren monat monate monaten woche wochen tag tage tagen zeit")
ANTECEDENT_REACH = 250
IT_RESOLVES_AFTER = ("", "dass", "als")
REPORTED_OPENERS = ("dass",)
STATE_VERBS = _words("sein bleiben scheinen liegen stehen betragen kosten gelten gehören")
# A standing that is a happening on its day (``core.events.states``): "steht am Mittwoch zur
# Abstimmung" (the vote that day), not "steht zur Verfügung" (is there); a phrase of two words
STATE_VERB_ACTIONS = {
    "stehen": frozenset(("zur abstimmung", "zur wahl", "zur debatte", "vor gericht")),
    "kommen": frozenset(("zur abstimmung",)),
}
# A workforce's size told as if it happened (``core.events.tallies``): "das Werk beschäftigt
# rund 300 Menschen"; the words before the figure
AMOUNT_VERBS = _words("beschäftigen")
FIGURE_LEADS = _words("rund etwa knapp mehr als über fast gut")
STATE_PARTICIPLES = _words("gelegen")
STATE_FORMS = _words("hängt hing hingen")  # "heute hängt dort ein Foto": where it is, no happening
# After "und", a present that tells how a thing stands since the dated act before it:
# "wurde 2019 eröffnet und bietet heute Platz für 40 Züge" (``core.events.lasting_tail``;
# not "hat", whose participle comes last: "und hat im Mai … geschlossen" is a second act)
LASTING_PRESENTS = _words(
    "ist sind bietet bieten beherbergt beherbergen zählt zählen dient dienen "
    "beschäftigt beschäftigen"
)
LASTING_ADVERBS = _words("heute inzwischen mittlerweile nun jetzt")
STATE_VERBS_BUT_AT_A_PLACE = _words("erscheinen")
PLACE_AFTER = _words("in im vor an am")
SCHEDULED = _words("geplant vorgesehen angesetzt")
# "Die Brücke soll im Mai befahrbar sein": the plan's state on a date, the happening that opens it
# (``core.events.states``); "ist fertig" alone is how things are
READY_WORDS = _words("fertig einsatzbereit betriebsbereit bezugsfertig befahrbar bereit")
READY_AUX = _words("wird werden soll sollen")
# None: "Die Verhandlung ist [für den 14. April] angesetzt" is a whole German headline, as
# "ist geplant" is (English "are set [for May]" is not).
SET_FOR: frozenset[str] = frozenset()
TIMEX_PHRASE_LINKS = _words("des von")
DATE_MODIFIERS = _words("spät früh")
# The article and adjective a day's part leaves behind when its date goes: "am frühen
# [Montagmorgen]", "am späten [Dienstagabend]" (the date is the compound alone).
VAGUE_DATE_LEADS = (("am", "frühen"), ("am", "späten"), ("bis", "zum", "späten"))
# "erst [im März]", "frühestens [Ende des Monats]", "spätestens [am Freitag]": the date's bound
DATE_FOCUS_WORDS = _words("erst frühestens spätestens")
TIME_PHRASE_STARTS = _words("diese dieser diesen letzte letzten nächste nächsten")
TIME_UNITS = _words("woche monat jahr wochenende morgen abend nacht")
PLURAL_NOUNS = _words("leute menschen eltern")
# Words that read as a capital only because they open the sentence.
FUNCTION_WORDS = _words(
    "der die das den dem des ein eine einen einem einer eines in im am an auf bei nach seit "
    "vor während als aber und oder wenn dieser diese dieses sein seine ihr ihre er sie es wir "
    "ich man dort hier zudem jedoch allerdings auch bereits noch nun damit dabei dazu laut "
    # quantifiers opening a sentence ("Wenige Wochen nach …"): no one's name
    "wenige wenigen viele vielen einige einigen mehrere mehreren manche jede jeder jedes"
)
# Words before a time expression that go with it ("am [Montag]", "seit [2014]").
TIMEX_PREPOSITIONS = _words(
    "am an im in um seit bis ab vom von zum zur für während bis gegen und oder nach vor"
    " den dem"  # "auf den 2. April verschoben", "seit dem 1. Mai" (with DATE_PREPOSITION_LEADS)
)
RANGE_OPENERS = ("von", "vom", "zwischen")
RANGE_JOINERS = ("bis", "bis zum", "bis zur", "und", "-", "–")
BACK_SPAN_BEFORE = ("seit", "in", "während")
BACK_SPAN_THE = ("den",)
BACK_SPAN_WORDS = ("vergangenen", "letzten")
BACK_SPAN_AFTER = _words("nach seit")
PLACE_PREPOSITIONS = ("in", "im", "nach", "an", "am")
BETWEEN = "zwischen"
# Word endings German has none of as English does; these keep the engine's tests inert.
GERUND = "ierendes"
ADVERB_ENDING = "weise"
PAST_PARTICIPLE = "t"
THIRD_PERSON_ENDS = ("t",)
SUBJUNCTIVE_ENDING = "e"  # "…, dass die Sperrung Geld koste"
PLURAL_ENDING = "en"


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech ("trafen" → {"VERB": ("treffen", …)}); read-only."""
    return _forms.lemmas(word.lower())


def past(lemma: str) -> str:
    """The simple past of a verb: "treffen" → "traf"."""
    return _forms.past(lemma)


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "trafen" → "trifft" (or "treffen" for many)."""
    return _forms.present(word, plural)


def is_past(word: str) -> bool:
    """A simple past or past participle: "traf", "teilte", "mitgeteilt"."""
    return _forms.is_past(word)


def is_participle(word: str) -> bool:
    """A past participle ("getroffen", "unterzeichnet")."""
    return _forms.is_participle(word)


# -- added for de --
VERB_LAST = True
GENITIVE_ARTICLES = _words("der des beider aller")


# -- added for es --
def is_finite_form(word: str) -> bool:
    """German finite forms are known by the verb list (``_forms``), not by an ending alone."""
    return False


# A German finite verb always has its subject in the clause.
DROPS_SUBJECT = False

# -- added for ru --
# "Der Sprecher sagte, dass der Minister nach Kiew reisen werde": German keeps it (#16 titles).
REPORTED_THAT = ", dass"


def is_word(word: str) -> bool:
    """Whether ``word`` is a known word of the language, not a name: only the verbs of this
    folder's own list count (its nouns are told by their ending, which any name may have: a
    city called so is still a city, ``core.events.gazetteer``)."""
    return "VERB" in lemmas(word)


# -- added for fr (round 2) --
# Words opening what a role heads before a comma and a name (French "du", "de"): none here.
# "Der Vorstandschef des Autobauers, Ola Källenius, …" is Källenius (#16 titles).
ROLE_COMPLEMENT_OPENERS: tuple[str, ...] = ("des", "der", "von", "vom")
ROLE_COMPLEMENT_REACH = 6


def plural_verb(word: str) -> bool:
    """As English: the subject left out is not read here (``DROPS_SUBJECT`` is False)."""
    return False


# "… Millionen Euro gestohlen. Ein Jahr später …": the amount before is no comparison's.
REACH_OWN_SENTENCE = True
# A word that leads a date's preposition (English "up" in "up to April 2"): none listed.
# The preposition before an article before a date: "auf den 2. April", "für den 20. März".
DATE_PREPOSITION_LEADS = _words("auf für bis seit ab zu vor nach an")


# Quotation marks a title drops around a name in its subject: "Das Forschungsschiff
# „Polarlicht“ ist … zurückgekehrt" gives "Das Forschungsschiff Polarlicht ist zurückgekehrt"
# (the titles join words with English spacing, which reads "“" as an opening mark).
QUOTED_NAME_MARKS = frozenset(("„", "“"))


# A clause's own date wins over a span of the past it names: "Le musée rouvrira ses portes
# en juin après deux ans de travaux" is the reopening in June, not two years of works.
DATE_BEFORE_SPAN = True


# -- added for #16 titles (lang16t), see core/lang/en/clauses.py --
# "hat sich auf … geeinigt": the reflexive is no adverb a title may drop.
TITLE_KEPT_IN_VERB_GROUP = _words("sich")
# Fixed phrases a verb-last clause closes on with its verb: the title keeps them with it.
VERB_COMPLEMENTS = (
    "zu ende", "in kraft", "in betrieb", "in dienst", "ums leben", "zur verfügung", "in gang",
    "zu wort", "in frage", "zum einsatz", "in haft", "unter druck", "in brand", "zu hilfe",
)  # fmt: skip
# "zu acht Jahren Haft": a sentence's length, no date
DURATION_OF = ("haft", "gefängnis", "freiheitsstrafe", "jugendstrafe", "bewährung")
# Read where the verb goes last (core.events.middle): what links a phrase's noun to a further
# noun ("in Höhe von …", "die Sparpläne der Regierung"), a place's adjective ("Bernauer
# Straße") and an adjective's endings ("das Grüne Gewölbe") in a name of several words.
PHRASE_LINKS = _words("von vom der des eines einer beider aller")
PLACE_ADJECTIVE = "er"
ADJECTIVE_ENDINGS = ("e", "en", "es", "er")
DATE_ARTICLES = _words("den dem der")  # "für den [15. Januar]", "bis zum" is one word
# "bis zum Ende des [Jahres]" goes with its date; "den Haushalt des [kommenden Jahres]" not.
TIMEX_PHRASE_HEADS = _words("ende anfang beginn mitte hälfte rest laufe verlauf lauf")
# Openers of a clause whose finite verb stands last: a title puts it second (verb_second).
VERB_FINAL_OPENERS = _words(
    "dass weil nachdem bevor obwohl während wenn als ob da damit sodass seit seitdem "
    "der die das welcher welche welches"  # relatives: "das Bad, das … eröffnet worden war"
)
# An infinitive clause these open says why or how, not what the verb takes ("um … zu").
PURPOSE_OPENERS = _words("um ohne statt anstatt")
FRONTED_SPAN_IS_SCENE = True  # "Après trois jours de négociations, …": the clause's scene
COMMA_ASIDES = True  # "ont rejeté, par 290 voix contre 250, la motion"
PASSIVE_PERFECT = "worden"  # "war entlassen worden": done, not a state
# "hatten Beschäftigte von Kitas … die Arbeit niedergelegt", "teilte das Amt für Denkmalpflege
# mit": a bare noun's phrase after a subject that follows its verb names which one …
SUBJECT_PHRASE_PREPOSITIONS = _words("von für")
# … but not after a passive's auxiliary ("wurde der Dieb von Passanten gestellt": the doer)
PASSIVE_AUX = _words("wird werden werde wurde wurden worden")
# "sind in der Nacht zwei Menschen ums Leben gekommen": a count opens the subject
SUBJECT_COUNTS = NUMBER_WORDS | _words("rund etwa knapp mehrere mindestens fast über")
ARTICLE_PREPOSITIONS = _words("am im ins ans zum zur vom beim aufs ums")  # an article inside
ORDINAL_AFTER = ARTICLES | _words("zum zur am im vom beim seit ab bis")  # "Zum 25. Jubiläum"
ASIDE_PASSIVE: tuple[str, ...] = ()  # participle asides not read (see English)


# -- added for de and fr (lang16a) --
def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb this folder's lists
    lack, told by its shape alone (French "a été trouvé"). ``is_participle`` reads the
    shapes already: never here."""
    return False


# -- added for #16 (lang16a): a pronoun opening its sentence, no name before it --
# The articles of the sentence before's subject a pronoun may stand for ("elle" for "la
# coopérative"); empty: such a pronoun stands for nothing sure.
PRONOUN_ARTICLES = {"er": _words("der ein"), "sie": _words("die eine"), "es": _words("das ein")}


# -- added for #16 (fr20): relative clauses whose pronoun is their subject --
# The relatives that may be their clause's subject ("eine Anzeige, die … eingegangen war"),
# and the words that open another subject after one, which is then the object ("die die
# Polizei festnahm", "das er eröffnete").
VERB_LAST_SUBJECT_RELATIVES = _words("der die das welcher welche welches")
# Words that put a clause joined to a dated state at another time ("Im Jahr 2016 hatte der
# Ort 3000 Einwohner, und seither …"): ``core.events.after_state`` leaves it undated.
AFTER_STATE_OTHER_TIME = _words(
    "seit seither seitdem inzwischen mittlerweile jetzt heute derzeit noch später danach"
    " dann bis vorher zuvor wird werden würde würden hat haben ist sind"
)
# Words that make a following "als" a "than" ("hat mehr Geld ausgegeben, als …"), not "when".
COMPARED_BEFORE_THAN = _words(
    "mehr weniger früher später eher lieber anders länger kürzer besser schlechter schneller"
    " langsamer höher niedriger größer kleiner stärker schwächer"
)
# A name after this word, before a relative whose gender a noun before it ends as, and whose
# verb tells what a happening does: "die Heiligsprechung von Kaiser Karl, die am Sonntag
# stattfindet" is the noun's (a happening's ending says feminine), not the emperor's.
NAME_OWNER_LINK = "von"
NAME_OWNER_ENDINGS = {"die": ("ung", "heit", "keit", "schaft", "tion", "tät")}
NAME_OWNER_VERBS = _words("stattfinden beginnen enden")
# Words before a place's name that leave a relative after it unsure, after a noun: "beim
# Turnier in Riga, das am Montag beginnt" (the tournament's, or the city's?).
PLACE_NAME_BEFORE = _words("in im bei nach aus nahe")
SUBJECT_OPENERS = _words("der die das ein eine einer er sie es wir man ich du")
# "der" opening a relative is its subject (a feminine dative "der" is rare in news); an
# article or pronoun after it that is no masculine nominative opens its object.
NOMINATIVE_RELATIVES = _words("der")
OBJECT_AFTER_NOMINATIVE = _words("die das den dem ein eine einen einem sie es")
# The nominative article of an antecedent a subject relative stands for, by the relative's
# gender: "den Mann, der geflohen war" → "der Mann" (a dative plural, "den Männern", is left).
NOMINATIVE_ARTICLES = {
    "der": {
        "den": "der",
        "dem": "der",
        "des": "der",
        "einen": "ein",
        "einem": "ein",
        "eines": "ein",
    },
    "die": {"der": "die", "einer": "eine"},
    "das": {"dem": "das", "des": "das", "einem": "ein", "eines": "ein"},
}
# The relatives (by gender) an antecedent's article may stand for: "den Auftrag, der …" is
# masculine, "einer Firma, die …" feminine. After a preposition "der" is a feminine dative
# ("mit der Stadt"), never the masculine "der" relative's noun.
ARTICLE_GENDERS = {
    "der": _words("der die"), "den": _words("der die"), "dem": _words("der das"),
    "des": _words("der das"), "die": _words("die"), "das": _words("das"),
    "ein": _words("der das"), "eine": _words("die"), "einen": _words("der"),
    "einem": _words("der das"), "einer": _words("die"), "eines": _words("der das"),
}  # fmt: skip
ARTICLE_GENDERS_AFTER_PREPOSITION = {"der": _words("die")}
# The ending an adjective after that nominative article takes, by the relative's gender:
# "einem neuen Streik, der …" → "ein neuer Streik".
NOMINATIVE_ADJECTIVE_ENDINGS = {
    "der": {"der": "e", "ein": "er"},
    "die": {"die": "e", "eine": "e"},
    "das": {"das": "e", "ein": "es"},
}
# A finite verb's plural, by its ending or as a word ("wurden", "begannen", "sind"), and the
# articles only a singular takes: a relative's plural verb is not the singular noun's.
PLURAL_FINITE_ENDINGS = ("en",)
PLURAL_FINITE_WORDS = _words("sind")
SINGULAR_ARTICLES = _words("ein eine einer einem einen eines das dem des")
# The articles of a day after its weekday ("am Freitag, dem 8. Januar"), which are relative
# pronouns too: before a figure, no relative clause opens.
DAY_ARTICLES = _words("den dem")
# The article an antecedent takes as the object of its relative clause's own subject, by the
# relative pronoun: "der Bericht, den die Regierung vorstellte" → "Die Regierung stellte den
# Bericht vor"; the dative "dem" keeps the antecedent's dative ("dem Plan, dem der Rat
# zustimmte" → "Der Rat stimmte dem Plan zu"). Only "den" and "dem", never the subject: after
# "die" or "das" either noun phrase may be the subject ("eine Frau, die die Bank überfallen
# hat"), and no title is told.
OBJECT_ARTICLES = {
    "den": {"der": "den", "den": "den", "dem": "den", "ein": "einen", "einen": "einen",
            "einem": "einen"},
    "dem": {"dem": "dem", "der": "dem", "den": "dem", "einem": "einem", "ein": "einem",
            "einen": "einem"},
    # "die Ernennungen, die der Landtag … vornahm", "das Gesetz, das der Rat … beschloss"
    "die": {"die": "die", "der": "die", "eine": "eine", "einer": "eine"},
    "das": {"das": "das", "dem": "das", "des": "das", "ein": "ein", "einem": "ein"},
}  # fmt: skip
# A "die" or "das" relative is as often its clause's subject as its object ("die das Problem
# geerbt hatte", "die die Anlieferung beschleunigen"): read as the object only when the subject
# after it opens on a masculine nominative article and no passive's auxiliary (``PASSIVE_AUX``,
# "die der Gemeinde … vorgeschlagen wurde": a dative) closes the clause, and no accusative of
# its own follows ("die der Polizei … den Täter nannte": the pronoun its subject).
AMBIGUOUS_OBJECT_RELATIVES = {"die": _words("der"), "das": _words("der")}
OWN_OBJECT_ARTICLES = _words("den einen")
# "…, doch die Behörde lehnte im Juli jede Prüfung ab": "but" and a subject of its own, with
# its verb, open a clause (``core.events.phrases``).
BUT_OPENS_CLAUSE = True
# The particles a separable verb writes on its finite form in a subordinate clause and puts at
# the end of a main clause ("als die Flut zurückging" -> "die Flut ging zurück"); not those
# whose verbs are as often inseparable ("durch", "über", "unter").
SEPARABLE_PARTICLES = _words(
    "ab an auf aus bei ein fest fort her hin los mit nach vor weg weiter wieder zu zurück"
    " zusammen statt teil bekannt nieder heim dar frei hoch heraus hinaus vorbei voran"
)

# -- added for fx3 --
# The saying after the news on a day of its own is an event of its own:
# "…, sagte ein Sprecher am Montag".
DATED_SAYING = True
AS_TOLD = "wie"  # "…, wie seine Familie am Sonntag mitteilte"
REPORTED_SAYING_THAT = ","


# The person a profile's "er" or "sie" stands for (``core.events.topic_person``; the names
# are English's). "sie" is also "they" and, capitalised, "you": it stands for a woman only
# when no verb next to it ends like a plural ("sie haben", "wurden sie", "Sie sind").
FEMALE_PRONOUNS = _words("sie")
MALE_PRONOUNS = _words("er sein seine seinen seinem seiner")
PLURAL_TOO_PRONOUNS = _words("sie")
PLURAL_VERB_ENDINGS = ("en", "ern", "eln")
PLURAL_VERBS = _words("sind")
MALE_WORDS = _words(
    "sohn vater ehemann mann bruder herr herrn könig prinz onkel neffe enkel großvater "
    "freund witwer"
)
FEMALE_WORDS = _words(
    "tochter mutter ehefrau frau schwester königin prinzessin tante nichte enkelin "
    "großmutter freundin witwe"
)
SEX_WORDS_REACH = 20
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("fast beinahe")
# A subject that says nothing happened ("no one [was hurt]"): no title
NEGATIVE_SUBJECTS = _words("niemand nichts")


# Court and crime reports write a suspect's surname as its initial ("Kemal D. … D. hatte im
# März sein erstes Testzentrum eröffnet"): an initial alone is a subject a reader can place.
INITIAL_NAMES = True
# "That" is no determiner here: after it a time opens what is said ("…, что весной …").
THAT_NAMES_A_TIME = False

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``).
CLAUSE_WORDS_TITLE = True
