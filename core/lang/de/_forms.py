"""German word forms without a lemmatiser: the verbs news tells with, and nouns by ending.

English reads its forms from lemminflect; no German package of the kind ships its tables in
a small wheel, so this module builds the forms of the verbs news reports with (regular ones
from the infinitive, irregular ones from their principal parts, separable ones with their
particle: "teilte … mit", "mitgeteilt", "mitzuteilen") and knows a noun by its ending or its
head ("Regierungssprecher" ends on "sprecher"). ``core.lang.de.clauses`` exposes them as the
word-form functions the engine calls.

>>> "treffen" in lemmas("trafen")["VERB"], lemmas("mitgeteilt")["VERB"]
(True, ('mitteilen',))
>>> is_past("mitgeteilt"), is_past("reist"), present("trafen", plural=False)
(True, False, 'trifft')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from core.lang.de._pasts import weak_past
from core.lang.de._verbs import _EXTRA_FINITE, _STRONG, _tables

# Nouns by ending (lower case): "Abstimmung", "Sicherheit", "Sprecher", "Präsident".
NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "ismus", "nis", "nisse", "chen", "ment", "mente", "ur", "uren", "ik",
    "iken", "ei", "eien", "ler", "ner", "führer", "sprecher", "minister", "ministerin", "präsident",
    "präsidenten", "präsidentin", "kanzler", "kanzlerin", "chef", "chefin", "rat", "räte",
    "amt", "ämter", "haus", "häuser", "stadt", "land", "länder", "partei", "parteien",
    "regierung", "gespräch", "gespräche", "gesprächen", "treffen", "besuch", "besuche",
    "reise", "reisen", "gipfel", "angriff", "angriffe", "wahl", "wahlen", "streik", "vertrag",
    "verträge", "abkommen", "truppen", "soldaten", "krieg", "grenze", "lage", "kosten", "jahr",
    "jahre", "jahren", "woche", "wochen", "monat", "monate", "tag", "tage", "tagen", "zeit",
    "leute", "menschen", "bürger", "frage", "fragen", "antwort", "plan", "pläne", "ziel",
    "projekt", "sitzung", "konflikt", "lösung", "einigung", "forderung", "protest",
    "proteste", "sanktion", "sanktionen", "manöver", "invasion", "armee", "polizei",
    "behörde", "behörden", "gericht", "verband", "verein", "gemeinde", "firma", "bank",
    "unternehmen", "vorschlag", "beschluss", "entscheidung", "nachricht", "bericht",
    "erklärung", "anschlag", "explosion", "unfall", "feuer", "brand", "opfer", "tote",
    "toten", "verletzte", "verletzten", "euro", "prozent", "millionen", "milliarden",
)  # fmt: skip


def lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """Lemmas by part of speech of a lower-case word: verbs from the tables, nouns by ending.

    >>> lemmas("folgte"), lemmas("alte"), lemmas("letzten")
    ({'VERB': ('folgen',)}, {}, {})
    """
    verbs, _, _ = _tables()
    found: dict[str, tuple[str, ...]] = {}
    if lower in verbs:
        found["VERB"] = tuple(sorted(verbs[lower]))
    elif glued := _glued_particle(lower):
        found["VERB"] = glued
    elif (guessed := _weak_past(lower)) or (guessed := _prefixed_present(lower)):
        found["VERB"] = (guessed,)
    if len(lower) > 2 and lower.endswith(NOUN_ENDINGS) and lower not in verbs:
        found["NOUN"] = tuple(dict.fromkeys(_noun_lemmas(lower)))
    return found


def _glued_particle(lower: str) -> tuple[str, ...]:
    """A separable verb's finite form with its particle written on, as a subordinate clause
    writes it, of a verb the tables hold without that particle: "zurückging" (zurückgehen),
    "stattfand", "einstürzte"; () for anything else.

    >>> _glued_particle("zurückging"), _glued_particle("zurückkehren"), _glued_particle("anders")
    (('zurückgehen',), ('zurückkehren',), ())
    """
    verbs, _, _ = _tables()
    for particle in _PARTICLES:
        rest = lower[len(particle) :]
        if lower.startswith(particle) and len(rest) > 2 and rest in verbs:
            # (a form the tables give a separable verb too, "ging" of "losgehen": its base)
            bases = [v for v in verbs[rest] if not v.startswith(tuple(_PARTICLES))]
            return tuple(sorted(particle + lemma for lemma in bases or verbs[rest]))
    return ()


def _noun_lemmas(lower: str) -> list[str]:
    """The word and its singular, as far as the ending tells: "sanktionen" -> "sanktion"."""
    out = [lower]
    for ending, back in (("ungen", "ung"), ("ionen", "ion"), ("heiten", "heit"),
                         ("keiten", "keit"), ("gespräche", "gespräch"), ("truppen", "truppe"),
                         ("gesprächen", "gespräch"), ("verhandlungen", "verhandlung"),
                         ("nisse", "nis"), ("wahlen", "wahl"), ("proteste", "protest"),
                         ("angriffe", "angriff"), ("besuche", "besuch"), ("toten", "tote"),
                         ("verletzten", "verletzte")):  # fmt: skip
        if lower.endswith(ending):
            out.append(lower[: -len(ending)] + back)
    return out


def is_past(word: str) -> bool:
    """A simple past or past participle: "traf", "teilte", "mitgeteilt", "gereist"; the
    simple past of a weak verb the tables lack by its shape ("folgte", "schätzten")."""
    verbs, pasts, _ = _tables()
    lower = word.lower()
    if lower in pasts:
        return True
    # (by its shape only a word in lower case: "das Inkrafttreten" is a noun, no past)
    if not word[:1].isupper() and lower not in verbs and _weak_past(lower) is not None:
        return True
    rests = (lower[len(p) :] for p in _PARTICLES if lower.startswith(p))
    return any(pasts.get(rest) == "past" for rest in rests) or (  # "…, als die Flut zurückging"
        word.islower() and is_participle(word)  # "errichtet", "gesichtet": by their shape
    )


def _weak_past(lower: str) -> str | None:
    """The infinitive a simple past of a verb the tables lack gives, or None: a weak one by
    its shape ("folgte" → "folgen", ``core.lang.de._pasts``), or an inseparable prefix on
    a listed simple past ("übergab" → "übergeben", "bekam" → "bekommen")."""
    if lower in NOT_PARTICIPLES:
        return None
    _, pasts, parts = _tables()
    for prefix in _PAST_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) > 2 and pasts.get(rest) == "past":
            base = next((p[0] for p in parts.values() if rest in p[2:4]), None)
            if base is not None:
                return prefix + base
    return weak_past(lower)


# Inseparable prefixes on a simple past the tables list: "übergab", "bekam", "entkam".
_PAST_PREFIXES = ("über", "unter", "wider", "hinter", "durch", "miss", "emp", "zer", "ent",
                  "ver", "be", "er")  # fmt: skip


def _prefixed_present(lower: str) -> str | None:
    """The infinitive of an inseparable prefix on a strong verb's third person present the
    tables list ("vergibt" → "vergeben", "erhält" → "erhalten", "entspricht"), or None."""
    for prefix in _PAST_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and rest in _STRONG_THIRDS:
            return prefix + _STRONG_THIRDS[rest]
    return None


# A strong verb's third person singular present that is not its infinitive ("gibt", "hält").
_STRONG_THIRDS = {third: inf for inf, third, *_ in _STRONG[3:] if third != inf}


def is_participle(word: str) -> bool:
    """A past participle: "getroffen", "mitgeteilt", "unterzeichnet"; one of a verb the tables
    do not hold when its shape tells it ("bestraft", "aufgehoben", "zurückgenommen").

    >>> is_participle("aufgehoben"), is_participle("verurteilt"), is_participle("gegen")
    (True, True, False)
    """
    verbs, pasts, _ = _tables()
    lower = word.lower()
    if lower in pasts:
        return pasts[lower] == "participle"
    if not word.islower() or lower in verbs or lower in NOT_PARTICIPLES:
        return False  # German writes nouns with a capital: a lower-case word is no noun
    return bool(_PARTICIPLE_SHAPE.fullmatch(lower))


# Participles by shape, for verbs the tables do not know: a separable particle or none, then
# "ge…t"/"ge…en" ("gestohlen", "festgenommen"), an inseparable prefix and "…t" ("bestraft",
# "verurteilt"), or "…iert" ("kritisiert"). Declined participles ("die gewählten") end in
# "-e", "-en" after "t", "-er", "-es": not these shapes.
_PARTICLES = (
    "ab an auf aus bei durch ein fest fort her hin los mit nach vor weg weiter wieder zu zurück"
    " zusammen statt teil bekannt nieder heim dar frei hoch heraus hinaus vorbei voran"
).split()
# ("urauf" only before a participle: "uraufgeführt")
_PARTICIPLE_SHAPE = re.compile(
    rf"(?:urauf|{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})?"
    r"(?:ge[a-zäöüß]{2,}(?:t|[^t]en|tten)|(?:be|ver|er|ent|zer|emp|über|unter|durch|hinter|miss|wider)[a-zäöüß]{3,}t"
    r"|[a-zäöüß]{3,}iert)"
)
# Lower-case words of those shapes that are no participles.
NOT_PARTICIPLES = frozenset(
    "gegen genug gestern gerecht gesamt bereit bekannt berühmt beliebt erst verwandt"
    " gelten gehen geben gewinnen gelingen gehören genießen gestalten geschehen erstmals"
    " unterhalb oberhalb überhaupt vorerst zuerst zunächst zuletzt insgesamt"
    " entgegen gegenüber".split()
)


def past(lemma: str) -> str:
    """The simple past of a verb: "treffen" -> "traf"."""
    _, _, parts = _tables()
    return parts[lemma][2] if lemma in parts else lemma


def present(word: str, plural: bool) -> str:
    """The headline present of a verb form: "trafen" -> "trifft" (or "treffen" for many)."""
    verbs, _, parts = _tables()
    lemma = min(verbs.get(word.lower(), {word.lower()}), key=len)
    if lemma not in parts:
        return word
    return parts[lemma][0] if plural else parts[lemma][1]


# Verbs whose present tells nothing of the time ("ist", "hat", "kann"), and those news uses
# for a state in the present ("liegt", "gilt", "steht"), not for a plan.
_TIMELESS = frozenset(
    "sein haben werden können müssen sollen wollen dürfen wissen denken kennen glauben"
    " hoffen fürchten liegen stehen bleiben gelten heißen fehlen kosten leben brauchen"
    " sitzen zählen betreffen dauern".split()
)


# Forms written as another word too: "bei einigen der Abweichler".
_NOT_VERBS = frozenset(("einigen",))


@cache
def present_forms() -> str:
    """The present forms of the verbs news reports with, a regex alternation: "wählen am
    Sonntag", "besucht am Montag" put a weekday ahead. Forms that are also a past or a
    participle ("verlängert", "eröffnet" after "hat") are left to the past's cues.

    >>> "wählen" in present_forms().split("|"), "verlängert" in present_forms().split("|")
    (True, False)
    """
    _, pasts, parts = _tables()
    forms = {
        form
        for lemma, (inf, third, *_rest) in parts.items()
        if lemma not in _TIMELESS and not lemma.endswith(tuple(_TIMELESS))
        for form in (inf, third)
        if form not in pasts and form not in _NOT_VERBS
    }
    # "…, dass sie zurücktritt": a separable verb's present glued to its particle
    forms |= {
        particle + third
        for lemma, (_inf, third, *_rest) in parts.items()
        if lemma not in _TIMELESS
        for particle in _PARTICLES
        if lemma.startswith(particle)
        and not third.startswith(particle)
        and particle + third not in pasts
    }
    # "vergibt", "erhält": an inseparable prefix on a strong verb's present
    prefixed = f"(?:{'|'.join(_PAST_PREFIXES)})(?:{_alternation(_STRONG_THIRDS)})"
    return f"{_alternation(forms)}|{prefixed}"


# Pasts written as the infinitive of a verb the tables lack: "gelangen" (to reach).
_ALSO_INFINITIVES = frozenset(("gelangen",))


@cache
def past_forms() -> str:
    """The simple pasts of the verbs the tables hold, a regex alternation: "trat am
    Dienstagabend zusammen" tells the Tuesday gone by, whatever verb the sentence adds after
    it. A past that is also a present or an infinitive ("gelangen") is left out.

    >>> forms = past_forms().split("|")
    >>> "trat" in forms, "zurücktrat" in forms, "gelangen" in forms
    (True, True, False)
    """
    return _alternation(_pasts())


@cache
def _pasts() -> frozenset[str]:
    """The forms the tables hold as simple pasts that no present, infinitive or other finite
    form shares ("trat", not "gelangen")."""
    _, pasts, parts = _tables()
    presents = {form for p in parts.values() for form in p[:2]}
    presents |= {form for forms in _EXTRA_FINITE.values() for form in forms}
    presents |= _ALSO_INFINITIVES
    return frozenset(form for form, kind in pasts.items() if kind == "past") - presents


@cache
def singular_past_forms() -> str:
    """The singular simple pasts of the verbs the tables hold that no participle shares as an
    adjective, a regex alternation: "1979 stellte Roth den Antrag" opens on a year, where
    "2000 verletzte Menschen" (the participle "verletzt" declined) opens on a count.

    >>> forms = singular_past_forms().split("|")
    >>> "stellte" in forms, "verletzte" in forms, "stellten" in forms
    (True, False, False)
    """
    _, _, parts = _tables()
    adjectives = {p[4] + "e" for p in parts.values()}
    return _alternation({p[2] for p in parts.values()} & _pasts() - adjectives)


def _alternation(forms: Iterable[str]) -> str:
    """``forms`` as a regex alternation, the longest first."""
    return "|".join(sorted(forms, key=len, reverse=True))
