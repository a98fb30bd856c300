"""Spanish sentence and clause structure, and Spanish word forms.

The words the event engine (``core.events``) reads a sentence's shape by, as English's
(``core.lang.en.clauses``) with the same names. Sets are lower case.

The word forms are the same functions as English's: ``lemmas(word)`` (simplemma's Spanish
dictionary; a lemma ending like an infinitive is a verb), ``is_past(word)`` (the preterite and
the participle), ``is_participle(word)`` and ``present(word, plural)`` (the headline present:
"visitó" → "visita").
"""

from __future__ import annotations

from functools import lru_cache

from core.lang.es._plans import PLAN_OR_MOVE as PLAN_OR_MOVE
from core.lang.es.calendar import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS = _words(
    "sr sra srta dr dra lic ing prof gral gen cnel tte sto sta ee uu etc núm nº pág av avda "
    "dña d admón dpto cía art"
)
# A dateline opening a paragraph: "MADRID, 4 feb (EFE).-", "KIEV (AP) —".
DATELINE = (
    r"(?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,40}?"
    # or in small letters before a whole date: "Vigo, 10 de junio de 2025 (EFE).-"
    r"|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?(?=,\s*\d{1,2}\s+de\s+[a-z]+\s+de\s+\d{4}"
    # ... or before a short date and the agency's name with its dash: "Toledo, 16 feb 2023
    # (EFE).-", "Madrid, 28 ene (EFE).-"
    r"|,\s*\d{1,2}\s+[a-z]{3,4}\.?(?:\s+\d{4})?\s*\([A-Za-z .&-]{2,30}\)\s*\.?[-–—]))"
    r"(?:/[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]+)?"
    r"(?P<date>,\s*\d{1,2}\s+(?:de\s+)?[a-z]{3,10}\.?(?:\s+(?:de\s+)?\d{4})?)?"
    r"(?P<agency>\s*\([A-Za-z .&-]{2,30}\))?\s*\.?[-–—]{1,2}\s*"
)
WORD = r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+(?:-[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+)*"
OPEN_QUOTES = frozenset(("“", '"', "«", "``"))
CLOSE_QUOTES = frozenset(("”", '"', "»", "''"))
POSSESSIVE_ENDINGS = ("’s", "'s")
# No weekday takes a possessive here, so nothing puts one ahead of its clause (English
# "ahead of Thursday's talks").
AHEAD_OF_POSSESSIVE = ""
POSSESSIVE = r"['’]s?$"

OPENERS = _words(
    "diciendo añadiendo afirmando como mientras cuando donde que quien quienes cuyo cuya "
    "cuyos cuyas después antes porque aunque pero tras según"
)
NOUN_PHRASE_ENDS = OPENERS - {"como"}
BARE_OPENERS = _words("cuando después antes que porque cuyo cuya cuyos cuyas donde mientras")
THAT = "que"
WHEN = "cuando"
WHEN_WORDS = frozenset({WHEN})  # the words that open a "when" clause fronted after a date
# the openers of a subordinate clause after a fronted phrase of time, before the main clause
# ("En 2018, después de que la fábrica cerrara, el ayuntamiento compró …"); longer ones first
SUBORDINATORS_AFTER_FRONT = (
    "después de que",
    "antes de que",
    "luego de que",
    "desde que",
    "una vez que",
    "aunque",
    "porque",
)
# the endings of a past subjunctive, the verb of such a clause ("después de que la fábrica
# cerrara")
SUBJUNCTIVE_ENDS = ("ara", "aran", "iera", "ieran", "ase", "asen", "iese", "iesen")
RELATIVES = _words("quien quienes cual cuales cuyo cuya cuyos cuyas que")
OBJECT_RELATIVES = _words("cual cuales")
# The openers of a verbless phrase before the main clause whose date is the phrase's noun's when
# the main clause has its own: "Tras una reunión el lunes, la junta aprobó el plan el martes"
# (``core.events.fronted_phrase_dates``).
FRONTED_PHRASE_OPENERS = ("tras", "después de", "antes de")
FRONTED_SUBORDINATORS = _words("aunque mientras porque cuando tras si pese")
FRONTED = _words(
    "durante en el al tras después antes desde mientras según con pese ante bajo aunque cuando si"
)
LINKS = _words("así pero y sin embargo además entonces también todavía aún mientras tanto")
SUBORDINATORS = _words("desde después antes cuando mientras porque aunque como")
# A word that opens a condition: what it says may or may not come about, no happening ("se
# movilizará si el ayuntamiento no limpia la playa"); a report too long to title whole is
# told up to it (``core.events.told``).
CONDITION_OPENERS = _words("si")
# A reason or a contrast told after the news: the attribution closing it dates the main clause
# ("La Armada pedirá un préstamo porque …, dijo hoy el ministro": the asking, told today)
REPORTED_AFTER_OPENERS = _words("porque aunque")
COORDINATORS = _words("y e o u pero ni")
AND = "y"
# ", y" opens a clause with its own subject and verb: "El alcalde dimitió el lunes, y las
# negociaciones se reanudaron el martes" (two happenings, each with its day).
AND_OPENS_CLAUSE = True
AND_THEN = ("y", ",", "luego")

PRONOUNS = _words("él ella ellos ellas")
THEY = "ellos"
PERSONAL_PRONOUNS = _words("él ella")
SPEAKER_PRONOUNS = _words("yo nosotros nosotras tú usted ustedes")
POSSESSIVE_DETERMINERS = _words("su sus el la los las un una")
ARTICLES = _words("el la los las un una unos unas")
# Articles fused with a preposition ("del" is "de el"): a role after one stays ("la visita
# del rey Felipe", not "la visita Felipe").
FUSED_ARTICLES = _words("del al")
ANAPHORIC = _words("el la este esta ese esa dicho dicha")
DETERMINERS = _words(
    "el la los las un una unos unas este esta estos estas ese esa esos esas su sus nuestro "
    "nuestra algún alguna algunos algunas cada todo toda todos todas ningún ninguna varios "
    "varias muchos muchas más"
)
PREPOSITIONS = _words(
    "de del en a al por para con sin sobre entre desde hasta hacia contra ante bajo tras "
    "durante mediante según"
)
ADVERBS = _words(
    "también ya todavía aún nuevamente incluso nunca no ahora entonces después luego antes "
    "finalmente oficialmente formalmente conjuntamente recientemente primero brevemente "
    "supuestamente reiteradamente además asimismo"
)
NEGATIONS = _words("no nunca jamás")
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS

FUTURE = _words("será serán va van")
FUTURE_KEPT_BEFORE = ("no", "a")
BE = _words("es son era eran fue fueron ser sido siendo está están estaba estaban estar")
BE_PAST = _words("fue fueron era eran estaba estaban")
BE_FINITE = _words("es son era eran fue fueron está están")
BEEN = "sido"
BEING = "siendo"
GOING = "va"
DUE = "previsto"
HAVE = _words("ha han había habían he hemos haber")
MODALS = _words("puede pueden podría podrían debe deben debería deberían")
HYPOTHETICAL = _words("podría podrían debería deberían sería serían pudiera pudieran")
# "se" stands before the verb as an auxiliary does: "se reunieron", "se desplazará".
AUX = FUTURE | BE | HAVE | MODALS | _words("se")
CLAUSE_ONLY_SPEECH = _words("decir")
SUBJECT_BREAKS = _words("si")
NON_FINITE_AUX = _words("ser sido siendo")
TO = "para"
OF = "de"
BY = "por"
SPEECH_VERBS = _words(
    "decir afirmar anunciar asegurar advertir insistir confirmar declarar añadir señalar "
    "explicar indicar"
)
TELL_VERBS = _words("informar asegurar advertir recordar comunicar")
# "dio a conocer [el martes] que …": a verb and the words that make it a verb of saying
SAYING_PHRASES = {"dar": ("a conocer",), "dejar": ("claro",), "hacer": ("saber", "público")}
# "pidió [el lunes] al Gobierno que retire …": whom it asked, then what it asked
REQUEST_VERBS = _words("pedir reclamar exigir solicitar")
SPEECH_DAY_PREPOSITIONS = _words("el este")
SPEECH_DAYS = frozenset(WEEKDAYS)
NOT_SPEECH_CLAUSE = _words("que , el en a")
REPORTED_OBJECT_REACH = 5
REPORTED_SUBJECT_REACH = 14
# "afirma hoy que …", "abre hoy el plazo": a day right after a present shows it is the verb
# (as French "reprendra lundi"; a weekday comes with its article, a determiner already)
VERB_PARTICLES = _words("hoy ayer anoche anteayer mañana")
VERB_GROUP_ENDS = _words("a para en con de por")
NOUN_LINKS = _words("de para")
LIST_ITEM_REACH = 3
TITLE_CUT_BEFORE = _words(
    "que cual quien quienes cuyo cuya cuyos cuyas mientras como , ; – incluido"
)
# A long title drops its time phrases and attributions before it is cut
# (``core.events.title_compress``): "votará [el 3 de marzo] si …".
TITLE_TIME_PREPOSITIONS = _words("en el")
TITLE_TIME_WORDS = _words("pasado pasada próximo próxima este esta")
TITLE_PERIOD_NOUNS = _words("semana mes año fin")
TITLE_ATTRIBUTIONS = ("según",)
# Past the limit still, the phrase of whom goes from between a verb and its object
# ("presentó [a los inversores] el plan").
TITLE_RECIPIENT_PREPOSITIONS = _words("a al ante")
# and the phrase of where ("presentó [en el Congreso] una moción")
TITLE_PLACE_PREPOSITIONS = _words("en")
TITLE_PHRASE_BREAKS = _words("para sin")
TITLE_DANGLING = _words(
    "y o pero como que según tal incluido frente sobre bajo no de del a al en por para con partir"
)
TITLE_LOST_AFTER = _words("sobre bajo principalmente")
BUT = _words("pero sino")
CLAUSE_SUBJECT_STARTS = _words("él ella ellos ellas esto estos estas el la los las")
QUANTITY_WORDS = _words("más menos")
NUMBER_WORDS = _words("uno dos tres cuatro cinco seis siete ocho nueve diez cien mil")
FIXED_PHRASE_STARTS = tuple(
    "a fin de|debido a|de acuerdo con|según|antes de|después de|además de|en lugar de|"
    "a pesar de|en respuesta|en nombre de|a cambio de|no sólo".split("|")
)
EXPLETIVES = _words("esto estos estas")
DEMONSTRATIVES = _words("este esta estos estas")
AMOUNT_WORDS = _words("millones millón mil euros dólares pesetas por ciento %")
COMPARISON_CUTS = _words("frente comparado comparada")
FIGURE_COMPARISON_CUTS = _words("contra")
PLACE_OR_COMPARISON = _words("frente")  # "frente al hospital": a place, no figure by it
NAME_LINKS = _words("de del la y")
CHANGE_WORDS = _words("más menos")
CHANGE_FROM = _words("desde")
CLAUSE_CUTS = _words("cuando cual quien quienes cuyo cuya cuyos cuyas donde porque aunque mientras")
AS = "como"
NOT_SUBJECT_STARTS = _words("incluido según sin embargo además también")
TABLE_WORDS = _words("vs vs.")
TABLE_PERIODS = _words("año periodo período trimestre")
PERIOD_NOUNS = _words(
    "año años mes meses semana semanas día días trimestre periodo período temporada horas"
)
ANTECEDENT_REACH = 250
IT_RESOLVES_AFTER = ("", "que", "cuando")
REPORTED_OPENERS = ("que",)
STATE_VERBS = _words(
    "ser estar parecer quedar permanecer representar sumar incluir contener significar pertenecer"
    " situar"
)
STATE_PARTICIPLES = _words("situado situada ubicado ubicada basado basada")
# "tenía 43 habitantes", "hoy tiene 112": the imperfect and present of "tener" (not "tuvo un
# accidente", a happening)
STATE_FORMS = _words("tiene tienen tenía tenían costará costarán costaría costarían")
# An age told as if it happened (``core.events.tallies``): "la actriz cumple 80 años",
# not a count of things ("cumplió 3 condenas"); the words before the figure
AGE_VERBS = _words("cumplir")
AMOUNT_VERBS = _words("emplear")  # "la fábrica emplea a 300 personas": a workforce's size
FIGURE_LEADS = _words("más de casi unos unas a")
AGE_YEARS = _words("años")
# After "y", a present that tells how a thing stands since the dated act before it: "abrió
# en 2019 y ahora tiene 40 trenes" (``core.events.lasting_tail``)
LASTING_PRESENTS = _words(
    "es son tiene tienen cuenta cuentan alberga albergan sigue siguen emplea emplean "
    "sirve sirven acoge acogen"
)
LASTING_ADVERBS = _words("ahora hoy actualmente todavía")
FORESEEN_STATE_VERBS = _words("costar")  # "podría costar 3 millones": a cost foreseen
# "tendrá lugar", "tiene que pagar", "tiene prevista la apertura": a happening, or one planned
STATE_VERB_ACTIONS = {"tener": _words("lugar que previsto prevista previstos previstas")}
STATE_VERBS_BUT_AT_A_PLACE = _words("estar")
PLACE_AFTER = _words("en ante")
SCHEDULED = _words("previsto prevista programado programada fijado fijada")
SET_FOR = _words("fijado fijada")
TIMEX_PHRASE_LINKS = _words("de del")
DATE_MODIFIERS = _words("finales principios mediados toda todo")  # "durante [toda] la noche"
# Sentence hedges a title may not end on ("se inaugurará posiblemente [a partir de mayo]").
TITLE_END_HEDGES = _words("posiblemente probablemente quizás quizá")
# "[pasada] la medianoche", "[pasadas] las diez": the bound goes with its time
DATE_FOCUS_WORDS = _words("pasada pasadas")
# "hoy [mismo]", "esta noche [mismo]", "el lunes [mismo]": a stress that goes with its time
DATE_STRESS_AFTER = _words("mismo misma")
TIME_PHRASE_STARTS = _words("este esta el la")
TIME_UNITS = _words("semana mes año trimestre mañana tarde noche")
PLURAL_NOUNS = _words("gente policía")
FUNCTION_WORDS = _words(
    "el la los las un una en de del al a durante tras después antes desde mientras como pero "
    "y o si cuando este esta estos estas su sus nuestro nuestra él ella ellos ellas yo "
    "nosotros hay sin embargo además"
)
TIMEX_PREPOSITIONS = _words("en el a de desde hasta durante por para entre y o")
RANGE_OPENERS = ("desde", "entre", "del", "de")
RANGE_JOINERS = ("a", "al", "hasta", "y", "-", "–")
BACK_SPAN_BEFORE = ("durante", "en")
BACK_SPAN_THE = ("los", "las")
BACK_SPAN_WORDS = ("últimos", "últimas", "pasados", "pasadas")
BACK_SPAN_AFTER = _words("tras después")
PLACE_PREPOSITIONS = ("en", "a")
BETWEEN = "entre"
GERUND = "ndo"
ADVERB_ENDING = "mente"
PAST_PARTICIPLE = "do"
# "cierra", and "vence", "abre", "comparece" of the verbs in -er and -ir
THIRD_PERSON_ENDS = ("a", "e")
PRESENT_NEVER_PLURAL = True  # "la orquesta visita": the noun before is its subject
THIRD_PERSON_NEAR_TIME = ("e",)  # "comparece el martes", not "dispone del 60 %"
PLURAL_ENDING = "s"

# -- the word forms --
# Words that link and are no verb's present, whatever verb they spell ("para", "nada").
_LINKING_WORDS = (
    FUNCTION_WORDS
    | PREPOSITIONS
    | DETERMINERS
    | ADVERBS
    | NEGATIONS
    | _words("nada toda otra misma cada sobre entre")
)
_VERB_ENDINGS = ("ar", "er", "ir", "ír")
_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_PRETERITE_ENDINGS = ("ó", "aron", "ieron", "yeron")
_IRREGULAR_PAST = {
    "fue": "ser", "fueron": "ser", "dijo": "decir", "dijeron": "decir", "hizo": "hacer",
    "hicieron": "hacer", "tuvo": "tener", "tuvieron": "tener", "estuvo": "estar",
    "estuvieron": "estar", "puso": "poner", "pusieron": "poner", "vino": "venir",
    "vinieron": "venir", "pudo": "poder", "dio": "dar", "dieron": "dar", "vio": "ver",
    "vieron": "ver", "quiso": "querer", "condujo": "conducir", "produjo": "producir",
    "trajo": "traer", "hecho": "hacer", "dicho": "decir", "puesto": "poner", "visto": "ver",
    "escrito": "escribir", "abierto": "abrir", "muerto": "morir", "vuelto": "volver",
    "previsto": "prever", "impuesto": "imponer", "propuesto": "proponer",
    "resuelto": "resolver", "roto": "romper", "cubierto": "cubrir",
}  # fmt: skip
_IRREGULAR_PARTICIPLES = frozenset(
    "hecho dicho puesto visto escrito abierto muerto vuelto previsto impuesto propuesto "
    "resuelto roto cubierto".split()
)
_IRREGULAR_PRESENT = {
    "ser": ("es", "son"), "ir": ("va", "van"), "estar": ("está", "están"),
    "tener": ("tiene", "tienen"), "decir": ("dice", "dicen"), "hacer": ("hace", "hacen"),
    "venir": ("viene", "vienen"), "poder": ("puede", "pueden"), "reunir": ("reúne", "reúnen"),
    "volar": ("vuela", "vuelan"), "volver": ("vuelve", "vuelven"),
    "encontrar": ("encuentra", "encuentran"), "mostrar": ("muestra", "muestran"),
    "pedir": ("pide", "piden"), "advertir": ("advierte", "advierten"),
    "seguir": ("sigue", "siguen"), "elegir": ("elige", "eligen"), "dar": ("da", "dan"),
    "ver": ("ve", "ven"), "poner": ("pone", "ponen"), "querer": ("quiere", "quieren"),
    "empezar": ("empieza", "empiezan"), "comenzar": ("comienza", "comienzan"),
    "defender": ("defiende", "defienden"), "negar": ("niega", "niegan"),
    "sostener": ("sostiene", "sostienen"), "mantener": ("mantiene", "mantienen"),
    "conducir": ("conduce", "conducen"), "producir": ("produce", "producen"),
    "atacar": ("ataca", "atacan"), "morir": ("muere", "mueren"),
    "recordar": ("recuerda", "recuerdan"), "probar": ("prueba", "prueban"),
}  # fmt: skip


_SHORT_VERBS = frozenset(("dar", "ir", "ver", "oír"))
# Adjectives and nouns ending like an infinitive that are no verb's: "el clamor popular que
# estalló", "los gobiernos militares", "el líder" (their plurals lemmatise to them).
_NOT_VERBS = frozenset(
    "popular militar particular familiar similar nuclear escolar celular singular lunar solar "
    "polar peculiar vulgar muscular preliminar ejemplar auxiliar lugar hogar dólar mujer "
    "alquiler collar cáncer carácter taller líder máster póster altar azúcar".split()
)


@lru_cache(maxsize=65536)
def _lemma(lower: str) -> str | None:
    import simplemma  # its Spanish dictionary loads on first use, off the GUI thread

    if lower in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lower]
    if not lower:
        return None  # a token of punctuation alone, its word stripped away
    if not simplemma.is_known(lower, lang="es"):
        return None
    lemma = simplemma.lemmatize(lower, lang="es")
    if lemma[:1].isupper():
        return None  # a name the dictionary holds ("Pedro", "Rabat", "Kiev"): no word
    return lemma.lower()


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech ("firmaron" → {"VERB": ("firmar",)}); a word the dictionary
    does not know (a name) has none. Treat the result as read-only."""
    return _lemmas(word.lower())


@lru_cache(maxsize=65536)
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    lemma = _lemma(lower)
    if lemma is None:
        return {}
    reflexive = lemma.removesuffix("se")
    if lemma in _SHORT_VERBS:
        return {"VERB": (lemma,)}  # "dieron", "irán", "vio": too short for the ending test
    if lemma in _NOT_VERBS:
        return {"NOUN": (lemma,)}  # (adjectives too: the dictionary tells no part of speech)
    if len(lemma) > 3 and (lemma.endswith(_VERB_ENDINGS) or reflexive.endswith(_VERB_ENDINGS)):
        return {"VERB": (reflexive if reflexive.endswith(_VERB_ENDINGS) else lemma,)}
    verb = _present_of(lower) if lemma == lower else None
    if verb is not None:  # "la firma" and "firma el acuerdo": the words around tell which
        return {"NOUN": (lemma,), "VERB": (verb,)}
    return {"NOUN": (lemma,)}


def _present_of(lower: str) -> str | None:
    """The verb whose third person present a noun is written as too: "firma" → "firmar",
    "visita" → "visitar", "debate" → "debatir"; None for most nouns ("casa" is "casar"'s,
    "ventana" no verb's) and for the words that only link ("para", "sobre").

    >>> _present_of("firma"), _present_of("debate"), _present_of("ventana"), _present_of("para")
    ('firmar', 'debatir', None, None)
    """
    import simplemma

    if len(lower) < 4 or lower in _LINKING_WORDS or lower.endswith(_FINITE_ENDINGS):
        return None
    endings = {"a": ("ar",), "e": ("er", "ir")}.get(lower[-1], ())
    for ending in endings:
        verb = lower[:-1] + ending
        if simplemma.is_known(verb, lang="es") and simplemma.lemmatize(verb, lang="es") == verb:
            return verb
    return None


def _participle_verb(lower: str) -> str | None:
    """The verb a participle the dictionary keeps as a noun or adjective comes from:
    "detenido" → "detener", "acusada" → "acusar"; None when no such verb is known.

    A noun that looks like a participle may find a verb too ("soldado" → "soldar"): only
    ``is_participle`` asks, never ``lemmas``, so such a noun is no verb to the clause reader.

    >>> _participle_verb("detenido"), _participle_verb("acusada"), _participle_verb("apellido")
    ('detener', 'acusar', None)
    """
    import simplemma

    stem = lower.rstrip("s")[:-3]
    vowel = lower.rstrip("s")[-3]
    for ending in ("ar",) if vowel == "a" else ("er", "ir"):
        verb = stem + ending
        if simplemma.is_known(verb, lang="es") and simplemma.lemmatize(verb, lang="es") == verb:
            return verb
    return None


def past(lemma: str) -> str:
    """The preterite (third person) of a verb: "reunir" → "reunió"."""
    irregular = {v: k for k, v in reversed(list(_IRREGULAR_PAST.items())) if k[-1] == "o"}
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("ar"):
        return lemma[:-2] + "ó"
    if lemma.endswith(("er", "ir", "ír")):
        return lemma[:-2] + ("yó" if lemma[-3] in "aeo" else "ió")
    return lemma


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "visitó" → "visita" ("visitan" for many)."""
    lemma = next(iter(lemmas(word).get("VERB", ())), word.lower())
    if lemma in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lemma][plural]
    if lemma.endswith("ar"):
        return lemma[:-2] + ("an" if plural else "a")
    if lemma.endswith(("er", "ir", "ír")):
        return lemma[:-2] + ("en" if plural else "e")
    return word


@lru_cache(maxsize=65536)
def is_past(word: str) -> bool:
    """A preterite or a past participle: "firmó", "dijeron", "firmado" (not "firma")."""
    lower = word.lower()
    if lower in _IRREGULAR_PAST:
        return True
    if "VERB" not in lemmas(lower):
        return False
    return lower.endswith(_PRETERITE_ENDINGS + _PARTICIPLE_ENDINGS + _STRONG_PRETERITES)


# The strong preterites of "tener", "poner", "-ducir", "venir", "traer", "hacer" with a
# prefix ("detuvo", "impuso", "redujo", "intervino"): past like the verbs they are made of
_STRONG_PRETERITES = (
    "tuvo", "tuvieron", "puso", "pusieron", "dujo", "dujeron", "vino", "vinieron", "trajo",
    "trajeron", "hizo", "hicieron",
)  # fmt: skip


@lru_cache(maxsize=65536)
def is_participle(word: str) -> bool:
    """A past participle ("firmado", "elegida", "hecho"), not a finite form."""
    lower = word.lower()
    if lower in _IRREGULAR_PAST:
        return lower in _IRREGULAR_PARTICIPLES
    if not lower.endswith(_PARTICIPLE_ENDINGS):
        return False
    # "detenido", "herida": the dictionary keeps them as nouns; the verb shows they are not
    return "VERB" in lemmas(lower) or _participle_verb(lower) is not None


_FINITE_ENDINGS = (
    "ré", "rás", "rá", "remos", "rán", "ría", "rías", "ríamos", "rían",  # future, conditional
    "aba", "aban", "ía", "ían",  # imperfect
    "an", "en", "amos", "emos", "imos",  # present plural
    "é", "én",  # the stressed present of "prever", "proveer": "prevé", "prevén"
)  # fmt: skip


@lru_cache(maxsize=65536)
def is_finite_form(word: str) -> bool:
    """A form whose ending makes it a finite verb: the future and conditional ("viajará",
    "podrían"), the imperfect and the present plural ("visitan"), and the preterite.
    A third person singular present ("visita", "firma") is as often a noun: not by itself."""
    lower = word.lower()
    verbs = lemmas(lower).get("VERB", ())
    if not verbs or lower in verbs or lower.endswith(("ndo", "ar", "er", "ir")):
        return False
    return lower.endswith(_FINITE_ENDINGS) or (is_past(lower) and not is_participle(lower))


# Spanish puts the date before the object ("viajará el 14 de febrero a Ucrania y al día
# siguiente visitará Rusia"): the next happening starts at the "y" after the object.
JOIN_PAST_OBJECT = True

# "Sánchez llegó ayer a Rabat. Mañana se reunirá con el rey": the subject is left out.
DROPS_SUBJECT = True


# -- added for ru --
# Nothing between a verb of saying and what was said in a title.
REPORTED_THAT = " que"  # "anunció que los ciudadanos podrían viajar": Spanish keeps it

SUBJECT_AFTER_SAYING = True  # "…, anunció este lunes la dirección"
# What may stand between that verb and its speaker: to whom or where it was said ("…, informó
# hoy a la prensa el alcalde", "…, informó en un comunicado la empresa").
SAYING_ADDRESSEES = _words("a al en")
# A clause that compares with what was planned or told ("…, como preveía un tratado, informa
# hoy el diario"): no news of its own for the report's day to date.
LIKE_OPENERS = _words("como")
# Verbs that close a sentence as who told it and when, their speaker after them ("…,
# precisó hoy el portavoz", "…, subrayó ayer la ministra"): by lemma.
ATTRIBUTION_VERBS = _words(
    "decir afirmar anunciar asegurar advertir insistir confirmar declarar añadir agregar "
    "señalar explicar indicar informar precisar subrayar destacar manifestar sostener apuntar "
    "recalcar reconocer considerar estimar opinar aclarar revelar comunicar comentar recordar "
    "puntualizar"
)


def is_word(word: str) -> bool:
    """Whether the language's dictionary knows ``word`` as a word of its own ("Reading", "Man"
    are; "Kabul" is not): a place of that name is no name in its text
    (``core.events.gazetteer``)."""
    return bool(lemmas(word))


# -- added for fr (round 2) --
# Words opening what a role heads before a comma and a name (French "du", "de"): none here.
# "La ministra de Vivienda, Isabel Rodríguez, …" is Rodríguez (#16 titles).
ROLE_COMPLEMENT_OPENERS: tuple[str, ...] = ("del", "de")
ROLE_COMPLEMENT_REACH = 6


# -- added for es (round 2) --
# "El Gobierno aprobó el martes la ley, que …": an article-led phrase with a verb before the
# comma is the subject, not a fronted date ("El martes, …").
FRONTED_ENDS_AT_VERB = True
REFLEXIVES = _words("se")
PRONOMINAL_MARKS = _words("se")  # "El incendio se declaró el viernes": it broke out


def plural_verb(word: str) -> bool:
    """A third person plural: "comenzaron", "visitarán", "se reúnen" (not "comenzó").

    >>> plural_verb("comenzaron"), plural_verb("comenzó"), plural_verb("han")
    (True, False, True)
    """
    lower = word.lower()
    if lower in HAVE | BE | FUTURE | MODALS:
        return lower.endswith("n")
    return lower.endswith("n") and "VERB" in lemmas(lower)


# "dos días después", "horas antes", "tres meses más tarde": a duration in the TimeBank,
# a day after (or before) the story's last date to its reader.
OFFSET_WORDS = {"después": 1, "despues": 1, "más tarde": 1, "mas tarde": 1, "antes": -1}
REACH_OWN_SENTENCE = True  # "… de 1989 cayó el muro. Dos días después, …": no baseline
ATTRIBUTION_OPENERS = _words("según")


# Verbs (lemmas, or "se" before the verb) whose subject may follow them when none stands
# before nor is left out: "El pasado domingo murieron dos personas", "Este viernes comenzarán
# las obras", "El lunes se celebrará la reunión". Others are read with their object after
# them ("Al día siguiente, firmaron el acuerdo": who signed is not said).
SUBJECT_AFTER_VERB_IF_NONE = frozenset(
    "se llegar morir fallecer comenzar empezar terminar acabar concluir nacer ocurrir suceder"
    " estallar arrancar volver regresar entrar salir aparecer caer desaparecer surgir"
    " finalizar reanudar continuar seguir abrir cerrar".split()
)
# Of those, the ones with no object: a noun after them is their subject, even where the
# sentence before names someone the verb's ending could stand for ("Ayer murió un hombre",
# "Llegó a la ciudad el nuevo director"); "Abrió una tienda" is her opening one.
SUBJECT_FOLLOWS = frozenset(
    "llegar morir fallecer nacer ocurrir suceder estallar aparecer desaparecer surgir".split()
)


# A clause's own date wins over a span of the past it names: "Le musée rouvrira ses portes
# en juin après deux ans de travaux" is the reopening in June, not two years of works.
DATE_BEFORE_SPAN = True


# What makes a negation a restriction ("ne … qu'en 1923": only then): none here.
ONLY_AFTER_NEGATION = ("hasta ",)  # "no abrió hasta 1994": it opened then, not never


# Object pronouns written before their verb: "cerró el parque y lo reabrirá el domingo"
# (a follow-on opens on them, its verb next).
OBJECT_CLITICS = _words("lo la los las le les")


# "condenó a seis años de prisión", "una pena de tres años de cárcel": a measure, no date.
DURATION_OF = ("de",)
DATES_INSERTED = True  # "dieron por controlado [el jueves] el incendio"
# "a finales de [marzo]" goes with its date; "los presupuestos del [próximo año]" not.
TIMEX_PHRASE_HEADS = _words("final finales principio principios mitad mediados resto comienzo")
FRONTED_SPAN_IS_SCENE = True  # "Après trois jours de négociations, …": the clause's scene
COMMA_ASIDES = True  # "ont rejeté, par 290 voix contre 250, la motion"
PARTICIPLE_SUBJECT_CUTS = True  # "Un incendio | declarado en una nave"
ATTRIBUTION_FRONTS = _words("como")  # "como …, <the news>": who told it, before the comma
ASIDE_PASSIVE: tuple[str, ...] = ()  # participle asides not read (see English)


# -- added for de and fr (lang16a) --
def unlisted_participle(word: str) -> bool:
    """Whether a word right after an auxiliary is a participle of a verb this folder's lists
    lack, told by its shape alone (French "a été trouvé"). Not read here: never."""
    return False


# "el puente, que se derrumbó en 1995": "que" stands for a thing as for a person
THING_RELATIVES = _words("que")
# "el incendio quedó estabilizado", "la obra quedó inaugurada": a change, not a state
BECOMING_VERBS = _words("quedar")
# "el bar, donde el sábado se produjo una pelea": the subject inside, after the verb
PLACE_RELATIVES = _words("donde")
# Words between a preposition and its date that go with the date in a title: "a partir
# [del viernes]", whose "de" the time expression took, leaves no "a partir" behind.
DATE_HEDGES = frozenset(("partir",))


# The person a profile's "él" or "ella" stands for (``core.events.topic_person``; the names
# are English's). "su", "sus" do not say whose.
FEMALE_PRONOUNS = _words("ella")
MALE_PRONOUNS = _words("él")
# "su", "sus" do not say whether the owner is a man or a woman.
OWNER_NEUTRAL_POSSESSIVES = _words("su sus")
MALE_WORDS = _words(
    "hijo padre marido esposo hermano sr. señor don rey príncipe tío sobrino nieto abuelo viudo"
)
FEMALE_WORDS = _words(
    "hija madre mujer esposa hermana sra. señora doña reina princesa tía sobrina nieta abuela viuda"
)
SEX_WORDS_REACH = 20
# "[aquel] …": a demonstrative that points a date back goes with it, not the subject.
DATE_DEMONSTRATIVES = _words("aquel aquella ese esa")
# Prepositions after which a name may be a person who acts ("ganado por Ana Ruiz", "junto con
# Luis Mora"); after the others a name ends a phrase ("la escuela de Abra Pampa", "regresó a
# Salta") and is no one a later "ella" or a verb's own ending could mean.
PEOPLE_AFTER = _words("por con para ante tras entre contra según")
# Adjectives written before their noun ("el joven músico deja Madrid", "la vieja fábrica
# cierra"): determiner, adjective and noun are a subject as "el músico" is.
ADJECTIVES_BEFORE_NOUN = _words(
    "joven jóvenes viejo vieja viejos viejas nuevo nueva nuevos nuevas gran grande grandes"
    " pequeño pequeña antiguo antigua antiguos antiguas primer primera último última"
    " célebre futuro futura veterano veterana histórico histórica"
)
# Hedges a title keeps on its verb: what nearly happened did not happen
TITLE_HEDGES = _words("casi")
# A subject that says nothing happened ("no one [was hurt]"): no title
NEGATIVE_SUBJECTS = _words("nadie nada ninguno ninguna ningún")


# Nouns whose thing's name follows them ("el premio Mujer Rural", "la operación Lince", "el
# festival Sonorama"): the name is the thing's, no one a left-out subject could stand for.
NAMING_NOUNS = _words(
    "premio premios galardón medalla distinción operación festival certamen programa proyecto"
    " plan campaña ley trofeo torneo"
)


# Words of direction after a unit of time, part of the date ("al año siguiente", "la semana
# anterior"): "…, y al año siguiente el club subió" opens its clause after them.
TIME_WORD_AFTER = _words("siguiente anterior posterior")


# The articles that tell a role's sex before a name: "el alcalde, Luis Soto" is a man, never
# the "ella" after it; "la jueza, Ana Soto" a woman.
MALE_ARTICLES = _words("el del al")
FEMALE_ARTICLES = _words("la")

# A dated clause whose subject the parser misses is titled by its own words
# (``core.events.own_words``).
CLAUSE_WORDS_TITLE = True
RELATIVE_THAT_AFTER_NOUN_PHRASE = True


# A sentence-opening "ellos" or "ellas", or a plural verb with its subject left out, for the
# plural subject of the sentence before ("Los pescadores del puerto votaron la huelga. El
# lunes amarraron sus barcos"; ``core.events.plural_subject``)
PLURAL_PRONOUNS_TAKE_SUBJECT_BEFORE = _words("ellos ellas")
DROPPED_PLURAL_TAKES_SUBJECT_BEFORE = True
# Every plural noun or adjective ends so (``core.events.plural_subject``)
PLURAL_WORD_ENDINGS = ("s",)
# A plural pronoun for feminine nouns, and the endings that mark a plural noun feminine
# (``core.events.plural_subject``)
FEMININE_PLURAL_PRONOUNS = _words("ellas")
FEMININE_PLURAL_ENDINGS = ("as",)

# The preposition that marks a person as a verb's direct object ("convocó a los alcaldes"):
# a title cut before it leaves the verb without its object.
OBJECT_PREPOSITIONS = _words("a al")
# A sentence opening "Tras dejar la alcaldía en 2014, …": the phrase up to its comma is a clause
# of its own, its date not the main clause's (``core.events.fronted_infinitives``)
FRONTED_INFINITIVE_OPENERS = (("tras",), ("después", "de"), ("antes", "de"), ("luego", "de"))
# "El estadio, cuyas obras empezaron en 2021, …": "Las obras del estadio empezaron"
# (``core.events.whose_articles``)
WHOSE_ARTICLES = {"cuyo": "el", "cuya": "la", "cuyos": "los", "cuyas": "las"}
OF_CONTRACTIONS = (("de el ", "del "),)

# An object relative with its subject after the verb ("el acuerdo que firmaron ayer los dos
# gobiernos", "el Gobierno que formó Ana Ruiz"): ``core.events.inverted_relatives``; the
# number the article and the verb's ending tell (past, imperfect and present plurals)
INVERTED_RELATIVES = _words("que")
SINGULAR_ARTICLES = _words("el la un una")
PLURAL_ARTICLES = _words("los las unos unas")
PLURAL_VERB_ENDINGS = ("aron", "ieron", "eron", "aban", "ían", "arán", "erán", "irán")
# A relative with no comma that runs on into the main clause's verb ("Los vecinos que
# protestaron ayer en la plaza | serán recibidos"): its title stops before that verb
MAIN_RESUMES_IN_RELATIVE = _words("que")

# A short prepositional phrase may stand before the verb with no comma, its subject after the
# verb: "En términos parecidos se expresó ayer la alcaldesa" (``dropped_subject``).
PHRASE_BEFORE_VERB = True
# The nouns of a statement a sentence may open on, its participle dating the news told in it:
# "En declaraciones realizadas ayer a la radio, el alcalde anunció …" (``media_fronts``).
FRONTED_MEDIA = _words(
    "declaraciones declaración entrevista entrevistas comunicado comunicados carta nota "
    "discurso mensaje intervención comparecencia prensa"
)
# A preterite is never written as the participle ("terminó", "terminado"): a title ending on
# one after a noun ends on its clause's verb ("dijo que la guerra terminó"), not on a noun's
# participle cut from its phrase ("los mineros empleados [en la obra]").
PRETERITE_NOT_PARTICIPLE = True
