"""Happenings told in a participle's aside, dated by the aside's own time expression: "Le
musée, inauguré en 1821, possède …" (the museum was inaugurated in 1821), German "Die 1963
eröffnete Brücke blieb gesperrt" (the bridge was opened in 1963). The clause around the aside
keeps its own date (``core.events.anchors`` reads the aside's date as the noun's, not the
clause's); this module gives the aside's happening its title: the noun phrase, the language's
passive auxiliary (``ASIDE_PASSIVE`` of its ``anchors`` data) and the participle with what
follows it in the aside. A language whose data has no auxiliary reads no aside here, but
English, whose participle tells no number ("the automation plan, first floated in 2017," →
"The automation plan was floated"; ``ASIDE_PARTICIPLE_INVARIABLE``).

>>> _title(["Le", "musée"], ["inauguré"], ("a été", "ont été"), "s")
'Le musée a été inauguré'
>>> _title(["les", "halles"], ["rénovées"], ("a été", "ont été"), "s")
'Les halles ont été rénovées'
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events import anchors
from core.events.entities import Mention
from core.events.parse import Happening, When
from core.events.short_participles import short_participle_happening
from core.events.title_words import be_for
from core.temporal.tagger import Timex

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*(?:['’]?s\b)?")  # ("the 1960s": one word)
# How far back from an aside's comma its noun phrase may start, in words.
_NOUN_PHRASE_WORDS = 7


@cache
def _data(language: str) -> tuple[ModuleType, ModuleType]:
    return lang.words(language, "anchors"), lang.words(language, "clauses")


def participle_happenings(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention], language: str
) -> list[Happening]:
    """The happenings of the participle asides of ``text[start:end]`` that have a date."""
    a, c = _data(language)
    if a.ASIDE_SHORT_ENDINGS:  # Russian, Ukrainian: no article opens the noun phrase
        dated = [
            t
            for t in timexes
            if start <= t.start < end
            and t.type == "DATE"
            and anchors.cached_role(text, t, language) == anchors.MODIFIES
        ]
        told = (short_participle_happening(text, start, t, mentions, language) for t in dated)
        return [h for h in told if h is not None]
    if not (a.ASIDE_PASSIVE[0] or a.ASIDE_PARTICIPLE_INVARIABLE):
        return []
    found = []
    for timex in timexes:
        if not start <= timex.start < end or timex.type != "DATE":
            continue
        if anchors.cached_role(text, timex, language) != anchors.MODIFIES:
            continue
        happening = _after_noun(text, start, timex, a, c) or _before_noun(text, timex, a, c)
        if happening is not None:
            found.append(happening)
    return found


def _after_noun(
    text: str, start: int, timex: Timex, a: ModuleType, c: ModuleType
) -> Happening | None:
    """ "Le musée, inauguré en 1821, …": the noun phrase before the aside's comma."""
    before = text[start : timex.start]
    aside = re.search(a.ASIDE_PARTICIPLE_BEFORE, before, re.I)
    closes = re.match(r"\s*[,;]", text[timex.end :]) or re.match(
        a.ASIDE_GOES_ON_AFTER, text[timex.end :], re.I
    )  # "the protocol, signed on July 31 and which extended the pact,"
    if aside is None or closes is None:
        return None
    participle = aside.group("participle")
    unchanged = participle.lower() in c.UNCHANGED_PARTICIPLES  # ", cast in 1901,"
    if not (c.is_participle(participle) or c.unlisted_participle(participle) or unchanged):
        return None
    if participle.lower() in a.OBJECT_PARTICIPLE_AGES and len(timex.value) <= 4:
        return None  # "the club, founded in 1883,": how old it is
    if participle.lower() in c.SCHEDULED and not a.ASIDE_PARTICIPLE_INVARIABLE:
        return None  # "La vente, prévue le 20 mars, a été annulée": a plan, no happening
    head = _WORD.findall(before[: aside.start()])[-_NOUN_PHRASE_WORDS:]
    k = max((i for i, w in enumerate(head) if w.lower() in c.ARTICLES), default=None)
    if k is None:
        return None  # no article opens a noun phrase: a name or a clause, left alone
    if a.ASIDE_PARTICIPLE_INVARIABLE:
        return _invariable(head, k, aside, participle, timex, a, c)
    if k > 0 and head[k - 1].lower() not in c.PREPOSITIONS:
        return None  # "les ventes du modèle, lancé …": inside a longer phrase, whose noun?
    noun = head[k:]
    if any("VERB" in c.lemmas(w.lower()) for w in noun):
        return None
    if len(noun) > 1 and noun[1].lower() in a.TIME_NOUNS:
        return None  # "el año hidrológico, iniciado el 1 de octubre,": a period's start
    # a participle that does not agree with the noun after the article is another word's
    # ("los arquitectos Enric Miralles, fallecido en 2000": Miralles's)
    many = c.PLURAL_ENDING and participle.endswith(c.PLURAL_ENDING)
    if c.PLURAL_ENDING and len(noun) > 1 and noun[1].lower().endswith(c.PLURAL_ENDING) != many:
        return None
    own = c.ASIDE_OWN_AUXILIARY.get(participle.lower())  # "Le joueur, né en 1999": "est né"
    title = _title(noun, [participle], (own, own) if own else a.ASIDE_PASSIVE, c.PLURAL_ENDING)
    return Happening(title, "other", When(timex), ())


def _invariable(
    head: list[str], k: int, aside: re.Match[str], participle: str, timex: Timex, a: ModuleType,
    c: ModuleType,
) -> Happening | None:  # fmt: skip
    """English "the automation plan, first floated in 2017,": the participle tells no number,
    the noun's ending does ("The plans were floated"). The noun phrase may follow the clause's
    verb ("says the plan, first floated …"), and its words may be verbs' forms too ("plan"),
    not a verb alone ("the board said"); an apposition's own noun (", a hotel opened in May,")
    is another's, a plan, a saying or a cause (", scheduled for June,", ", said on Friday,",
    ", helped by credits in the fourth quarter,") none."""
    lower = participle.lower()
    # "The truce, agreed on Sunday,": when it was agreed, not a plan's date ("agreed for June")
    made = lower in a.ASIDE_PLAN_MADE and not aside.group(0).rstrip().endswith(" for")
    if aside.group("noun_phrase") or (lower in c.SCHEDULED | c.PLAN_OR_MOVE and not made):
        return None
    if lower in a.OBJECT_PARTICIPLE_NOT | a.APPOSITION_NOT_PARTICIPLES | a.ASIDE_CAUSES:
        return None
    before = head[k - 1].lower() if k > 0 else ""
    if before and before not in c.PREPOSITIONS | {c.THAT} and "VERB" not in c.lemmas(before):
        return None
    if before not in c.PREPOSITIONS | {c.THAT} and _relative_verb(head, k - 1, c):
        return None  # "a fine for the firm that ran the old mill, imposed …": the fine's?
    if before in c.PREPOSITIONS and k > 1 and "NOUN" in c.lemmas(head[k - 2].lower()):
        return None  # "the sale of the unit, completed in May": the sale's or the unit's?
    if before.endswith(c.GERUND) and k > 1 and "NOUN" in c.lemmas(head[k - 2].lower()):
        return None  # "his report describing the wreck, printed in 1983": the report was
    noun = head[k:]
    if len(noun) < 2 or any(w.lower() in c.AUX or _verb(w, c) for w in noun[1:]):
        return None
    if not noun[-1].islower() or noun[-1] in a.TIME_NOUNS:
        return None  # "the Quarry Ground, …": a name; "the year, ended …": a period
    # the number is the head noun's, before a complement ("A reward of 500 pounds was")
    complement = [i for i, w in enumerate(noun) if i and w.lower() in c.PREPOSITIONS]
    last = noun[complement[0] - 1] if complement else noun[-1]
    be = be_for(last, a.OBJECT_PARTICIPLE_BE, a.SINGULAR_ENDINGS)
    first = noun[0][:1].upper() + noun[0][1:]
    title = " ".join([first, *noun[1:], be, participle])
    return Happening(title, "other", When(timex), ())


def _relative_verb(words: list[str], k: int, c: ModuleType) -> bool:
    """Whether ``words[k]`` is the verb of a relative ("that | ran", "which had | run"): the
    noun phrase after it is the relative's object, and an aside after that phrase may be the
    noun's the relative hangs on."""
    j = k - 1
    while j >= 0 and words[j].lower() in c.AUX | c.ADVERBS:
        j -= 1
    return j >= 0 and words[j].lower() in c.RELATIVES | {c.THAT}


def _verb(word: str, c: ModuleType) -> bool:
    """A verb's form that is no noun's or adjective's ("said", "says"); a gerund may describe
    a noun ("the grazing rules")."""
    forms = c.lemmas(word.lower())
    modifier = "NOUN" in forms or "ADJ" in forms or word.endswith("ing")
    return "VERB" in forms and not modifier


# The word just before a date ("Die 1963 eröffnete …": "Die").
_ARTICLE_BEFORE = re.compile(r"(?P<article>\w+)\s+$")


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _before_noun(text: str, timex: Timex, a: ModuleType, c: ModuleType) -> Happening | None:
    """German "Die 1963 eröffnete Fehmarnsundbrücke": the article, the date, a participle
    declined as an adjective, and the noun it describes."""
    found = _compiled(a.PRENOMINAL_PARTICIPLE_AFTER).match(text, timex.end)
    article = _ARTICLE_BEFORE.search(text[max(0, timex.start - 12) : timex.start])
    if found is None or article is None or article.group("article").lower() not in c.ARTICLES:
        return None
    participle = found.group("participle")
    if not c.is_participle(participle):
        return None
    noun = [article.group("article"), found.group("noun")]
    return Happening(_title(noun, [participle], a.ASIDE_PASSIVE, ""), "other", When(timex), ())


def _title(noun: list[str], rest: list[str], passive: tuple[str, str], plural: str) -> str:
    """The noun phrase, the passive auxiliary (plural when the participle agrees so) and the
    participle with its words."""
    many = bool(plural) and rest[0].endswith(plural)
    first = noun[0][:1].upper() + noun[0][1:]
    return " ".join([first, *noun[1:], passive[1 if many else 0], *rest])


def told_already(happening: Happening, told: list[Happening]) -> bool:
    """Whether ``told`` has the happening with its title and date already ("The merger,
    first announced in October, …": the aside's announcement once, whichever reading gave
    it first)."""
    when = happening.when.timex.start if happening.when else None
    return any(
        h.title == happening.title and (h.when.timex.start if h.when else None) == when
        for h in told
    )
