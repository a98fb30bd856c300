"""French time expressions: the grammar's rules and the words that trigger them.

The rules have the English rules' names and named groups (``core.lang.en.timex``), so the
resolvers read them unchanged; a group the resolver reads that French never fills is there
all the same, as a group that never matches (``_never``). Where French puts a word after the
one it qualifies ("lundi prochain", "l'an dernier", "deux jours plus tard") the group simply
sits after it.

Spans follow the French TimeBank: the determiner inside ("le 27 mai 1998", "l'automne",
"le lendemain"), prepositions and their fused articles outside ("en 1975", "au [lendemain]",
"jusqu'au [30 juin]"), approximators inside ("près de huit ans", "plus de vingt ans").
"""

from __future__ import annotations

import re

from core.lang.fr.calendar import (  # noqa: F401 (ADJ_UNIT, NUM_WORD, SPELLED_YEAR: as English's)
    ADJ_UNIT,
    APPROX,
    DAY_NUM,
    FULL_MONTH,
    HOLIDAYS,
    MONTH,
    MONTHS,
    NUM_WORD,
    NUMBER,
    ONES,
    ORDINALS,
    PART_OF_DAY,
    QUOTED_FOREIGN_MONTHS,
    SEASONS,
    SPELLED_YEAR,
    TENS,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    YEAR4,
)
from core.lang.fr.calendar import UNITS as _UNITS


def _never(*names: str) -> str:
    """Groups a resolver reads that this rule never fills."""
    return "".join(f"(?:(?P<{name}>(?!)))?" for name in names)


_APOS = "['’]"
# "début mars", "fin 1998", "mi-septembre", "début des années 60", "fin de l'année"
MODIFIER = (
    r"(?:(?:[Ll]a\s+|[Ll]e\s+)?(?i:début|fin|milieu|courant)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|d['’]|de\s+)?"
    r"|(?i:mi)\s*-\s*)"
)
# "52 av. J.-C."
ERA_BC = r"(?:av(?:ant|\.)\s+J\.?-?C\.?|av\.\s+notre\s+ère)"
WEEKDAY_ABBR = r"(?i:lun|mar|mer|jeu|ven|sam|dim)\."
RELATIVE = r"(?:prochaine?|derni[eè]re?|pass[ée]e?)"
TIME_ZONE = r"(?:GMT|UTC|heure\s+locale|heure\s+de\s+Paris|HEC|\(heure\s+de\s+Paris\))"
DAY_TAIL = rf"(?:{WEEKDAY}|(?i:aujourd['’]hui|hier|demain))"
ORDINAL_WORD = r"(?:premier|deuxième|second|troisième|quatrième|dernier|1er|2e|3e|4e)"
_QUOTED = dict.fromkeys(w for names in QUOTED_FOREIGN_MONTHS.values() for w in names)
QUOTED_FOREIGN_MONTH = "(?:" + "|".join(sorted(_QUOTED, key=len, reverse=True)) + ")"
HOLIDAY = "|".join(
    r"\s+".join(re.escape(part) for part in name.split())
    for name in sorted(HOLIDAYS, key=len, reverse=True)
)
_DET = r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])"
_DEM = r"(?:[Cc]et|[Cc]ette|[Cc]e)"
# "le 12 octobre de cette année-là", "en mars de l'année suivante": the year of the last date
# told (``ANAPHOR_STEP`` of ``cues`` steps it; "cette année-là", "la même année" are its own).
_YEAR_ANAPHOR = r"(?:cette\s+année-là|la\s+même\s+année|l['’]année\s+(?:suivante|précédente))\b"
_REL_AFTER = r"(?:prochaine?|derni[eè]re?|pass[ée]e?|écoulée?|en\s+cours)"
# "au début de l'année suivante": after a modifier, the unit after the last date told
# (``cues.ANAPHOR_STEP``); alone, "l'année suivante" is the anaphor rule's.
_REL_AFTER_TOLD = r"(?:suivante?|précédente?)"
_MOD_REL = rf"(?:\s+(?:{_REL_AFTER}|{_REL_AFTER_TOLD})\b)?"
_SEASON = r"(?:printemps|été|automne|hiver|Printemps|Été|Automne|Hiver)"
# "suivant" before a determiner is the preposition "following": "l'hiver suivant son
# arrivée" is the winter after a happening the text may not date, not the winter after the
# story's last date: no time expression (a wrong year is worse than none).
_FOLLOWING_A_THING = (
    r"(?!(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])?[\wé]+\s+suivant\s+(?:son|sa|ses|leur|leurs|le|la"
    r"|les|l['’]|un|une|des|du|ce|cet|cette|ces)\b)"
)
_CAL_UNIT = r"(?:semaine|mois|année|an|week-end|trimestre|décennie|siècle)"
# "un chauffeur de 38 ans", "Jean Dupont, 45 ans,", "les 6-16 ans", "d'une trentaine
# d'années": ages, not durations ("une peine de dix ans", "une période de six mois" are).
_SPAN_NOUNS = (
    "période peine durée contrat mandat bail plan programme retard absence séjour prison"
    " réclusion détention emprisonnement attente règne exil carrière délai moratoire sursis"
    " suspension interdiction guerre travaux cours bout espace moins plus près"
).split()
_AFTER_DE = r"(?:(?<=\bde\s)|(?<=\bd['’])|(?<=\bd['’]une\s)|(?<=\bd['’]un\s))"
_NOT_SPAN_NOUN = "".join(
    rf"(?<!{noun}\sde\s)(?<!{noun}\sd')(?<!{noun}\sd’)(?<!{noun}\sd'une\s)" for noun in _SPAN_NOUNS
)
_AGE = (
    rf"(?=(?:(?:{APPROX})\s*)?(?:{NUMBER})\s*(?:ans|années)\b){_AFTER_DE}{_NOT_SPAN_NOUN}"
    r"|(?<=,\s)\d+\s+ans\s*[,)]|(?<=\d[-–])|(?<=âgé\sde\s)|(?<=âgée\sde\s)|(?<=âgés\sde\s)"
)
# "il y a deux heures", "une heure plus tard": the French TimeBank marks the duration only
# ("environ une heure"), so "ago" counts days and longer.
_AGO_UNIT = UNIT.replace("secondes?|minutes?|heures?|", "").replace(
    "|demi-(?:heure|journée|siècle)s?", ""
)
_WEEKDAY_REL = r"(?:prochain|dernier|passé|suivant|précédent|d['’]après|d['’]avant)"
_AGO_AFTER = r"(?:plus\s+tard|plus\s+tôt|auparavant|(?:après|avant)(?=\s*(?:[.,;:)]|$)))"

# The words a clock time in hours follows: "à 17 heures", "vers 2 heures du matin".
_CLOCK_BEFORE = (
    r"(?:(?<=[Àà]\s)|(?<=[Vv]ers\s)|(?<=[Dd]ès\s)|(?<=[Aa]vant\s)|(?<=[Aa]près\s)"
    r"|(?<=jusqu'à\s)|(?<=jusqu’à\s)|(?<=[Dd]epuis\s)|(?<=\b[Pp]artir\sde\s))"
)

RULES: tuple[tuple[str, str], ...] = (
    # 22 h / 21 h 45 / 17h30 / midi / à 17 heures / vers 8 heures du soir / 4 h du matin
    (
        "time",
        rf"""(?:(?:{_CLOCK_BEFORE}(?=[01]?\d\s+heure)|(?<!\b[Ee]n\s)(?=[01]?\d\s?h(?!\w)))
            (?P<hour>[01]?\d)\s*(?:heures?|h)(?:\s?(?P<minute>[0-5]\d))?
            \s+(?:du|de\s+l['’]|de\s+la)\s*(?P<ampm>matin|soir|après-midi|nuit)\b
          |(?<!\b[Ee]n\s)(?P<hh>[01]?\d|2[0-3])\s?h(?:\s?(?P<mm>[0-5]\d))?(?!\w)
          |(?:{_CLOCK_BEFORE}|(?<=\b[Dd]e\s)(?=\d{{1,2}}\s+heures?(?:\s+\d\d)?\s+à\s+\d))
            (?P<mil>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<milm>[0-5]\d))?(?!\w)
          |(?P<noon>[Mm]idi|[Mm]inuit)\b)
        (?:\s+(?P<tz>{TIME_ZONE}))?
        (?:\s+(?P<tail>{DAY_TAIL}))?{_never("approx")}""",
    ),
    # le 14 février 2022 / samedi 29 mai / le 6 mai dernier / 1er juin
    (
        "dmy",
        rf"""(?:[Ll]e\s+)?(?:(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})\s+(?P<month>{MONTH})
        (?:\s+(?P<year>{YEAR4})\b(?![\d%])|\s+de\s+(?P<yana>{_YEAR_ANAPHOR}))?(?:\s+(?P<drel>dernier|prochain)\b)?""",
    ),
    # la nuit du 2 au 3 mai: the night that begins on the first day, TIMEX3's "2026-05-02TNI"
    (
        "podof",
        rf"""[Ll]a\s+(?P<pod>nuit)\s+du\s+(?<![\d$.,])(?P<day>{DAY_NUM})(?:\s+(?P<month>{MONTH}))?
        \s+au\s+{DAY_NUM}\s+(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR4})\b(?![\d%]))?(?P<day2>(?!))?""",
    ),
    # la matinée de mardi / dans la nuit de lundi: that weekday's part of the day
    (
        "weekday:pod",
        rf"""[Ll]a\s+(?P<pod>{PART_OF_DAY})\s+d[eu]\s+(?P<weekday>{WEEKDAY})\b(?!\s+(?:à|au)\s)
        {_never("rel", "night", "plural", "pods")}""",
    ),
    # the first day of a range the second day's month names: "du 12 au 15 mars", "les 14 et
    # 15 mai" ("12", "14")
    (
        "mdy",
        rf"""(?:(?P<weekday>{WEEKDAY})\s+)?(?<![\d$.,])(?P<day>{DAY_NUM})
        (?=\s*(?:au|à|et|-|–)\s*(?:le\s+)?(?:{WEEKDAY}\s+)?{DAY_NUM}\s+
        (?P<month>{MONTH})(?:\s+(?P<year>{YEAR4})\b)?)""",
    ),
    # dates quoted in another language: 14. Februar 2022 / 14 de febrero
    (
        "foreign",
        rf"""(?<![\d$.,])\d{{1,2}}\.?\s+(?:de\s+)?(?i:{QUOTED_FOREIGN_MONTH})(?:\.(?=\s+\d))?(?:\s+(?:de\s+)?\d{{4}})?(?!\w)""",
    ),
    # 2022-02-04 / 04/02/2022 / 4.2.2022 (day first: calendar.NUMERIC_DATE_ORDER)
    (
        "numeric",
        r"""(?<![\d/.-])(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{1,2}([/.])\d{1,2}\1\d{4})(?![\d/])""",
    ),
    # avril 2001 / fin mars 1999
    (
        "my",
        rf"""(?P<mod>{MODIFIER})?(?P<month>{MONTH})\s+(?:(?:de\s+l['’]année\s+)?(?P<year>{YEAR4}|['’]?\d\d)\b(?![\d%]|\s*(?:ans|%|h\b))
        |de\s+(?P<yana>{_YEAR_ANAPHOR}))
        {_never("spelled", "yrel")}""",
    ),
    # mars / début mars / mi-septembre / juin prochain / mars dernier
    (
        "month",
        rf"""(?P<mod>{MODIFIER})?(?:(?:[Ll]e\s+)?mois\s+d(?:e\s+|['’]))?(?P<month>{FULL_MONTH}|sept\.)(?:\s+(?P<rel>prochain|dernier|suivant|précédent)\b)?""",
    ),
    # les années 1990 / début des années 60 / années 2000
    (
        "decade",
        rf"""(?P<mod>{MODIFIER})?(?P<the>(?:[Ll]es|[Dd]es)\s+)?(?i:années)\s+
        (?:(?P<decade>1[5-9]\d0|20\d0)|(?P<short>[1-9]0)
          |(?P<word>(?i:quatre-vingt-dix|quatre-vingts?|soixante-dix|soixante|cinquante|quarante|trente|vingt)))
        \b(?!\s*%)""",
    ),
    # le XIXe siècle / le 20e siècle / le vingtième siècle / le IVe siècle av. J.-C.
    (
        "century",
        rf"""(?:[Ll]e\s+)?(?P<mod>(?:début|fin|milieu)\s+du\s+)?
        (?P<ord>\d{{1,2}}(?:e|ème|eme)|[IVXivx]{{1,5}}(?:e|ème|eme)|[a-zé-]+ième)\s+(?i:siècle)\b
        (?:\s+(?P<era>{ERA_BC}))?""",
    ),
    # 1975 / l'année 2001 / fin 1998
    (
        "year",
        rf"""(?P<mod>{MODIFIER})?(?P<fiscal>(?:[Ll]['’]année|[Ll]['’]an|[Ll]['’]exercice)\s+)?
        (?<![\d$£€#.,/:])(?P<year>{YEAR4})(?![\d%]|[.,]\d|\s*(?:%|pour\s+cent))""",
    ),
    # le premier trimestre / au troisième trimestre 1998
    (
        "quarter",
        rf"""(?:[Ll]e\s+|[Cc]e\s+)?(?P<qord>(?i:{ORDINAL_WORD}))\s+(?P<qunit>trimestre|semestre)\b
        (?:\s+(?:de\s+)?(?P<qyear>{YEAR4})\b)?{_never("yref", "qrel", "qyear2", "qyear3")}""",
    ),
    # l'automne / cet été / l'hiver dernier / le printemps 1998
    (
        "season",
        rf"""{_FOLLOWING_A_THING}(?P<mod>{MODIFIER})?
        (?:(?=(?:(?:[Ll]e\s+|[Ll]['’])?{_SEASON}\s+)?(?P<rel>(?:[Ll]e|[Cc]e)\s+même(?=\s)|{_DEM}\s+{_SEASON}-là\b|{_DEM}(?=\s)|(?<=\s)(?:prochain|dernier|passé|suivante?|précédente?)\b)))?
        (?:(?P<mod2>{_DEM}|[Ll]e|[Ll]['’])\s*)?(?:même\s+)?(?P<season>{_SEASON})\b(?:-là\b)?(?!-)
        (?:\s+(?:de\s+l['’]année\s+)?(?P<year>{YEAR4})\b|\s+(?:prochain|dernier|passé|suivante?|précédente?)\b)?
        {_never("spelled")}""",
    ),
    # hier / aujourd'hui / demain matin / hier soir / hier en début d'après-midi / ce soir /
    # aujourd'hui vendredi (the weekday in apposition names the same day)
    (
        "deictic",
        rf"""(?:(?P<word>(?i:aujourd['’]hui|avant-hier|après-demain|hier|demain))
          (?:\s+(?:en\s+(?:début|fin)\s+(?:de\s+|d['’])|dans\s+l['’]|dans\s+la\s+|au\s+|en\s+)?(?P<pod>{PART_OF_DAY})\b)?
          (?:,?\s+{WEEKDAY}\b(?!\s*\d|\s+{PART_OF_DAY}|\s+{_REL_AFTER}))?
        |(?P<this>{_DEM})\s+(?P<pod2>{PART_OF_DAY})\b(?!-là))
        {_never("mod", "over", "mid", "word2")}""",
    ),
    # lundi / lundi prochain / mardi soir / le lundi suivant / les lundis
    (
        "weekday",
        rf"""(?=(?:[Ll]a\s+|(?:[Cc]e\s+|[Ll]e\s+)?{WEEKDAY}\s+)(?P<pod>{PART_OF_DAY})\b)?
        (?=(?:(?:[Ll]e\s+)?{WEEKDAY}(?:\s+{PART_OF_DAY})?\s+)?
          (?P<rel>[Cc]e(?=\s+{WEEKDAY}\b(?!-l[àa]\b))|(?<=\s){_WEEKDAY_REL}\b))?
        (?P<night>[Ll]a\s+nuit\s+d[eu]\s+)?
        (?:[Cc]e\s+|[Ll]e\s+(?={WEEKDAY}\s+(?:suivant|précédent|d['’]après|d['’]avant)))?
        (?P<weekday>{WEEKDAY})(?P<plural>s)?\b(?!\s+[Ss]aint\b)(?:\s+{PART_OF_DAY}(?P<pods>s)?)?\b
        (?(night)\s+(?:à|au)\s+{WEEKDAY}\b)
        (?:\s+{_WEEKDAY_REL}\b)?
        (?:\s+de\s+la\s+(?P<week>semaine\s+(?i:dernière|passée|prochaine)))?""",
    ),
    # Noël / Pâques / la Pentecôte
    (
        "holiday",
        rf"""(?P<hol>{HOLIDAY})(?!\w)(?:\s+(?P<year>{YEAR4})\b)?{_never("rel")}""",
    ),
    # il y a deux ans / dans trois semaines / deux jours plus tard / trois ans auparavant
    (
        "ago",
        rf"""(?=(?:(?:{APPROX}\s*)?(?:{NUMBER})\s*{_AGO_UNIT}\s+)?(?P<dir>[Ii]l\s+y\s+a|[Dd]ans|{_AGO_AFTER})\b)
        (?:(?:[Ii]l\s+y\s+a|[Dd]ans)\s+)?(?P<approx>{APPROX}\s*)?(?P<num>{NUMBER})\s*(?P<unit>{_AGO_UNIT})\b
        (?:\s+{_AGO_AFTER})?(?:\s+jour\s+pour\s+jour\b)?{_never("tail")}""",
    ),
    # "hier, au lendemain de la démission", "mardi, à la veille du sommet": a day the clause
    # has just named, told again by a happening, not a day after (or before) it
    (
        "anaphor:of",
        r"""(?:(?<=,\sau\s)|(?<=,\sà\s)la\s+)(?P<unit>lendemain|veille)(?=\s+(?:de|du|des)\b|\s+d['’])
        (?P<rel>)(?:(?P<unit2>(?!))|(?P<dir>(?!))|(?P<deixis>(?!)))?""",
    ),
    # le lendemain / la veille / l'année suivante / le jour même / ce jour-là / le même jour
    (
        "anaphor",
        rf"""{_FOLLOWING_A_THING}(?:(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])?(?<!,\sau\s)(?<!,\sà\sla\s)(?P<unit>(?P<rel>surlendemain|lendemain|avant-veille|veille))\b
        |(?:(?P<dem>{_DEM})\s+|(?:(?<=\b[Dd]ans\s)(?P<ctx>))?(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?P<same>même\s+)?
          |(?<=\b[Ee]n\s)(?P<ctx2>)(?:début|fin|milieu)\s+(?:de\s+|d['’]))
          (?P<unit2>jour|semaine|mois|année|an|week-end|nuit|matinée|soirée|après-midi|matin|soir)
          (?(dem)-là|(?(same)\b|(?:\s+(?P<dir>suivante?|précédente?|d['’]après|d['’]avant|même
            |(?:(?<=nuit\s)|(?<=soirée\s))dernière)\b)?
          (?(dir)|(?(ctx)\b|(?(ctx2)\b(?:(?<=matinée)|(?<=après-midi)|(?<=soirée))|(?!)))))))
        {_never("deixis")}""",
    ),
    # cette semaine / la semaine prochaine / l'an dernier / ce mois-ci / fin de l'année
    (
        "relunit",
        rf"""(?P<mod>{MODIFIER})?(?:(?P<dem>{_DEM})\s+|(?P<det>{_DET})|(?(mod)|(?!)))(?P<unit>{_CAL_UNIT})(?:-ci)?\b
        (?P<rel>(?(det)(?(mod){_MOD_REL}|\s+{_REL_AFTER}\b)|(?(mod){_MOD_REL}|)))
        {_never("pre", "orso")}""",
    ),
    # deux ans / près de huit ans / ces dernières 24 heures / un demi-siècle / 30,4 secondes
    (
        "duration",
        rf"""(?!{_AGE})
        (?:(?P<approx>{APPROX})\s*)?
        (?:(?P<the>[Ll]es|[Cc]es|[Dd]es)\s+(?:(?:derni[eè]re?s|prochaine?s|premi[eè]re?s)\s+)?)?
        (?P<num>{NUMBER})\s*(?:(?:derni[eè]re?s|prochaine?s|premi[eè]re?s|longues?|bonnes?|petites?|pleine?s?)\s+)?
        (?P<unit>{UNIT})(?P<half>\s+et\s+demie?\b)?\b(?!-)
        {_never("rel", "anum", "aunit", "orso")}""",
    ),
    # depuis des années / ces derniers jours / ces dernières années / des mois
    (
        "vague",
        r"""(?:(?P<pre>[Cc]es\s+derni[eè]re?s|[Ll]es\s+derni[eè]re?s|[Ll]es\s+prochaine?s|[Pp]lusieurs|[Ll]es)\s+|[Dd]es\s+)?
        (?P<unit>secondes|minutes|heures|jours|semaines|mois|trimestres|années|ans|décennies|siècles)\b(?!-)
        (?P<ahead>\s+à\s+venir)?(?:(?P<long>(?!)))?""",
    ),
    # maintenant / actuellement / récemment / l'avenir
    (
        "ref",
        r"""(?<![-'’])\b(?:(?P<present>[Mm]aintenant|[Aa]ctuellement|(?:[Jj]usqu['’])?[Àà]\s+présent|[Dd]ésormais
          |[Dd]e\s+nos\s+jours|[Ee]n\s+ce\s+moment|[Pp]our\s+l['’]instant|[Pp]our\s+le\s+moment
          |[Àà]\s+l['’]heure\s+actuelle|[Cc]es\s+jours-ci)
        |(?P<past>[Rr]écemment|[Dd]ernièrement|[Ii]l\s+y\s+a\s+peu(?:\s+de\s+temps|(?!\s+d(?:e|u|es)\b|\s+d['’]))|[Nn]aguère|[Aa]utrefois|[Jj]adis|[Ll]e\s+passé
          |(?<=[Àà]\s)l['’]époque)
        |(?P<future>[Ll]['’]avenir|[Pp]rochainement))\b(?![-'’])""",
    ),
    # quotidiennement / chaque lundi / tous les jours / (par) semestre
    (
        "set",
        rf"""(?P<adv>\b(?:quotidiennement|hebdomadairement|mensuellement|annuellement))\b
        |(?:(?P<q>[Cc]haque|[Tt]ous\s+les|[Tt]outes\s+les)\s+|(?<=\bpar\s))
          (?P<what>{WEEKDAY}|mois|an|année|jour|semaine|trimestre|semestre|heure|matin|soir|nuit
          |printemps|été|automne|hiver|week-end)s?\b""",
    ),
)


# -- where to try the grammar (``core.temporal.triggers``) --
def _elided(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words and, for those starting with a vowel, their elided forms ("l'année")."""
    out = list(words)
    for word in words:
        if word[:1] in "aeéèêiîoôuhAEÉIOU":
            out += [f"{e}{a}{word}" for e in ("l", "d", "qu", "jusqu") for a in ("'", "’")]
    return tuple(out)


_UNIT_WORDS = tuple(_UNITS) + tuple(
    "secondes minutes heures jours journées nuits semaines week-ends quinzaines trimestres "
    "semestres ans années décennies siècles millénaires demi-heure demi-journée demi-siècle".split()
)
_UNIT_RULES = ("duration", "ago", "vague", "relunit", "anaphor", "quarter", "set", "ref",
               "century", "decade", "year")  # fmt: skip
TRIGGERS = (
    (tuple(MONTHS), ("dmy", "mdy", "my", "month", "set", "foreign")),
    (tuple(WEEKDAYS), ("weekday", "dmy", "set", "holiday")),
    (tuple(w + "s" for w in WEEKDAYS), ("weekday", "set")),
    (_elided(_UNIT_WORDS), _UNIT_RULES),
    (
        _elided(("lendemain", "surlendemain", "veille", "avant-veille")),
        ("anaphor", "anaphor:of"),
    ),
    (
        _elided((*PART_OF_DAY.strip("(?:)").split("|"), "matins", "soirs", "nuits")),
        ("deictic", "anaphor", "set", "podof", "weekday:pod"),
    ),
    (
        ("hier", "aujourd'hui", "aujourd’hui", "demain", "avant-hier", "après-demain"),
        ("deictic",),
    ),
    (
        _elided(("maintenant", "actuellement", "présent", "désormais", "moment", "instant",
                 "récemment", "dernièrement", "naguère", "autrefois", "jadis", "passé",
                 "avenir", "prochainement", "futur", "actuelle", "époque", "peu")),
        ("ref",),
    ),
    ((*_elided(tuple(SEASONS)), "été", "automne"), ("season", "set")),
    (
        _elided(("noël", "pâques", "pentecôte", "toussaint", "ascension", "saint-sylvestre",
                 "saint-valentin", "an", "armistice", "travail", "saint")),
        ("holiday",),
    ),
    (("quotidiennement", "hebdomadairement", "mensuellement", "annuellement"), ("set",)),
    (("midi", "minuit", "h", "heure", "heures"), ("time",)),
    (tuple(_QUOTED), ("foreign",)),
)  # fmt: skip
# (pattern, rules) for tokens that start with a digit; the first that matches wins.
DIGIT_TRIGGERS = (
    (r"(?:1[5-9]\d\d|20\d\d)(?!\d)", ("year", "decade", "quarter", "numeric")),
    (r"\d{1,2}h(?:\d\d)?$", ("time",)),
    (r"\d{1,2}([/.])\d{1,2}\1\d{4}$", ("numeric",)),
)
# Words that may open an expression before its trigger ("il y a près de huit", "début").
PREFIX_WORDS = (
    frozenset(
        "le la les l' l’ un une des de du d' d’ ce cet cette ces près plus moins environ presque"
        " au aux à il y a dans depuis pendant dernier dernière derniers dernières prochain"
        " prochaine prochains prochaines premiers premières quelques plusieurs début fin mi"
        " milieu courant même tous toutes chaque jour nombreux nombreuses dizaine quinzaine"
        " vingtaine trentaine centaine d'une d’une pas quelque bonnes longues petites pleines"
        " bonne longue petite pleine et ont mois nuit en pour jusqu' jusqu’ jusqu'à jusqu’à"
        " cent cents".split()
    )
    | frozenset(ONES)
    | frozenset(TENS)
    | frozenset(ORDINALS)
    | frozenset(WEEKDAYS)
)
# A number token that may open an expression: "5", "30,4", "1er", "19e".
NUMBER_TOKEN = r"[\d$][\d.,/$]*(?:er|re|e|ème|eme|s)?"
# French has no possessive ending on a trigger.
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
