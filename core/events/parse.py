"""A sentence ready for reading: its tokens, clauses, names and dated time expressions.

``parse_sentence`` cuts a sentence into tokens and clauses (``core.events.phrases``) in its
language; ``core.events.happenings`` and ``core.events.undated`` read what it reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from types import ModuleType

from core import lang
from core.events import anchors
from core.events.box_lines import in_box
from core.events.date_arguments import part_of_date, role_object, subject_clause, whole_tail
from core.events.dated_entries import entry_tokens
from core.events.entities import PERSON, Mention
from core.events.finite import finite_verb, is_finite
from core.events.phrases import quoted
from core.events.sentence_cuts import entry_clauses, sentence_tokens
from core.events.time_words import particle_before_day, words_naming_date
from core.events.tokens import _DASHES, Clause, Token
from core.model import Entity
from core.temporal.tagger import Timex


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@dataclass(frozen=True, slots=True)
class When:
    """The time a happening takes: a point, a range ("from 2014 to 2022") or a span back from
    the publication date ("nearly eight years of fighting")."""

    timex: Timex
    until: Timex | None = None
    back: bool = False  # timex is a duration counted back from the publication date
    period: Timex | None = None  # the counted period timex ends ("the 12 weeks to 6 October")
    of_when_clause: bool = False  # it dates the "when" clause after it ("since 1998, when …")


@dataclass(frozen=True, slots=True)
class Happening:
    title: str
    kind: str
    when: When | None  # None: the sentence gives no date
    entities: tuple[Entity, ...]
    named_only: bool = False  # a noun phrase ("plans for joint exercises"), not a clause
    bare: bool = False  # a report's words alone, no clause read ("Le maire l'a annoncé mardi")


@dataclass
class Sentence:
    """A sentence ready for reading: tokens, clauses, names, and its dated time expressions."""

    text: str
    tokens: list[Token]
    clauses: list[Clause]
    mentions: list[Mention]
    whens: list[When]
    drop: set[int]  # token indices of time expressions and their prepositions
    inside: list[bool]  # which tokens stand inside quotation marks
    language: str

    def plural(self, subject: str) -> bool | None:
        """A subject that is one name is singular, whatever its last letter ("Lopes")."""
        if f" {_clauses(self.language).AND} " in subject:
            return True
        names = {m.short for m in self.mentions} | {m.text for m in self.mentions}
        return False if subject in names else None

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.tokens[a].start, self.tokens[b - 1].end

    def entities(self, ranges: list[tuple[int, int]], extra: list[Mention]) -> tuple[Entity, ...]:
        chars = [self.span(a, b) for a, b in ranges if b > a]
        # (the article's names: those outside every range are passed over without a look at each)
        low, high = min((s for s, _ in chars), default=0), max((e for _, e in chars), default=-1)
        picked = [
            m
            for m in self.mentions
            if low <= m.start
            and m.end <= high
            and any(s <= m.start and m.end <= e for s, e in chars)
        ]
        seen: dict[str, Entity] = {}
        for m in [*extra, *picked]:
            seen.setdefault(m.name, Entity(m.name, m.kind))
        return tuple(seen.values())


def parse_sentence(
    text: str, start: int, end: int, whens: list[When], mentions: list[Mention],
    language: str = "en",
) -> Sentence | None:  # fmt: skip
    """``text[start:end]`` cut into tokens and clauses; None for a quote and its attribution."""
    tokens = sentence_tokens(text, start, end)
    if not tokens:
        return None
    c = _clauses(language)
    tokens = _accent_restored(tokens, c)  # "A l'issue de la réunion, …": the preposition "à"
    plain = _until_uncontracted(tokens, whens, c)  # "didn't reopen until May": as "did not"
    own_line = in_box(text, start, end, language)  # "March 2021 – Works begin" in a box
    entry = entry_tokens(plain, [w.timex for w in whens], c, own_line)  # "- Aug. 29: …"
    # (clauses cut afresh when a contraction was read out: the text's own cut keeps it)
    cut = entry_clauses(text, start, end, language, tokens if plain is tokens else [], entry)
    tokens = entry
    quote_first = tokens[0].text in c.OPEN_QUOTES and not _quoted_name(tokens, language)
    inside = quoted(tokens, language)
    aside = _bracketed(tokens, language)  # "la sala (abrió en 1976)": the aside's date
    at = [token_at(tokens, w.timex.start) for w in whens]
    whens = [w for w, k in zip(whens, at, strict=True) if not (inside[k] or aside[k])]
    drop = dropped(tokens, whens, language)
    parts = [_verb_outside(tokens, p, drop, language) for p in cut]
    parts = [_date_fronted(tokens, p, drop, language) for p in parts]
    if quote_first:
        # a quote and its attribution tell no happening of their own, but a relative after
        # the speaker's name does ("«…», afirmó Luis Mora, que convocó una huelga para el
        # martes")
        relatives = c.RELATIVES | c.PLACE_RELATIVES | {c.THAT}
        parts = [p for p in parts if p.start and not inside[p.start] and p.opener in relatives]
        parts = [
            p
            for p in parts
            if p.verb is not None
            and (_after_person(tokens, p, mentions) or _added_after_saying(tokens, p, c))
        ]
        # a day or month the relative sets ("…, que asumió la capitanía en marzo"), or a
        # date of a relative told in the past ("…, said Ann Lee, who took over in 2017"),
        # not a year that describes ("que hoy tendrá … como vencedor de 1999")
        if not parts or not any(
            _MONTH_OR_DAY_VALUE.match(w.timex.value)
            or _past_relative_date(text, tokens, parts, w, language)
            for w in whens
        ):
            return None
    parts = _dated_head_joined(tokens, _time_cuts_joined(parts, drop), drop)
    return Sentence(text, tokens, parts, mentions, whens, drop, inside, language)


def _bracketed(tokens: list[Token], language: str) -> list[bool]:
    """Which tokens stand inside round brackets that hold a clause of their own ("(abrió en
    1976)"); a time alone in them ("en Canal+ (20.00)") is the sentence's."""
    flags = [False] * len(tokens)
    opened = None
    for k, tok in enumerate(tokens):
        if tok.text == "(":
            opened = k
        elif tok.text == ")" and opened is not None:
            if any(is_finite(tokens, j, opened, language) for j in range(opened + 1, k)):
                flags[opened + 1 : k] = [True] * (k - opened - 1)
            opened = None
    return flags


_MONTH_OR_DAY_VALUE = re.compile(r"^\d{4}-\d\d")


def _past_relative_date(
    text: str, tokens: list[Token], parts: list[Clause], when: When, language: str
) -> bool:
    """Whether ``when`` dates one of ``parts`` whose verb is in the past (not a year that
    names a thing: "…, who won the 1999 cup")."""
    if anchors.cached_role(text, when.timex, language) != anchors.DATES:
        return False
    c = _clauses(language)
    at = token_at(tokens, when.timex.start)
    return any(
        p.start <= at < p.end and p.verb is not None and c.is_past(tokens[p.verb].text)
        for p in parts
    )


def _after_person(tokens: list[Token], part: Clause, mentions: list[Mention]) -> bool:
    """Whether ``part`` opens after a comma that closes a person's name ("…, afirmó Luis
    Mora, que …")."""
    k = part.start - 1
    if k < 1 or tokens[k].text != ",":
        return False
    if any(m.kind == PERSON and m.end == tokens[k - 1].end for m in mentions):
        return True
    # "…, said Ann Hurt, the county prosecutor, who …": the name before the role set off
    j = next((j for j in range(k - 1, max(k - _ROLE_REACH, 0), -1) if tokens[j].text == ","), 0)
    role = tokens[j + 1 : k]
    if j < 1 or not role or not role[0].text.islower() or any(t.text in _QUOTE_MARKS for t in role):
        return False
    return any(m.kind == PERSON and m.end == tokens[j - 1].end for m in mentions)


_ROLE_REACH = 8  # the most words of a role set off after a name
_QUOTE_MARKS = frozenset({'"', "''", "``", "“", "”", "«", "»"})


def _added_after_saying(tokens: list[Token], part: Clause, c: ModuleType) -> bool:
    """Whether ``part`` is what the speaker went on to tell after the quote ("“…,” she said,
    adding that the board would meet in May"): "that" after such a gerund, set off by a comma
    (not "explaining that …", which tells why)."""
    k = part.start
    if k < 2 or tokens[k].lower != c.THAT or tokens[k - 2].text != ",":
        return False
    return tokens[k - 1].lower in c.ADDED_AFTER_QUOTE


def token_at(tokens: list[Token], offset: int) -> int:
    """The index of the token at (or first after) character ``offset``."""
    # (a sentence's tokens stand in text order, their ends rising: a binary search, asked for
    # every date and every word it drops)
    k = bisect_right(tokens, offset, key=_END)
    return k if k < len(tokens) else len(tokens) - 1


_END = attrgetter("end")


def dropped(tokens: list[Token], whens: list[When], language: str) -> set[int]:
    """The tokens of the time expressions and of the words that go with them ("on")."""
    c = _clauses(language)
    prepositions = c.TIMEX_PREPOSITIONS
    drop: set[int] = set()
    for when in whens:
        for timex in (when.timex, when.until):
            if timex is None or _measure(tokens, timex, c):
                continue
            first = token_at(tokens, timex.start)
            if first > 0 and _time_object(tokens[first - 1].lower, c):
                continue  # "spent Friday taping windows": the day is what was spent
            if role_object(tokens, first, token_at(tokens, timex.end), c):
                continue  # "targeted [May 4] as the closing date": what was targeted
            if first > 0 and tokens[first - 1].lower in c.DATE_MODIFIERS | c.DAY_RELATIVES:
                first -= 1  # "on late [Wednesday]", "in calendar [1986]", "last [Sept. 30]"
                drop.add(first)
            pointing = first > 0 and tokens[first - 1].lower in c.DATE_DEMONSTRATIVES
            led = first > 1 and tokens[first - 2].lower in prepositions  # "[в тот] вторник"
            if pointing and (tokens[first - 1].text[:1].isupper() or led):
                first -= 1  # "[That May], the lake rose": the date's, not the subject
                drop.add(first)
            drop.update(k for k, t in enumerate(tokens) if timex.start <= t.start < timex.end)
            if _glued_part(tokens[first], timex, c):
                drop.add(first)  # "at [end-]March": the month's part goes with it
            drop.update(_glued_tail(tokens, timex.end))
            after = token_at(tokens, timex.end)
            drop.update(subject_clause(tokens, first, after, c))  # "as [the year] progresses"
            drop.update(whole_tail(tokens, after, c))  # "over [the year] as a whole"
            drop.update(part_of_date(tokens, first, c))  # "through [the latter part of] June"
            if _restated_weekday(tokens, timex, after, c):
                drop.add(after)  # "consideró hoy, lunes, que …": the restatement's own comma
            if after < len(tokens) and tokens[after].lower in c.DATE_STRESS_AFTER:
                drop.add(after)  # "hoy [mismo]", "esta noche [mismo]": the time's own stress
            day_word = after < len(tokens) and tokens[after].lower in c.DAY_NUMBER_WORDS
            spaced = day_word and tokens[after].start - timex.end == 1
            if spaced and _MONTH_VALUE.match(timex.value):
                drop.add(after)  # "for June eight": the day written out
            article = first > 1 and tokens[first - 1].lower in c.DATE_ARTICLES
            if article and tokens[first - 2].lower in prepositions:
                first -= 1  # German "für den [15. Januar]"
                drop.add(first)
            # "in its [fourth quarter]": the owner goes with the date, or dangles
            naming = words_naming_date(tokens, first, token_at(tokens, timex.end), language)
            drop.update(range(first - naming, first))
            first -= naming
            if first > 0 and tokens[first - 1].lower in c.NEGATED_UNTIL:
                drop.update(_negation_before(tokens, first - 1, c))  # "did [not] … until May"
            near = first > 1 and tokens[first - 2].lower in c.NEAR_TIME
            if near and tokens[first - 1].lower in c.BARE_OPENERS & c.PREPOSITIONS:
                drop.update((first - 2, first - 1))  # "[shortly after] midnight"
            if first > 0 and tokens[first - 1].lower in prepositions:
                if _compound_modifier(tokens, timex, c) or _year_modifier(tokens, first, timex, c):
                    continue  # "will add to [first-quarter] growth": the preposition is the verb's
                if particle_before_day(tokens, first, language):
                    continue  # "were handed in [the same day]": the participle's particle
                drop.add(first - 1)
                lead = first > 1 and tokens[first - 2].lower in c.DATE_PREPOSITION_LEADS
                only = c.DATE_LEADS_ONLY_BEFORE or prepositions  # "up | in": the verb's
                lead = lead and tokens[first - 1].lower in only  # "(up) to April 2"
                verb = first > 2 and c.is_past(tokens[first - 3].text) and not c.VERB_LAST
                if lead and not verb:  # "showed up [on Tuesday]": the verb's particle
                    drop.add(first - 2)  # "invited tenders [up to April 2]"
    for when in whens:
        drop.update(_range_words(tokens, when, c))
    drop.update(_aside_in_verb_group(tokens, c))
    for a, b in _runs(drop):
        if _modifies_noun(tokens, a, b, c):
            drop -= set(range(a, b))
    return drop


def _aside_in_verb_group(tokens: list[Token], c: ModuleType) -> list[int]:
    """The words of a fixed aside between an auxiliary and its participle, no comma around it
    ("a en effet appelé", "a pour sa part demandé", "has in fact agreed"): no word of the verb
    group, left out as a date's are."""
    found: list[int] = []
    aux, asides = c.AUX, _split_asides(c.FIXED_ASIDES)
    for k, token in enumerate(tokens[:-2]):
        if token.lower not in aux:
            continue
        for words in asides.get(tokens[k + 1].lower, ()):
            after = k + 1 + len(words)
            if after < len(tokens) and tuple(t.lower for t in tokens[k + 1 : after]) == words:
                if tokens[after].text.isalpha() and tokens[after].text.islower():
                    found.extend(range(k + 1, after))
                break
    return found


@cache
def _split_asides(asides: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The asides' words, by their first word (in the data's order)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for aside in asides:
        words = tuple(aside.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in by_first.items()}


def _range_words(tokens: list[Token], when: When, c: ModuleType) -> list[int]:
    """The words that join a range's two ends ("June 4 [to] 12", "les 7 [et] 8 mars"), and
    the article a list of days opens with ("[les] 7 et 8 mars"): the range's, like its ends."""
    if when.until is None:
        return []
    first, last = token_at(tokens, when.timex.end), token_at(tokens, when.until.start)
    joiners = set(c.RANGE_JOINERS) | {c.AND}
    between = list(range(first, last))
    if not between or len(between) > 2 or any(tokens[k].lower not in joiners for k in between):
        return []
    opener = token_at(tokens, when.timex.start) - 1
    opens = opener >= 0 and tokens[opener].lower in c.RANGE_ARTICLES
    return between + [opener] * opens


def _time_object(lower: str, c: ModuleType) -> bool:
    """Whether a word is a form of a verb whose object may be a time ("spent Friday …"), not
    its gerund, a noun before the date more often ("capital spending this year")."""
    if lower.endswith(c.GERUND):
        return False
    return bool(c.TIME_OBJECT_VERBS.intersection(c.lemmas(lower).get("VERB", ())))


def _until_uncontracted(tokens: list[Token], whens: list[When], c: ModuleType) -> list[Token]:
    """``tokens`` with an auxiliary written with its negation before "until" and a date read
    as the auxiliary alone ("didn't reopen until May" → "did reopen"), as the negation of
    "did not reopen until May" goes (``_negation_before``): not before then, so then."""
    ending = c.NEGATED_AUX_ENDING
    # (the words joined by a mark no ending holds: the ending is in one of them or in none)
    if not ending or ending not in "\0".join([t.lower for t in tokens]).replace("’", "'"):
        return tokens
    tokens = list(tokens)
    for when in whens:
        k = token_at(tokens, when.timex.start)
        if not 0 < k < len(tokens) or tokens[k - 1].lower not in c.NEGATED_UNTIL:
            continue
        for j in range(k - 2, -1, -1):
            if tokens[j].text in (",", ";") or tokens[j].lower in c.OPENERS:
                break
            lower = tokens[j].lower.replace("’", "'")
            if not lower.endswith(ending):
                continue
            stem = lower[: -len(ending)]
            aux = c.CONTRACTED_AUX.get(stem, stem)
            if aux in c.AUX:
                text = tokens[j].text[: len(aux)] if aux.startswith(stem) else aux
                tokens[j] = Token(tokens[j].start, tokens[j].end, text)
            break
    return tokens


def other_until_negations(s: Sentence, when: When | None) -> set[int]:
    """The negations ``s.drop`` holds for an "until" date other than ``when``'s: "told the
    company in February that the line would [not] be ready until 2026" is dated February, and
    its title keeps "not"; dated by the "until", "did not reopen until May" reopened then."""
    c = _clauses(s.language)
    negations = {k for k in s.drop if s.tokens[k].lower in c.NEGATIONS}
    if not negations or when is None:
        return set()
    return negations - dropped(s.tokens, [when], s.language)


def _negation_before(tokens: list[Token], k: int, c: ModuleType) -> set[int]:
    """ "did not reopen until May", "are not expected to start until June": not before then,
    so then; the negation after an auxiliary, in the clause of the "until" at ``k``."""
    for j in range(k - 1, 0, -1):
        if tokens[j].text in (",", ";") or tokens[j].lower in c.OPENERS:
            return set()
        if tokens[j].lower in c.NEGATIONS and tokens[j - 1].lower in c.AUX:
            return {j}
    return set()


_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")


def _measure(tokens: list[Token], timex: Timex, c: ModuleType) -> bool:
    """A duration that measures a noun after it stays in the title: French "a requis [trois
    ans] de prison", Spanish "a seis años de prisión" (``DURATION_OF``)."""
    after = token_at(tokens, timex.end)
    return (
        timex.value.startswith("P")
        and after < len(tokens)
        and tokens[after].start >= timex.end
        and tokens[after].lower in c.DURATION_OF
    )


def _accent_restored(tokens: list[Token], c: ModuleType) -> list[Token]:
    """``tokens`` with a capital the writer left unaccented at the sentence's start read as
    the word it stands for ("A l'issue de …", "A Paris, …": "à", no "a" of "avoir"), unless a
    participle or a verb's pronoun follows it ("A-t-il …")."""
    word = c.UNACCENTED_CAPITALS.get(tokens[0].text)
    if word is None or len(tokens) < 2:
        return tokens
    after = tokens[1].text
    if after[:1] == "-" or c.is_participle(after) or c.is_past(after):
        return tokens
    first = Token(tokens[0].start, tokens[0].end, tokens[0].text)
    object.__setattr__(first, "lower", word)
    return [first, *tokens[1:]]


def _restated_weekday(tokens: list[Token], timex: Timex, after: int, c: ModuleType) -> bool:
    """Whether ``timex`` ends on a weekday restating the day before its comma and a comma
    closes it ("hoy, lunes, que …", "ayer, domingo, en …"): that comma is the date's."""
    if after >= len(tokens) or tokens[after].text != "," or "," not in timex.text:
        return False
    first = token_at(tokens, timex.start)
    if first > 0 and tokens[first - 1].text == ",":
        return False  # "aplazó, ayer, domingo, la subida": an aside between two commas
    return tokens[after - 1].lower in c.SPEECH_DAYS


def _glued_tail(tokens: list[Token], end: int) -> list[int]:
    """Tokens written onto a time expression's end ("June 20[-30]", "1986[/87]"): its rest."""
    tail: list[int] = []
    k = token_at(tokens, end)
    while k < len(tokens) and tokens[k].start == end and not tokens[k].text[:1].isalpha():
        if tokens[k].text in (",", ".", ";", ":"):
            break
        tail.append(k)
        end = tokens[k].end
        k += 1
    ending = k < len(tokens) and tokens[k].start == end and tail and tokens[tail[-1]].text == "-"
    if (
        ending
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and len(tokens[k].text) <= 2
    ):
        tail.append(k)  # "у 2005-му", "с 1990-х": a year's case ending
    return tail


def _runs(indices: set[int]) -> list[tuple[int, int]]:
    """Consecutive indices as ``[a, b)`` ranges."""
    runs: list[tuple[int, int]] = []
    for k in sorted(indices):
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def _modifies_noun(tokens: list[Token], a: int, b: int, c: ModuleType) -> bool:
    """A time expression that is a word of a noun phrase stays in the title: "this week's
    meeting", "the drop in March construction employment" (dropped, the phrase would break)."""
    if b >= len(tokens):
        return False
    opens = tokens[a].lower in c.PREPOSITIONS
    owner = not opens and a > 0 and tokens[a - 1].lower in c.POSSESSIVE_DETERMINERS  # "the [Nov.]
    if owner and tokens[b].lower in c.RANGE_JOINERS:  # and Dec. contracts": cut, "the" dangles
        return tokens[max(a - 2, 0)].lower not in c.RANGE_OPENERS  # (a "from the … to" range: cut)
    if tokens[b - 1].lower.endswith(c.POSSESSIVE_ENDINGS):
        return not opens  # "since last July's peak" goes whole with its preposition
    return opens and a > 0 and _common_noun(tokens[a - 1], c) and _common_noun(tokens[b], c)


def _glued_part(token: Token, timex: Timex, c: ModuleType) -> bool:
    """Whether ``token`` is a month's part glued by a hyphen to the date starting inside it
    ("end-March": "end-" and the month "March")."""
    if not token.start < timex.start < token.end:
        return False
    part = token.text[: timex.start - token.start]
    return part.endswith("-") and part[:-1].lower() in c.DATE_GLUED_PARTS


def _compound_modifier(tokens: list[Token], timex: Timex, c: ModuleType) -> bool:
    """A hyphenated time expression before a noun ("first-quarter economic growth",
    "year-end figures"): an adjective of that noun, its preposition is not the date's."""
    after = token_at(tokens, timex.end)
    if "-" not in tokens[token_at(tokens, timex.start)].text or after >= len(tokens):
        return False
    word = tokens[after]
    if word.lower in c.PREPOSITIONS:
        return False  # "will reopen in mid-May after repairs": "after" opens a phrase of its own
    return word.text.islower() and bool({"NOUN", "ADJ"} & set(c.lemmas(word.lower)))


def _year_modifier(tokens: list[Token], first: int, timex: Timex, c: ModuleType) -> bool:
    """A bare year or month before a noun inside a clause, after a preposition that dates
    nothing with a bare year (``YEAR_NOUN_PREPOSITIONS``: "was commenting on [1986] results", "sold
    £5m of [2031] bonds"): the noun's, its preposition the verb's; not a fronted date, nor
    one whose noun opens a clause of its own ("said on 1986 sales it would …")."""
    after = token_at(tokens, timex.end)
    if after + 1 >= len(tokens) or after != first + 1:
        return False
    month = tokens[first].text.isalpha() and bool(_MONTH_VALUE.match(timex.value))
    if not month and not _YEAR.fullmatch(tokens[first].text):
        return False  # (a month: "bought wheat for [April] shipment")
    if tokens[first - 1].lower not in c.YEAR_NOUN_PREPOSITIONS:
        return False  # ("a treaty signed in [1996] remains in force": "in" dates the verb)
    if first < 2 or not tokens[first - 2].text.isalpha() or not tokens[first - 2].text.islower():
        return False
    if _common_noun(tokens[first - 2], c) and "VERB" not in c.lemmas(tokens[first - 2].lower):
        return False  # "the deadline for [October] bills": the phrase stays whole (below)
    nxt = tokens[after + 1].lower
    if tokens[after].lower in c.TITLE_CLAUSE_LINKS or nxt in c.AUX or c.is_past(nxt):
        return False
    if _common_noun(tokens[after], c):
        return True
    # a gerund naming the trade the date is for ("for [April] shipping"), no verb taking an
    # object ("profit for [1987] totalling 5 mln")
    word = tokens[after]
    gerund = word.text.islower() and word.lower.endswith(c.GERUND)
    return gerund and not nxt[:1].isdigit() and nxt not in c.DETERMINERS


_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _common_noun(token: Token, c: ModuleType) -> bool:
    lower = token.lower
    if not token.text.islower() or lower in c.AUX or lower in c.PREPOSITIONS:
        return False
    if lower in c.COORDINATORS or lower in c.OPENERS or lower in c.DETERMINERS:
        return False
    if lower in c.ADVERBS:
        return False  # "уже [в следующем году] компания": no noun the date describes
    return "NOUN" in c.lemmas(lower) and not c.is_past(lower)


def token_after(s: Sentence, timex: Timex) -> int:
    """Index of the first token after ``timex``."""
    return max((k for k, t in enumerate(s.tokens) if t.start < timex.end), default=-1) + 1


def lexical_verb(s: Sentence, clause: Clause) -> int:
    """The main verb of the clause's verb group ("visit" in "would visit")."""
    c = lang.words(s.language, "clauses")
    k = clause.verb or clause.body
    if c.VERB_LAST:  # "wird am Montag nach Kiew reisen": the last verb of the clause
        last = (
            j
            for j in range(clause.end - 1, k, -1)
            if s.tokens[j].text.islower()
            and s.tokens[j].lower not in c.AUX
            and "VERB" in c.lemmas(s.tokens[j].lower)
        )
        return next(last, k)
    while k < clause.end - 1 and (
        s.tokens[k].lower in c.AUX
        or s.tokens[k].lower in c.ADVERBS
        or k in s.drop
        or _manner_adverb(s, k, c)
    ):
        k += 1
    return k


def _manner_adverb(s: Sentence, k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is an adverb of manner before a verb of its group ("ont été
    | légèrement | blessés", "were | badly | hurt"): a word of the language's adverb endings
    (``MANNER_ADVERB_ENDINGS``) that is no verb, with a verb right after it."""
    word = s.tokens[k].lower
    if not c.MANNER_ADVERB_ENDINGS or not word.endswith(c.MANNER_ADVERB_ENDINGS):
        return False
    if k + 1 >= len(s.tokens) or "VERB" in c.lemmas(word):
        return False
    after = s.tokens[k + 1]
    return after.text.islower() and ("VERB" in c.lemmas(after.lower) or c.is_participle(after.text))


def kept_text(s: Sentence, a: int, b: int) -> str:
    """The words of tokens ``a`` to ``b``, the dropped time expressions left out."""
    return " ".join(t.text for k, t in enumerate(s.tokens[a:b], a) if k not in s.drop)


def _verb_outside(tokens: list[Token], clause: Clause, drop: set[int], language: str) -> Clause:
    """ "Il y a trente ans, le pont s'est effondré": the "a" of a time expression is not the
    clause's verb; the first finite verb after the expression is."""
    if clause.verb is None or clause.verb not in drop:
        return clause
    verb = next(
        (k for k in range(clause.verb + 1, clause.end)
         if k not in drop and is_finite(tokens, k, clause.body, language)),
        None,
    )  # fmt: skip
    return Clause(clause.start, clause.body, clause.end, clause.opener, verb)


def _date_fronted(tokens: list[Token], clause: Clause, drop: set[int], language: str) -> Clause:
    """ "Last spring the river rose again, to within …": a date fronted with no comma after
    it; the clause goes on at its subject, not past a later comma."""
    if clause.verb is not None or clause.body == clause.start:
        return clause
    subject = next((k for k in range(clause.start, clause.body) if k not in drop), clause.body)
    if subject == clause.start or subject >= clause.body - 1:
        return clause
    comma = next(k for k in range(subject, clause.end) if tokens[k].text == "," or k == clause.body)
    verb = finite_verb(tokens, subject, comma, language)
    return (
        clause if verb is None else Clause(clause.start, subject, clause.end, clause.opener, verb)
    )


def _time_cuts_joined(parts: list[Clause], drop: set[int]) -> list[Clause]:
    """ "La direction a annoncé il y a deux semaines la suppression de postes": a clause cut
    with no opener word where a time expression begins, whose only verb is the expression's
    ("a"), goes on the clause before it."""
    joined: list[Clause] = []
    for part in parts:
        if joined and part.start in drop and part.body == part.start and part.verb is None:
            last = joined[-1]
            joined[-1] = Clause(last.start, last.body, part.end, last.opener, last.verb)
        else:
            joined.append(part)
    return joined


def _dated_head_joined(tokens: list[Token], parts: list[Clause], drop: set[int]) -> list[Clause]:
    """An entry of a timeline ("- Sept. 8: County declares an emergency", "May 2021 – Tunnel
    boring begins"): a sentence that opens on a date alone, set off by a colon or a dash, tells
    the happening after it on that date; the date and its clause are one."""
    if len(parts) < 2 or parts[0].verb is not None or parts[1].verb is None:
        return parts
    head, entry = parts[0], parts[1]
    words = [k for k in range(head.start, head.end) if tokens[k].text[:1].isalnum()]
    if not words or any(k not in drop for k in words):
        return parts
    if tokens[entry.start].text not in {":", *_DASHES}:
        return parts
    return [Clause(head.start, entry.body, entry.end, "", entry.verb), *parts[2:]]


# A quoted name is short: "«Полтавбуд» подав позов", "“Jaws” opened in 1975".
_NAME_WORDS = 4


def _quoted_name(tokens: list[Token], language: str) -> bool:
    """Whether the quotation mark opening a sentence opens a name, not a quote: it closes
    within a few words, and a word follows it (no comma or dash of an attribution)."""
    c = _clauses(language)
    close = next(
        (
            k
            for k in range(1, min(len(tokens), _NAME_WORDS + 2))
            if tokens[k].text in c.CLOSE_QUOTES
        ),
        None,
    )
    if close is None or close + 1 >= len(tokens) or close == 1:
        return False
    after = tokens[close + 1].text
    return after[:1].isalpha() and tokens[1].text[:1].isupper()
