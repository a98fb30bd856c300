"""French sentence and clause structure, and French word forms.

The names are English's (``core.lang.en.clauses``, where each is explained). French word
order is close enough to English's for the engine's shallow grammar: subject, verb group,
object; what differs is mostly in the words (the auxiliary before the participle, "se" and
"s'" before the verb, elided articles glued to their noun: "l'Ukraine").

The word forms are functions, the same in every language: ``lemmas(word)``,
``is_past(word)``, ``is_participle(word)``, ``present(word, plural)`` and ``past(lemma)``;
the verbs are ``core.lang.fr.verbs``'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.lang.fr import verbs as _verbs
from core.lang.fr._plans import PLAN_OR_MOVE as PLAN_OR_MOVE
from core.lang.fr.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words(
    "m mm mme mmes mlle dr pr me st ste gén col lt cdt cne av apr env etc no n° p tél vol"
)
# "PARIS, 4 février (AFP) -", "KIEV (Reuters) -"; wire copy's "MARSEILLE._", "PARIS. _"
DATELINE = (
    r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,40}?)(?:/[A-ZÀ-Ý][A-ZÀ-Ý .'-]+)?"
    r"(?P<date>,\s*\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?(?:\s+\d{4})?)?"
    r"(?P<agency>\s*\([A-Za-z .&-]{2,30}\))?\s*(?:[-–—]{1,2}|\.?\s?_)\s+"
)
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿœŒ"
WORD = rf"[{_LETTER}]+(?:-[{_LETTER}]+)*"
OPEN_QUOTES = frozenset(("«", "“", '"'))
CLOSE_QUOTES = frozenset(("»", "”", '"'))
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
# No weekday takes a possessive here, so nothing puts one ahead of its clause (English
# "ahead of Thursday's talks").
AHEAD_OF_POSSESSIVE = ""
POSSESSIVE = r"(?!)"

_QU = "qu'il qu'elle qu'ils qu'elles qu'on qu'un qu'une qu’il qu’elle qu’ils qu’elles qu’on"
OPENERS = _words(
    f"qui que qu' dont où lorsque quand tandis puisque parce selon après avant alors {_QU}"
    " ajoutant précisant estimant affirmant"
)
NOUN_PHRASE_ENDS = OPENERS
BARE_OPENERS = _words(f"lorsque quand que dont où tandis puisque parce {_QU}")
THAT = "que"
WHEN = "lorsque"
WHEN_WORDS = frozenset({WHEN, "quand"})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# ("En 2018, après que l'usine a fermé, la mairie a racheté …"); longer ones first
SUBORDINATORS_AFTER_FRONT = (
    "après que",
    "avant que",
    "parce que",
    "bien que",
    "depuis que",
    "dès que",
    "puisque",
)
SUBJUNCTIVE_ENDS: tuple[str, ...] = ()  # (Spanish "cerrara": a subordinate clause's verb)
RELATIVES = _words("qui dont lequel laquelle lesquels lesquelles")
OBJECT_RELATIVES = _words("que qu'")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "Après une réunion lundi, le conseil a approuvé le plan mardi"
# (``core.events.fronted_phrase_dates``).
FRONTED_PHRASE_OPENERS = ("après", "avant")
FRONTED_SUBORDINATORS = _words("bien quoique alors lorsque quand si parce puisque tandis comme")
FRONTED = _words(
    "lors pendant durant après avant depuis dès selon malgré en hier aujourd'hui demain"
    " fin début mi-"
) | frozenset(WEEKDAYS)
LINKS = _words("mais et donc puis ensuite aussi toutefois cependant pourtant ainsi enfin or")
SUBORDINATORS = _words("depuis après avant lorsque quand tandis parce puisque comme")
# A reason told after the news: the attribution closing it dates the main clause ("La marine
# va poursuivre sa plainte parce que …, a indiqué vendredi le ministre": told on Friday)
REPORTED_AFTER_OPENERS = _words("parce puisque")
COORDINATORS = _words("et ou mais")
AND = "et"
# ", et" opens a clause with its own subject and verb: "Le maire a démissionné lundi, et son
# adjoint a pris ses fonctions mardi" (two happenings, each with its day).
AND_OPENS_CLAUSE = True
AND_THEN = ("et", ",", "puis")

PRONOUNS = _words("il elle on ils elles")
THEY = "ils"
PERSONAL_PRONOUNS = _words("il elle")
POSSESSIVE_PRONOUNS = _words("son sa ses leur leurs")
PERSONAL_POSSESSIVES = _words("son sa ses")
SPEAKER_PRONOUNS = _words("nous je j' vous")
POSSESSIVE_DETERMINERS = _words("son sa ses leur leurs le la les l' un une")
ARTICLES = _words("le la les l' un une des du")
# Articles fused with a preposition ("du" is "de le"): a role after one stays, or the
# preposition would go with it ("la visite du roi Charles III", not "la visite Charles III").
FUSED_ARTICLES = _words("du des au aux")
# The article each holds: "la version finale du pacte, qui sera signé …" → "le pacte sera signé".
FUSED_ARTICLE_PARTS = {"du": "le", "des": "les", "au": "le", "aux": "les"}
# How a participle agreeing with such a noun ends (masculine; "pris", whose singular ends on
# "s", is not read so): "du pacte, qui sera signé", "des travaux, qui seront lancés".
FUSED_PARTICIPLE_ENDINGS = {"le": ("é", "i", "u", "t"), "les": ("és", "is", "us", "ts")}
# Words that rank a noun in an apposition: "le pacte, le premier du pays, qui sera signé …".
APPOSITION_RANKS = _words("premier première premiers premières seul seule dernier dernière")
ANAPHORIC = _words("le la les ce cet cette ces")
DETERMINERS = _words(
    "le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos"
    " mon ma mes chaque tout toute tous toutes plusieurs quelques aucun aucune certains"
    " certaines"
)
# "du" and "des" are articles as often ("Des pluies ont fait …"): DETERMINERS has them.
PREPOSITIONS = _words(
    "de d' à au aux en dans sur sous par pour avec sans entre vers chez contre depuis"
    " pendant durant après avant selon malgré lors parmi près jusqu'à jusqu'au jusqu'en"
    " jusqu’à jusqu’au face outre via envers dès"
)
ADVERBS = _words(
    "aussi déjà encore toujours ne n' pas plus jamais désormais ensuite enfin officiellement"
    " notamment également finalement bientôt récemment alors même puis lui-même elle-même"
)
NEGATIONS = _words("ne n' pas jamais plus")
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("va vont")
FUTURE_KEPT_BEFORE = ("pas", "être")
BE = _words(
    "est sont était étaient être été fut furent sera seront serait seraient s'est s’est"
    " s'était s’était c'est c’est n'est n’est étant"
)
BE_PAST = _words("était étaient fut furent")
BE_FINITE = _words("est sont était étaient suis sommes êtes s'est s’est n'est n’est")
BEEN = "été"
BEING = "étant"
GOING = "allant"
DUE = "prévu"
HAVE = _words(
    "a ont avait avaient aura auront aurait auraient eu ai avons avez n'a n’a n'ont n’ont"
    " l'a l’a l'ont l’ont n'avait n’avait"
)
MODALS = _words(
    "peut peuvent pourra pourront pourrait pourraient doit doivent devra devront devrait"
    " devraient devait devaient"
)
HYPOTHETICAL = _words("pourrait pourraient devrait devraient pourra pourront serait seraient")
# The reflexive pronoun opens the verb group as an auxiliary does: "Scholz [se rendra] à Kiev".
AUX = FUTURE | BE | HAVE | MODALS | _words("se s' s’")
# The pronoun of a pronominal verb: "L'incendie s'est déclaré vendredi" (it broke out)
PRONOMINAL_MARKS = _words("se s' s’")
CLAUSE_ONLY_SPEECH = _words("dire")
SUBJECT_BREAKS = _words("si")
NON_FINITE_AUX = _words("être été étant")
TO = "de"  # the infinitive's marker after a plan: "prévoit de signer"
OF = "de"
BY = "par"
SPEECH_VERBS = _words(
    "dire annoncer affirmer déclarer préciser indiquer estimer ajouter confirmer assurer"
    " avertir souligner expliquer"
)
TELL_VERBS = _words("informer assurer avertir rappeler prévenir")
# "a fait savoir [mardi] qu'…": a verb and the word that make it a verb of saying, by lemma
SAYING_PHRASES = {"faire": ("savoir",)}
# "a demandé [lundi] à la direction qu'elle rouvre …": whom it asked, then what it asked
REQUEST_VERBS = _words("demander exiger réclamer")
SPEECH_DAYS = frozenset(WEEKDAYS)
NOT_SPEECH_CLAUSE = _words("que qu' , en à le la les")
REPORTED_OBJECT_REACH = 5
REPORTED_SUBJECT_REACH = 14
# "reprendra lundi", "se rendra hier": a day right after the verb shows it is one.
VERB_PARTICLES = _words("hier demain aujourd'hui dès") | frozenset(WEEKDAYS)
VERB_GROUP_ENDS = _words("de à pour avec en")
NOUN_LINKS = _words("de d' du des pour")
LIST_ITEM_REACH = 3
TITLE_PARTICLES = _words("en y")
# (a participle that opens a phrase after its noun, as "qui" does: ``TITLE_PHRASE_PARTICIPLES``)
TITLE_CUT_BEFORE = _words("qui que dont où tandis , ; – notamment dont")
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "votera [le 3 mars] sur …".
TITLE_TIME_PREPOSITIONS = _words("en le ce")
TITLE_TIME_WORDS = _words("dernier dernière prochain prochaine")
TITLE_PERIOD_NOUNS = _words("semaine mois année week-end")
TITLE_ATTRIBUTIONS = ("selon", "d'après")
# Past the limit still, the phrase of whom goes from between a verb and its object
# ("a présenté [aux élus] un plan").
TITLE_RECIPIENT_PREPOSITIONS = _words("à au aux auprès devant")
# and the phrase of where ("a déposé [en préfecture de Nancy] un recours")
TITLE_PLACE_PREPOSITIONS = _words("en dans")
TITLE_PHRASE_BREAKS = _words("pour afin sans")
TITLE_DANGLING = _words(
    "et ou mais comme que notamment selon avant après contre vers de d' du des à au aux le"
    " la les l' un une son sa ses leur leurs pour par sur en dans"
)
TITLE_LOST_AFTER = _words("environ vers plus moins")
# Present participles after a noun that say nothing without their phrase: a title cut just
# after one ("a prolongé les mesures du plan permettant [aux pêcheurs de …]") ends before it.
TITLE_PHRASE_PARTICIPLES = _words(
    "permettant autorisant visant concernant prévoyant portant comprenant demandant exigeant "
    "réclamant interdisant imposant obligeant accordant fixant instaurant"
)
TITLE_CUT_BEFORE = TITLE_CUT_BEFORE | TITLE_PHRASE_PARTICIPLES
BUT = _words("mais")
CLAUSE_SUBJECT_STARTS = _words("il elle ils elles on ce cela ceci le la les nous je")
QUANTITY_WORDS = _words("plus moins")
NUMBER_WORDS = _words("un une deux trois quatre cinq six sept huit neuf dix cent mille")
FIXED_PHRASE_STARTS = tuple(
    "afin|à cause|grâce|en raison|au lieu|en vue|à la suite|en réponse|à partir|au cours"
    "|en faveur|au nom|lors|près|loin|avant|après|face".split("|")
)
EXPLETIVES = _words("il ce cela ceci ça c'")
DEMONSTRATIVES = _words("ce cet cette ces")
AMOUNT_WORDS = _words("millions milliards million milliard mille euros dollars francs %")
COMPARISON_CUTS = _words("contre comparé comparée comparativement")
FIGURE_COMPARISON_CUTS = _words("contre")
NAME_LINKS = _words("de du des la le")
CHANGE_WORDS = _words("en")
CHANGE_FROM = _words("hausse baisse")
CLAUSE_CUTS = _words(f"qui dont où lorsque quand tandis puisque parce alors {_QU}")
AS = "comme"
NOT_SUBJECT_STARTS = _words(
    "selon notamment cependant toutefois pourtant néanmoins donc ainsi aussi d'après"
)
TABLE_PERIODS = _words("année trimestre semestre période")
PERIOD_NOUNS = _words(
    "an ans année années mois semaine semaines jour jours trimestre période saison saisons"
)
ANTECEDENT_REACH = 250
IT_RESOLVES_AFTER = ("", "que", "lorsque", "qu'il", "qu'elle")
REPORTED_OPENERS = ("que", "qu'il", "qu'elle", "qu'ils", "qu'elles")
STATE_VERBS = _words(
    "être rester sembler paraître représenter totaliser atteindre compter comprendre contenir"
    " signifier appartenir"
)
STATE_PARTICIPLES = _words("situé située situés situées basé basée basés")
# "le budget est évalué à 12 millions d'euros": a measure told, no happening (``AT`` the figure's)
ESTIMATE_VERBS = _words("estimer évaluer chiffrer")
AT = "à"
# "les travaux vont coûter 3 millions", "coûteraient 3 millions": a cost foreseen
FORESEEN_STATE_VERBS = _words("coûter")
# A workforce's size told as if it happened (``core.events.tallies``): "l'usine emploie près
# de 450 salariés", not "la police a employé la force"; the words before the figure
AMOUNT_VERBS = _words("employer")
FIGURE_LEADS = _words("jusqu'à près de plus environ quelque")
# The word for years after an age ("le maire, 61 ans, …"; ``core.events.clause_fronts``)
AGE_YEARS = _words("ans")
STATE_FORMS = _words("coûtera coûteront coûterait coûteraient")
# After "et", a present that tells how a thing stands since the dated act before it: "a
# ouvert en 2019 et compte aujourd'hui 40 rames" (``core.events.lasting_tail``)
LASTING_PRESENTS = _words(
    "est sont compte comptent abrite abritent accueille accueillent reste restent "
    "demeure demeurent emploie emploient sert servent"
)
LASTING_ADVERBS = _words("désormais aujourd'hui toujours actuellement")
STATE_VERBS_BUT_AT_A_PLACE = _words("paraître")
PLACE_AFTER = _words("à au en devant")
SCHEDULED = _words("prévu prévue prévus prévues attendu attendue attendus fixé fixée")
SET_FOR = _words("fixé fixée")
TIMEX_PHRASE_LINKS = _words("de d' du")
DATE_MODIFIERS = _words("fin début mi toute tout")  # "pendant [toute] la nuit"
# A demonstrative and "même" before a date ("se feront [ce même] lundi"): nothing without it.
VAGUE_DATE_LEADS = (("ce", "même"), ("cet", "même"), ("cette", "même"))
# Sentence hedges a title may not end on ("sera ouvert probablement [à partir de mai]").
TITLE_END_HEDGES = _words("probablement peut-être vraisemblablement")
TIME_PHRASE_STARTS = _words("cette ce la le l'")
TIME_UNITS = _words("semaine mois année an week-end matin soir nuit")
PLURAL_NOUNS = _words("gens")
FUNCTION_WORDS = _words(
    "le la les l' un une des du de d' en dans à au aux pendant après avant depuis lors"
    " tandis comme mais et ou si lorsque quand ce cette ces leur leurs son sa ses notre nos"
    " nous ils elles il elle on je vous cependant toutefois selon"
)
TIMEX_PREPOSITIONS = _words(
    "le la l' en à au aux dès depuis pendant durant jusqu'à jusqu'au jusqu'en jusqu’à de du"
    " d' entre vers pour et ou avant après"
    " qu'en qu’en qu'au qu’au qu'à qu’à qu'le"  # "ne furent ouvertes qu'en 1923"
    " d' entre vers pour et ou avant après d'ici dans"
)
RANGE_OPENERS = ("de", "du", "d'", "entre", "depuis")
RANGE_JOINERS = ("à", "au", "et", "jusqu'à", "jusqu'au", "-", "–")
# The article a list of days opens with: "[les] 7 et 8 mars".
RANGE_ARTICLES = _words("les")
# "depuis huit ans": a span counted back from publication.
BACK_SPAN_BEFORE = ("depuis", "pendant", "durant")
BACK_SPAN_THE = ("les", "ces")
BACK_SPAN_WORDS = ("derniers", "dernières")
BACK_SPAN_AFTER = _words("après depuis")
PLACE_PREPOSITIONS = ("à", "en", "au", "aux", "dans")
BETWEEN = "entre"
GERUND = "ant"
# "le récemment nommé": an adverb after a determiner ends in "-amment"/"-emment"; a "-ment"
# there is a noun, the subject ("le gouvernement tiendra", "le mouvement débute").
ADVERB_ENDING = "mment"
PAST_PARTICIPLE = "é"
PLURAL_ENDING = "s"

_ELISIONS = ("l'", "d'", "qu'", "s'", "n'", "j'", "m'", "c'", "jusqu'", "lorsqu'", "puisqu'")
# Elided articles and prepositions: what follows is a noun ("d'aide", "l'annonce").
_NOUN_ELISIONS = ("l'", "d'", "qu'", "c'", "jusqu'", "lorsqu'", "puisqu'")


# The future and conditional of a verb of the first or second group the lists lack
# ("dressera", "choisiront", "lancerait"): no noun ends so ("caméra" has its accent).
_UNLISTED_FUTURE = re.compile(
    r"(?P<infinitive>[a-zàâçéèêëîïôûùüÿœ]{3,}(?:er|ir))(?:a|ont|ait|aient)"
)


def _elided_noun(word: str) -> bool:
    """Whether ``word`` opens with an elided article or preposition ("l'envoyé", "d’aide"):
    what follows is a noun, whatever verb form it spells."""
    return word.lower().replace("’", "'").startswith(_NOUN_ELISIONS)


def _bare(lower: str) -> str:
    """A word without the elided article or pronoun glued to it ("l'annexion" → "annexion")."""
    lower = lower.replace("’", "'")
    for elided in _ELISIONS:
        if lower.startswith(elided) and len(lower) > len(elided):
            return lower[len(elided) :]
    return lower


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech ("signé" → {"VERB": ("signer",)}, "exercices" → {"NOUN":
    ("exercice",)}); treat the result as read-only.

    >>> lemmas("rencontrera"), lemmas("exercices")
    ({'VERB': ('rencontrer',)}, {'NOUN': ('exercice',)})
    """
    return _lemmas(word.lower())


@lru_cache(maxsize=65536)
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    bare = _bare(lower)
    verb = _verbs.FORMS.get(lower.replace("’", "'"))
    if verb is None and not _elided_noun(lower):
        verb = _verbs.FORMS.get(bare)  # "s'envolera", "n'annoncera": a verb's own pronoun
    if verb is None and (future := _UNLISTED_FUTURE.fullmatch(bare)):
        verb = future.group("infinitive")  # "dressera": the lists lack it, its ending tells
    if not bare.isalpha() and "-" not in bare:
        return {"VERB": (verb,)} if verb else {}
    if bare in _NOT_NOUNS:
        return {"VERB": (verb,)} if verb else {}
    singular = bare[:-1] if bare.endswith(("s", "x")) and len(bare) > 3 else bare
    if verb and (bare.endswith(("e", "es")) or bare in _VERB_NOUNS):
        return {"VERB": (verb,), "NOUN": (singular,)}  # "visite", "signe"
    if verb:
        return {"VERB": (verb,)}
    return {"NOUN": (singular,)}


# Words that are never nouns, and verb forms that are as often nouns ("accord" is no verb).
_NOT_NOUNS = DETERMINERS | PREPOSITIONS | PRONOUNS | COORDINATORS | OPENERS | ADVERBS | AUX
_VERB_NOUNS = _words(
    "vote votes attaque attaques visite visites manifestation marche débat combat"
    " président présidents résident résidents parent parents"  # ("présider", "résider")
)


def past(lemma: str) -> str:
    """The participle of a verb: "rencontrer" → "rencontré" (the headline's past)."""
    forms = _verbs.FORMS.items()
    participles = sorted(f for f, inf in forms if inf == lemma and f in _verbs.PARTICIPLES)
    return min(participles, key=len) if participles else lemma


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "rencontrera" → "rencontre" (or "rencontrent")."""
    lemma = _verbs.FORMS.get(word.lower())
    if lemma is None:
        return word
    if lemma.endswith("er"):
        return lemma[:-2] + ("ent" if plural else "e")
    return word


@lru_cache(maxsize=65536)
def is_past(word: str) -> bool:
    """A past participle or simple past: "annexé", "rendu", "fut" (not "rendra"); after an
    elided article a noun ("l'entreprise", "l'élu"), as ``lemmas`` reads it.

    >>> is_past("reprise"), is_past("l'entreprise"), is_past("s'est")
    (True, False, False)
    """
    return not _elided_noun(word) and _bare(word.lower()) in _verbs.PAST_FORMS


def is_participle(word: str) -> bool:
    """A past participle ("signé", "rendu"), not a finite form; never a word after an elided
    article ("l'envoyé": a noun)."""
    return not _elided_noun(word) and _bare(word.lower()) in _verbs.PARTICIPLES


# -- added for fr --
# Whether a time expression may sit inside the verb phrase it dates ("se rendra le 14 février
# en Ukraine"), so that a coordinated verb phrase later in the clause is a follow-on of its
# own ("… et visitera la Russie le lendemain"). French may: True.
DATE_INSIDE_VERB_PHRASE = True
# Whether the speaker may follow the verb of saying that closes a sentence ("…, a annoncé
# vendredi son porte-parole"). French may: True.
SUBJECT_AFTER_SAYING = True
# What may stand between that verb and its speaker: to whom or where it was said ("…, a
# indiqué hier à la presse le maire", "…, a indiqué dans un communiqué la préfecture").
SAYING_ADDRESSEES = _words("à au aux dans")
# A clause that compares with what was planned or told ("…, comme le prévoyait un traité, a
# indiqué hier le journal"): no news of its own for the report's day to date.
LIKE_OPENERS = _words("comme")
# A capital written without its accent at a sentence's start, and the word it stands for:
# "A l'issue de la réunion, …" opens on the preposition "à".
UNACCENTED_CAPITALS = {"A": "à"}
# Verbs that close a sentence as who told it and when, their speaker after them ("…, a
# souligné hier le maire", "…, a expliqué lundi la préfète"): by lemma.
ATTRIBUTION_VERBS = _words(
    "dire annoncer affirmer déclarer préciser indiquer estimer ajouter confirmer assurer "
    "avertir souligner expliquer rappeler reconnaître considérer juger observer noter relever "
    "insister révéler constater commenter informer"
)


# -- added for es, de and ru --
def is_finite_form(word: str) -> bool:
    """A verb form whose ending makes it finite: the future and the conditional ("rassemblera",
    "signeront", "ouvrirait"); the others are told by the verb list and its position.

    >>> is_finite_form("rassemblera"), is_finite_form("rassemble"), is_finite_form("opéra")
    (True, False, False)
    """
    lower = _bare(word.lower())
    if "VERB" not in lemmas(lower) or lower in _verbs.PAST_FORMS:
        return False  # "opéra": a simple past as well
    return lower.endswith(("ra", "ront", "rait", "raient"))


# A French finite verb has its subject in the clause (or a pronoun: "il", "elle").
DROPS_SUBJECT = False
# "a indiqué que la moitié … avaient été reconnectés": French keeps it in a title (#16
# titles), elided before a vowel (``THAT_ELIDED``).
REPORTED_THAT = " que"


def is_word(word: str) -> bool:
    """Whether ``word`` is a known word of the language, not a name: only the verbs of this
    folder's own list count (its nouns are told by their ending, which any name may have: a
    city called so is still a city, ``core.events.gazetteer``)."""
    return "VERB" in lemmas(word)


# -- added for fr (round 2) --
# Words that open what a role heads before a comma and the name ("Le directeur du festival
# d'Avignon, Tiago Rodrigues,"): the role and its domain drop from a title, as a role does.
ROLE_COMPLEMENT_OPENERS: tuple[str, ...] = ("du", "de", "des", "d'")
# How many words back from the comma the role may stand.
ROLE_COMPLEMENT_REACH = 6


def plural_verb(word: str) -> bool:
    """As English: the subject left out is not read here (``DROPS_SUBJECT`` is False)."""
    return False


# "aura lieu vendredi": it takes place; "resteront fermées jusqu'à vendredi": a closure
STATE_VERB_ACTIONS = {
    "avoir": _words("lieu"),
    "rester": frozenset(
        p + e
        for p in ("fermé", "bloqué", "coupé", "suspendu", "interdit", "confiné", "évacué")
        for e in ("", "e", "s", "es")
    ),
}


# A clause's own date wins over a span of the past it names: "Le musée rouvrira ses portes
# en juin après deux ans de travaux" is the reopening in June, not two years of works.
DATE_BEFORE_SPAN = True


# What makes a negation a restriction: "Ses archives ne furent ouvertes qu'en 1923" (only
# then, a happening), not "ne furent pas ouvertes".
ONLY_AFTER_NEGATION = ("que ", "qu'", "qu’")  # the word "que", or elided


# Object pronouns written before their verb: "a fermé le parc et le rouvrira dimanche"
# (a follow-on opens on them, its verb next).
OBJECT_CLITICS = _words("le la les l' lui leur")


SPACED_GUILLEMETS = True  # « une décision brutale »
# "a requis trois ans de prison", "trois jours de deuil": a measure, no date.
DURATION_OF = ("de", "d'")
THAT_ELIDED = " qu'"  # "a annoncé qu'il", "qu'Enedis"
DATES_INSERTED = True  # "a déclaré close [lundi] la séance"
# "à la fin de [mars]" goes with its date; "le budget de [l'an prochain]" not.
TIMEX_PHRASE_HEADS = _words("fin début milieu cours reste moitié courant mi")
FRONTED_SPAN_IS_SCENE = True  # "Après trois jours de négociations, …": the clause's scene
COMMA_ASIDES = True  # "ont rejeté, par 290 voix contre 250, la motion"
PARTICIPLE_SUBJECT_CUTS = True  # "Un incendie | déclaré samedi dans un immeuble"
ATTRIBUTION_FRONTS = _words("comme")  # "comme …, <the news>": who told it, before the comma
# A participle aside or opener with its own date is a passive told short: "Racheté en 2019
# par un fonds, …" -> "L'usine a été rachetée par un fonds" (``core.events.asides``).
ASIDE_PASSIVE = ("a été", "ont été")
# Participles that take "être", no passive: "Malo Roux, né en 1999, …" → "Malo Roux est né".
_BE_PARTICIPLES = (
    "né", "mort", "décédé", "arrivé", "paru", "venu", "revenu", "devenu", "parti", "sorti",
    "tombé", "entré",
)  # fmt: skip
ASIDE_OWN_AUXILIARY = {
    **{p + e: "est" for p in _BE_PARTICIPLES for e in ("", "e")},
    **{p + e: "sont" for p in _BE_PARTICIPLES for e in ("s", "es")},
}
# A participle opening a sentence before its date and a comma is one, though its ending makes
# it look like a noun too ("Rachetée en 2019 par un fonds, l'usine …").
OPENING_PARTICIPLE_OVER_NOUN = True
# A participle agrees with its noun: "Les ventes du modèle, lancé en mars": the model's.
PARTICIPLE_AGREES = True
# "…, mais la mairie a refusé toute enquête en juillet": "but" and a subject of its own, with
# its verb, open a clause (``core.events.phrases``).
BUT_OPENS_CLAUSE = True


# -- added for de and fr (lang16a) --
# A participle's agreeing endings, of a verb of the first group ("trouvé", "repérés",
# "chargée"); nouns of the same ending ("société", "journée") never stand right after an
# auxiliary without their article, which is the only place this shape is read.
# So are those of "-uire" and "-crire" ("reconstruit", "inscrite") and of the "-u" verbs
# ("retenu", "vendue").
_UNLISTED_PARTICIPLE = re.compile(
    r"[a-zàâçéèêëîïôûùüÿœ]{3,}(?:é|ée|és|ées|[ur]it|[ur]ite|[ur]its|[ur]ites|u|ue|us|ues)"
)


def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb the lists lack
    (``core.events.states``): "a été trouvé", "avaient été repérés", "ont hélitreuillé".

    >>> unlisted_participle("repérés"), unlisted_participle("rapide"), unlisted_participle("Calvi")
    (True, False, False)
    """
    return bool(_UNLISTED_PARTICIPLE.fullmatch(word))


# -- added for #16 (lang16a): a pronoun opening its sentence, no name before it --
# The articles of the sentence before's subject a pronoun may stand for ("elle" for "la
# coopérative"); empty: such a pronoun stands for nothing sure.
PRONOUN_ARTICLES = {
    "il": _words("le un l'"),
    "elle": _words("la une l'"),
    "ils": _words("les des"),
    "elles": _words("les des"),
}


# The person a profile's "il" or "elle" stands for (``core.events.topic_person``; the names
# are English's). "son", "sa", "ses" agree with the thing owned, not the owner: no sex.
FEMALE_PRONOUNS = _words("elle")
MALE_PRONOUNS = _words("il")
# "son", "sa", "ses" agree with what is owned, not with the owner: his or hers.
OWNER_NEUTRAL_POSSESSIVES = _words("son sa ses")
MALE_WORDS = _words(
    "fils père mari époux frère m. monsieur roi prince oncle neveu petit-fils grand-père veuf"
)
FEMALE_WORDS = _words(
    "fille mère femme épouse sœur soeur mme mme. madame mlle reine princesse tante nièce "
    "petite-fille grand-mère veuve"
)
SEX_WORDS_REACH = 20
# Prepositions after which a name may be a person who acts ("battu par Ana Roux", "avec Paul
# Marel"); after the others a name ends a phrase ("l'usine de Rezé", "partie à Quimper") and
# is no one a later "elle" could mean.
PEOPLE_AFTER = _words("par avec pour après avant entre contre selon")
# A date opening its sentence is read without the sentence before ("… la suppression de 180
# postes. | Le 14 mars, les ouvrières …" is no baseline "de 180 postes").
REACH_OWN_SENTENCE = True
# Adjectives written before their noun ("le jeune musicien quitte Paris", "la vieille usine
# ferme"): determiner, adjective and noun are a subject as "le musicien" is.
ADJECTIVES_BEFORE_NOUN = _words(
    "jeune jeunes vieux vieil vieille vieilles nouveau nouvel nouvelle nouveaux nouvelles"
    " grand grande grands grandes petit petite petits petites ancien ancienne anciens"
    " anciennes premier première premiers premières dernier dernière derniers dernières"
    " seul seule futur future célèbre illustre modeste bon bonne beau bel belle"
)
# Asides between two commas that a title drops: "En 1974, pourtant, l'usine ferme".
FIXED_ASIDES = (
    "pourtant", "cependant", "toutefois", "néanmoins", "en effet", "par ailleurs",
    "d'ailleurs", "de plus", "en revanche", "par contre", "finalement", "alors",
    # (also between an auxiliary and its participle: "a pour sa part demandé")
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "d'ores et déjà",
    "à nouveau", "de nouveau", "en outre", "bel et bien", "une nouvelle fois", "à son tour",
    "quant à lui", "quant à elle",
)  # fmt: skip
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("presque")
# A subject that says nothing happened ("no one [was hurt]"): no title
NEGATIVE_SUBJECTS = _words("aucun aucune rien")


# "…, qui rendra sa décision": "qui" is always its clause's subject, the future or
# conditional after it the clause's verb.
VERB_RELATIVES = _words("qui")
# A finite verb's plural by its ending ("…, qui commenceront", "rendront", "seraient"): no one
# person's name before "qui" is its subject.
PLURAL_FINITE_ENDINGS = ("ent", "ont")
# The articles that tell a role's sex before a name: "le maire, Marc Roux" is a man, never
# the "elle" after it; "la directrice, Ana Roux" a woman.
MALE_ARTICLES = _words("le du au")
FEMALE_ARTICLES = _words("la")
# A possessive that says no sex, as the article its noun takes when the owner is named after
# it, and how the owner follows: "Ses obsèques" → "Les obsèques de Jeanne Roux"
# (``core.events.owner_after``); an article or "de" elided before a vowel ("l'œuvre d'Anne").
OWNER_ARTICLES = {"son": "le", "sa": "la", "ses": "les"}
OWNER_OF = "de"
ELIDED = {"le": "l'", "la": "l'", "de": "d'"}

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``).
CLAUSE_WORDS_TITLE = True

# "le salon, qui s'est ouvert samedi": "qui" stands for a thing as for a person; the noun
# phrase before it is its clause's subject (``core.events.antecedents``)
THING_RELATIVES = _words("qui")
# … but a present after it is not read as its verb: it may tell a story's past in the
# present of narration, whose year the date would miss ("…, qui découvre son atelier le
# 3 mars")
UNREAD_PRESENT_RELATIVES = THING_RELATIVES
# Object relatives told with their noun (``core.events.relative_objects``): "la taxe que la
# mairie a votée en mai" tells that the town hall voted the tax; the participle drops the
# agreement with the object once the object comes after it ("a voté la taxe").
OBJECT_THING_RELATIVES = _words("que qu'")
PARTICIPLE_AGREEMENT = (
    ("ées", "é"), ("ée", "é"), ("és", "é"), ("ies", "i"), ("ie", "i"), ("ises", "is"),
    ("ise", "is"), ("ites", "it"), ("ite", "it"), ("ertes", "ert"), ("erte", "ert"),
)  # fmt: skip
CLAUSE_CLOSERS = frozenset((",", ";"))
GAP_ADVERBS = _words("déjà d'abord initialement")
# How adverbs of manner end: "ont été | légèrement | blessés", "a | vivement | critiqué".
MANNER_ADVERB_ENDINGS = ("ment",)
PERFECT_RELATIVES = True
RELATIVE_THAT_AFTER_NOUN_PHRASE = True
RESTRICTIVE_NEGATION = _words("ne n'")


# A sentence-opening "ils" or "elles" for the plural subject of the sentence before ("Les
# riverains … ont écrit au préfet. Jeudi, ils manifesteront"; ``core.events.plural_subject``)
PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE = _words("ils elles")
# Every plural noun or adjective ends so (``core.events.plural_subject``)
PLURAL_WORD_ENDINGS = ("s", "x")
# A plural pronoun for feminine nouns, and the endings that mark a plural noun feminine
# (``core.events.plural_subject``)
FEMININE_PLURAL_PRONOUNS = _words("elles")
FEMININE_PLURAL_ENDINGS = (
    "ées",
    "ières",
    "trices",
    "euses",
    "elles",
    "ennes",
    "ettes",
    "tions",
    "sions",
    "ures",
    "ances",
    "ences",
)
# Endings that make a singular noun feminine ("l'usine", "l'entreprise") or masculine ("l'État",
# "l'atelier"), for a pronoun after a noun with an elided article
# (``core.events.phrase_antecedent``); endings that both genders have ("-age": "l'image",
# "l'étage") are in neither
FEMININE_NOUN_ENDINGS = (
    "tion", "sion", "ée", "ité", "ure", "ance", "ence", "ise", "ine", "ette", "elle", "esse",
    "ude", "aison",
)  # fmt: skip
MASCULINE_NOUN_ENDINGS = ("ment", "isme", "oir", "ier", "ail", "teur", "at")
# A subject after a fronted phrase and its comma ("Dès la rentrée, la chorale donnera"), for
# a pronoun after it (``core.events.phrase_antecedent``)
SUBJECT_AFTER_FRONTED_COMMA = True
# A sentence opening "Après avoir quitté la mairie en 2014, …": the phrase up to its comma is
# a clause of its own, its date not the main clause's (``core.events.fronted_infinitives``)
FRONTED_INFINITIVE_OPENERS = (
    ("après", "avoir"), ("après", "être"), ("après", "s'être"), ("après", "s’être"),
    ("avant", "de"),
)  # fmt: skip

# A subject relative with no comma inside the subject, the main clause resuming at its verb
# ("Le maire | qui a démissionné en mars | a été remplacé hier"): cut there
MAIN_RESUMES_IN_RELATIVE = _words("qui")
