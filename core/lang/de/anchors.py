"""German cues that a date in a sentence only describes a thing, not when its happening was.

"notes due 2031" (a maturity), "the smallest rise since 1962" (a record's baseline), "up 21%
from $66 million a year earlier" (a comparison), "the crash of Oct. 19, 1987" (a named
thing), "the 1953 championship team" (a modifier): each date is right, and none is the date
of what the sentence reports. ``core.events.anchors`` reads these words; regex sources are
matched case-insensitively against the text just before (``..._BEFORE``) or just after
(``..._AFTER``) the time expression.
"""

from __future__ import annotations

# A record's baseline: "der höchste Stand seit 1962", "erstmals seit März". (A running span's
# start is a happening's date in German news: "seit dem 1. Juni erheben die USA Zölle" tells
# the tariffs begun on 1 June.)
SINCE_BEFORE = (
    r"\b(?:(?:höchst|niedrigst|tiefst|stärkst|größt|schwächst|schlechtest|best)\w*|erstmals"
    r"|ersten\s+mal|rekord\w*)\s+(?:[\wäöüß-]+\s+){0,4}?seit\s+"
    r"(?:(?:dem|der|anfang|ende|mitte|beginn)\s+)?$"
)
# ... and a year after "seit" in a clause not told in the past: a state lasting since then ("die
# seit 1897 durch Lindenau fährt", "erinnert seit 2014 eine Tafel"), no happening that year.
SINCE_YEAR_STATE_BEFORE = r"\bseit\s+(?:dem\s+jahr(?:e)?\s+)?$"
# A part of the day after these words tells how, not when: "Über Nacht stieg der Pegel um
# einen Meter" (overnight, all of a sudden), no night of the story's last day.
MANNER_TIME_BEFORE = r"\büber\s+$"
# A "seit" phrase with no verb of its own before "im Jahr": when a running span began ("eine
# der größten Spenden, die seit der Gründung des Vereins im Jahr 1987 gesammelt
# wurden"), never the clause's date.
SINCE_PHRASE_BEFORE = (
    r"\bseit\s+(?P<words>(?:dem|der|den)\s+(?:[\wäöüß'’-]+\s+){1,8}?)"
    r"(?P<preposition>im)\s+(?:jahre?\s+)?$"
)
# A maturity or an expiry: "Anleihen mit Fälligkeit 2031", "mit einer Laufzeit bis 2030",
# "der bis Ende 2026 befristete Vertrag" reads the date before its participle: not here.
TERM_BEFORE = (
    r"\b(?:fälligkeit|fällig|laufzeit\s+bis|auslaufend|befristet\s+bis)"
    r"\s+(?:(?:am|im|in|zum|bis)\s+)?(?:(?:dem|der)\s+)?$"
)
# (English "notes due 2031": German says "fällig", read by ``TERM_BEFORE``)
DUE_BEFORE = r"(?P<word>(?!))"
# A record's date: "das Rekordhoch vom 6. August", "der Tiefststand von 1982".
RECORD_BEFORE = (
    r"\b(?:rekord\w*|höchststand|tiefststand|höchstwert|tiefstwert|allzeithoch)"
    r"\s+(?:vom|von|aus\s+dem)\s+(?:jahr(?:e|es)?\s+)?$"
    # "fiel auf 1,40 Meter, so tief wie zuletzt im Dürresommer 1976": the level's baseline
    r"|\bwie\s+zuletzt\s+(?:[\wäöüß-]+\s+){0,3}$"
)
# A date named as a deadline or a target: "den 10. November als Stichtag festgelegt".
AS_DEADLINE_AFTER = r"^\s+als\s+(?:\w+\s+)?(?:frist|stichtag|termin|zieldatum|ziel)\b"
# The auxiliaries and modals of a clause's own verb group: "Ein Mann von 34 Jahren wurde am
# Dienstag festgenommen", no comparison's "von"
BE = frozenset(
    "ist sind war waren sei seien wird werden wurde wurden worden hat haben hatte hatten"
    " kann können konnte konnten soll sollen sollte sollten muss müssen musste mussten"
    " will wollen wollte wollten".split()
)
# A comparison's baseline, in German: "gegenüber dem Vorjahr", "im Vergleich zum Vorjahr",
# "verglichen mit 2018", "als im Vorjahreszeitraum".
COMPARISON = r"\b(?:gegenüber|im\s+vergleich|verglichen|vergleichsweise|vorjahreszeitraum)\b"
# ... and these only right before the date: "höher als im Vorjahr", "mehr als 2018" ("als"
# after the word it compares; not one opening a clause: "…, als am 3. März der Damm brach").
COMPARISON_NEXT = (
    r"(?:(?<=\w\s)als|\bgegen)\s+(?:(?:im|am|in|zum|vom)\s+)?(?:(?:der|dem|den|des)\s+)?"
    r"(?:gleichen\s+\w+\s+(?:des|im)\s+)?$"
    # an equative's standard: "halb so teuer wie im Jahr 1996", "genauso hoch wie 2011"
    r"|\b(?:so|ebenso|genauso)\s+(?:[\wäöüß]+\s+){1,2}?wie\s+(?:(?:im|am|in)\s+)?$"
)
# "stieg von 66 Millionen Euro im Vorjahr auf 80 Millionen": "von" after an amount.
FROM = r"\b(?:von|gegen)\b"
# A verb of change between "von" and the date makes "von" a noun's: "der Umsatz von Kessler
# stieg um 9 Prozent im Mai" dates the rise (no baseline).
CHANGE_AFTER_FROM = (
    r"\b(?:stieg|steigt|stiegen|steigen|gestiegen|sank|sinkt|sanken|sinken|gesunken|fiel|fällt"
    r"|fielen|fallen|gefallen|wuchs|wächst|wuchsen|gewachsen|schrumpfte?n?|geschrumpft"
    r"|legte|legten|zugelegt|verlor|verloren|kletterte?n?|geklettert|erhöhte?n?|erhöht"
    r"|zurückgegangen|ging|gingen|brach|brachen|eingebrochen)\b"
)
AMOUNT = r"\d|%|\bprozent\b|\beuro\b|\bdollar\b|\bmio\b|\bmrd\b|\bmillionen?\b|\bmilliarden?\b"
# Where a comparison's reach ends, looking back from the date: a clause break or a word
# that opens a clause of its own ("…, die 2019 stieg").
# (a dash set off by spaces ends a clause too: a dateline's "…, 20 лютого /Укрінформ/ – ")
COMPARISON_STOP = (  # (not the comma of a decimal: "gegen 7,40 Euro im Jahr 2015")
    r",(?!\d)|[;:()\n]|"
    r"\s[–—]\s|[.!?]\s|\b(?:und|aber|sondern|während|welche[rsn]?|wenn|als\s+sie)\b"
)
# "von 1991 bis 1997": neither date of a range is a baseline.
RANGE_JOIN_BEFORE = r"\b(?:bis|bis\s+zum|bis\s+zur|und)\s+$|[-–]\s*$"
RANGE_JOIN_AFTER = r"^(?:(?:bis|bis\s+zum|bis\s+zur)\s+|[-–])"
# Appositions that a comparison reaches over: "von 90,5 Millionen Euro oder 1,12 Euro je
# Aktie im Vorjahr".
APPOSITION = r"^\s*(?:oder|und|bzw\.)"
# A date after "von", "vom" or "aus dem Jahr" right after a noun names a thing: "eine Villa von
# 1895", "die Verordnung vom März 2021", "ein Vertrag aus dem Jahr 1990" (a noun is
# capitalised; a span's "Zeit von 2019 bis 2021" and a verb's "stieg von 2018" are no thing's
# date).
OF_BEFORE = (
    r"(?<![\w-])(?!(?:Zeit|Zeitraum|Jahr|Jahre|Jahren|Periode|Phase|Ende|Anfang|Mitte|Innerhalb"
    r"|Außerhalb|Oberhalb|Unterhalb|Anstelle|Infolge)\s)"
    r"(?P<noun>(?-i:[A-ZÄÖÜ])[\wäöüß-]+)\s+(?:von|vom|aus\s+dem\s+Jahr(?:e)?)\s+$"
)
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
    r"(?:^|\W)(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+(?P<adjective>[a-z]+\s+)?"
    r"(?:(?:end|mid|early|late)-)?$"  # "his end-June forecast"
)
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[a-z][a-z-]+)\b"
DETERMINER_START = r"^(?:the|a|an)\s"  # a time expression that holds its determiner
MORE_EVENT_NOUNS = frozenset(
    "hearing trial ruling verdict sentencing session debate conference congress convention "
    "launch opening ceremony crash collapse storm earthquake flood fire race match final game "
    "tour trip speech address interview announcement report merger takeover "
    "offering sale auction strike raid coup revolution uprising war battle massacre slaying "
    "blast incident disaster service memorial funeral accession cease-fire power-grab loss "
    "campaign decision "
    "profit earnings income sales revenue results quarter dividend split crisis".split()
)
# "a decision on the response to Friday's attack": a day's possessive after a preposition
# dates that noun, not the clause ("Monday's vote drew …" as a subject still does).
POSSESSIVE_AFTER_PREPOSITION = (
    r"\b(?:to|on|after|before|since|of|for|in|at|by|from|with|over|about)\s+$"
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
    r",\s+(?P<participle>[a-z]+)(?:\s+(?:up|out|down|off))?\s+(?:in|on|during|since)\s+(?:the\s+)?$"
)
# A trade's terms: "June yen futures", "for May shipment", "delivery in July" — the month of a
# contract or a cargo, not of the trade ("Egypt bought wheat for May shipment" was bought now).
TERMS_AFTER = (
    r"^\s+(?:[a-z]+\s+)?(?:futures|contracts?|options|delivery|deliveries|shipments?|loading"
    r"|arrival)\b"
)
TERMS_BEFORE = r"\bfor\s+(?:shipment|delivery|loading|arrival)\s+(?:in|during|by)\s+$"

MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
CLOCK_THEN_DAY_AFTER = r"^,?\s+(?:am\s+|des\s+)\d"  # "Um 21.10 Uhr am 12. März": the day's
# A sentence opened by a participle's phrase (English "Born in Leeds in 1931, …"): not
# read yet for this language (a pattern that never matches).
# "Erbaut 1935, wurde das Haus 1987 saniert": the phrase's date, not the clause's
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>[A-ZÄÖÜ][a-zäöüß]+)\s+[^,.;:!?\n]*$"
)
# "das Werk bis mindestens 2033 weiterführen": the end of a span at least that long, no date
# of a happening
STATE_UNTIL_BEFORE = (
    r"\bbis\s+(?:mindestens|zumindest|wenigstens)\s+(?:zum\s+|Ende\s+)?$"
    # ... and the earliest a thing may come, no date of it: "ist nicht vor Ende des Jahres zu
    # rechnen"
    r"|\bnicht\s+(?:vor|früher\s+als)\s+(?:dem\s+|Ende\s+)?$"
    # ... and a state told in the present that lasts until a date: "Der Zugang bleibt bis Mai
    # gesperrt", "Die Mieten sind bis einschließlich Juni festgeschrieben" — the state's end, no
    # happening then (as English "remains closed until May"). "ist" and "sind" open the perfect
    # too ("Die Zahl ist bis Ende Mai gestiegen", "ist bis zum 3. Mai eingegangen"): after them
    # only "bis einschließlich", or a phrase between them and "bis" that tells how ("sind über
    # eine Bürgschaft des Landes bis Ende Mai gedeckt")
    r"|\b(?:bleibt|bleiben)\s+(?:[^\s;.!?,]+\s+){0,10}?bis\s+(?:einschließlich\s+)?"
    r"(?:zum\s+|Ende\s+)?$"
    r"|\b(?:ist|sind)\s+(?:(?:[^\s;.!?,]+\s+){1,10}?bis\s+(?:einschließlich\s+)?|bis\s+einschließlich\s+)"
    r"(?:zum\s+|Ende\s+)?$"
)


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("wurde", "wurden")
# After a date, a participle declined as an adjective and its noun (German "die 1963
# eröffnete Brücke"): the date is the participle's.
PRENOMINAL_PARTICIPLE_AFTER = (
    r"\s+(?P<participle>[a-zäöüß]{3,}?(?:t|en))(?:e|en|er|es|em)\s+(?P<noun>[A-ZÄÖÜ][\w-]+)"
)
# A budget or a yearly report named with the year it covers: "im Doppelhaushalt 2024/25
# eingeplant", "im Haushalt 2025 vorgesehen", "laut Geschäftsbericht 2023" — the document's
# year, not when the clause happens ("Im Geschäftsjahr 2025 stieg der Umsatz" keeps its year).
DOCUMENT_YEAR_BEFORE = (
    r"\b(?:[\wäöüß]*haushalt(?:s|es)?(?:plan|entwurf)?(?:s|es)?|etat|geschäftsbericht(?:s|es)?"
    r"|jahresbericht(?:s|es)?|wirtschaftsplan(?:s|es)?)\s+(?:für\s+(?:das\s+jahr\s+)?)?$"
)


# -- added for #16 (foreign2): a thing's age is no happening --
# A year that tells how old a thing is: its founding, building or opening in an aside ("die
# Brauerei, gegründet 1921, …", "erbaut im Jahr 1895") or what it dates from ("stammt aus dem
# Jahr 1895"): background of the noun, no event and not the clause's date (a main clause's "Die
# Firma wurde 1921 gegründet" tells its own happening).
_ORIGIN = r"(?:gegründet|erbaut|gebaut|errichtet|eröffnet|eingeweiht)"
# What is built or made and has an age: the last part of its noun ("Fabrikgebäude", "Mühle").
_BUILT = (
    r"(?:gebäude|haus|häus|mühle|kirche|kapelle|brücke|halle|villa|schloss|burg|turm|bahnhof"
    r"|fabrik|kraftwerk|anlage|kino|theater|stadion|orgel|glocke|lokomotive|waggon|schiff"
    r"|fahrzeug|maschine|traktor|denkmal|siedlung)"
)
THING_AGE_BEFORE = (
    rf"(?:(?:^|[.!?]\s+|\n\s*|,\s+)(?:(?:einst|ursprünglich)\s+)?{_ORIGIN}"
    r"|\bstamm(?:t|en|te|ten|end\w*)\s+aus|\bdatier(?:t|en|end\w*)"
    # a vehicle's or a machine's model year: "der Traktor, Baujahr 1988, …"
    r"|\bBaujahr"
    # an apposition saying what a thing is and its age: "…, eine Mühle aus dem Jahr 1862"
    # (the tagger's expression holds "Jahr" itself)
    r"|,\s+(?:ein|eine|einem|einer|eines|einen)\s+(?:[\wäöüß-]+\s+)?(?-i:[A-ZÄÖÜ])[\wäöüß-]+"
    r"\s+aus\s+(?:dem|den)"
    # ... or right after a building's or a machine's noun, no comma: "Die Mühle aus dem Jahr
    # 1850 wird saniert", "das Kino aus den 1930er Jahren" (the thing's age; a document's year
    # is its own happening's: "ein Gutachten aus dem Jahr 2009")
    rf"|(?-i:(?=[A-ZÄÖÜ]))[\wäöüß-]*{_BUILT}(?:e|es|s|n|en|er)?\s+aus\s+(?:dem|den))"
    r"\s+(?:(?:im|aus\s+dem)\s+(?:Jahr(?:e)?\s+)?)?$"
)
# ... and before its participle declined as an adjective, or in a relative clause: "das 1921
# gegründete Familienunternehmen", "die Halle, die 1895 erbaut wurde", also with words between:
# "das 1921 als Schreinerei gegründete Familienunternehmen" (no article among them: "er hat 1921
# das neu gegründete Werk gekauft" dates the buying), "die 1968 für den Verkehr errichtet worden
# war" (a verb-final clause: a main clause's "wurde 1968 für den Verkehr errichtet." keeps it).
_ARTICLE = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)"
_BETWEEN = r"(?:\s+(?!(?:und|oder|aber)\b)[^\s,.;:!?()„“\"]+)"
THING_AGE_AFTER = (
    rf"^(?:\s+(?!{_ARTICLE}\b)(?!(?:und|oder|aber)\b)[^\s,.;:!?()„“\"]+){{0,6}}?\s+{_ORIGIN}"
    r"e[nrsm]?\s+[A-ZÄÖÜ]"
    rf"|^{_BETWEEN}{{0,8}}?\s+{_ORIGIN}\s+(?:wurde|wurden|worden\s+(?:war|waren|ist|sind))\b"
)


# -- a plan given up --
# A plan told as once meant, in the past: "Der Entwurf sah ursprünglich vor, die Fähre bis 2018
# zu ersetzen", "Das Freibad sollte eigentlich 2022 öffnen", "Die Wahl war ursprünglich für
# Oktober angesetzt" — the date the plan had, not a happening's (English "was originally due
# to fly in November"). The plan's words end at a comma before "aber", "doch", "jedoch",
# "sondern" or "dann": "…, aber im Mai 2022 stürzte sie ein" tells what happened.
# A plan the same sentence then says was given up: "Der Verein wollte die Halle im Juni
# eröffnen, doch die Arbeiten wurden gestoppt", "Die Abstimmung war für den 3. Juni geplant,
# wurde aber verschoben" — the date it was meant for, when nothing happened. The plan word may
# stand before the date or, as a participle, right after it.
PLAN_BEFORE = r"\b(?:wollte|wollten|sollte|sollten|plante|planten)\b[^,;.!?]*$"
PLAN_AFTER = r"^[^,;.!?]{0,30}?\b(?:geplant|vorgesehen|angesetzt|terminiert|angekündigt)\b"
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\bund\b)[^.;!?]){0,70}?\b(?:aber|doch|jedoch)\b[^.;!?]{0,60}?"
    r"\b(?:verschoben|abgesagt|gestoppt|gestrichen|ausgesetzt|vertagt|abgebrochen"
    r"|verschob|sagte\w*\s+(?:\w+\s+){0,3}ab)\b"
)
ABANDONED_PLAN_BEFORE = (
    r"\b(?:sah|sahen)\s+(?:ursprünglich|eigentlich)\s+vor\b"
    r"(?:(?!,\s*(?:aber|doch|jedoch|sondern|dann)\b)[^;.!?])*$"
    r"|\b(?:sollte|sollten|war|waren)\s+(?:ursprünglich|eigentlich)\s+"
    r"(?:(?:für|bis|auf|im|am|zum|zur|ab)\s+)?(?:(?:den|dem|das|der)\s+)?$"
    # "Ursprünglich sollte die Messe schon am 2. Mai öffnen": the adverb first, the modal next
    r"|\b(?:Ursprünglich|Eigentlich)\s+(?:sollte|sollten)\b[^,;.!?]*$"
    # "die Wahl, die ursprünglich am 2. Mai stattfinden sollte": the modal after the date
    r"|\b(?:die|der|das|den)\s+(?:ursprünglich|eigentlich)\s+(?:schon\s+|bereits\s+)?"
    r"(?:(?:für|bis|auf|im|am|zum|zur|ab)\s+)(?:(?:den|dem|das|der)\s+)?$"
)
# "ein Bau aus den 1920er-Jahren", "eine Halle der 1950er Jahre": the decade names the thing;
# "in den 1920er-Jahren", "Anfang der 1920er Jahre" are the clause's time.
DECADE_OF_THING_TEXT = r"(?:den|der)\s"
DECADE_OF_THING_BEFORE = (
    r"(?:\baus|\b(?!(?:Anfang|Ende|Mitte|Laufe|Beginn|Verlauf)\b)[A-ZÄÖÜ][a-zäöüß]{2,})\s+$"
)

# A sentence that opens by saying it only gives a yardstick: "Zum Vergleich: 2004 fuhren 90
# Autos mit." Its dates are the yardstick's, not the story's happenings.
COMPARISON_SENTENCE = r"^zum\s+vergleich\b"
# The year a record told in the passive was set: "Der Zuschauerrekord wurde 1962 aufgestellt"
# tells the record's age, a yardstick, not news (only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"rekord\w*\b[^.;!?]{0,40}?\b(?:wurde|stammt)\s+(?:(?:im|aus\s+dem)\s+(?:jahr\s+)?)?$"
)
# The period figures or a report cover: "legt die Zahlen für das zweite Quartal am 8. Mai
# vor", "den Bericht zum ersten Halbjahr" — the document's period, not when it is given (that
# is the sentence's other date, or none).
REPORT_PERIOD_BEFORE = (
    r"\b(?:\w*zahlen|\w*ergebnisse?|\w*bilanz|\w*bericht|jahresabschluss|abrechnung)\s+"
    r"(?:für|zum|zur)\s+(?:(?:das|den|die|dem)\s+)?$"
)


# An index's base year written as the index's 100: "der Verbraucherpreisindex (2020 = 100)
# stieg" — the figures' yardstick, never when anything happened
# (``core.events.anchors._figure_base``).
FIGURE_BASE_AFTER = r"^\s*=\s*100\b"

# "Der Brand vom Montag wurde gestern gelöscht": das Datum nennt den Brand, die Nominalgruppe am
# Satzanfang (Substantive, groß geschrieben: nicht "Die Messe findet vom 9. bis …"); das Datum
# des Verbs folgt (``core.events.subject_dates``). Der Beginn des
# Zeitausdrucks ist mit \x00 markiert.
SUBJECT_DATE_OF = (
    r"(?:^|[.!?]\s+|\n)[„\"“(\s]*(?-i:Der|Die|Das|Ein|Eine)\s+"
    r"(?-i:[A-ZÄÖÜ][^,;:.!?\d\s]*\s+){1,2}(?:vom|von\s+(?:der\s+)?)\s*\x00"
)
