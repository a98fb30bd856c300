"""Which noun a relative clause hangs on, when the words just before it are not its head.

"Professor Ann Roe of the Lomax Institute, who resigned in May": Ann Roe resigned, not the
institute; "the championship in Kampala, which ended on Sunday": the championship ended, not
Kampala; "the signing of the striker Kofi Ames, who arrived on loan": Kofi Ames arrived, not the
signing; "the libraries in Castle Hill, which will shut": no person shuts, whatever the tagger
took "Castle Hill" for. A relative whose head stays unsure gives no subject, so its clause gives
no event rather than one pinned on the wrong actor (``core.events.subject_shapes``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import ORGANISATION, PERSON, PLACE, Mention
from core.events.nominal import is_happening_noun
from core.events.parse import Sentence
from core.events.tokens import Clause
from core.events.wording import noun_phrase


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def placed_name(s: Sentence, clause: Clause, mention: Mention) -> bool:
    """Whether the name before a relative that never stands for a person ("which") is a place
    the tagger took for one: a name after a word of place or way, alone or last in a list of
    names ("the pools in Ashby and Kings Lea, which will close", "the ferry from Ayr
    to Troon, which was due"), where the relative may be the noun's before it. A name after
    any other word stays the relative's ("lessons from Storm Dennis, which flooded …")."""
    c = _clauses(s.language)
    if clause.opener not in c.THING_ONLY_RELATIVES:
        return False
    k = next((j for j, t in enumerate(s.tokens) if t.start == mention.start), None)
    while k is not None and k > 0:
        before = s.tokens[k - 1]
        if before.lower in c.PLACE_NAME_BEFORE:
            return True
        if before.text[:1].isupper() or before.text == "," or before.lower in c.COORDINATORS:
            k -= 1  # "in Moorfield and | Castle Hill"
            continue
        return False
    return False


def person_before_phrase(s: Sentence, clause: Clause, a: int) -> Mention | None:
    """ "Professor Ann Roe of the Lomax Institute, who resigned": the person named just
    before the preposition that opens the phrase ``a`` ending at the relative's comma, when
    the relative stands for people; None for any other shape."""
    c = _clauses(s.language)
    if clause.opener not in c.PERSON_RELATIVES or a < 2:
        return None
    if s.tokens[a - 1].lower not in c.PREPOSITIONS:
        return None
    end = s.tokens[a - 2].end
    return next((m for m in s.mentions if m.kind == PERSON and m.end == end), None)


def unsure_head(s: Sentence, clause: Clause, a: int, head: int) -> bool:
    """Whether the noun phrase ``a``…``head`` before a relative, which a preposition opens, may
    not be what the relative stands for: a body or a place before "who" ("a professor at the
    Lomax Institute, who resigned": he did), or a place that only says where the noun before
    its preposition is ("the championship in Kampala, which ended", "the ferry from Ayr to
    Troon, which was due"), or a body after a happening ("talks with the central bank, which
    met": the talks, or the bank?)."""
    c = _clauses(s.language)
    if a < 1 or s.tokens[a - 1].lower not in c.PREPOSITIONS:
        return False
    word = s.tokens[head]
    names = [m for m in s.mentions if m.start <= word.start < m.end]
    if clause.opener in c.PERSON_RELATIVES:
        bodies = lang.words(s.language, "events").ORGANISATION_WORDS
        return any(m.kind in (ORGANISATION, PLACE) for m in names) or word.lower in bodies
    if a < 2:
        return False
    before = s.tokens[a - 2]  # the noun the phrase hangs on, not a verb ("moved to")
    where = s.tokens[a - 1].lower in c.PLACE_NAME_BEFORE  # not "trouble with Iran, which"
    if not (where and any(m.kind == PLACE for m in names)):
        # "after talks with the central bank, which met on Monday": the talks met, or the bank?
        # (a name there is what the relative tells of: "an offer by Lomax Corp, which agreed …")
        if not word.text.islower() or is_happening_noun(word.text, s.language):
            return False
        return before.text.islower() and is_happening_noun(before.text, s.language)
    noun = before.text.islower() and "NOUN" in c.lemmas(before.lower)
    return noun or any(m.end == before.end for m in s.mentions)


def person_in_subject(s: Sentence, clause: Clause) -> bool:
    """ "The signing of the striker Kofi Ames, who arrived on loan, …": a relative that stands
    for people after a subject whose head names a happening (or a verb's -ing form) and ends
    on a person's name; the relative is that person's, not the whole subject's."""
    c = _clauses(s.language)
    if clause.opener not in c.PERSON_RELATIVES or clause.start < 2:
        return False
    k = clause.start - 1 if s.tokens[clause.start - 1].text == "," else clause.start
    end = s.tokens[k - 1].end
    person = next((m for m in s.mentions if m.kind == PERSON and m.end == end), None)
    first = s.clauses[0]
    if person is None or first.start != 0:
        return False
    inner = next((j for j in range(first.body, k) if s.tokens[j].lower in c.PREPOSITIONS), None)
    if inner is None or inner < 1 or s.tokens[inner].start >= person.start:
        return False
    head = s.tokens[inner - 1]
    gerund = head.lower.endswith(c.GERUND) and "VERB" in c.lemmas(head.lower)
    return head.text.islower() and (gerund or is_happening_noun(head.text, s.language))


def happening_before_place(s: Sentence, clause: Clause, a: int) -> tuple[int, int] | None:
    """ "the Nordic ski festival in Tromsø, which ended": the noun phrase before the
    place's preposition (the place's phrase starts at ``a``) when it names a happening, which
    is what began or ended there; None when it names anything else ("the library in Leeds,
    which closed": the library's or the city's, unsure)."""
    c = _clauses(s.language)
    if clause.opener in c.PERSON_RELATIVES or a < 2:
        return None
    word = s.tokens[a]
    if not any(m.kind == PLACE and m.start <= word.start < m.end for m in s.mentions):
        word = s.tokens[a + 1] if a + 1 < len(s.tokens) else word  # "the Kampala summit"
    if not any(m.kind == PLACE and m.start <= word.start < m.end for m in s.mentions):
        return None
    noun = s.tokens[a - 2]
    if not noun.text.islower() or not is_happening_noun(noun.text, s.language):
        return None
    x, y = noun_phrase(s.tokens, a - 2, 0, a - 1, s.language)
    if y != a - 1 or any(k in s.drop for k in range(x, y)):
        return None
    return x, y


def unsure_in_subject(s: Sentence, clause: Clause) -> bool:
    """Whether a relative that never stands for a person, straight after the sentence's
    subject, may tell of the object of a preposition inside it rather than of its head: a
    body named there after a head that names no happening ("Floor traders at the Lomax
    Exchange, which merged …": the exchange did), or a period after a head that is none
    ("Total usage in the marketing season, which began October 1": the season did). Such a
    relative gives no event."""
    c = _clauses(s.language)
    first = s.clauses[0]
    if clause.opener not in c.THING_ONLY_RELATIVES or first.verb is not None:
        return False
    if first.end != clause.start or s.tokens[clause.start - 1].text != ",":
        return False
    k = clause.start - 2
    inner = next((j for j in range(first.body + 1, k) if s.tokens[j].lower in c.PREPOSITIONS), None)
    if inner is None:
        return False
    head, last = s.tokens[inner - 1], s.tokens[k]
    if any(m.start <= head.start and last.end <= m.end for m in s.mentions):
        return False  # "First City Bancorp of Texas, which lost …": one name
    if not head.text[:1].isalpha() or is_happening_noun(head.text, s.language):
        return False  # "The latest round of talks, which began …": the head's
    if head.lower in c.PERIOD_NOUNS:
        return False
    if last.lower in c.PERIOD_NOUNS:
        return True
    return any(m.kind == ORGANISATION and m.end == last.end for m in s.mentions)


def ends_on_question_word(s: Sentence, keep: list[int]) -> bool:
    """Whether a subject's words end on "who" after a preposition ("after a long fight over
    who | would pay …"): a question's word, whose clause the verb is; the words before it are
    no subject of that verb. Not a relative's object form ("most of whom", "each of which")."""
    c = _clauses(s.language)
    if len(keep) < 2 or s.tokens[keep[-2]].lower not in c.PREPOSITIONS:
        return False
    return s.tokens[keep[-1]].lower in c.PERSON_RELATIVES - c.OBJECT_RELATIVES


def noun_before_places(s: Sentence, end: int) -> int | None:
    """ "a recycling depot at Holm Marsh, which the county board approved", "routes from Derry
    to Nantes and Porto, which the carrier unveiled": the lowercase noun before the phrases
    of place that end at token ``end`` (the relative's comma), which an object relative tells
    of; None when the words before ``end`` are no such phrases, or a body's name stands there
    ("a stake in Lomax Corp, which it bought": the stake, or the company?)."""
    c = _clauses(s.language)
    k = end - 1
    while k > 0:
        word = s.tokens[k]
        capital = word.text[:1].isupper()
        if capital and any(
            m.kind == ORGANISATION and m.start <= word.start < m.end for m in s.mentions
        ):
            return None
        if capital or (word.lower in c.COORDINATORS and s.tokens[k - 1].text[:1].isupper()):
            k -= 1  # "Nantes and | Porto"
            continue
        if word.lower not in c.PLACE_PHRASE_PREPOSITIONS or not s.tokens[k + 1].text[:1].isupper():
            return None
        noun = s.tokens[k - 1]
        if noun.text.islower() and "NOUN" in c.lemmas(noun.lower):
            return k - 1
        k -= 1  # "from Derry | to Nantes"
    return None


def counted_start(s: Sentence, a: int, head: int, c: ModuleType) -> int:
    """Where the noun phrase before a relative starts when the words taken for it open on no
    article or name but run back over a verb that spells a noun too ("will hire two wardens,
    who …", "will pay for six rangers, who …": "hire", "pay for" are no noun's): at the number
    word that counts its head ("two wardens"); else ``a``. Whether that phrase is the
    relative's own is the caller's to judge (a verb's object, or a happening)."""
    first = s.tokens[a]
    if first.lower in c.ARTICLES | c.DEMONSTRATIVES or first.text[:1].isupper():
        return a
    return next((k for k in range(head - 1, a, -1) if _counted(s.tokens[k].text, c)), a)


def counted_plural(s: Sentence, a: int, head: int, c: ModuleType) -> bool:
    """Whether the noun phrase ``a``…``head`` before a relative opens on a number word and ends
    on a plural noun ("two pools, which will shut", "six rangers, who will start"): a counted
    set of things, as sure a head as one after an article; only a relative set off by a comma
    ("rescued two hikers who were cut off at noon" tells of the rescue, its date the
    relative's)."""
    nouns = c.lemmas(s.tokens[head].lower).get("NOUN", ())
    plural = bool(nouns) and s.tokens[head].lower not in nouns
    aside = head + 1 < len(s.tokens) and s.tokens[head + 1].text == ","
    return a < head and plural and aside and _counted(s.tokens[a].text, c)


def _counted(word: str, c: ModuleType) -> bool:
    """A number word that counts the noun after it ("six"), not a figure in digits."""
    return word.lower() in c.NUMBER_WORDS
