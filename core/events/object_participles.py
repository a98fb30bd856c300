"""Happenings told by a participle after a preposition's object, with a date of its own:
"Exports rose under a pact reached last July" reports that a pact was reached last July.

The sentence's clause keeps its own date or none (``core.events.anchors`` reads such a date
as the object's); this module gives the object's happening its title, in the article's words:
the noun phrase, the past of "be" and the participle ("A pact was reached"). A language whose
data has no ``PREPOSITION_OBJECT_PARTICIPLE_BEFORE`` reads none.

>>> be_for("petitions", ("was", "were"), ("ss", "us", "is"))
'were'
>>> be_for("process", ("was", "were"), ("ss", "us", "is"))
'was'
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from types import ModuleType

from core import lang
from core.events.contact_objects import contact_subject, contact_title
from core.events.entities import Mention
from core.events.finite import finite_verb
from core.events.parse import Happening, When
from core.events.title_words import be_for
from core.events.titles import headline
from core.events.tokens import Token, tokenize
from core.model import Entity
from core.temporal.firsts import led
from core.temporal.tagger import Timex
from core.temporal.tense import sentence_bounds
from core.timeval import parse_value

_WORD_START = re.compile(r"\b(?=\w)")
_LOOK_BACK = 120  # characters: a preposition, its object of up to six words, the participle


@cache
def _data(language: str) -> tuple[ModuleType, ModuleType, re.Pattern[str]]:
    a, c = lang.words(language, "anchors"), lang.words(language, "clauses")
    return a, c, led(re.compile(a.PREPOSITION_OBJECT_PARTICIPLE_BEFORE, re.IGNORECASE))


def object_participle(
    text: str, start: int, timex: Timex, mentions: list[Mention], published: datetime,
    language: str, after_verb: bool = False, nested: bool = False, means_only: bool = False,
) -> Happening | None:  # fmt: skip
    """ "A pact was reached" on the date of "under a pact reached last July"; None when the
    date does not close such a participle, or lies ahead (a past participle tells what
    happened: "the talks expected in June" are a plan). ``after_verb``: the object is the
    present or past verb's of the sentence's one clause instead ("The levy replaces a charge
    approved in Ghent in 2019": a charge was approved then). ``nested``: the object of an
    "of" inside a verb's object ("formed a group to study the wording of a proposal made
    earlier today"), holding no figure ("is set to grow from the 9 mln dlrs reported in
    1984" is a yardstick's year; "follows the withdrawal from the market announced in May" is
    no market's). ``means_only``: the object of a means preposition after the verb's object
    instead, holding no figure ("a rangé le cobalt au rang des priorités dans un programme présenté
    en mars": a programme was presented then; not "will rise from the 61 billion lire reported
    in 1985", a yardstick)."""
    a, c, pattern = _data(language)
    value = parse_value(timex.value)
    if value is None or value.start > published or timex.type not in ("DATE", "TIME"):
        return None
    reach = max(start, timex.start - _LOOK_BACK)
    found = _nearest(pattern, text[reach : timex.start], c, a, after_verb)
    if found is None:
        return None
    if found.group("participle") in a.OBJECT_PARTICIPLE_AGES and len(timex.value) <= 4:
        return None  # "a terrace built in 1888": how old it is
    if found.group("participle") in a.OBJECT_PARTICIPLE_OUTPUTS and len(timex.value) < 10:
        return None  # "the sugar produced in the year to September": a period's volume
    if after_verb and not _main_verb(text, start, reach + found.end("preposition"), language):
        return None
    if not after_verb and not _after_clause(text, start, reach + found.start(), a, language):
        return None
    subject = _object_words(found, c)
    if nested and (
        found.group("preposition").lower() != c.OF or any(ch.isdigit() for ch in subject)
    ):
        return None
    if means_only and (
        found.group("preposition").lower() not in a.OBJECT_PARTICIPLE_MEANS
        or any(ch.isdigit() for ch in subject)
    ):
        return None
    if contact_subject(subject.split(), c):  # "the tax the mayor introduced": the mayor's act
        title = contact_title(subject, found.group("participle"))
        return Happening(title, "other", When(timex), ()) if title else None
    noun = found.group("noun")  # (the head: "un informe del Banco de Chile")
    be = be_for(
        subject.split()[-1] if noun in c.PRONOUNS else noun,
        a.OBJECT_PARTICIPLE_BE,
        a.SINGULAR_ENDINGS,
    )
    if subject.split()[0].lower() in a.PLURAL_DETERMINERS:
        be = a.OBJECT_PARTICIPLE_BE[1]  # "les permis accordés lundi": "Les permis ont été accordés"
    title = headline(subject, f"{be} {found.group('participle')}", language=language)
    if not title:
        return None
    at = reach + found.start("noun_phrase")
    named = {m.name: Entity(m.name, m.kind) for m in mentions if at <= m.start < timex.start}
    return Happening(title, "other", When(timex), tuple(named.values()))


def closes_object_participle(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` closes a participle after a preposition's object, past or ahead
    ("will go ahead with the plan announced March 3", "under a pact reached last July"): the
    object's date, which never dates the clause the object belongs to."""
    a, c, pattern = _data(language)
    if timex.type != "DATE":
        return False
    start = sentence_bounds(text, timex.start, timex.end)[0]
    reach = max(start, timex.start - _LOOK_BACK)
    found = _nearest(pattern, text[reach : timex.start], c, a)
    if found is None:
        return False
    if found.group("preposition").lower() in a.OBJECT_PARTICIPLE_MEANS:
        return False  # "In a petition filed in January, the group asked": the asking then
    return _after_clause(text, start, reach + found.start(), a, language)


def closes_means_medium(text: str, start: int, timex: Timex, language: str) -> bool:
    """Whether ``timex`` closes a participle after the medium a means preposition opens ("In a
    statement issued on Friday, the firm blamed …"): the statement's issuing is the blaming,
    whichever clause takes the date."""
    a, c, pattern = _data(language)
    reach = max(start, timex.start - _LOOK_BACK)
    found = _nearest(pattern, text[reach : timex.start], c, a)
    return (
        found is not None
        and found.group("preposition").lower() in a.OBJECT_PARTICIPLE_MEANS
        and found.group("noun") in a.OBJECT_PARTICIPLE_MEDIA
    )


def _nearest(
    pattern: re.Pattern[str], before: str, c: ModuleType, a: ModuleType, after_verb: bool = False
) -> re.Match[str] | None:
    """The match that starts nearest the date and reads as a preposition's object and its
    participle: "in the bay under [a treaty signed]"; "of [the warrants issued] in connection
    with its public offering in" (not "with its public offering in", no participle)."""
    first = pattern.search(before)
    if first is None:
        return None  # (no match from any word: one scan instead of a match at each word)
    # (none starts before the first match found: the words from it on are tried)
    for word in reversed(list(_WORD_START.finditer(before, first.start()))):
        found = pattern.match(before, word.start())
        if found is not None and _reads(found, c, a, after_verb):
            return found
    return None


def _reads(found: re.Match[str], c: ModuleType, a: ModuleType, after_verb: bool = False) -> bool:
    """Whether the match is a preposition's object and its participle (``after_verb``: a
    present or past verb's, "follows a memorandum signed"): not a subordinator's subject and its
    verb ("after the firm filed in May"), not a period ("the year ended in March"), a plan
    ("a meeting expected in June") or a verb group inside ("will be delivered")."""
    preposition = found.group("preposition").lower()
    if after_verb and not _object_verb(found.group("preposition"), c, a):
        return False
    if not after_verb and preposition not in c.PREPOSITIONS:
        return False
    if preposition in c.SUBORDINATORS | {"until"}:
        return False
    if preposition in a.OBJECT_PARTICIPLE_TIME_PREPOSITIONS:
        return False
    participle, noun = found.group("participle"), found.group("noun")
    if not (participle.islower() and noun.islower()):
        return False  # "at the Quarry Ground on Saturday": a name
    if not c.is_participle(participle) or participle in c.SCHEDULED | c.PLAN_OR_MOVE:
        return False
    if a.OBJECT_PARTICIPLE_NEEDS_VERB and not _verb_reading(participle, a, c):
        return False  # "sus tres últimos conciertos en mayo": a noun
    if participle in a.OBJECT_PARTICIPLE_NOT or noun in a.OBJECT_PARTICIPLE_FIGURES:
        return False
    if noun in c.PRONOUNS:
        noun = found.group("noun_phrase").split()[-2]  # "a claim it filed": a relative's
    if noun in a.TIME_NOUNS or "NOUN" not in c.lemmas(noun):
        return False
    head = found.group("noun_phrase")[: found.end("noun") - found.start("noun_phrase")]
    words = [w for w in head.split()[1:] if w.islower()]  # not "WHO"; not a name's "de"
    blocked = c.AUX | c.PREPOSITIONS | c.RELATIVES | {c.THAT}
    return not any(w in blocked for w in words)  # "a tender offer that concluded …"


def _verb_reading(participle: str, a: ModuleType, c: ModuleType) -> bool:
    """Whether the lexicon reads ``participle`` as a verb, or it is a participle of record
    ("los presupuestos aprobados"), in a language whose participles are often nouns too."""
    return "VERB" in c.lemmas(participle) or participle.startswith(a.OBJECT_PARTICIPLE_STEMS)


def _object_words(found: re.Match[str], c: ModuleType) -> str:
    """The object's noun phrase, without the pronoun of a relative whose "that" is left out
    ("on a loss it posted in March": "a loss")."""
    phrase = found.group("noun_phrase")
    if found.group("noun") in c.PRONOUNS:
        return phrase[: found.start("noun") - found.start("noun_phrase")].rstrip()
    return phrase


def _after_clause(text: str, start: int, at: int, a: ModuleType, language: str) -> bool:
    """Whether the preposition at ``at`` follows its clause's verb or opens the sentence ("In
    a letter sent on Friday, …"): inside a subject ("The number of workers in the sector
    stagnated in May", "said workers at its plant struck on Monday", "when the offer for
    the shares closed") the "participle" is a clause's own verb; after a baseline's word
    ("compared with the shares traded on Monday") the object is a figure weighed."""
    c = lang.words(language, "clauses")
    tokens = tokenize(text, start, at)
    if any(t.text.lower() in a.OBJECT_PARTICIPLE_BASELINES for t in tokens):
        return False
    if not tokens or all(not t.text[0].isalnum() for t in tokens):
        return True
    if _inside_a_phrase(tokens, text[at : at + 12].split()[0].lower(), a, c):
        return False
    verbs = _finite_verbs(tokens, language)
    if not verbs:
        return False
    last = verbs[-1]
    if any(t.text.lower() in c.SUBORDINATORS for t in tokens[last + 1 :]):
        return False  # "… when the offer for the shares closed on April 23"
    said = set(c.lemmas(tokens[last].text.lower()).get("VERB", ())) & c.SPEECH_VERBS
    if not said or last + 1 == len(tokens):
        return True
    # "said [workers at its plant] struck": the reported clause's verb, unless its own verb
    # group stands before ("said it had clawed back money through a claim lodged …")
    return any(t.text.lower() in c.AUX for t in tokens[last + 1 :])


def _inside_a_phrase(tokens: list[Token], word: str, a: ModuleType, c: ModuleType) -> bool:
    """Whether the preposition ``word`` after ``tokens`` belongs to a phrase whose noun the
    participle may tell about: "improvement in the sector shown", "an agreement between
    the companies made", "7,600,000 of its shares announced", "a round led by a fund
    followed"."""
    before = tokens[-1].text
    if word in a.OBJECT_PARTICIPLE_AFTER_FIGURE and any(ch.isdigit() for ch in before):
        return True
    forms = c.lemmas(before.lower())
    if word in a.OBJECT_PARTICIPLE_AFTER_NOUN and "NOUN" in forms and "VERB" not in forms:
        return True
    agent = word in a.OBJECT_PARTICIPLE_AGENT and before.islower() and c.is_participle(before)
    return agent and len(tokens) > 1 and tokens[-2].text.lower() not in c.PRONOUNS | c.AUX


def _finite_verbs(tokens: list[Token], language: str) -> list[int]:
    found: list[int] = []
    k = finite_verb(tokens, 0, len(tokens), language)
    while k is not None:
        found.append(k)
        k = finite_verb(tokens, k + 1, len(tokens), language)
    return found


def _object_verb(word: str, c: ModuleType, a: ModuleType) -> bool:
    """A verb's third person present or its past, no saying's nor an auxiliary ("follows",
    "replaces", "endorsed")."""
    forms = c.lemmas(word).get("VERB", ())
    if not word.islower() or word in c.AUX or set(forms) & c.SPEECH_VERBS:
        return False
    if c.is_participle(word):
        return True  # a compound past's ("ha defendido"): ``_main_verb`` asks for its auxiliary
    if not forms or word in forms:
        return False
    return word.endswith(a.THIRD_PERSON_ENDINGS) or c.is_past(word)


def _main_verb(text: str, start: int, end: int, language: str) -> bool:
    """Whether the word ending at ``end`` is the one finite verb from the sentence's start, or
    the participle of its one auxiliary ("La alcaldesa ha defendido")."""
    tokens = tokenize(text, start, end)
    verbs = _finite_verbs(tokens, language)
    if verbs == [len(tokens) - 1]:
        return True
    c = lang.words(language, "clauses")
    perfect = len(tokens) > 1 and tokens[-2].text.lower() in c.HAVE
    return perfect and verbs == [len(tokens) - 2] and c.is_participle(tokens[-1].text)
