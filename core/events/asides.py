"""Happenings told in a participle aside with a date of its own: "The company, founded in
1921, was bought in 2019" reports two, the founding and the sale (and, through
``core.events.nominal``, those a noun with its own date names: "after Tuesday's crash").

The sentence's clause takes its own date (``core.events.happenings``); the aside's date only
describes the subject there (``core.events.anchors`` calls it a modifier), so without this
module the founding gave no event. The aside is a passive told short: its title is the
subject it follows, the language's past of "be" and the aside's words ("The company was
founded"). A language whose data gives no such past (``ASIDE_PASSIVE``) reads no asides.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from types import ModuleType

from core import lang
from core.events.anchor_cues import _cues
from core.events.entities import Mention
from core.events.finite import finite_verb
from core.events.kinds import clause_kind
from core.events.named_asides import named_aside_start
from core.events.nominal import dated_noun
from core.events.parse import Happening, Sentence, When, parse_sentence, token_at
from core.events.since_nouns import since_baseline
from core.events.states import is_state
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.tokens import Clause, Token
from core.events.wording import reduce_names
from core.temporal.tagger import Timex
from core.timeval import parse_value

# A line break that is no wire copy's wrapping: a blank line, or the next line indented.
_LINE_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+")
_SINCE_REACH = 100  # characters before a date: its "since" and a superlative before it


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def aside_happenings(
    text: str, start: int, end: int, timexes: list[Timex], mentions: list[Mention],
    published: datetime, language: str = "en", fronted: list[Timex] | None = None,
) -> list[Happening]:  # fmt: skip
    """The happenings of the participle asides of ``text[start:end]`` that hold one of
    ``timexes`` (dates the sentence's clause did not take), published at ``published``;
    ``fronted`` are dates that describe a thing, read only in an opening participle ("Built
    in 1934, the pier …")."""
    fronted = fronted or []
    c = _clauses(language)
    whens = [When(t) for t in [*timexes, *fronted]]
    s = parse_sentence(text, start, end, whens, mentions, language)
    if s is None:
        return []
    found: list[Happening] = []
    for when in s.whens:
        if when.timex in fronted:
            value = parse_value(when.timex.value)
            opener = _opener(s, when, c) if value and value.start <= published else None
            # "has been shut since the May 2019 flood": the span's start is the flood's day
            if opener is None and value and value.start <= published:
                since = _since_start(text, when.timex, language)
                opener = dated_noun(s, when, written_on=True) if since else None
            found.extend([opener] if opener else [])
            continue
        # a past participle tells what happened: a date ahead is a noun's ("regarded as a
        # rehearsal for a strike next month")
        value = parse_value(when.timex.value)
        past = value is not None and value.start <= published
        aside = (_aside(s, when, c) or _opener(s, when, c)) if past else None
        happening = aside or dated_noun(s, when)
        if happening is not None:
            found.append(happening)
    return found


def _since_start(text: str, timex: Timex, language: str) -> bool:
    """Whether ``timex`` follows "since" (``SINCE_BEFORE``), a running span's start: "has
    been shut since the May 2019 flood"; not a superlative's baseline ("the highest since the
    1994 referendum": ``SINCE_NOUN_BASELINE_BEFORE``)."""
    before = text[max(0, timex.start - _SINCE_REACH) : timex.start]
    since = _cues(language).since.search(before)
    return bool(since) and not since_baseline(language).search(before)


def _aside(s: Sentence, when: When, c: ModuleType) -> Happening | None:
    """ "NOUN PHRASE, [adverb] PARTICIPLE … DATE …, VERB …": the aside's passive, dated."""
    if not c.ASIDE_PASSIVE:
        return None
    at = token_at(s.tokens, when.timex.start)
    clause = next((cl for cl in s.clauses if cl.start <= at < cl.end), None)
    if clause is None or clause is not s.clauses[0] or s.inside[at]:
        return None
    opening = next((k for k in range(at - 1, clause.body, -1) if s.tokens[k].text == ","), None)
    closing = next((k for k in range(at + 1, clause.end) if s.tokens[k].text == ","), None)
    if opening is None or closing is None or closing + 1 >= clause.end:
        return None
    if any(s.tokens[k].text == "," for k in range(clause.body, opening)):
        return None  # "In Lome, the capital, …": the first comma must close the subject
    first = opening + 1
    while first < at and (s.tokens[first].lower in c.ADVERBS or _adverb(s, first, c)):
        first += 1  # "first held", "originally built"
    word = s.tokens[first]
    if first >= at or not word.text.islower() or not c.is_participle(word.text):
        return None
    if word.lower in c.AUX or word.lower in c.SCHEDULED | c.PLAN_OR_MOVE:
        return None  # "scheduled to open in 2027", "postponed to May": a plan or a move
    if first + 1 < at and s.tokens[first + 1].lower == c.TO:
        return None  # "expected to close in May": an infinitive's, ahead
    main = finite_verb(s.tokens, closing + 1, clause.end, s.language)
    if main is None or (main != closing + 1 and _words_before_verb(s, closing + 1, main, c)):
        return None  # the subject's own verb must come straight after the aside
    if finite_verb(s.tokens, first + 1, closing, s.language) is not None:
        return None  # "…, hit in 2014 when it …": a clause of its own inside
    if _figure(s, first, closing, c):
        return None  # "Farm exports, cut by about 25 pct in …": a statistic
    if finite_verb(s.tokens, clause.body, opening, s.language) is not None:
        return None  # "… he thought the find, discovered …": the aside follows an object
    # (where participles agree, an article inside joins a noun too: "ventes du modèle")
    joins = c.PREPOSITIONS | (c.ARTICLES if c.PARTICIPLE_AGREES else frozenset())
    inner = any(s.tokens[k].lower in joins for k in range(clause.body + 1, opening))
    if inner and not _agrees_with_head(s, clause.body, opening, word.text, c):
        return None  # "Sales of the new model, launched …": which noun does it follow?
    subject, resolved, (a, b) = subject_of(
        s, Clause(clause.start, clause.body, opening, clause.opener, opening)
    )
    if not subject or b <= a:
        return None
    be = _auxiliary(s, a, b, word.text, c)
    predicate = reduce_names(
        s.text, s.tokens, opening + 1, closing, s.mentions, _kept_possessives(s, c), s.language
    )
    title = headline(subject, f"{be} {predicate}", language=s.language)
    if not title:
        return None
    kind = clause_kind(s, word.text, predicate)
    return Happening(title, kind, when, s.entities([(a, b), (first, closing)], resolved))


def _opener(s: Sentence, when: When, c: ModuleType) -> Happening | None:
    """ "Built in 1934, the pier is due to close": a participle opening the sentence, with its
    date, before the comma and the subject it tells of ("The pier was built")."""
    if not c.ASIDE_PASSIVE or not s.clauses or s.clauses[0].start != 0:
        return None
    lead = _leading_adverb(s, c)  # "First published in 1951, …": the adverb left out
    first, at = s.tokens[lead], token_at(s.tokens, when.timex.start)
    word = first.text[:1].lower() + first.text[1:]
    if not first.text[:1].isupper() and not lead:
        return None
    if not c.is_participle(word) or word in c.PLAN_OR_MOVE:
        return None
    noun = "NOUN" in c.lemmas(word) and not c.OPENING_PARTICIPLE_OVER_NOUN
    if noun or s.inside[at] or at < lead + 1:
        return None  # "Left in 1990, …", "Known in 2020": a noun as well
    before = s.tokens[at - 1].lower
    if at > lead + 1 and (before not in c.TIMEX_PREPOSITIONS or before == c.OF):
        return None  # "Called the Reform Act of 1987, …": a name's year, no time of it
    # (a date straight after the participle is its own: "Voté lundi par le conseil, …")
    closing = next((k for k in range(at + 1, len(s.tokens)) if s.tokens[k].text == ","), None)
    if closing is None or any(s.tokens[k].text == "," for k in range(1, at)):
        return None
    clause = next((cl for cl in s.clauses if cl.start <= closing + 1 < cl.end), None)
    verb = finite_verb(s.tokens, closing + 1, clause.end, s.language) if clause else None
    if clause is None or verb is None or finite_verb(s.tokens, lead + 1, closing, s.language):
        return None
    subject, resolved, (a, b) = subject_of(
        s, Clause(closing + 1, closing + 1, clause.end, "", verb)
    )
    if not subject or b <= a:
        return None
    be = _auxiliary(s, a, b, word, c)
    rest = reduce_names(s.text, s.tokens, lead + 1, closing, s.mentions,
                        _kept_possessives(s, c), s.language)  # fmt: skip
    title = headline(subject, f"{be} {word} {rest}".strip(), language=s.language)
    if not title:
        return None
    kind = clause_kind(s, word, rest)
    return Happening(title, kind, when, s.entities([(a, b), (0, closing)], resolved))


def _leading_adverb(s: Sentence, c: ModuleType) -> int:
    """1 when the sentence opens on an adverb of the language's ``OPENING_PARTICIPLE_ADVERBS``
    before a participle ("First published in 1951, the cookbook …"), else 0."""
    if len(s.tokens) < 3 or s.tokens[0].lower not in c.OPENING_PARTICIPLE_ADVERBS:
        return 0
    return 1 if s.tokens[1].text.islower() and c.is_participle(s.tokens[1].text) else 0


def _kept_possessives(s: Sentence, c: ModuleType) -> set[int]:
    """The dropped words less a date that is a noun's owner, with its preposition ("in
    [today's] editions"): without it the phrase breaks."""
    drop = set(s.drop)
    for k in sorted(s.drop):
        if s.tokens[k].lower.endswith(c.POSSESSIVE_ENDINGS) and k + 1 not in s.drop:
            j = k
            while j in drop:
                drop.discard(j)
                j -= 1
    return drop


def _adverb(s: Sentence, k: int, c: ModuleType) -> bool:
    word = s.tokens[k]
    return word.text.islower() and word.lower.endswith(c.ADVERB_ENDING) and len(word.lower) > 4


def _words_before_verb(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Words between the aside's end and the verb that are not the verb group's adverbs."""
    return any(s.tokens[k].lower not in c.ADVERBS | c.AUX for k in range(a, b))


def _agrees_with_head(s: Sentence, a: int, b: int, participle: str, c: ModuleType) -> bool:
    """In a language whose participles agree, whether the participle's number is the head
    noun's of ``[a, b)`` ("Une réunion de négociation, organisée …": the meeting was), so the
    aside tells of the whole phrase; English says nothing of it."""
    if not c.PARTICIPLE_AGREES:
        return False
    # the head: the noun before the first preposition or article inside ("ventes | du modèle")
    stops = c.PREPOSITIONS | c.ARTICLES
    end = next((k for k in range(a + 1, b) if s.tokens[k].lower in stops), b)
    return participle.lower().endswith(c.PLURAL_ENDING) == _plural_subject(s, a, end, c)


def _auxiliary(s: Sentence, a: int, b: int, participle: str, c: ModuleType) -> str:
    """The auxiliary a participle's aside takes in its title: the passive's, singular or plural
    as the subject ``[a, b)`` is, or the participle's own ("né" → "est né")."""
    own = c.ASIDE_OWN_AUXILIARY.get(participle.lower())
    if own:
        return own
    return c.ASIDE_PASSIVE[1] if _plural_subject(s, a, b, c) else c.ASIDE_PASSIVE[0]


def _plural_subject(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether the subject ``[a, b)`` is plural: two joined ("A and B") or a plural head
    noun (its last word before a preposition)."""
    if any(s.tokens[k].lower == c.AND for k in range(a, b)):
        return True
    end = next((k for k in range(a + 1, b) if s.tokens[k].lower in c.PREPOSITIONS), b)
    last = s.tokens[end - 1]
    if any(m.start <= last.start < m.end for m in s.mentions):
        # a name is one, whatever its last word ("Malo Le Bras"), unless a plural article
        # opens it ("Les Ateliers Durand")
        return s.tokens[a].lower in c.PRONOUN_ARTICLES.get(c.THEY, ())
    head = re.split(r"['’]", last.text)[-1]  # "L'usine": the noun, not its article
    nouns = c.lemmas(head).get("NOUN", ())
    return bool(nouns) and head.lower() not in nouns


def reduced_relative(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """ "Crews flown in from Alberta on Friday were joined …": a participle straight after the
    subject's noun, with the date, before the clause's verb, is a passive told short; it
    takes the date, not the clause ("Crews were flown in from Alberta")."""
    c = _clauses(s.language)
    verb = clause.verb
    at = token_at(s.tokens, when.timex.start)
    if not c.ASIDE_PASSIVE or verb is None or not clause.body < at < verb:
        return None
    words = range(clause.body, verb)
    if _LINE_BREAK.search(s.text, s.tokens[clause.body].start, s.tokens[verb].start):
        return None  # a heading run into the next line: two sentences, not a relative
    if any(s.tokens[k].text in (",", ";") or s.tokens[k].lower in c.OPENERS for k in words):
        return None  # asides and clauses are read elsewhere
    participle = next(
        (
            k
            for k in range(clause.body + 1, at)
            if s.tokens[k].text.islower() and c.is_participle(s.tokens[k].text)
        ),
        None,
    )
    if participle is None or s.tokens[participle].lower in c.AUX | c.PLAN_OR_MOVE:
        return None  # "a service planned for Saturday": the plan's day, not a happening's
    if any(s.tokens[k].lower in c.COORDINATORS for k in range(clause.body, participle)):
        return None  # "The debts in 1992 and those rolled over from 1991"
    noun = s.tokens[participle - 1]
    if not noun.text[:1].isalpha() or "NOUN" not in c.lemmas(noun.lower):
        return None  # "the newly built …": a participle before its noun, no relative
    if participle + 1 < at and s.tokens[participle + 1].lower == c.TO:
        return None  # "trains expected to run on Monday": a plan
    after = next((k for k in range(participle + 1, verb) if k not in s.drop), verb)
    if after < verb and s.tokens[after].lower == c.TO and after > at:
        return None  # "A spokesman declined [on Thursday] to say …": a past with its infinitive
    # (read to the clause's end: "ordered by the council and published in April blamed …"
    # shows "published" a second participle)
    other = finite_verb(s.tokens, participle + 1, clause.end, s.language)
    if other is not None and other < verb:
        return None
    subject, resolved, (a, b) = subject_of(
        s, Clause(clause.start, clause.body, participle, clause.opener, participle)
    )
    if not subject or b <= a:
        return None
    # "ordered by the province and published in October": the participle the date is told with
    participle = next(
        (
            k + 1
            for k in range(at - 2, participle, -1)
            if s.tokens[k].lower in c.COORDINATORS and c.is_participle(s.tokens[k + 1].text)
        ),
        participle,
    )
    be = _auxiliary(s, a, b, s.tokens[participle].text, c)
    if _figure(s, participle, verb, c):
        return None  # "… slashed by some 40 pct in the budget": a statistic, no happening
    predicate = reduce_names(
        s.text, s.tokens, participle, verb, s.mentions, _kept_possessives(s, c), s.language
    )
    title = headline(subject, f"{be} {predicate}", language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[participle].text, predicate)
    return Happening(title, kind, when, s.entities([(a, b), (participle, verb)], resolved))


def participle_date(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` stands in a participle straight after the subject's noun, before the
    clause's verb, with no comma ("El incendio declarado [el domingo] obligó …"): the
    participle's date, which a language that does not tell such asides as passives
    (``ASIDE_PASSIVE`` empty) leaves to no happening, not the clause's."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    if c.ASIDE_PASSIVE or clause.verb is None or not clause.body + 1 < at < clause.verb:
        # (``clause`` with its verb moved past the participle: ``verb_after_participle``)
        return False
    words = range(clause.body, clause.verb)
    if any(s.tokens[k].text in (",", ";") or s.tokens[k].lower in c.OPENERS for k in words):
        return False
    before = range(clause.body + 1, at)
    return any(
        s.tokens[k].text.islower()
        and c.is_participle(s.tokens[k].text)
        and s.tokens[k].lower not in c.AUX
        and "NOUN" in c.lemmas(s.tokens[k - 1].lower)
        for k in before
    )


def inner_relative(s: Sentence, clause: Clause, when: When) -> Happening | None:
    """ "A cairn for two walkers who died on the ridge in February 2019 will be unveiled …": a
    relative inside the subject, with no comma, holds its own date; its happening is told by
    the noun phrase before it ("Two walkers died on the ridge"), and the clause takes none
    of that date."""
    c = _clauses(s.language)
    verb = clause.verb
    at = token_at(s.tokens, when.timex.start)
    if not c.THING_RELATIVES or verb is None or not clause.body < at < verb:
        return None
    relative = next(
        (k for k in range(at - 1, clause.body, -1) if _relative(s.tokens[k].lower, c)),
        None,
    )
    if relative is None:
        return None
    stop = verb  # where the relative's words end: the verb, or a name set off before it
    if any(s.tokens[k].text in (",", ";") for k in range(clause.body, verb)):
        stop = named_aside_start(s, relative + 1, verb)  # ("… by a judge, Ada Voss, found")
        if stop is None or any(
            s.tokens[k].text in (",", ";") for k in range(clause.body, relative)
        ):
            return None
        if not at < stop:
            return None
    inner = finite_verb(s.tokens, relative + 1, at, s.language)
    if inner != relative + 1:
        return None  # "the plan which the council …": an object relative, read elsewhere
    head = relative - 1
    word = s.tokens[head]
    opening = head == clause.body and word.text[1:].islower()  # "Engineers who …": its capital
    if not (word.text.islower() or opening) or "NOUN" not in c.lemmas(word.lower):
        return None
    a, b = head, relative  # the nearest noun's phrase: "a cairn for [two walkers] who …"
    while a - 1 >= clause.body and _in_phrase(s.tokens[a - 1], c) and a - 1 not in s.drop:
        a -= 1
    subject = reduce_names(s.text, s.tokens, a, b, s.mentions, s.drop, s.language)
    predicate = reduce_names(s.text, s.tokens, inner, stop, s.mentions, s.drop, s.language)
    if is_state(predicate, s.language):
        return None  # "Banks which are short of capital by June": how they are, no happening
    title = headline(subject, predicate, language=s.language)
    if not title:
        return None
    kind = clause_kind(s, s.tokens[inner].text, predicate)
    return Happening(title, kind, when, s.entities([(a, b), (inner, verb)], []))


def _in_phrase(token: Token, c: ModuleType) -> bool:
    """A word of the noun phrase before a noun: a determiner, a figure or an adjective, not a
    preposition, a verb or a name ("a cairn for [two walkers]")."""
    lower = token.lower
    if lower in c.PREPOSITIONS | c.AUX | c.COORDINATORS or not token.text[:1].isalnum():
        return False
    return (
        lower in c.DETERMINERS
        or token.text[:1].isdigit()
        or (token.text.islower() and "VERB" not in c.lemmas(lower))
    )


def _figure(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether words ``[a, b)`` other than dates hold a figure ("by 40 pct")."""
    return any(
        k not in s.drop and (s.tokens[k].text[:1].isdigit() or s.tokens[k].lower in c.AMOUNT_WORDS)
        for k in range(a, b)
    )


def _relative(lower: str, c: ModuleType) -> bool:
    """A relative pronoun other than "whose" ("which", "who")."""
    return lower in c.RELATIVES and lower != c.WHOSE
