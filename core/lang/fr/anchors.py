"""French cues that a date in a sentence only describes a thing, not when its happening was.

"la plus forte hausse depuis 1962" (a record's baseline), "en hausse par rapport à 2018" (a
comparison), "les élections législatives du 30 mai" (a named thing): each date is right, and
none is the date of what the sentence reports. ``core.events.anchors`` reads these words (the
names are English's, ``core.lang.en.anchors``); regex sources are matched case-insensitively
against the text just before (``..._BEFORE``) or just after (``..._AFTER``) the time
expression.
"""

from __future__ import annotations

_NEVER = r"(?!)"

# A running span or a record's baseline: "depuis 1962", "depuis mars", "depuis la saison
# 1997-1998".
SINCE_BEFORE = r"\bdepuis\s+(?:(?:le|la|l['’]|début|fin|mi)\s*)?(?:(?:saison|année|exercice)\s+)?$"
# An activity going on since a day began that day: "les syndicats négocient depuis mardi",
# "la route est fermée depuis lundi" (a present right before, not a noun after a determiner or
# an adjective: "la plus forte baisse depuis lundi"; a running total has its figure between:
# "recule de 3 % depuis lundi").
SINCE_ACTIVITY_BEFORE = (
    r"(?:\b(?:est|sont|reste|restent|demeure|demeurent)\s+(?:[a-zéèêàâçîôû-]+\s+){0,2}"
    r"|(?<!\bla\s)(?<!\bune\s)(?<!\bsa\s)(?<!\bleur\s)(?<!\bcette\s)(?<!\ble\s)(?<!\bun\s)"
    r"(?<!\bforte\s)(?<!\bgrande\s)(?<!\bgrosse\s)(?<!\bfaible\s)(?<!\bnette\s)"
    r"\b[a-zéèêàâçîôû]{3,}(?:e|ent)(?<!ée)\s+(?:déjà\s+)?)"
    r"depuis\s+(?:(?:le|ce)\s+)?$"
)
# A maturity or an expiry: "obligations à échéance 2031", "expirant en 1997", "une aide
# remboursable jusqu'en 2020" (the term of the loan, not when it was granted).
TERM_BEFORE = (
    r"\b(?:échéance|échéant|expirant|expire|remboursables?|arrivant\s+à\s+échéance"
    r"|(?<=,\s)valeur"  # a price's base year: "54 millions d'euros, valeur 2016"
    r"|millésimée?s?|millésime)"  # a vintage: "des boîtes millésimées 1986"
    r"\s+(?:(?:en|le|au|à)\s+|jusqu['’](?:en|au|à)\s*)?$"
)
DUE_BEFORE = r"(?P<word>(?!))"
# A record's date: "le record atteint en 1982", "le plus bas niveau enregistré le 6 août".
RECORD_BEFORE = (
    r"\b(?:record|sommet|plancher|niveau|plus\s+haut|plus\s+bas)\s+(?:\w+\s+)?"
    r"(?:atteint|établi|enregistré|touché|observé)\s+(?:en|le|au|à)?\s*$"
    # the record's figure, then its participle and where it was set: "le record absolu, les
    # 46 degrés relevés à Vérargues le 28 juin 2019" (foreign2)
    r"|\brecord\b[^.;:!?]{0,60}?,\s+(?:[^.;:!?,]|(?<=\d)[,.](?=\d)){0,40}?\b(?:atteint|établi|enregistré|relevé|mesuré|observé)e?s?"
    r"\s+(?:(?:à|en)\s+[A-ZÀ-Ý][\wà-ÿ-]*(?:\s+[A-ZÀ-Ý][\wà-ÿ-]*){0,2},?\s+)?"
    r"(?:en|le|au|à)?\s*$"
)
AS_DEADLINE_AFTER = r"^\s+comme\s+(?:date\s+)?(?:butoir|limite|échéance)\b"
# (and the auxiliaries and modals of a clause's own verb group: "le recul de 62 à 64 ans doit
# entrer en vigueur le 1er septembre", no comparison's "de")
BE = frozenset(
    "est sont était étaient être été a ont avait avaient doit doivent devait devaient devra"
    " devront devrait devraient va vont peut peuvent pourra pourront pourrait pourraient".split()
)
# A comparison's baseline: "par rapport à 2018", "comparé à l'an dernier", "contre 3 % en 1990".
COMPARISON = r"\b(?:par\s+rapport|comparée?s?|en\s+comparaison|vis-à-vis)\b"
COMPARISON_NEXT = r"\b(?:qu['’]|que|contre)\s+(?:(?:en|le|au|à|l['’])\s*)?$"
FROM = r"\b(?:de|contre)\b"
# "de" right after a word of change is its size, no baseline: "ont reculé de 12 % en avril"
# tells when the fall was ("passé de 3 % en 2019 à 5 %" keeps its "from").
CHANGE_BY_BEFORE = (
    r"\b(?:augment|diminu|baiss|recul|progress|chut|grimp|bond|accr|cr[uûo]|rebond|hauss"
    r"|gagn|perd|cédé|régress|fléchi|flamb|plong|dégringol|s'envol|s’envol)\w*\s*$"
)
AMOUNT = r"\d|%|\bpour\s+cent\b|\beuros?\b|\bdollars?\b|\bmillions?\b|\bmilliards?\b"
# a line break ends a clause too: "Publié le 14 juillet 2024" above is no baseline of the lead
# (a dash set off by spaces ends a clause too: a dateline's "…, 20 лютого /Укрінформ/ – ")
# (not the comma of a decimal after "contre": "contre 7,40 euros en 2015" is a baseline; after
# "de" the decimal's comma still cuts, "ont progressé de 2,5 % en mars" is no "from")
COMPARISON_STOP = (
    r"(?<!\bcontre\s\d)(?<!\bcontre\s\d\d)(?<!\bcontre\s\d\d\d),|[;:()\n]|"
    r"\s[–—]\s|[.!?]\s|\b(?:et|mais|tandis|qui|que|lorsque|quand)\b"
)
# "de 1991 à 1997": neither date of a range is a baseline.
RANGE_JOIN_BEFORE = r"\b(?:à|au|jusqu['’]à|jusqu['’]au|et)\s+$|[-–]\s*$"
# ... only when a date follows: "de 2019 à 2021", "du 2 au 5 mai", "de mars à juin", "de 2010 à
# aujourd'hui"; not "l'an dernier | à la même date" (a comparison's baseline stays one)
RANGE_JOIN_AFTER = (
    r"^(?:(?:à|au|jusqu['’]à|jusqu['’]au)\s+(?:(?:1[5-9]|20)\d\d\b|\d{1,2}(?:er)?\b(?![,.]?\d)"
    r"|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|printemps|début|mi-\w+"
    r"|fin|aujourd['’]hui|présent|maintenant|ce\s+jour|nos\s+jours)\b"
    r"|l['’](?:été|automne|hiver|an|année)\b)|[-–])"
)
APPOSITION = r"^\s*(?:ou|et|soit)\b"
# A date after "de" names a thing: "les élections législatives du 30 mai", "la loi de 1905" —
# unless the noun before it is a time itself ("la nuit de lundi", "la fin de juin").
# ("a lieu du 2 au 5 mai": the noun of "avoir lieu", to take place, is the verb's, no "of")
OF_BEFORE = r"\b(?!lieu\s)(?P<noun>[a-zàâçéèêëîïôûùüÿœ-]+)\s+(?:de|du|d['’])\s*$"
TIME_NOUNS = frozenset(
    "nuit matin matinée après-midi soir soirée jour journée semaine week-end mois an année"
    " fin début milieu mi courant cours reste moitié partie veille lendemain printemps été"
    " automne hiver saison trimestre semestre période date heure heures anniversaire dès"
    " depuis partir ici compter".split()
)
# French puts the date after the noun ("l'équipe de 1953": OF_BEFORE reads it).
DETERMINER_BEFORE = r"(?P<adjective>(?!))"
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ-]+)\b"
# "Lors de la réunion du 9 mars, le maire a annoncé …": what happened during a noun's
# happening took place on its date (a noun named by its date elsewhere only names it).
DURING_BEFORE = (
    r"\b(?:lors|au\s+cours|à\s+l['’]occasion|à\s+l['’]issue)"
    r"\s+(?:de\s+(?:la|sa|son|leur)|de\s+l['’]|du|des|de\s+ses|de\s+leurs|d['’])\s*$"
    r"|\bpendant\s+(?:la|le|les|l['’]|sa|son|ses|leur|leurs)\s*$"  # "lors de sa séance du 4 mars"
)
MORE_EVENT_NOUNS = frozenset(
    "audience procès jugement verdict session débat conférence congrès lancement ouverture"
    " cérémonie accident effondrement tempête séisme inondation incendie course match finale"
    " tournée voyage discours entretien annonce rapport fusion rachat vente enchère grève"
    " raid coup révolution soulèvement guerre bataille massacre incident catastrophe"
    " obsèques funérailles décision campagne crise élections législatives présidentielle"
    " municipales scrutin"
    # (fr3) the happenings of local and cultural news, as English lists them
    " séance représentation spectacle concert festival défilé marathon tournoi inauguration"
    " commémoration assemblée colloque".split()
)
# "ses objectifs pour 1988", "le budget pour l'an prochain": a plan's period.
NOUN_FOR_BEFORE = r"\b(?P<noun>[a-zàâçéèêëîïôûùüÿœ]+)\s+pour\s+(?:le\s+|la\s+|l['’])?$"
PLAN_NOUNS = frozenset(
    "objectif objectifs prévision prévisions budget budgets plan plans projection projections"
    " perspectives quota quotas estimation estimations".split()
)
# ", créé en 1986": a date inside a participle's aside describes the noun before it.
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[a-zàâçéèêëîïôûùüÿœ]+)\s+"
    r"(?:(?:en|le|au|depuis|à)\s+(?:l['’])?|(?<=[éiu]\s)|(?<=[éiu]e\s)|(?<=[éiu]s\s)|(?<=[éiu]es\s))$"
)
# The endings of a participle in an aside that ``clauses.is_past`` does not read as a verb (a
# word the lexicon knows only as a noun: "Le traité, rédigé en 1997, …"). A noun in that slot
# is an apposition of its own ("Le maire, député en 1997, …"), whose date is no more the main
# clause's.
ASIDE_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# A trade's terms: "livraison en juillet", "contrats à terme de juin".
TERMS_AFTER = r"^\s+(?:[a-z]+\s+)?(?:à\s+terme|livraisons?|cargaisons?)\b"
TERMS_BEFORE = r"\b(?:livraison|livrable|expédition|chargement)\s+(?:en|pour|d['’]ici)\s+$"

MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
CLOCK_THEN_DAY_AFTER = r"^,?\s+(?:le\s+|du\s+)\d"  # "À 21 h 10, le 12 mars": the day's
# A sentence opened by a participle's phrase (English "Born in Leeds in 1931, …"): not
# read yet for this language (a pattern that never matches).
# "Construit en 1935, l'équipement a été rénové en 1987": the phrase's date, not the clause's
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+[^,.;:!?\n]*$"
)
# "exploiter le site au moins jusqu'en 2033": the end of a span at least that long
STATE_UNTIL_BEFORE = (
    r"(?:\bau\s+moins\s+jusqu['’](?:à|au|en)|\bjusqu['’](?:à|au|en)\s+au\s+moins(?:\s+en)?)"
    r"\s+(?:la\s+fin\s+(?:de\s+|d['’]))?$"
    # ... and the earliest a thing may come, no date of it: "n'est pas attendu avant 2027"
    r"|\bpas\b[^.;,]{0,30}?\bavant\s+(?:la\s+fin\s+(?:de\s+|d['’])|le\s+)?$"
    # ... and what runs or holds until a date: "le contrat court jusqu'en juin 2023", "valable
    # jusqu'au 30 juin"
    r"|\b(?:court|courent|courait|couraient|valable|valables|en\s+vigueur)\s+jusqu['’](?:à|au|en)"
    r"\s+(?:(?:la\s+)?fin\s+(?:de\s+|d['’]))?$"
    # ... and what was extended, renewed or moved until a date: "a prolongé son contrat
    # jusqu'en 2027" (the extension was made before; the date ends a term; "resteront fermées
    # jusqu'à vendredi" is a closure, ``clauses.STATE_VERB_ACTIONS``)
    r"|\b(?:prolong|renouvel|reconduit|report|repouss|décal|suspend|maint[ie]n)"
    r"[a-zéèêàâçîôû]*\b[^;.!?,]{0,50}?\bjusqu['’](?:à|au|en)\s+(?:(?:la\s+)?fin\s+(?:de\s+|d['’]))?$"
)


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("a été", "ont été")
# A participle's aside that goes on after its date with its agent or place, to its comma or
# the sentence's end: "…, signé en 1985 par cinq pays." (the signing's date).
ASIDE_GOES_ON_AFTER = (
    r"^\s+(?:par|pour|à|au|aux|en|avec|entre|devant|lors)\s+(?:[^\s,.;:!?«»\"()]+\s+){0,7}?"
    r"[^\s,.;:!?«»\"()]+\s*[,;.!?]"
)


# A figure set for a date: "prévoit 120 kilomètres de pistes d'ici 2030", "la suppression de 85
# postes d'ici la fin de l'année" — the figure's deadline, not when the plan was made.
DEADLINE_BEFORE = r"\d(?:[^,;.!?]|[,.](?=\d))*\bd['’]ici\s+(?:à\s+)?$"
# A budget or a yearly report named with the year it covers: "inscrits dans le budget 2025",
# "la loi de finances pour 2026", "selon son rapport annuel 2023" — the document's year, not
# when the clause happens.
DOCUMENT_YEAR_BEFORE = (
    r"\b(?:budgets?(?:\s+(?:primitif|de\s+l['’]état))?|loi\s+de\s+finances|rapport\s+annuel"
    r"|exercice\s+budgétaire)\s+(?:(?:de|pour)\s+)?(?:l['’]année\s+)?$"
)


# -- added for #16 (foreign2): a thing's age is no happening --
# A year that tells how old a thing is: its founding, creation, building or opening in an aside
# ("le club, fondé en 1923, …", "Créé en 1987, le festival …", "la conserverie fondée en 1907
# par …", "un pont datant de 1780"): background of the noun, no event and not the clause's
# date (a main clause's "a été fondée en 1907" tells its own happening).
THING_AGE_BEFORE = (
    r"(?:(?<!\bété\s)(?<!\best\s)(?<!\bfut\s)(?<!\bsont\s)(?<!\bfurent\s)(?<!\bétait\s)"
    # (nor a future's or a wish's: "sera inauguré en 2027" is the clause's own happening)
    r"(?<!\bêtre\s)(?<!\bsera\s)(?<!\bseront\s)(?<!\bserait\s)(?<!\bseraient\s)(?<!\bsoit\s)"
    r"(?<!\bsoient\s)"
    # (nor an active past's: "elle a créé en 2019 sa société" is the clause's own happening)
    r"(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)(?<!\bavaient\s)(?<!\bavoir\s)"
    r"\b(?:fondée?s?|créée?s?|construite?s?|bâtie?s?|érigée?s?|édifiée?s?|inaugurée?s?"
    r"|mise?s?\s+en\s+(?:service|exploitation))"  # "le tram, mis en service en 2006, …"
    r"(?:\s+par\s+[^,.;:\n]{1,40}?)?\s+en\s+|\b(?:date|datent|datant)\s+de\s+)$"
)
# "une conserverie des années 1920": the decade after its noun names the thing; "au début des
# années 1920", "dans les années 1920" are the clause's time.
DECADE_OF_THING_TEXT = r"des\s+années"
DECADE_OF_THING_BEFORE = (
    r"\b(?!(?:début|fin|cours|milieu|moitié|lors|partir|depuis|tournant|long)\b)"
    r"[a-zà-ÿ]{3,}\s+$"
)
# A person's apposition holding a date of what the person is: "Le juge, lauréat du concours
# en 1988, estime que …", "Mme Roux, médaillée d'argent en 2004, a annoncé …" — the date is
# the prize's or the medal's, not the clause's.
PERSON_APPOSITION_BEFORE = (
    r",\s+(?:(?:l['’]|le\s+|la\s+|un\s+|une\s+)?(?:ancien|ancienne)\s+)?(?:l['’]|le\s+|la\s+)?"
    r"(?:lauréate?|diplômée?|médaillée?|championne?|vainqueur|finaliste|élève)\s+"
    r"(?:du|des|de|d['’])\s*[^,;:.!?()\n]{1,60}?\s+(?:en\s+)?$"
)
# (not a description opening the sentence, its subject after it:
# "Née à Lyon, diplômée de l’école de Rennes en 1991, elle s’installe …")
PERSON_APPOSITION_CLOSE_AFTER = r"^\s*,(?!\s+(?:il|elle|ils|elles|on|je|nous)\b)"
# A story's own time: a work's subject and a verb telling what happens in it, the date the
# story's ("Le film se déroule pendant l'hiver 1971", "le roman suit deux sœurs pendant l'été
# 1976") — no happening of the news (the work's release, "paru en janvier", stays one).
STORY_SETTING_BEFORE = (
    r"\b(?:la|le|l['’]|ce|cette|cet|son|sa)\s*(?:pièce|roman|livre|film|récit|intrigue|série"
    r"|spectacle|opéra|téléfilm|nouvelle)\b[^.!?;:]{0,120}?"
    r"\b(?:se\s+(?:déroule|passe|situe)|suit|raconte|retrace|met\s+en\s+scène)(?:nt)?\b"
    r"[^.!?;:]{0,80}$"
)

# A plan given up or changed: the date it was once meant for ("initialement prévue le 3 mai",
# "la mairie avait prévu de rouvrir la piscine en juin") — not when anything happened.
_PLANNED = r"(?:prévu|programmé|fixé|planifié)e?s?"
_AT_FIRST = r"(?:initialement|originellement|d['’]abord|au\s+départ|à\s+l['’]origine)"
# A plan the same sentence then says was given up: "Le vote était prévu le 3 juin, mais il a
# été reporté" — the date it was meant for, when nothing happened.
PLAN_BEFORE = (
    r"\b(?:devait|devaient|prévue?s?|programmée?s?|fixée?s?|comptait|comptaient|espérait"
    r"|espéraient|prévoyait|prévoyaient|envisageait|envisageaient)\b[^,;.!?]*$"
)
PLAN_GIVEN_UP_AFTER = (
    r"^(?:(?!\bet\b)[^.;!?]){0,70}?\bmais\b[^.;!?]{0,60}?"
    r"\b(?:report|annul|suspend|ajourn|abandonn|repouss)\w*"
)
ABANDONED_PLAN_BEFORE = (
    rf"\b{_AT_FIRST}\s+{_PLANNED}\b[^,;.!?]*$"
    rf"|\b{_PLANNED}\s+{_AT_FIRST}\b[^,;.!?]*$"
    rf"|\b(?:avait|avaient)\s+(?:été\s+)?(?:{_AT_FIRST}\s+)?{_PLANNED}\b[^,;.!?]*$"
)

# A sentence that opens by saying it only gives a yardstick: "À titre de comparaison, l'ancien
# bac transportait 90 voitures en 2004." Its dates are the yardstick's, not the story's.
COMPARISON_SENTENCE = r"^(?:à\s+titre\s+de|pour)\s+comparaison\b"
# The year a record told in the passive was set: "le record d'affluence a été établi en 1962"
# tells the record's age, a yardstick, not news (only a year or longer is read here).
RECORD_SET_YEAR_BEFORE = (
    r"\brecords?\b[^.;!?]{0,60}?\b(?:a|avait)\s+été\s+(?:établi|battu|fixé)e?s?\b"
    r"[^.;!?]{0,40}?\ben\s+$"
)


# An index's base year written as the index's 100: "l'indice des prix (base 2015 = 100) a
# progressé" — the figures' yardstick, never when anything happened
# (``core.events.anchors._figure_base``).
FIGURE_BASE_AFTER = r"^\s*=\s*100\b"

# The days listed before a dated day: "les 12, 13 et 14 juillet" (``core.events.when_choice``)
DAY_LIST_BEFORE = r"(?:\bles\s+)?\b(?P<day>\d{1,2})(?:er)?(?:,\s*\d{1,2})*\s+et\s+$"
# A day denied and then set right: "signé non pas lundi, mais mardi" — the denied day is no
# happening's (``core.events.anchors``).
NEGATED_BEFORE = r"\b(?:non|pas)\s+(?:(?:le|en|au)\s+)?$"
CORRECTED_AFTER = r"^,?\s+mais\b"

# « L'incendie de lundi soir a été maîtrisé hier » : la date nomme l'incendie, le groupe nominal
# qui ouvre la phrase ; la date du verbe vient après (``core.events.subject_dates``). Le début
# de l'expression de temps est marqué \x00.
SUBJECT_DATE_OF = (
    r"(?:^|[.!?]\s+|\n)[«\"“(\s]*(?-i:L['’]|Le\s|La\s|Les\s|Un\s|Une\s)\s*"
    r"(?:(?!(?:a|ont|est|sont|avait|avaient|était|sera|va|fut|se)\s|s['’])[^\s,;:.!?\d]+\s+){1,4}?"
    r"(?:de|du|des|d['’])\s*(?:la\s+|l['’])?\x00"
)

# -- session 34: a participle after a verb's object, dated --
# A date after a participle that follows the object of a verb describes that object: "Le maire
# défend le budget voté mardi" (the budget was voted on Tuesday, not defended then), "a
# contesté la réforme adoptée le 3 mars". A verb of saying keeps its date
# (``core.events.anchors``). The participle agrees with its noun (adopté, adoptée, adoptés,
# adoptées); an agent ("par le conseil") or a place ("à Lyon") may stand between it and the
# date.
_PARTICIPLE_AGENT = (
    r"par\s+(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*)?[\w.-]+"
    r"(?:\s+(?-i:[A-ZÀÂÇÉÈÊÎÔ])[\w.-]*){0,3}\s+"
)
_PARTICIPLE_PLACE = (
    r"(?:(?:à|en)\s+(?-i:[A-ZÀÂÇÉÈÊÎÔ])[\w.-]*(?:\s+(?-i:[A-ZÀÂÇÉÈÊÎÔ])[\w.-]*){0,2}\s+)?"
)
_IRREGULAR_PARTICIPLES = (
    r"(?:fait|pris|mis|remis|soumis|promis|acquis|écrit|inscrit|ouvert|couvert|découvert"
    r"|produit|construit|conclu|obtenu|rendu|vendu|reçu|émis)e?s?"
)
# (an elided "l'" before an auxiliary is an object pronoun, no article: "l'a relancé l'an
# dernier")
_NOT_AUX = r"(?!(?:a|ai|as|avons|avez|ont|avait|avaient|aura|est|était|y|en)\b)"
OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<verb>[a-zàâçéèêëîïôûù]+)\s+(?:(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs"
    r"|ce|cet|cette|ces)\s+|l['’]" + _NOT_AUX + r")[^,;:()!?«»\"“”]{0,60}?"
    r"\b[\wàâçéèêëîïôûù]+\s+(?P<participle>[a-zàâçéèêëîïôûù]+ée?s?|"
    + _IRREGULAR_PARTICIPLES
    + r")\s+"
    rf"(?:{_PARTICIPLE_AGENT})?{_PARTICIPLE_PLACE}(?:(?:en|depuis)\s+)?$"
)
# Words that open a clause of its own between the verb and the participle ("a rejeté le plan et
# la loi adoptée …" is one object more; "a dit que le pont fermé …" a reported clause).
CLAUSE_WORDS = r"\b(?:et|mais|ou|que|qu|qui|quand|lorsque|lorsqu|parce|comme|où)\b"
# The present's third person: "défend", "analyse", "critiquent" (its past: ``is_past``).
THIRD_PERSON_ENDINGS = ("e", "t", "d", "ent")
# The object's own happening, titled in the article's words ("Le budget a été voté",
# ``core.events.object_participles``): a verb or a preposition, the object's noun phrase (a
# determiner, up to four words, the noun) and the participle right before the date: "sous
# l'accord conclu en juillet", "défend le budget voté mardi".
# (the noun may take a name after "de": "un rapport de la Banque de France publié hier")
_NAME_COMPLEMENT = (
    r"(?:\s+(?:de|du|des|d['’])\s*(?:(?:la|l['’])\s*)?(?-i:[A-ZÀÂÇÉÈÊÎÔ])[\w.-]*"
    r"(?:\s+(?:de\s+(?:la\s+|l['’])?|d['’])?(?-i:[A-ZÀÂÇÉÈÊÎÔ])[\w.-]*){0,3})?"
)
PREPOSITION_OBJECT_PARTICIPLE_BEFORE = (
    r"\b(?P<preposition>[a-zàâçéèêëîïôûù]+)\s+(?P<noun_phrase>(?:(?:le|la|les|un|une|des|du"
    r"|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s+|l['’]" + _NOT_AUX + r")"
    r"(?:[\wàâçéèêëîïôûù-]+\s+){0,4}?"
    r"(?P<noun>[a-zàâçéèêëîïôûù][a-zàâçéèêëîïôûù-]*)" + _NAME_COMPLEMENT + r")"
    r"\s+(?:(?:déjà|officiellement|formellement|initialement)\s+)?(?P<participle>[a-zàâçéèêëîïôûù]+)"
    rf"\s+(?:{_PARTICIPLE_AGENT})?{_PARTICIPLE_PLACE}(?:en\s+)?$"
)
OBJECT_PARTICIPLE_BASELINES = frozenset("comparé comparée rapport égal égale face".split())
# Participles that tell no happening of the object's: a saying, a document's date ("la lettre
# datée du 2 mai"), and verbs with no passive.
OBJECT_PARTICIPLE_NOT = frozenset(
    "dit dite dits dites daté datée datés datées survenu survenue survenus survenues mort "
    "morte morts mortes né née nés nées arrivé arrivée arrivés arrivées".split()
)
OBJECT_PARTICIPLE_AGES = frozenset(
    stem + ending
    for stem in ("fondé", "construit", "bâti", "édifié", "inauguré", "créé", "érigé")
    for ending in ("", "e", "s", "es")
)
OBJECT_PARTICIPLE_OUTPUTS = frozenset(
    stem + ending
    for stem in ("produit", "vendu", "exporté", "importé", "consommé", "récolté")
    for ending in ("", "e", "s", "es")
)
OBJECT_PARTICIPLE_FIGURES = frozenset(
    "moyenne niveau niveaux taux total totaux chiffre chiffres record maximum minimum "
    "indice montant".split()
)
OBJECT_PARTICIPLE_TIME_PREPOSITIONS = frozenset("pendant durant".split())
OBJECT_PARTICIPLE_AFTER_NOUN = frozenset("en sur entre".split())
OBJECT_PARTICIPLE_AFTER_FIGURE = frozenset({"de"})
OBJECT_PARTICIPLE_AGENT = frozenset({"par"})
OBJECT_PARTICIPLE_MEANS = frozenset({"dans", "par"})
OBJECT_PARTICIPLE_MEDIA = frozenset(
    "communiqué entretien lettre rapport note discours déclaration message vidéo plainte "
    "recours courrier".split()
)
OBJECT_PARTICIPLE_BE = ("a été", "ont été")
# Plural nouns end in "s" (or "x", which this reading leaves singular); these endings are
# singular ("pays", "procès", "cours").
SINGULAR_ENDINGS = ("ys", "ès", "ours", "is")
# Determiners that make their noun phrase plural whatever the noun's ending ("les permis").
PLURAL_DETERMINERS = frozenset("les des ses leurs ces".split())
# Participles may be nouns ("les partis", "les entrées"): one after an object noun must be a
# verb to the lexicon.
OBJECT_PARTICIPLE_NEEDS_VERB = True
