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

# A running span or a record's baseline: "depuis 1962", "depuis mars".
SINCE_BEFORE = r"\bdepuis\s+(?:(?:le|la|l['’]|début|fin|mi)\s*)?$"
# A maturity or an expiry: "obligations à échéance 2031", "expirant en 1997".
TERM_BEFORE = (
    r"\b(?:échéance|échéant|expirant|expire|remboursables?|arrivant\s+à\s+échéance)"
    r"\s+(?:(?:en|le|au|à)\s+)?$"
)
DUE_BEFORE = r"(?P<word>(?!))"
# A record's date: "le record atteint en 1982", "le plus bas niveau enregistré le 6 août".
RECORD_BEFORE = (
    r"\b(?:record|sommet|plancher|niveau|plus\s+haut|plus\s+bas)\s+(?:\w+\s+)?"
    r"(?:atteint|établi|enregistré|touché|observé)\s+(?:en|le|au|à)?\s*$"
)
AS_DEADLINE_AFTER = r"^\s+comme\s+(?:date\s+)?(?:butoir|limite|échéance)\b"
BE = frozenset("est sont était étaient être été".split())
# A comparison's baseline: "par rapport à 2018", "comparé à l'an dernier", "contre 3 % en 1990".
COMPARISON = r"\b(?:par\s+rapport|comparée?s?|en\s+comparaison|vis-à-vis)\b"
COMPARISON_NEXT = r"\b(?:qu['’]|que|contre)\s+(?:(?:en|le|au|à|l['’])\s*)?$"
FROM = r"\b(?:de|contre)\b"
AMOUNT = r"\d|%|\bpour\s+cent\b|\beuros?\b|\bdollars?\b|\bmillions?\b|\bmilliards?\b"
# a line break ends a clause too: "Publié le 14 juillet 2024" above is no baseline of the lead
COMPARISON_STOP = r"[,;:()\n]|[.!?]\s|\b(?:et|mais|tandis|qui|que|lorsque|quand)\b"
# "de 1991 à 1997": neither date of a range is a baseline.
RANGE_JOIN_BEFORE = r"\b(?:à|au|jusqu['’]à|jusqu['’]au|et)\s+$|[-–]\s*$"
RANGE_JOIN_AFTER = r"^(?:(?:à|au|jusqu['’]à|jusqu['’]au)\s+|[-–])"
APPOSITION = r"^\s*(?:ou|et|soit)\b"
# A date after "de" names a thing: "les élections législatives du 30 mai", "la loi de 1905" —
# unless the noun before it is a time itself ("la nuit de lundi", "la fin de juin").
OF_BEFORE = r"\b(?P<noun>[a-zàâçéèêëîïôûùüÿœ-]+)\s+(?:de|du|d['’])\s*$"
TIME_NOUNS = frozenset(
    "nuit matin matinée après-midi soir soirée jour journée semaine week-end mois an année"
    " fin début milieu mi courant cours reste moitié partie veille lendemain printemps été"
    " automne hiver saison trimestre semestre période date heure heures anniversaire dès"
    " depuis partir ici compter".split()
)
# French puts the date after the noun ("l'équipe de 1953": OF_BEFORE reads it).
DETERMINER_BEFORE = r"(?P<adjective>(?!))"
NOUN_AFTER = r"^(?:[-–]\d+)?[-\s]+(?P<noun>[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ-]+)\b"
DETERMINER_START = _NEVER
MORE_EVENT_NOUNS = frozenset(
    "audience procès jugement verdict session débat conférence congrès lancement ouverture"
    " cérémonie accident effondrement tempête séisme inondation incendie course match finale"
    " tournée voyage discours entretien annonce rapport fusion rachat vente enchère grève"
    " raid coup révolution soulèvement guerre bataille massacre incident catastrophe"
    " obsèques funérailles décision campagne crise élections législatives présidentielle"
    " municipales scrutin".split()
)
POSSESSIVE_AFTER_PREPOSITION = _NEVER
# "ses objectifs pour 1988", "le budget pour l'an prochain": a plan's period.
NOUN_FOR_BEFORE = r"\b(?P<noun>[a-zàâçéèêëîïôûùüÿœ]+)\s+pour\s+(?:le\s+|la\s+|l['’])?$"
PLAN_NOUNS = frozenset(
    "objectif objectifs prévision prévisions budget budgets plan plans projection projections"
    " perspectives quota quotas estimation estimations".split()
)
# ", créé en 1986": a date inside a participle's aside describes the noun before it.
ASIDE_PARTICIPLE_BEFORE = (
    r",\s+(?P<participle>[a-zàâçéèêëîïôûùüÿœ]+)\s+(?:en|le|au|depuis|à)\s+(?:l['’])?$"
)
# A trade's terms: "livraison en juillet", "contrats à terme de juin".
TERMS_AFTER = r"^\s+(?:[a-z]+\s+)?(?:à\s+terme|livraisons?|cargaisons?)\b"
TERMS_BEFORE = r"\b(?:livraison|livrable|expédition|chargement)\s+(?:en|pour|d['’]ici)\s+$"

# -- added for en (#14): English market and wire-copy classes; none read here yet --
TERMS_RANGE_AFTER = r"(?!)"  # "for May 25-June 10 delivery"
CONTRACT_MONTH_AFTER = r"(?!)"  # "June sterling fell": a futures contract's month
MONTHS: frozenset[str] = frozenset()  # the month names the contract rule reads
DAYS: frozenset[str] = frozenset()
CLOCK_THEN_DAY_AFTER = r"^,?\s+(?:le\s+|du\s+)\d"  # "À 21 h 10, le 12 mars": the day's
NAME_BEFORE_YEAR = r"(?!)"  # "a venture called Orion 1980"
PERIOD_ENDED_AFTER = r"(?!)"  # "the week ended March 21"
OBJECT_PARTICIPLE_BEFORE = r"(?!)"  # "follows the withdrawal announced last December"
# A sentence opened by a participle's phrase (English "Born in Leeds in 1931, …"): not
# read yet for this language (a pattern that never matches).
# "Construit en 1935, l'équipement a été rénové en 1987": the phrase's date, not the clause's
FRONTED_PARTICIPLE_BEFORE = (
    r"(?:^|[.!?]\s+|\n\s*)(?P<participle>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+[^,.;:!?\n]*$"
)
# A date that ends a longer period (English "the year ending tomorrow"): not read yet.
PERIOD_END_BEFORE = r"(?!x)x"
# A condition's own date (English "if … by September"): not read yet.
CONDITION_BEFORE = r"(?!x)x"
# A deadline set by an order (English "ordered the evacuation by Saturday"): not read yet.
DEADLINE_BEFORE = r"(?!x)x"
# Words of change before an amount and "from" (English "rose 8% from a year earlier"): any
# word here (the empty pattern), as before English listed them.
CHANGE_BEFORE_FROM = r""
# A level after a figure and "to" (English "fell 508 points to 1738"): not read yet.
FIGURE_LEVEL_BEFORE = r"(?!x)x"
PERIOD_TO_BETWEEN = r"(?!)"  # "the three months ended September 30"
PEOPLE_AFTER_POSSESSIVE: frozenset[str] = frozenset()  # "last year's winner"
FORECAST_FIGURE_BEFORE = r"(?!x)x"  # "expects to sell two million units in 2026": not read yet
ABANDONED_PLAN_BEFORE = r"(?!x)x"  # "was originally due to fly in November": not read yet
WHEN_CLAUSE_AFTER = r"(?!x)x"  # "since 1998, when it won …": not read yet
COUNT_BETWEEN = r"(?!x)x"  # "in November, two months after Quinn replaced Doyle": not read yet
COUNT_AFTER = r"(?!x)x"
COUNT_BACK: frozenset[str] = frozenset()
COUNT_WAYS: frozenset[str] = frozenset()
LEVEL_AFTER = r"(?!x)x"  # "back to the 1986 level": not read yet
WITH_EXPECTED_BEFORE = r"(?!x)x"  # "…, with closing expected by May": not read yet
PAYMENT_AFTER = r"(?!x)x"  # "payment … on April 10, record March 31": not read yet
PERIOD_LENGTHS: dict[str, str] = {}  # "the fourth quarter ended January 31": not read yet
PAYMENT_BEFORE = r"(?!x)x"  # "…, record April 30": not read yet
# "exploiter le site au moins jusqu'en 2033": the end of a span at least that long
STATE_UNTIL_BEFORE = (
    r"(?:\bau\s+moins\s+jusqu['’](?:à|au|en)|\bjusqu['’](?:à|au|en)\s+au\s+moins(?:\s+en)?)"
    r"\s+(?:la\s+fin\s+(?:de\s+|d['’]))?$"
)
PERIOD_OPENER_BEFORE = r"(?!x)x"  # "in the fourth quarter ended …": not read yet
FIGURE_LIST_BETWEEN = r"(?!x)x"  # "65 mln this year, 105 mln next year": not read yet
DAY_LIST_BEFORE = r"(?!x)x"  # "on 6 and 7 March": not read yet


# Whether a "since" date under a future verb is the day a change starts (Russian "с 1
# июня … будет закрыт"), not a running span's start: not read here.
SINCE_AHEAD_STARTS = False
CLAUSE_WORDS = r"(?!)"  # read only with OBJECT_PARTICIPLE_BEFORE, which never matches here
THIRD_PERSON_ENDINGS: tuple[str, ...] = ()  # the same
APPOSITION_NOT_PARTICIPLES: frozenset[str] = frozenset()  # no apposition read here
PERIOD_NOUN_ENDED_BEFORE = r"(?!x)x"  # "in the half ended December 31": not read yet
PERIOD_NOUN_LENGTHS: dict[str, str] = {}  # the same
SINCE_ACTIVITY_BEFORE = r"(?!x)x"  # "have been searching since Tuesday": not read so here
SUBJECT_PARTICIPLE_BEFORE = r"(?!x)x"  # "a rocket launched in 1983 was …": not read so here
VERB_AFTER_SUBJECT = r"(?!x)x"  # the same
RELATIVE_CLAUSE_BEFORE = (
    r"(?!x)x"  # a relative clause told in the past under a future: not read so here
)
OBJECT_RELATIVE_BEFORE = r"(?!x)x"  # the same
MAIN_CLAUSE_BREAK = r"(?!x)x"  # the same

# The endings of a participle in an aside that ``clauses.is_past`` does not read as a verb
# (Russian "построенную", Ukrainian "збудований"): none here, the past form is the participle.
ASIDE_PARTICIPLE_ENDINGS: tuple[str, ...] = ()


# -- added for #16 (lang16a): a participle's aside dated on its own --
# The passive auxiliary (singular, plural) a participle's aside takes in its own happening's
# title ("Le musée, inauguré en 1821," → "Le musée a été inauguré"); empty: not read here.
ASIDE_PASSIVE = ("a été", "ont été")
# After a date, a participle declined as an adjective and its noun (German "die 1963
# eröffnete Brücke"): the date is the participle's; never here.
PRENOMINAL_PARTICIPLE_AFTER = r"(?!)"
