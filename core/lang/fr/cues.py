"""French cues for reading a time expression: the words around a match that say whether it
is time at all ("2000 soldats", "la planète Mars") and the values of the words the grammar
captured ("dernier" goes back, "suivant" forward).

The names are English's (``core.lang.en.cues``, where each is explained); cues that have no
French counterpart are patterns that never match or empty sets.
"""

from __future__ import annotations

from core.lang.fr.calendar import ONES, TENS  # noqa: F401 (as English's cues)
from core.lang.fr.calendar import SEASONS as _SEASONS
from core.lang.fr.clauses import RANGE_JOINERS, RANGE_OPENERS

_NEVER = r"(?!)"

# -- what the tagger does with neighbouring expressions (``core.temporal.tagger``) --
HALF = r"(?:la\s+)?(?:première|seconde|deuxième|dernière)\s+moitié"
HALF_OF = r"\s+d(?:e\s+|['’])$"
# "entre juillet et septembre", "de décembre à mars", "du 12 au 15 mai"
RANGE_OPEN = rf"\b(?:{'|'.join(RANGE_OPENERS)})\s+(?:l['’]|le\s+|la\s+)?$"
RANGE_JOIN = rf"^\s*(?:{'|'.join(RANGE_JOINERS)})\s*(?:l['’]|le\s+|la\s+)?$"
# (a year named in words is written too: "mai de l'an dernier")
YEAR_WRITTEN = r"\b\d{4}\b|\bannée\b|\ban\s+(?:dernier|prochain|passé)\b"
ERA_RANGE_START = rf"(?<![\d.,$])(\d{{1,4}})\s*(?:{'|'.join(RANGE_JOINERS)}|ou)\s*$"

# -- what the resolvers read around a match --
RELATIVE_STEP = {"dernier": -1, "dernière": -1, "derniere": -1, "passé": -1, "passée": -1,
                 "ce": 0, "cet": 0, "cette": 0, "prochain": 1, "prochaine": 1}  # fmt: skip
DEICTIC_DAYS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1,
                "avant-hier": -2, "après-demain": 2}  # fmt: skip
# Words before a bare four-digit number that make it a year: "en 1975", "depuis 1998".
YEAR_PREP = (
    r"(?:\b(?:en|depuis|de|du|des|dès|jusqu['’]en|avant|après|vers|entre|et|à|au|fin|début|mi"
    r"|année|an|exercice|été|hiver|automne|printemps|le|la|l['’]|ce|cet|cette|d['’]ici|pour"
    r"|(?:1[5-9]\d\d|20\d\d)\s+(?:et|ou|à))|[,(–—-]|\bd['’])\s*$"
)
NUMBERED_THING = (
    r"\b(?:[Aa]rticle|[Ss]ection|[Cc]hapitre|[Ss]alle|[Vv]ol|[Rr]oute|[Rr]ésolution|[Nn]°|[Nn]o\."
    r"|[Nn]uméro|[Mm]odèle|Windows|[Pp]age|[Aa]linéa|[Ll]oi|[Dd]écret|[Cc]ode|Airbus|Boeing"
    r"|[Pp]orte|[Qq]uai|[Cc]anal|[Cc]hambre|[Bb]ureau|[Rr]ue|[Aa]venue|[Bb]oulevard|[Rr]N|[Aa])\s+$"
)
# "2000 soldats", "1500 habitants": a count (a plural noun after the number), unless a
# preposition made it a year (case-sensitive).
# A unit of measure right after a bare number: a count ("jusqu'à 1500 tonnes par jour").
COUNT_UNIT_AFTER = (
    r"\s*(?:tonnes|kilomètres|mètres|hectares|litres|kilos|kilogrammes|barils|mégawatts"
    r"|km|kg)\b"
)
NOT_YEAR_AFTER = (
    r"\s*(?:[a-zéèêàâç]+[sx]\b(?<!\bdans)(?<!\bsous)(?<!\bdepuis)(?<!\bmais)(?<!\bles)"
    r"(?<!\bdes)(?<!\bses)(?<!\bces)(?<!\bmes)(?<!\bnos)(?<!\bvos)(?<!\bleurs)(?<!\bsans)"
    r"(?<!\bvers)(?<!\bpuis)(?<!\baux)(?<!\bplus)(?<!\btrès)(?<!\bpas)(?<!\bfois)(?<!\bdeux)"
    r"(?<!\btrois)(?<!\bau-dessus)(?<!\bdont)(?<!\bmoins)(?<!\bapr[eè]s)"
    r"|personnes\b|habitants\b|euros?\b|francs?\b|dollars?\b|mètres?\b|km\b|kg\b|tonnes?\b"
    r"|m\b|m2\b|ha\b|hectares?\b)"
)
CLOCK_AFTER = r"\s*(?:GMT|UTC|HEC|h\b|heures\b)"
LEVEL_BEFORE = (
    r"\b(?:clôturé|clôture|terminé|ouvert|indice|CAC|niveau|atteint|gagné|perdu|reculé"
    r"|progressé|chuté|fini)(?:\s+(?:à|de|vers|autour\s+de|près\s+de|sous|au-dessus\s+de))*\s+$"
)
CODE_BEFORE = r"(?<![\w.])[A-Z][A-Z0-9]{1,5}[ \t-]+$"
YEAR_CAPITALS = ("AD", "BC", "AV", "APR")
CODED_YEARS_AWAY = 20
FAR_YEAR_CUE = (
    r"(?:\b(?:en|depuis|année|de|du|dès|entre|vers|siècle|début|fin|mi|à|jusqu['’]en|et)"
    r"|(?<![\d.,])\d{4}\s*[-–/])\s*[-–]?\s*$"
)
# Words before a bare month name that make it the month: "en mars", "fin mai".
MONTH_PREP = (
    r"(?:\b(?:en|depuis|de|d['’]|dès|jusqu['’]en|avant|après|fin|début|mi|courant|entre|et|ou"
    r"|vers|pour|au\s+mois\s+de|mois\s+de|durant|pendant|à\s+partir\s+de|ce|cet|chaque"
    r"|prochain|dernier)|[,(–—-])\s*$"
)
# "Mars" the planet: a month only as a month's cues say.
VERB_MONTHS = (3,)
MONTH_DETERMINER = r"\b(?:le|ce|en)\s+$"
NOT_MONTH_NOUN = r"\s+[A-Z]"
DAY_LATER = r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd['’]hui|hier|demain)\b"
CLOCK_WORDS = {"midi": (12, 0), "minuit": (24, 0)}
# "midi" is also the south ("le Midi") and lunch: a time only after a cue ("à midi").
CUED_CLOCK_WORDS = ("midi", "minuit")
CLOCK_CUE_AFTER = r"\s+(?:et\s+(?:demi|quart)|pile|heure|aujourd|hier|demain)"
CLOCK_CUE_BEFORE = ("à", "vers", "avant", "après", "dès", "jusqu'à", "jusqu’à", "depuis", "et")
PM = "psa"  # "p.m.", and the first letters of "du soir", "de l'après-midi"
ORDINALS_FROM_END = ("dernier", "dernière")
HALF_ORDINALS = ("premier", "première", "second", "seconde", "deuxième", "dernier")
QUARTER_YEAR_BACK = ("dernier",)
QUARTER_YEAR_AHEAD = ("prochain",)
QUARTER_YEAR_THIS = ("ce",)
YEAR_AGO_WORDS = ("an dernier", "année dernière", "année précédente")
FISCAL_YEAR_END = r"(?P<month>(?!))"
ORDINAL_QUARTER = r"(?P<ord>(?!))"
FISCAL = "exercice"
PERIOD_YEAR_AGO = ("an dernier", "année précédente")
PERIOD_BASELINE: tuple[str, ...] = ()  # a year's period said to match another (en)
PERIOD_THIS = ("ce",)
PERIOD_CURRENT = ("en cours",)
PERIOD_NEXT = ("prochain",)
PERIOD_JUST_ENDED = ("écoulé",)
PERIOD_LAST = "dernier"
PERIOD_PREVIOUS = ("précédent",)
# "l'été" after "a" is the participle ("a été"): a bare "été" is a season only with its
# determiner, which the grammar keeps.
COMMON_WORD_SEASONS = ("été",)
SEASON_PREP = r"\b(?i:en|au|à|durant|pendant|dès|depuis|de|du|avant|après|jusqu['’]au|cet|ce)\s+$"
# ... and so does a lower-case noun of its own: "le printemps de l'environnement".
SEASON_NAME_AFTER = (
    r"[ \t]+(?:de[ \t]+)?[A-Z][a-z]"
    r"|[ \t]+(?:de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+la[ \t]+)(?!année|an\b)[a-zé]"
)
CALENDAR_UNITS = {"jour": ("D", 1), "journée": ("D", 1), "semaine": ("W", 1),
                  "week-end": ("W", 1), "mois": ("M", 1), "trimestre": ("Q", 1),
                  "an": ("Y", 1), "année": ("Y", 1), "décennie": ("Y", 10),
                  "siècle": ("Y", 100), "lendemain": ("D", 1), "surlendemain": ("D", 1),
                  "veille": ("D", 1), "avant-veille": ("D", 1)}  # fmt: skip
WEEKEND = "week-end"
NOT_AFTER_BARE_THE = ("mois", "décennie", "siècle", "trimestre")
UNIT_STEP = {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "écoulé": -1,
             "écoulée": -1, "prochain": 1, "prochaine": 1}  # fmt: skip
# "le lendemain", "la veille", "l'année suivante": which way from the last date mentioned
# ("surlendemain" two days on).
ANAPHOR_STEP = {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2,
                "suivant": 1, "suivante": 1, "d'après": 1, "d’après": 1, "précédent": -1,
                "précédente": -1, "d'avant": -1, "d’avant": -1, "plus tard": 1,
                "plus tôt": -1, "auparavant": -1, "après": 1, "avant": -1,
                "même": 0, "dernière": -1,
                # "le 3 mai de l'année suivante" (``timex._YEAR_ANAPHOR``)
                "l'année suivante": 1, "l’année suivante": 1, "l'année précédente": -1,
                "l’année précédente": -1}  # fmt: skip
WEEKDAY_ANAPHORA = {"suivant": 1, "d'après": 1, "d’après": 1, "précédent": -1, "d'avant": -1,
                    "d’avant": -1}  # fmt: skip
SET_QUANTIFIERS = ("chaque",)
NAMED_DAY_BEFORE = r"\b(?:Super|Cyber|Black|Mardi|Vendredi)\s+$"
# "ce jeudi-là": "-là" points back to a Thursday of the week the story is in, where "ce jeudi"
# alone is the publication's week's.
STORY_WEEKDAY_AFTER = r"-l[àa]\b"
HOLIDAY_IN_NAME_BEFORE = r"(?<=[a-z,;:]\s)[\"“«]\s?[A-Z][a-z]+\s+$"
LAST_PARTS_OF_DAY = ("nuit",)
# A night named by the morning it runs into (none: "la nuit du 17 au 18 mars" is tagged on the
# 3rd, so a clock time in its small hours falls on the 4th).
NIGHT_INTO = r"(?!)"
# A clock time opening or closing a range of hours (none read yet: ``core.temporal.clock``).
CLOCK_RANGE_OPEN = CLOCK_RANGE_SHUT = CLOCK_RANGE_BEFORE = r"(?!)"
# "il y a deux ans", "dans trois semaines", "deux jours plus tard": (which way, counted from
# now rather than from the last date mentioned).
AGO_WORDS = {"il y a": (-1, True), "Il y a": (-1, True), "dans": (1, True),
             "plus tard": (1, False), "plus tôt": (-1, False), "auparavant": (-1, False),
             "avant": (-1, False), "après": (1, False)}  # fmt: skip
YEAR_AGO_FROM_NOW = ("il y a",)
PLURAL_ENDING = "s"
INDEFINITE = ("un", "une")
LAST_AS_VERB = "durer"
# "pourra un jour": some day, not a day long.
ONE_DAY = ("un", "jour")
MODAL_BEFORE = r"\b(?:pourra|pourrait|devra|devrait|sera|serait|va|allait)\s+$"
# "une seconde fois": an ordinal, not a second.
A_SECOND = "seconde"
AGE_AFTER = r"[\s-]+(?:révolus)\b"
FRACTION_OF = " de "
VAGUE_PREP = r"\b(?:depuis|pendant|durant|en|dans|après|pour)\s+$"
VAGUE_THE = "les"
VAGUE_FUTURE = "à l'avenir"
VAGUE_RECENT = "ces dernières"
EARLY_HOURS = ("", "")
CURRENT = "actuel"
SET_WORDS = {"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M",
             "annuellement": "P1Y"}  # fmt: skip
SET_UNITS = {"jour": "P1D", "semaine": "P1W", "mois": "P1M", "an": "P1Y", "année": "P1Y",
             "trimestre": "P3M", "semestre": "P6M", "heure": "PT1H",
             "week-end": "XXXX-WXX-WE"}  # fmt: skip
# -- the time a text narrates (``core.temporal.story``) --
# Une relative entre virgules parle d'une personne ou d'une chose en passant : sa date n'est
# pas le temps du récit (", qui a pris ses fonctions en avril 2018, a annoncé en mars").
RELATIVE_ASIDE_BEFORE = (
    r",\s+(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\b[^,;:.!?()\n]{0,60}$"
)
# Un objet nommé en passant avec l'année de sa fondation ou de sa construction ("la conserverie,
# fondée en 1907 par …", "un pont qui date de 1780") : rien ne se compte ensuite depuis cette année.
ORIGIN_ASIDE_BEFORE = (
    r"(?:(?<!\bété\s)(?<!\best\s)(?<!\bfut\s)(?<!\bsont\s)(?<!\bfurent\s)"
    r"\b(?:fondée?s?|construite?s?|bâtie?s?|érigée?s?|édifiée?s?)"
    # "le pont, qui date de 1780", "une église datant de 1120"; not a clause's own verb ("Ses
    # débuts datent de 1961": the story is there, "trois ans plus tard" counts from it)
    r"(?:\s+par\s+[^,.;:\n]{1,40}?)?\s+en\s+|\b(?:qu[i']\s*(?:date|datent)|datant)\s+de\s+)$"
)
THING_BEFORE = r"\b(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|depuis)\s*$"
STORY_YEAR_FRAME = r"(?:^|[.!?]\s+|\n\s*)(?:(?:En|Dès|Durant|Pendant|Depuis|Au\s+début\s+de)\s+)?$"
STORY_ASIDE = r"\b(?:jusqu['’](?:à|au|en))\b[^.;:!?()\n]{0,60}$"
REPORTED_ON = (
    r"\b(?:a|ont|avait)\s+(?:\w+\s+)?(?:dit|déclaré|annoncé|affirmé|indiqué|précisé|confirmé"
    r"|démenti|expliqué|estimé|ajouté)\b[^.;\n]{0,30}$"
)
# Une citation attribuée au présent (« … », explique un pêcheur) : un entretien d'aujourd'hui,
# quelle que soit l'histoire qu'elle raconte (``story_relative.quoted_then``).
QUOTE_TOLD_NOW = (
    r"\b(?:dit|disent|raconte|racontent|se\s+souvient|rappelle|rappellent|explique"
    r"|expliquent|confie|confient|ajoute|ajoutent|souligne|soulignent|témoigne|témoignent"
    r"|assure|assurent|reconnaît|reconnait)\b"
)
# The verb that attributes the words just quoted, in any tense, up to the time expression
# that dates the telling ('…," she told me this summer'): the telling is now, the story
# quoted goes on where it was (``story.present``).
QUOTE_TOLD = (
    r"\b(?:dit|raconte|raconté|souvient|rappelle|rappelé|explique|expliqué|confie|confié"
    r"|ajoute|ajouté|écrit)\b[^.;\n]{0,30}$"
)
PERIOD_OF = " de "


# -- added for fr --
# A story this many years or more before publication may be told in the present ("Le 14
# juillet 1789, les Parisiens prennent la Bastille. … La démolition commence le 15 juillet"):
# there the present tells the story's time. 0: the language does not narrate so.
HISTORICAL_PRESENT_YEARS = 10
# Forms that look ahead from publication even in such a story ("sera commémoré le 14 juillet").
AHEAD_FORMS = (
    r"\b\w+(?:era|eront|erait|eraient|ira|iront|endra|endront)\b"
    r"|\b(?:sera|seront|aura|auront|va|vont|prochain|prochaine|aujourd['’]hui|demain)\b"
)


# A bare season already over this year, in a sentence about the future, is next year's
# ("Строительство начнётся весной" in October); English keeps this year's.
SEASON_OVER_AHEAD = True


# "Zwei Wochen später" after a day named: that day two weeks on (a timeline dates a
# happening by its day), not only the week it falls in.
WEEKS_FROM_A_DAY_AS_DAY = True


# The end of a range before a bare weekday: "ouvrira jeudi prochain et durera jusqu'à
# dimanche" ends on the Sunday after that Thursday.
RANGE_END_BEFORE = r"\bjusqu['’](?:à|au)\s+(?:(?:ce|le)\s+)?$"


# A season counted from the last date mentioned: "emporté en novembre 1975 … reconstruit
# l'automne suivant" is autumn 1976.
SEASON_FOLLOWING = {"suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1}


# An indefinite article before a season: a kind of season, not a time of the calendar
# ("après un début d'automne pluvieux, les rivières montent à partir du 17 octobre").
SEASON_KIND_BEFORE = r"\b(?:un|une)\s+(?:[a-zà-ÿ]+\s+)?$"

# What joins two lengths of one ("deux ans et trois mois").
DURATION_AND = r"\s+et\s+"


# A season of the last date mentioned's year: "en août 1976 … le même été", "cet été-là".
SEASON_ANAPHORA = (
    "le même", "ce même",
    *(f"{that} {season}-là" for that in ("ce", "cet", "cette") for season in _SEASONS),
)  # fmt: skip
# The plus-que-parfait: "avait" before a participle, "était" before a participle of motion,
# "s'était" before any ("s'était installé"). A date in such a sentence looks back from the story.
PAST_PERFECT = (
    r"\b(?:avais|avait|avions|aviez|avaient)\s+(?:(?:déjà|pas|alors|aussi|bien|jamais|\w+ment)"
    r"\s+)?(?!(?:lui|ici|aussi|parmi|celui|depuis|plus|tous|sous|vous|nous|lieu|trois|fois)\b)"
    r"(?:\w+(?:é|ée|és|ées)|\w{2,}(?:i|is|ie|ies|u|ue|us|ues)|eu|vu|su|lu|pu|dû|mis|pris|dit"
    r"|fait|\w+(?:ert|erte|int|inte|uit|uite|rit|rite))\b"
    r"|\bs['’](?:était|étaient)\b"
    r"|\b(?:étais|était|étions|étiez|étaient)\s+(?:déjà\s+)?(?:né|née|nés|nées|mort|morte"
    r"|parti|partie|partis|arrivé|arrivée|arrivés|venu|venue|venus|revenu|revenue|devenu"
    r"|devenue|entré|entrée|sorti|sortie|tombé|tombée|resté|restée|retourné|retournée|allé"
    r"|allée|décédé|décédée)\b"
)
# The passé composé with "depuis", what has happened since the story's date ("Les travaux
# ont débuté en janvier 2020. La commune a depuis racheté le terrain"): the story has reached
# the present, and a later yearless month is the news's. Not "a depuis 2019", a span.
CAUGHT_UP = r"\b(?:a|ont|est|sont)\s+depuis\s+(?:\w+ment\s+)?[a-zà-ÿ]+\b"


# "à la fin du mois", "au début de l'année": a modifier and the unit with its article alone
# (no "prochain", no "cette": the rule's relative word is empty). In a story of 1973, "À la
# fin du mois, la digue a cédé" is the end of the story's month.
MODIFIED_UNIT_RELS = frozenset({""})
# A plan told in such a story, whose date is not the story's time ("Le chantier doit
# s'achever en 1975", "l'ouverture, prévue en 1976").
PLAN_FORMS = (
    r"\b(?:doit|doivent|devait|devaient|prévu|prévue|prévus|prévues|programmé|programmée"
    r"|programmés|programmées|envisage|envisagent|projette|projettent"
    r"|espère|espèrent|souhaite|souhaitent|veut|veulent|promet|promettent"
    r"|attendu|attendue|attendus|attendues|d['’]ici|avant\s+(?:le|la|l['’]|fin))\b"
)
