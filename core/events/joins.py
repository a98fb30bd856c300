"""Where one clause holds two happenings, each with its own date: "visits Kyiv on Monday and
Moscow the following day" — where the first happening ends and the next begins, in the word
orders of the languages read (the date before the object, the verb last, the date inside the
verb phrase). ``core.events.happenings`` makes a happening of each part.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import replace
from functools import cache
from types import ModuleType

from core import lang
from core.events.finite import finite_verb, is_finite
from core.events.frames import fronted_frame
from core.events.parse import Sentence, When, token_after, token_at
from core.events.phrase_edges import place_aside
from core.events.phrases import zu_infinitive
from core.events.tokens import Clause, Token
from core.temporal.tense import FUTURE, direction


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def follow_ons(s: Sentence, ordered: list[When]) -> tuple[list[When], list[int]]:
    """The time expressions that open a happening of their own, and where each of the earlier
    ones' happening ends: right after the expression ("on Monday and on Tuesday"); in a
    language that puts the date before the object, at the "and" after the object ("viajará el
    14 de febrero a Ucrania y al día siguiente visitará Rusia"); in one that puts the verb
    last, at the "and" before the next date ("reist am Montag nach Kiew und am folgenden Tag
    nach Moskau"); in one whose dates sit inside the verb phrase, at the "and" a finite verb
    follows ("se rendra le 14 février en Ukraine et visitera la Russie le lendemain")."""
    c = _clauses(s.language)
    kept, cuts = [ordered[0]], []
    for p, w in itertools.pairwise(ordered):
        if _joined_after(s, p):
            cuts.append(token_after(s, kept[-1].timex))
            kept.append(w)
            continue
        join = _join_past_object(s, p, w) if c.JOIN_PAST_OBJECT and p is kept[-1] else None
        if join is None:  # a language that puts the verb last: "und am folgenden Tag nach …"
            join = joined_before(s, p, w)
        if join is None:  # dates inside the verb phrase: "… et visitera la Russie le lendemain"
            join = _join_in_verb_phrase(s, p, w)
        if join is None:  # "was convicted in October of fraud and was jailed a month later"
            join = _and_auxiliary(s, p, w)
        if join is not None:
            cuts.append(join)
            kept.append(w)
    return kept, cuts


def _join_past_object(s: Sentence, p: When, w: When) -> int | None:
    """The "and" between ``p`` and the next time expression ``w``, past a short object with
    no comma or clause of its own ("a Ucrania y al día siguiente"), or None."""
    c = _clauses(s.language)
    start, stop = token_after(s, p.timex), token_at(s.tokens, w.timex.start)
    for k in range(start, min(stop, start + c.LIST_ITEM_REACH + 2)):
        word = s.tokens[k].lower
        if word in c.AND_THEN[:1]:
            return k
        if word in (",", ";") or word in c.OPENERS or k in s.drop:
            return None
    return None


def _join_in_verb_phrase(s: Sentence, when: When, later: When) -> int | None:
    """Where a follow-on that ``later`` dates starts after ``when``, in a language whose dates
    sit inside the verb phrase (``DATE_INSIDE_VERB_PHRASE``: "se rendra le 14 février en
    Ukraine | et visitera la Russie le lendemain"): a coordinator before ``later`` that a
    finite verb follows. None when ``later`` opens no follow-on there."""
    c = _clauses(s.language)
    if not c.DATE_INSIDE_VERB_PHRASE:
        return None
    first, last = token_after(s, when.timex), token_at(s.tokens, later.timex.start)
    for k in range(first, last):
        if s.tokens[k].lower in c.AND_THEN and s.tokens[k].text != ",":
            verb = finite_verb(s.tokens, k, last, s.language)  # from the coordinator on
            return k if verb == k + 1 or conjugated(s.tokens[k + 1].lower, c) else None
        if s.tokens[k].lower in c.BUT and k + 2 < last and s.tokens[k + 1].lower in c.PRONOUNS:
            verb = finite_verb(s.tokens, k + 1, last, s.language)  # "…, mais elle a changé
            return k if verb == k + 2 else None  # d'avis jeudi": the same subject again
    return None


def conjugated(word: str, c: ModuleType) -> bool:
    """A verb form that is neither the lemma nor a participle: "gagnera", not "gagner"."""
    verbs = c.lemmas(word).get("VERB", ())
    return bool(verbs) and word not in verbs and not c.is_participle(word)


def _joined_after(s: Sentence, when: When) -> bool:
    """Whether a follow-on may start after ``when`` ("on Monday and Russia the following
    day"), not the rest of its phrase ("third-quarter [net income fell]")."""
    c = _clauses(s.language)
    k = token_after(s, when.timex)
    return k < len(s.tokens) and s.tokens[k].lower in c.AND_THEN


def joined_before(s: Sentence, previous: When | int, when: When) -> int | None:
    """Where a follow-on starts whose date comes first in it, in a language that puts the
    verb last ("reist am Montag nach Kiew und am folgenden Tag nach Moskau"): at the "und"
    just before the date (None: no such follow-on)."""
    c = _clauses(s.language)
    if not c.VERB_LAST:
        return None
    k = token_at(s.tokens, when.timex.start) - 1
    while k >= 0 and k in s.drop and s.tokens[k].lower not in c.AND_THEN:
        k -= 1  # the date's preposition: "und [am] folgenden Tag" (not "und" itself, which
        # dates take as a list's: "wurde 1979 elektrifiziert | und 1996 automatisiert")
    if k > 0 and is_finite(s.tokens, k, 0, s.language):
        k -= 1  # "und reiste [am Dienstag] weiter": the follow-on's own verb
    after_previous = previous if isinstance(previous, int) else token_after(s, previous.timex)
    if k <= after_previous or s.tokens[k].lower not in c.AND_THEN:
        return None
    if s.tokens[k].text == "," and zu_infinitive(s.tokens, k + 1, len(s.tokens), c):
        return None  # "kündigte an, im April nach China zu reisen": what was announced
    return k


def and_verb_before(s: Sentence, verb: int, when: When) -> int | None:
    """The "and" that opens a second verb phrase holding ``when``, in a language that puts
    the verb before its date: "Hollis studied physics and joined the survey in 1958" — the
    date is the joining's, not the studying's. None when the date follows the clause's verb
    with no such "and" between."""
    c = _clauses(s.language)
    if c.VERB_LAST or c.DATE_INSIDE_VERB_PHRASE:
        return None
    at = token_at(s.tokens, when.timex.start)
    placed = _place_commas(s, verb, at)
    for k in range(at - 1, verb, -1):
        word = s.tokens[k].lower
        if k in s.drop or (word in c.OPENERS and s.tokens[k - 1].lower in c.NEAR_TIME):
            continue  # "… to the surface shortly before dawn": a time phrase, no clause
        if k in placed:
            continue  # "…, and was found at the Newark, N.J., airport in May": the place's
        nxt = s.tokens[k + 1] if k + 1 < at else None
        if word in c.BUT and nxt is not None and (nxt.lower in c.AUX or _past_verb(nxt.text, c)):
            return k  # "will miss the game but could play on May 9": the date is the playing's
        if word in (",", ";") or word in c.OPENERS:
            return None  # a clause or an aside of its own between
        again = k + 2 < at and c.is_participle(s.tokens[k + 2].text)
        if word == c.AND and nxt is not None and nxt.lower in c.BE_PAST | c.HAVE and again:
            return k  # "were treated at X and were discharged on Sunday": a group of its own
        if word == c.AND and nxt is not None and _past_verb(nxt.text, c):
            if c.is_past(s.tokens[k - 1].text) or not _verb_phrase_after(s, k + 2, at, c):
                return None  # "the dismembered and decapitated body": adjectives of a noun
            return k  # "was born in Oslo and moved to Paris in 1945": the moving's date only
        second = word == c.AND and nxt is not None
        second = second and both_present(s.tokens[verb].text, nxt.text, c)
        second = second and not _past_between(s, k + 2, at, c)
        if second and _verb_phrase_after(s, k + 2, at, c) and not nouns_joined(s, k, c):
            return k  # "runs at the Swan until May and transfers to London in June"
        if word == c.AND and nxt is not None and _comma_and_verb(s, k, at, c):
            return k  # "is building a plant, and plans to open it in May": the opening's date
    return None


def _place_commas(s: Sentence, start: int, end: int) -> set[int]:
    """The commas around a place's state between tokens ``start`` and ``end`` ("the Newark,
    N.J., airport"): no clause's edges."""
    found: set[int] = set()
    for j in range(start, end):
        if s.tokens[j].text == "," and (after := place_aside(s.tokens, j, s.language)):
            found.update((j, after - 1))
    return found


def _comma_and_verb(s: Sentence, k: int, at: int, c: ModuleType) -> bool:
    """Whether the "and" at ``k`` follows a comma and opens a verb phrase in the future or the
    present's third person ("…, and will open it in May", "…, and plans to open it in May"):
    a second happening of the subject, whatever tense the first verb has."""
    if s.tokens[k - 1].text != "," or k + 2 > at:
        return False
    word = s.tokens[k + 1]
    if word.lower in c.FUTURE - c.HYPOTHETICAL:  # the verb after the modal, then its phrase
        verb = s.tokens[k + 2]
        return k + 2 < at and verb.text.islower() and "VERB" in c.lemmas(verb.lower)
    return _present_third(word.text, c) and _verb_phrase_after(s, k + 2, at, c)


def _past_between(s: Sentence, a: int, b: int, c: ModuleType) -> bool:
    """Whether a verb in the past stands in ``[a, b)``: "and exports to the Community | rose
    …" (a noun, not a verb), "and falls within a contract | obtained … in 1982" (the date is
    the participle's)."""
    return any(_past_verb(s.tokens[k].text, c) for k in range(a, b) if k not in s.drop)


def nouns_joined(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether the "and" at ``k`` joins two plural nouns ("guarantees and advances on …"),
    the second no verb unless an infinitive follows it ("locations and plans to add")."""
    before, after = s.tokens[k - 1].lower, s.tokens[k + 1].lower
    nouns = c.lemmas(before).get("NOUN", ())
    if not nouns or before in nouns or "NOUN" not in c.lemmas(after):
        return False
    return not (k + 2 < len(s.tokens) and s.tokens[k + 2].lower == c.TO)


def both_present(verb: str, word: str, c: ModuleType) -> bool:
    """Whether a clause's verb and a word after its "and" are both verbs in the present's
    third person ("runs … and transfers"): a second verb phrase, told in the same tense."""
    return all(_present_third(w, c) for w in (verb, word))


def _present_third(word: str, c: ModuleType) -> bool:
    """ "transfers", "opens": a verb's third person present, not its bare form nor a past
    that ends like it ("was")."""
    verbs = c.lemmas(word).get("VERB", ())
    third = any(c.THIRD_PERSON_ENDS) and word.endswith(c.THIRD_PERSON_ENDS) and not c.is_past(word)
    return word.islower() and third and bool(verbs) and word not in verbs


def _verb_phrase_after(s: Sentence, k: int, at: int, c: ModuleType) -> bool:
    """What follows a verb that opens a verb phrase: its date, an article, a possessive, a
    preposition, a particle, a name or a figure ("joined the army", "retired in 1998", "stepped
    down as chair")."""
    if k >= at or k in s.drop:
        return True
    token = s.tokens[k]
    starts = c.DETERMINERS | c.POSSESSIVE_PRONOUNS | c.PREPOSITIONS | c.VERB_PARTICLES
    starts = starts | set(c.PHRASAL_PARTICLES) | c.NEAR_TIME  # "left just after the war"
    # a language without articles opens an object on its adjective or noun: "и заменили
    # повреждённый участок трубы в понедельник"
    bare = not c.ARTICLES and token.text[:1].isalpha()
    return token.lower in starts or token.text[:1].isupper() or token.text[:1].isdigit() or bare


def _past_verb(word: str, c: ModuleType) -> bool:
    """ "joined", "retired", "led": a verb in the past written after "and" — not a noun or
    an adjective that looks like one ("and detailed plans")."""
    return word.islower() and c.is_past(word) and bool(c.lemmas(word).get("VERB"))


def _and_auxiliary(s: Sentence, when: When, later: When) -> int | None:
    """The "and" (or "but") before ``later`` that an auxiliary of the past or a verb in the
    past follows, with no comma or clause between ("convicted in October of fraud | and was
    jailed a month later", "joined in 1983 as a clerk | and retired in 2001"): a second
    happening of the same subject (``AND_AUXILIARY_FOLLOW_ON``). None when there is none."""
    c = _clauses(s.language)
    if not c.AND_AUXILIARY_FOLLOW_ON:
        return None
    first, last = token_after(s, when.timex), token_at(s.tokens, later.timex.start)
    k = first - 1
    while k < last - 2:
        k += 1
        word = s.tokens[k].lower
        joined = (
            word == c.AND or word in c.BUT
        )  # ("but" opens clauses too: an auxiliary or a past must follow)
        if joined and s.tokens[k + 1].lower in c.BE_PAST | c.HAVE:
            return k  # "stalled in May over quotas | but were revived in August"
        if joined and k > first and _opens_past_phrase(s, k, last, c):
            return k  # "appointed MBE in 1991 for services to industry | and stepped down …"
        if word in c.OPENERS and _role_phrase(s, k, last, c):
            continue  # "joined in 1991 as an engineer in its rail division | and became …"
        if word == "," and (close := noun_aside(s, k, last, c)) is not None:
            k = close  # "on 11 October, the last night of the tour, | and then flew home …"
            continue
        if word in (",", ";") or word in c.OPENERS:
            return None
        # "… on Friday for talks | and will travel on to Geneva on Wednesday": a future too
        ahead = c.FUTURE - c.HYPOTHETICAL  # not "would": its day hangs on a past's
        if word == c.AND and (s.tokens[k + 1].lower in ahead or _due_to(s, k + 1, last, c)):
            return k  # "reopens on 6 May | and is due to host a show in July"
    return None


def _due_to(s: Sentence, k: int, at: int, c: ModuleType) -> bool:
    """Whether a present "is" (or "are") at ``k`` and an infinitive's "to" two words on tell
    what is ahead ("is due to reach", "are expected to open"), before token ``at``."""
    present = c.BE - c.BE_PAST - c.NON_FINITE_AUX
    return k + 3 < at and s.tokens[k].lower in present and s.tokens[k + 2].lower == c.TO


def noun_aside(s: Sentence, k: int, at: int, c: ModuleType) -> int | None:
    """The comma closing an aside that opens at the comma ``k`` on a noun phrase with no verb
    of its own and is followed by "and" (or "and then") and a verb in the past before token
    ``at`` ("graduated in 1952, one of three women in her year, | and joined …"); None when
    the comma opens none."""
    close = next((j for j in range(k + 1, at) if s.tokens[j].text in (",", ";")), None)
    if close is None or close + 3 >= at or s.tokens[close + 1].lower != c.AND:
        return None
    if any(s.tokens[j].lower in c.OPENERS | c.COORDINATORS for j in range(k + 1, close)):
        return None
    if finite_verb(s.tokens, k + 1, close, s.language) is not None:
        return None  # "rose in May, fell in June, and …": a list of verb phrases
    if not _opens_phrase_noun(s.tokens[k + 1], c):
        return None
    return close if _opens_past_phrase(s, close + 1, at, c) else None


def _opens_phrase_noun(token: Token, c: ModuleType) -> bool:
    """A noun phrase's first word: a determiner, a number word or a figure."""
    lower = token.lower
    return lower in c.DETERMINERS or lower in c.NUMBER_WORDS or token.text[:1].isdigit()


def _opens_past_phrase(s: Sentence, k: int, at: int, c: ModuleType) -> bool:
    """Whether the "and" (or "but") at ``k`` opens a verb phrase in the past before token
    ``at`` ("and retired in 2012"), not a second adjective of a noun ("the damaged and flooded
    homes"); a past no participle shares ("became", "went") opens one whatever follows it
    ("and became chief executive", "and went public")."""
    then = k + 2 < at and s.tokens[k + 1].lower in c.THEN_WORDS  # "and then flew home"
    verb = s.tokens[k + 1 + then].text
    if not _past_verb(verb, c) or c.is_past(s.tokens[k - 1].text):
        return False
    return not c.is_participle(verb) or _verb_phrase_after(s, k + 2 + then, at, c)


def _role_phrase(s: Sentence, k: int, at: int, c: ModuleType) -> bool:
    """Whether the "as" at ``k`` opens a role with no verb of its own up to the next "and"
    before token ``at`` ("joined in 1991 as an engineer in its rail division | and …"), not a
    clause ("as prices fell") nor "as" before a preposition or a participle ("as from")."""
    if s.tokens[k].lower != c.AS or k + 1 >= at:
        return False
    nxt = s.tokens[k + 1]
    if nxt.lower in c.PREPOSITIONS or _past_verb(nxt.text, c):
        return False
    stop = next((j for j in range(k + 1, at) if s.tokens[j].lower in (c.AND, ",", ";")), at)
    verb = finite_verb(s.tokens, k + 1, stop, s.language)
    while verb is not None and _bare_form(s.tokens[verb].lower, c):
        verb = finite_verb(s.tokens, verb + 1, stop, s.language)  # "the 1974 champion crew"
    return verb is None


def _bare_form(word: str, c: ModuleType) -> bool:
    """A verb's own lemma that is no auxiliary ("crew", "work"): after a singular noun in a
    role it is a noun, no finite verb."""
    return word not in c.AUX and word in c.lemmas(word).get("VERB", ())


def finest(s: Sentence, ordered: list[When]) -> list[When]:
    """A clause's date written in two parts, the year first and the month (or day) in it
    later ("У 2023 році школи закривали на карантин у лютому", "Торік у грудні сталася
    аварія"): one date, the finer part's; a date that is no part of the next stays."""
    kept: list[When] = []
    for k, w in enumerate(ordered):
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if nxt is None or w.until is not None or w.back or w.timex.type != "DATE":
            kept.append(w)
            continue
        inside = nxt.timex.type == "DATE" and nxt.timex.value.startswith(w.timex.value + "-")
        if inside and (_one_phrase(s, w, nxt) or fronted_frame(s, w, nxt)):
            continue  # the year, then the month in it
        framed = _in_year(nxt, w.timex.value, s)
        if framed and nxt.timex.value > framed.timex.value and _ahead(s, nxt):
            framed = None  # "Earnings for 2025 will be reported on February 5": ahead
        if framed is None:
            kept.append(w)
        else:  # "Минулого року ярмарок відкрився 7 листопада": that day of last year
            ordered[k + 1] = framed
    return kept


_YEAR = re.compile(r"\d{4}")
_CALENDAR_DATE = re.compile(r"\d{4}(-\d\d(?:-\d\d)?(?:T[\w:]+)?)")


def _in_year(when: When, year: str, s: Sentence) -> When | None:
    """``when`` moved into ``year`` when the clause names the year first and the date
    without one ("Last year the fair opened on 7 November"); None when ``year`` is no bare
    year, the date writes its own or a word counts it from now ("last November 3")."""
    timex = when.timex
    rest = _CALENDAR_DATE.fullmatch(timex.value)
    if not _YEAR.fullmatch(year) or rest is None or _YEAR.search(timex.text):
        return None
    if not any(ch.isdigit() for ch in timex.text):
        return None  # "last month", "on Saturday": counted from now, not from the year
    steps = lang.words(s.language, "cues").RELATIVE_STEP
    if s.text[: timex.start].lower().endswith(tuple(f"{word} " for word in steps)):
        return None
    if timex.type != "DATE" or when.until is not None or timex.value.startswith(year):
        return None
    value = year + rest.group(1)
    if value[5:10] == "02-29" and not calendar.isleap(int(year)):
        return None
    return replace(when, timex=replace(timex, value=value))


def _ahead(s: Sentence, when: When) -> bool:
    return direction(s.text, when.timex.start, when.timex.end, s.language) == FUTURE


def _one_phrase(s: Sentence, first: When, second: When) -> bool:
    """Whether two dates are parts of one, with no comma or figure between them and the
    second no range's end ("this year through Oct. 19", "earlier in the year …, increasing
    sales in the third quarter": two)."""
    between = s.text[first.timex.end : second.timex.start]
    if any(mark in between for mark in ",;:()") or any(ch.isdigit() for ch in between):
        return False  # (a figure between: "a peak for the season of $17.625 in July", a period)
    words = between.lower().split()
    return not (words and words[-1] in _clauses(s.language).RANGE_JOINERS)


def and_clause(s: Sentence, clause: Clause, when: When) -> Clause | None:
    """The clause a lone date opens after ", and" with a subject and a verb of its own, where
    the language's clause split leaves it inside the first ("Пожарные тушили огонь всю ночь,
    и лишь утром 13 января пламя удалось потушить"); None elsewhere."""
    c = _clauses(s.language)
    if c.AND_OPENS_CLAUSE or c.VERB_LAST or clause.verb is None:
        return None
    at = token_at(s.tokens, when.timex.start)
    joins = [k for k in range(clause.verb + 1, at) if s.tokens[k].lower == c.AND]
    if not joins or s.tokens[joins[-1] - 1].text != ",":
        return None
    k = joins[-1]
    if finite_verb(s.tokens, k + 1, at, s.language) is not None:
        return None  # "…, и прошли в среду": the date is that verb's, and the split's
    verb = finite_verb(s.tokens, token_after(s, when.timex), clause.end, s.language)
    before = [j for j in range(k + 1, at) if j not in s.drop]
    if verb is None or any(s.tokens[j].text == "," for j in range(k + 1, verb)):
        return None
    if before and s.tokens[before[0]].lower in c.PREPOSITIONS:
        return None  # "…, и в пятницу в Москве …": left to the clause's own readings
    return Clause(k, k + 1, clause.end, c.AND, verb)


def comma_clause(s: Sentence, clause: Clause, first: When, second: When) -> Clause | None:
    """The clause a second date's sentence part opens after a bare comma, with a verb of its
    own, where the first part has its own verb and date ("Клуб был основан в 1946 году,
    последний матч команда сыграла в 2004 году"); None elsewhere (and where the language's
    clause split reads such parts itself)."""
    c = _clauses(s.language)
    if c.AND_OPENS_CLAUSE or c.VERB_LAST or clause.verb is None:
        return None
    end_first = token_after(s, first.timex)
    at = token_at(s.tokens, second.timex.start)
    if clause.verb >= token_at(s.tokens, first.timex.start):
        return None  # the first date before the verb: both may be its
    commas = [k for k in range(end_first, at) if s.tokens[k].text == ","]
    if len(commas) != 1:
        return None
    k = commas[0]
    if k + 1 >= len(s.tokens) or s.tokens[k + 1].lower in c.OPENERS | c.COORDINATORS:
        return None  # an opener or "and" is read by the clause split or ``and_clause``
    if finite_verb(s.tokens, end_first, k, s.language) is not None:
        return None
    verb = finite_verb(s.tokens, k + 1, clause.end, s.language)
    if verb is None or verb == k + 1:
        return None  # "…, заявил в среду министр": who said it
    return Clause(k, k + 1, clause.end, ",", verb)
