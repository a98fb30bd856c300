"""French tense and direction cues: is an underspecified date ("lundi", "en mars") ahead or
behind?

``core.temporal.tense`` compiles these regex sources (case-insensitive) and decides; the names
are English's (``core.lang.en.tense``). French marks the future on the verb ("se rendra",
"signeront"), with "aller" ("va signer") or a plan ("doit", "prévoit de", "prévu"); the past
with a participle after "avoir" or "être" ("a signé", "s'est rendu"), the imperfect ("-ait")
and the simple past of written narrative ("signa", "furent").
"""

from __future__ import annotations

# Infinitives of what news reports as planned ("doit se rendre", "prévoit de signer").
PLANNED = tuple(
    "être aller venir visiter rencontrer tenir signer rendre recevoir ouvrir reprendre voter"
    " décider annoncer publier lancer acheter vendre payer conclure fermer participer partir"
    " arriver revenir assister présider accueillir effectuer entamer commencer débuter".split()
)
FUTURE = (
    # a future and its participle, one future ("resteront fermées vendredi", "sera signé")
    r"(?:\w+(?:era|eront|ira|iront|endra|endront|iendra|iendront)|sera|seront|aura|auront)"
    r"\s+\w+(?:é|ée|és|ées)|"
    # the simple future and the conditional of plans: "se rendra", "signeront", "sera"
    r"\w+(?:era|eront|erai|erons|erez|erait|eraient|ira|iront|irait|iraient|endra|endront"
    r"|endrait|iendra|iendront|iendrait|ondra|ondront|aindra|eindra|eindront"
    # "rejoindra", "résoudra", "convaincra"
    r"|oindra|oindront|oindrait|oindraient|oudra|oudront|oudrait|aincra|aincront"
    # the irregular futures: "mettra", "conclura", "paraîtra", "poursuivra", "croira"
    r"|ttra|ttront|ttrait|ttraient|clura|cluront|aîtra|aîtront|uivra|uivront|vivra|vivront"
    r"|oira|oiront|courra|courront|mourra|vaudra"
    # the future and conditional of "recevoir", "percevoir": "elle percevrait la prime lundi"
    r"|evra|evront|evrait|evraient)"
    r"|sera|seront|serait|seraient|aura|auront|aurait|auraient|fera|feront|ferait|ira|iront"
    r"|pourra|pourront|pourrait|pourraient|devra|devront|devrait|devraient|verra|verront"
    r"|faudra|faudrait|saura|voudra|voudrait|enverra|recevra|recevront"
    r"|va|vont|allons|allez|doit|doivent"
    r"|prévu|prévue|prévus|prévues|prévoit|prévoient|programmé|programmée|programmés"
    r"|programmées|attendu|attendue|attendus|attendues"
    r"|fixé|fixée|fixés|fixées|envisage|envisagent|souhaite|espère"
    # the present of a timetable: "le ministre se rend lundi à Kiev", "le procès s'ouvre mardi"
    r"|se\s+rend|se\s+rendent|part|partent|arrive|arrivent|débute|débutent|commence"
    r"|commencent|s['’]ouvre|s['’]ouvrent|reprend|reprennent|a\s+lieu|ont\s+lieu|se\s+tient"
    r"|se\s+tiennent|se\s+réunit|se\s+réunissent|s['’]achève|expire|expirent|se\s+poursuit"
    r"|se\s+poursuivent"
    r"|prochain|prochaine|prochains|prochaines|bientôt|désormais|à\s+venir|d['’]ici"
    # what is to be expected: "des retards sont à prévoir vendredi"
    r"|à\s+prévoir|à\s+attendre"
    rf"|(?:de|d['’])\s*(?:{'|'.join(PLANNED)})"
)
PAST = (
    r"a|ont|avait|avaient|eut|eurent|était|étaient|fut|furent|hier|dernier|dernière|derniers"
    r"|dernières|passé|passée|depuis|auparavant|déjà|il\s+y\s+a"
    # participles, the imperfect and the simple past (not a participle after the infinitive
    # of a copula, an adjective: "devrait rester perturbé mercredi" looks ahead)
    # (after a bare "est" or "sont" a present passive, "le décret est appliqué cette semaine",
    # unless the verb is one whose past takes "être": "il est arrivé lundi")
    r"|(?:arriv|tomb|rest|entr|rentr|retourn|mont|décéd|all)(?:é|ée|és|ées)\b"
    r"|(?<!rester\s)(?<!être\s)(?<!demeurer\s)(?<!devenir\s)(?<!\sest\s)(?<!\ssont\s)"
    r"\w+(?:é|ée|és|ées)(?<!ité)(?<!ités)(?<!année)(?<!années)(?<!journée)(?<!journées)"
    r"(?<!soirée)(?<!matinée)(?<!armée)(?<!armées)(?<!idée)(?<!idées)(?<!entrée)(?<!durée)"
    r"(?<!arrivée)(?<!musée)(?<!lycée)(?<!député)(?<!députés)(?<!comité)(?<!côté)"
    r"|\w+(?:ait|aient)|\w+(?:èrent|irent|urent)"
    r"|dit|fait|pris|mis|reçu|tenu|venu|venue|venus|rendu|rendue|rendus|vu|eu|été|né|née|mort"
    r"|morte|parti|partie|sorti|sortie|ouvert|ouverte|conclu|élu|élue|élus|mort|morts"
)
# every gender and number of the participle ("signé", "signée", "signés", "signées")
PAST_SUFFIX = ("é", "ée", "és", "ées")
# Words with the participle's ending that are no past: nouns and adjectives of time.
NOT_PAST = frozenset(
    {"été", "année", "journée", "soirée", "matinée", "armée", "idée", "entrée", "musée",
     "lycée", "société", "santé", "sécurité", "liberté", "unité", "comité", "côté", "cité",
     "député", "députée", "députés", "fédéré", "prévu", "prévue", "prévus", "prévues",
     "programmé", "programmée", "attendu", "attendue", "fixé", "fixée", "passé", "passée",
     "clé", "marché", "attendus", "attendues", "programmés", "programmées", "fixés", "fixées",
     "café", "bébé", "thé", "pré", "épée", "vallée", "durée", "arrivée", "pensée",
     "majesté", "autorité", "électricité", "activité", "communauté", "université",
     "nationalité", "réalité", "possibilité", "difficulté", "volonté", "moitié", "qualité",
     "quantité", "priorité", "majorité", "minorité", "sûreté", "fierté", "beauté"}
)  # fmt: skip
PLANNED_PARTICIPLES = ("prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "fixé",
                       "fixée")  # fmt: skip
FUTURE_PARTICIPLES = ("prévu", "prévue", "prévus", "prévues", "programmé", "programmée",
                      "programmés", "programmées", "attendu", "attendue", "attendus",
                      "attendues", "fixé", "fixée", "fixés", "fixées")  # fmt: skip
# "agréé": the ending, not a past, in words that end in "ée" as nouns; none that matter here.
NOT_PAST_ENDING = "ité"
ORDINAL_LAST_WORD = "dernier"
ORDINAL_LAST = r"\s+(?:moitié|tiers|quart|jours\s+de)\b"
# French has no possessive ending on a date.
POSSESSIVE = "\x00"
# "sera signé", "doit être signé": a participle after these is a future passive.
MODAL_PASSIVE = (
    r"\b(?:sera|seront|serait|seraient|(?:va|vont|doit|doivent|devra|devrait|pourra|pourrait)"
    r"\s+(?:ne\s+pas\s+)?être)\s+(?:\w+ment\s+)?$"
)
# "va signer", "doit rencontrer": an infinitive after these.
MODAL_INFINITIVE = (
    r"\b(?:va|vont|doit|doivent|devra|devrait|pourra|pourrait|compte|entend|prévoit\s+de)"
    r"\s+(?:ne\s+pas\s+)?(?:\w+ment\s+)?$"
)
INFINITIVE_MARKER = "de"
# "le premier tour est dimanche", "le vote est prévu pour lundi": a timetable.
SCHEDULED_COPULA = (
    r"\b(?:est|sont|aura\s+lieu|auront\s+lieu|est\s+prévue?\s+pour|est\s+fixée?\s+à)\s+$"
)
# Participles of saying or doing: a date after them is when it was said or done.
_TOLD_OR_DONE = (
    "annonc|décid|sign|vot|adopt|lanc|présent|dévoil|indiqu|confirm|affirm|déclar|expliqu|publi"
    "|inaugur|rencontr|commenc|début|termin|achev|ferm|réalis|organis|enregistr|constat|observ"
)
# "l'audience a été reportée à lundi": whatever the tense, the new date lies ahead.
DEFERRED = (
    r"\b(?:reporté|reportée|reportés|repoussé|repoussée|ajourné|ajournée|prolongé|prolongée"
    r"|suspendu|suspendue|renvoyé|renvoyée|décalé|décalée|fixé|fixée|programmé|programmée)\b"
    r"[^.;]{0,40}?\b(?:à|au|jusqu['’]à"
    r"|jusqu['’]au|jusqu['’]en)\s+$"
    # ... and any participle that sets a date with "au" (the day a thing is moved or set to),
    # not the end of a range opened by "du": "l'affaire a été mise en délibéré au 9 janvier";
    # nor a participle of saying or doing, whose "au" is a season's ("a annoncé au printemps")
    # (nor "été", the auxiliary before the participle that does the setting)
    rf"|\b(?!(?:{_TOLD_OR_DONE})(?:é|ée|és|ées)\b)(?!été\b)\w+(?:é|ée|és|ées|is|ise|ises)\b"
    r"(?:(?!\bdu\b)[^.;,]){0,40}?\b(?P<to>au)\s+$"
)
# ... but a month or season that bare "au" opens is when the thing happened: "les prix ont
# baissé au mois de mars", "a chuté au printemps", "au début de l'année".
TIME_IN_AFTER = r"(?:mois|printemps|début|cours|milieu|premier|second|deuxième|troisième)\b"
# After a determiner or "en" the participle's ending is a noun's ("en tournée", "sa soirée"):
# French puts no pronoun straight before a participle.
ADJECTIVE_SLOT = (
    r"\b(?:un|une|le|la|les|des|du|au|aux|l['’]|en|ce|cet|cette|ces|sa|son|ses|leur|leurs"
    r"|notre|votre|nos|vos|chaque|très|plus|moins|si|bien|mal)[\s-]*$"
)
PAST_PERFECT_PLAN = (
    r"\b(?:avait|avaient|était|étaient)\s+(?:\w+\s+)?(?:prévu|prévue|prévus|prévues"
    r"|programmé|programmée|fixé|fixée|attendu|attendue)\b"
)
PERFECT = r"\s+(?:pas\s+)?(?:eu|été)\b"

# -- the time a sentence reports (``core.temporal.story``) --
# A participle after "avoir" ("a pris", "ont déjà signé", "a fait"): the passé composé tells
# the past as a story's own tense ("Le feu a pris vers minuit"), not the present "a".
_PARTICIPLE_AHEAD = (
    r"\s+(?:(?:pas|déjà|aussi|ensuite|alors|enfin|bien|jamais|toujours|longtemps|\w+ment)\s+)?"
    r"(?!(?:lui|ici|aussi|parmi|celui|depuis|plus|tous|sous|vous|nous|lieu|trois|fois)\b)"
    r"(?:\w+(?:é|ée|és|ées)|\w{2,}(?:i|is|ie|ies|u|ue|us|ues)|eu|vu|su|lu|pu|dû|mis|pris|dit"
    r"|fait|\w+(?:ert|erte|int|inte|uit|uite|rit|rite))\b"
)
PRESENT = (
    rf"est|sont|suis|sommes|êtes|(?:a|ont|ai|avons|avez)(?!{_PARTICIPLE_AHEAD})|va|vont|peut"
    r"|peuvent|doit|doivent|sera|seront|aura|auront|(?<!\ba\s)(?<!\bont\s)(?:fait|dit)|font"
    r"|disent|estime|affirme|indique|annonce|reste|restent"
)
FUTURE_IN_PAST = r"\w+(?:rait|raient)|allait|allaient|devait|devaient"
# An auxiliary before a participle: the tense is the auxiliary's ("a signé" is the present
# perfect of news).
AUXILIARY = r"\b(?:a|ont|ai|avons|avez|est|sont|avait|avaient|était|étaient|été|eu)\s+$"


# A participle opening its sentence is a past ("Adopté lundi par le conseil, le budget …"),
# not a name as a capitalised word of that ending inside a sentence is ("René").
OPENING_PARTICIPLE_PAST = True


# The forms that put a clause ahead of publication, "Les audiences seront fixées au 19 mai": the
# sentence speaks from the publication's time, not a story's (``core.temporal.story``).
# Not the conditional: a future seen from the past.
FUTURE_FORMS = (
    r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront"
    r"|faudra|viendra|viendront|prendra|prendront|rendra|rendront|tiendra|tiendront|verra"
    r"|verront|saura|sauront|voudra|voudront)\b"
    # the simple future of "-er" and "-ir" verbs ("examinera", "finiront"), lower case: not
    # a name ("Vera", "Almira")
    r"|\b(?-i:[a-zàâçéèêëîïôûùü]\w+(?:era|eront|ira|iront))\b"
)
# A future before a month already gone this year dates no happening of its clause ("les travaux
# commenceront en janvier", written in March): ``core.events.possessive_dates``.
FUTURE_MODALS = FUTURE_FORMS
FUTURE_NARRATES = True  # (not before a written year: a narrative's future, "volverá en 1960")
# The conjunction opening a clause just before its date, the clause's verb after the date:
# "a annoncé que lundi, il recevra les élus" (``core.temporal.tense.direction``).
CLAUSE_OPENED_BEFORE = r"\bque\s+(?:(?:dès|en|à|d['’]ici)\s+)?$"

# A verb that put a thing off or moved it, ending just before its new date: "a été reporté à
# octobre" (``core.temporal.postponed``).
MOVED_TO = (
    r"\b(?:reporté|reportée|reportés|reportées|repoussé|repoussée|ajourné|ajournée|renvoyé"
    r"|renvoyée|décalé|décalée)\b[^.;]{0,40}?\b(?:à|au|jusqu['’]à|jusqu['’]au|jusqu['’]en)\s+$"
)
