"""German tense and direction cues: is an underspecified date ("am Montag") ahead or behind?

``core.temporal.tense`` compiles these regex sources (case-insensitive) and decides from the
nearest verb, left first, then right. German puts the verb second or last: "Scholz wird am
Montag nach Kiew reisen" (the future's "wird" before the date), "Am Montag trafen sich …"
(the past after it); both are found. Participles ("gesagt", "getroffen") are matched with a
capital-sensitive pattern so the nouns that begin with "Ge-" ("Gemeinderat") are not.
"""

from __future__ import annotations

from core.lang.de import _forms

# Infinitives of what news reports as planned ("will … besuchen", "plant … zu treffen").
PLANNED = tuple(
    "sein beginnen starten besuchen reisen treffen abhalten eröffnen fortsetzen unterzeichnen"
    " zurückkehren ankommen verlassen abstimmen entscheiden ankündigen vorstellen vorlegen"
    " veröffentlichen kaufen verkaufen zahlen abschließen schließen bauen erweitern"
    " fliegen empfangen teilnehmen stattfinden beraten wählen tagen".split()
)
# Words that put the time they govern ahead; not a present that is the participle of a
# perfect passive ("ist am Samstag eröffnet worden", "besucht worden": done).
FUTURE = (
    r"(?:wird|werden|werde|wirst|werdet|soll|sollen|sollte|sollten|will|wollen|plant|planen"
    r"|geplant|vorgesehen|voraussichtlich|demnächst|künftig|beabsichtigt|beabsichtigen"
    r"|erwartet|erwarten|möchte|möchten|muss|müssen|bevorstehende[nmrs]?"
    rf"|zu\s+(?:{'|'.join(PLANNED)})"
    # the present of scheduled happenings: "das Treffen findet am Montag statt"
    r"|findet|finden|beginnt|beginnen|startet|starten|reist|reisen|fliegt|fliegen|trifft"
    r"|treffen|besucht|besuchen|kommt|kommen|läuft|endet|enden|tagt|tagen|laden|lädt"
    r"|eröffnet|stellt|stellen"
    # a state that holds on a day ahead: "die Schule bleibt am Freitag geschlossen"; and what
    # comes next: "vor dem nächsten Heimspiel am Sonntag"
    r"|bleibt|bleiben|nächste[nmrs]?"
    rf"|{_forms.present_forms()}"
    # "hat die Beschäftigten für Freitag zu Streiks aufgerufen": a date a plan is for
    r"|für(?=\s+(?:den\s+|kommenden\s+|nächsten\s+)?$))"
    # nor a participle before the perfect's auxiliary closing a clause ("…, der die Molkerei
    # im August besucht hatte") or the past passive's ("…, die am Samstag eröffnet wurde"):
    # the auxiliary after it tells the tense
    r"(?!\s+(?:worden|hatte|hatten|hat|haben|wurde|wurden|war|waren)\b)"
)
# The perfect's auxiliary with a participle closing its clause, one without "ge-" too ("hat
# am Montag die Brücke eröffnet", not the scheduled "eröffnet am Montag"); not with a date
# "für Montag" or "ab Montag", which a plan put ahead. ``core.temporal.tense`` also looks
# for it before a date, past the date (``PERFECT_PAST``).
PERFECT_PAST = (
    r"(?:hat|haben)(?=(?:(?!\b(?:für|ab|bis|geplant|vorgesehen|angesetzt)\b)[^.;,:]){0,80}?\s"
    r"(?-i:(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|über|unter)"
    r"[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert))\s*(?:[.;,]|$))"
)
# Words that put it behind: past forms, auxiliaries of the perfect, "seit", participles.
PAST = (
    r"war|waren|warst|wurde|wurden|hatte|hatten|gab|gaben|ging|gingen|kam|kamen|traf|trafen"
    r"|sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|meldete|meldeten"
    r"|reiste|reisten|flog|flogen|besuchte|besuchten|unterzeichnete|unterzeichneten|stand"
    r"|standen|lag|lagen|sprach|sprachen|fand|fanden|begann|begannen|entstand|entstanden"
    r"|starb|starben|wählte|wählten|stimmte|stimmten|beschloss|beschlossen|forderte|forderten"
    r"|kündigte|kündigten|bestätigte|bestätigten|betonte|betonten|hieß|hießen|nahm|nahmen"
    r"|gewann|gewannen|verlor|verloren|brachte|brachten|zeigte|zeigten|stellte|stellten"
    r"|zählte|zählten|feierte|feierten|empfing|empfingen|verließ|verließen|damals|seit|einst"
    r"|fühlte|fühlten|musste|mussten|konnte|konnten|durfte|durften|machte|machten|führte"
    r"|führten|hielt|hielten|blieb|blieben|sah|sahen|rief|riefen|erhielt|erhielten|gelang"
    r"|entschied|entschieden|wies|wiesen|zog|zogen|[a-zäöüß]{3,}ierten?"
    r"|gestern|vorgestern|zuvor"
    # the perfect passive's "worden" ("ist am Samstag eröffnet worden")
    r"|worden"
    # every simple past the verb tables hold ("trat", "zusammentrat", "verlieh")
    rf"|{_forms.past_forms()}"
    # the perfect's participle, lower case only (a capital "Ge-" begins a noun); not the
    # passive's closing a subordinate clause ("dass die Produktion eingestellt wird")
    r"|(?-i:ge[a-zäöüß]{2,}(?:t|en))(?<!\bgegen)(?<!\bgestern)(?<!\bgelten)(?<!\bgehen)"
    r"(?<!\bgeben)(?<!\bgewinnen)(?<!\bgeraten)(?<!\bgeschehen)(?!\s+(?:wird|werden)\b)"
    r"|(?-i:[a-zäöüß]{2,}ge[a-zäöüß]{2,}(?:t|en))(?<!\bangegeben)(?!\s+(?:wird|werden)\b)"
    rf"|{PERFECT_PAST}"
)
PAST_SUFFIX = ("te",)
NOT_PAST = frozenset(
    {"geplant", "erwartet", "vorgesehen", "beabsichtigt", "nächste", "letzte",
     "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte",
     "zehnte", "mitte", "rechte", "gute", "weite", "breite", "harte", "feste", "beste",
     "meiste", "heute"}
)  # fmt: skip
PLANNED_PARTICIPLES = ("geplant", "vorgesehen", "erwartet")
FUTURE_PARTICIPLES = ("geplant", "vorgesehen", "erwartet", "beabsichtigt")
NOT_PAST_ENDING = "ste"  # "nächste", "letzte", "erste": adjectives, not pasts
# Pasts of verbs whose stem ends in s, ss or ß, though they end in "ste" (as word endings:
# "abreiste", "verpasste"): "reiste am Montag nach Brüssel" tells the Monday gone by.
PAST_DESPITE_ENDING = tuple(
    "testete reiste reisten löste lösten fasste passte musste wusste hasste küsste grüßte"
    " rauste raste".split()
)
ORDINAL_LAST_WORD = "letzten"
ORDINAL_LAST = r"\s+(?:Hälfte|Teil|Drittel|Tage\s+des|Wochen\s+des)\b"
POSSESSIVE = "'s"
# "soll … gebaut werden", "wird … eröffnet": a participle in a future passive.
MODAL_PASSIVE = r"\b(?:wird|werden|soll|sollen|muss|müssen|kann|können)\b[^.;,]{0,40}$"
MODAL_INFINITIVE = r"\b(?:wird|werden|soll|sollen|will|wollen|zu)\s+(?:nicht\s+)?$"
INFINITIVE_MARKER = "zu"
# "die Wahl ist am Sonntag": a timetable.
SCHEDULED_COPULA = r"\b(?:ist|sind)\s+(?:für\s+)?$"
# "Die Eröffnung ist am Samstag." ahead: the present copula before "am" and a day, with the
# sentence ending after the day and at most a place or an hour ("im Rathaus", "um 20 Uhr");
# not "ist am Samstag gestorben", whose participle makes it the perfect's. So too a standing
# that is a day's business: "Der Plan steht am Mittwoch zur Abstimmung", "steht am Montag vor
# Gericht" (the vote, the trial that day).
COPULA_DAY_BEFORE = r"\b(?:ist|sind|steht|stehen)\s+(?:bereits\s+|schon\s+|erst\s+)?am\s+$"
COPULA_DAY_AFTER = (
    r"(?:\s+(?:in|im|auf|an|um|ab)\s+(?:[A-ZÄÖÜ0-9][\w.]*\s*){1,3})?"
    r"\s*(?:[.;]|$|(?:zur\s+(?:Abstimmung|Wahl|Debatte)|vor\s+Gericht)\b)"
)
# "wurde auf Montag verschoben": whatever the tense, the new date lies ahead.
DEFERRED = (
    r"\b(?:verschoben|vertagt|verlängert|ausgesetzt|unterbrochen)\b[^.;]{0,40}?\b(?:auf|bis)"
    r"\s+(?:den\s+|nächsten\s+|kommenden\s+)?$"
    # "bleibt … bis Samstag gesperrt": a state lasting until a day ahead
    r"|\b(?:bleibt|bleiben)\b[^.;]{0,60}?\bbis\s+(?:zum\s+|nächsten\s+|kommenden\s+)?$"
    # "verlegte das Fest in den Herbst": the time a thing is moved into lies ahead of the moving
    r"|\b(?:verleg|verschob|verschieb|vertag)\w*\b[^.;]{0,40}?\b(?:auf|in)\s+den\s+$"
)
ADJECTIVE_SLOT = (
    r"\b(?:ein|eine|einen|einem|einer|der|die|das|den|dem|des|noch|sehr|so|mehr|am)\s+$"
)
# "sollte ursprünglich am Freitag stattfinden" (the past of a plan) puts its date behind.
PAST_PERFECT_PLAN = (
    r"\b(?:hätte|hätten|sollte|sollten|war|waren)\s+(?:\w+\s+){0,3}(?:geplant|vorgesehen"
    r"|ursprünglich|eigentlich)\b"
)
# The perfect infinitive after a modal ("soll am Montag gestohlen haben", "soll dort gewesen
# sein"): a participle before "haben"/"sein"; not "soll Anfang Dezember einsatzbereit sein", a
# state ahead
PERFECT = (
    r"\s+(?:nicht\s+)?(?:\w+\s+){0,3}(?!\w*(?:bereit|fertig|bar)\s)"
    r"(?-i:(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)"
    r"|(?:be|ver|er|ent|zer|emp|über|unter)[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert|worden))"
    r"\s+(?:haben|sein)\b"
)

# -- the time a sentence reports (``core.temporal.story``) --
PRESENT = (
    r"ist|sind|bin|bist|seid|hat|haben|habe|hast|wird|werden|kann|können|muss|müssen"
    r"|sagt|sagen|erklärt|meint|gibt|geht|steht|liegt|voraussichtlich"
    rf"|{_forms.present_forms()}"
)
# The future of reported speech (Konjunktiv I): "sagte am Dienstag, die Abstimmung werde am
# Donnerstag stattfinden" looks ahead from that Tuesday.
MODALS_IN_PAST = r"werde|solle"
FUTURE_IN_PAST = r"würde|würden|sollte|sollten|wollte|wollten"
AUXILIARY = (
    r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden)\b[^.;,]{0,60}$"
)


# A subordinate clause that puts its verb last, opened between a date and the verbs before it:
# the date is read from its own clause's verbs ("Der Vorstand teilte mit, dass die Produktion
# Ende Juni eingestellt wird": "wird", not "teilte").
VERB_LAST_CLAUSE = (
    r",\s+(?:dass|ob|weil|wenn|nachdem|bevor|sobald|bis|damit|sodass|obwohl|falls|als)\s"
    # a relative clause that closes on its verb: "den Mann, der am Montag geflohen war"
    r"|,\s+(?:der|die|das|dessen|deren|dem|den|denen)\s+(?!(?-i:[A-ZÄÖÜ]))(?=[^,.;:]*?\s(?-i:[a-zäöüß]+)"
    r"\s*(?:[,.;:]|$))"
    # and an infinitive with "zu": "kündigte an, im Mai nach Japan zu reisen"
    r"|,\s+(?=[^,.;:]*?(?:\bzu\s+[a-zäöüß]+|[a-zäöüß]{2,}zu[a-zäöüß]{3,}en)\s*(?:[,.;:]|$))"
)


# Nouns are written with a capital: a capitalised cue word inside a sentence is a noun
# ("nach dem Treffen vom Montag", "der Beginn"), not the verb ("treffen", "beginnt").
CAPITAL_NOUNS = True


# A date a participle after it moves or sets a thing to, whatever the tense: "das Urteil wurde
# auf den 9. Januar vertagt", "auf Montag verschoben", "in den Herbst verlegt" (a range's "vom
# 2. auf den 3." is no target: no participle follows it; "bis in den Herbst" is a span's end).
TARGET_BEFORE = r"(?<!\bvom\s)(?<!\bvon\s)\b(?:auf\s+(?:den\s+)?|(?<!\bbis\s)in\s+den\s+)$"
TARGET_AFTER = (
    r"\s+(?:[a-zäöüß]+\s+){0,2}?(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|ver[a-zäöüß]{3,}(?:t|en))\b"
)


# The forms that put a clause ahead of publication, "Der Prozess wird am 3. März fortgesetzt": the
# sentence speaks from the publication's time, not a story's (``core.temporal.story``).
# Not the conditional: a future seen from the past.
FUTURE_FORMS = r"\b(?:wird|werden|werde|werdet)\b"

# A verb that put a thing off, before its new date ("wurde verschoben auf Oktober"); German
# mostly puts it after ("auf Oktober verschoben": ``TARGET_BEFORE``/``TARGET_AFTER``).
MOVED_TO = r"\b(?:verschoben|vertagt|verlegt)\b[^.;]{0,40}?\b(?:auf|bis)\s+(?:den\s+)?$"
