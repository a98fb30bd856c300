"""A last look at each finished title's structure: one clause of its sentence, or that clause
as written.

The title builders compress a clause; now and then the compression joins what the sentence
kept apart. Each title is laid back over its sentence's tokens (its words in the sentence's
order; the parser's own clause cuts are no judge here, since a fused title mostly comes from
a cut gone wrong), and it fails when

- it holds the verbs of two clauses and leaves out what joined them ("The fund needs backing
  will vote": "… from the board, which will vote …"; "The bill passes would apply": "if the
  bill passes, the fee would apply");
- its subject is a pronoun whose noun is the teller's just before it ("They would hold a
  vote": "The tenants said they would hold a vote");
- it is a subject alone, its aside and verb left out ("The injured climber": "…, a retired
  nurse, flew home");
- it stops on the object of a verb that wants an infinitive after it ("Officials urged all
  campers": "… to leave");
- it ends on an article, a coordinator, a possessive or a preposition that follows no verb
  ("… signed and", "… a rise in").

A failing title gives way to the sentence's own words, in order, from the clause's subject
through the verb the title lost and on to the old title's last word or the next phrase
boundary, within ``MAX_CHARS`` + ``OVERFLOW_CHARS``; an order's object takes its infinitive
after it ("Officials urged all campers to leave the site"). When no such cut fits, or it
opens on a pronoun, the title stays as it was. Dates are not touched: the check runs on
finished events.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events.sentence_cuts import sentence_tokens
from core.events.title_ends import MAX_CHARS, OVERFLOW_CHARS
from core.events.tokens import Token
from core.model import Event

Tokens = list[Token] | tuple[Token, ...]
_STRIP = "\"'“”‘’«».,;:!?()[]"


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _openers(c: ModuleType) -> frozenset[str]:
    """Words that open a phrase or a clause: a title or a cut may not end on one; made once."""
    return frozenset(
        c.PREPOSITIONS | c.ARTICLES | c.COORDINATORS | c.POSSESSIVE_PRONOUNS | c.RELATIVES
    ) | frozenset((*c.SUBORDINATORS, c.TO, c.THAT))


@cache
def _closed_ends(c: ModuleType) -> frozenset[str]:
    """Words a title never ends on, whatever stands before them ("the", "and", "its")."""
    return frozenset(c.ARTICLES | c.COORDINATORS | c.POSSESSIVE_PRONOUNS | c.RELATIVES) | {c.TO}


@cache
def _content_verbs(c: ModuleType) -> frozenset[str]:
    """Verbs whose object is a clause ("said prices will rise"): two verbs, one title."""
    return frozenset(
        c.SPEECH_VERBS | c.TELL_VERBS | c.SHOWING_VERBS | c.INTENT_VERBS | c.ESTIMATE_VERBS
    ) | frozenset(c.FORESEEING_VERBS | c.TITLE_OBJECT_VERBS)


@cache
def _pronouns(c: ModuleType) -> frozenset[str]:
    return frozenset(c.PRONOUNS | c.EXPLETIVES)


@cache
def _function_words(c: ModuleType) -> frozenset[str]:
    return frozenset(c.FUNCTION_WORDS | c.AUX | c.PREPOSITIONS | c.ARTICLES)


def structured(events: list[Event], text: str, language: str) -> list[Event]:
    """``events`` with each title that fails the check retold in its clause's own words."""
    c = _clauses(language)
    if not c.TITLE_STRUCTURE:
        return events
    return [_checked(e, text, language, c) for e in events]


def _checked(event: Event, text: str, language: str, c: ModuleType) -> Event:
    tokens = sentence_tokens(text, event.char_start, event.char_end)
    if not tokens:
        return event
    title = retold(event.title, tokens, text, c)
    return replace(event, title=title) if title else event


def retold(title: str, tokens: Tokens, text: str, c: ModuleType) -> str:
    """The clause as written for a ``title`` that fails the check; "" when it passes or no
    cut of the clause reads whole."""
    words = title.split()
    if len(words) < 2 or not _may_fail([w.lower().strip(_STRIP) for w in words], c):
        return ""
    at = aligned(words, tokens, c)
    fault = title_fault(words, at, tokens, c)
    if fault is None:
        return ""
    begin, reach = fault
    if begin < 0:  # the title, then the sentence's words from token ``reach`` on
        return continued(title, text, tokens, reach, c)
    return as_written(text, tokens, begin, reach, c, end=max(at))


def _may_fail(lower: list[str], c: ModuleType) -> bool:
    """Whether the title's own words allow any of the faults (most titles' do not, and are
    not laid over their sentence at all)."""
    if lower[0] in c.PRONOUNS or lower[-1] in _closed_ends(c) or lower[-1] in c.PREPOSITIONS:
        return True
    if lower[-1] in c.PARTITIVES or lower[-1].rstrip("s") in _units(c):
        return True
    kinds = [_kind(w, c) for w in lower]
    if any(k & _WANTS_INFINITIVE for k in kinds[:-1]):
        return True
    if lower[0] in c.DETERMINERS and not any(k & _VERB_ONLY for k in kinds):
        return True
    finite = [j for j, w in enumerate(lower) if j > 1 and w in c.AUX]
    return bool(finite) and any(
        k & _VERB_LIKE and not k & _TAKES_CLAUSE for k in kinds[1 : finite[-1]]
    )


def aligned(words: list[str], tokens: Tokens, c: ModuleType) -> list[int]:
    """Token index of each title word in the sentence, in order; -1 for a word the title
    added ("was", a name put for "she"). Content words are placed first, each at its next
    occurrence; a function word then at its occurrence nearest before the next placed word."""
    lower = [w.lower().strip(_STRIP) for w in words]
    where: dict[str, list[int]] = {}
    for k, token in enumerate(tokens):
        where.setdefault(token.lower, []).append(k)
    functions = _function_words(c)
    at = [-1] * len(words)
    cursor = 0
    for i, word in enumerate(lower):
        if word in functions or word not in where:
            continue
        spots = where[word]
        n = bisect_left(spots, cursor)
        if n < len(spots):
            at[i] = spots[n]
            cursor = spots[n] + 1
    low = 0
    for i, word in enumerate(lower):
        if word not in functions:
            low = at[i] + 1 if at[i] >= 0 else low
            continue
        spots = where.get(word)
        if not spots:
            continue
        high = next((k for k in at[i + 1 :] if k >= 0), len(tokens))
        n = bisect_left(spots, high) - 1
        if n >= 0 and spots[n] >= low:
            at[i] = low = spots[n]
            low += 1
    return at


def title_fault(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """None when the title reads as one clause of its sentence; else the token the clause as
    written starts at and the token it must reach to hold what the title lost."""
    placed = [k for k in at if k >= 0]
    if len(placed) < 2 or len(placed) * 2 < len(words):
        return None  # a title retold in other words ("did reopen" → "reopened"): not laid over
    return (
        _fused(words, at, tokens, c)
        or _reported_pronoun(words, at, tokens, c)
        or _bare_subject(words, at, tokens, c)
        or _before_infinitive(words, at, tokens, c)
        or _before_its_phrase(words, at, tokens, c)
        or _dangling(words, at, c)
    )


def _verb_like(word: str, c: ModuleType) -> bool:
    """A word that may be a finite verb: an auxiliary, a past, a verb's "-s" form."""
    return bool(_kind(word.lower().strip(_STRIP), c) & _VERB_LIKE)


def _verb_only(word: str, c: ModuleType) -> bool:
    """A word that may be a finite verb and never a noun ("returned", not "crew", "needs")."""
    return bool(_kind(word.lower().strip(_STRIP), c) & _VERB_ONLY)


_VERB, _VERB_LIKE, _VERB_ONLY, _TAKES_CLAUSE, _WANTS_INFINITIVE = 1, 2, 4, 8, 16


@lru_cache(maxsize=8192)
def _kind(lower: str, c: ModuleType) -> int:
    """What a word may be, as flags (its lemmas looked up once): a verb, one that may be
    finite, one that is never a noun, one whose object is a clause ("said"), one that wants
    an object and an infinitive ("ordered")."""
    if lower in c.AUX:
        return 0 if lower in c.NON_FINITE_AUX else _VERB | _VERB_LIKE | _VERB_ONLY
    forms = c.lemmas(lower)
    verbs = set(forms.get("VERB", ()))
    if not verbs:
        return 0
    kind = _VERB
    if c.is_past(lower) or lower.endswith("s"):
        kind |= _VERB_LIKE | (0 if "NOUN" in forms else _VERB_ONLY)
    kind |= _TAKES_CLAUSE if verbs & _content_verbs(c) else 0
    return kind | (_WANTS_INFINITIVE if verbs & c.OBJECT_INFINITIVE_VERBS else 0)


def _fused(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """Two clauses' verbs with nothing that joins them: "The fund needs backing | will vote"
    ("… from the board, which will vote"), "The bill passes | would apply" ("if the bill
    passes, the rule would apply"); not a subject's aside ("The fund, set up in 2001, | will
    vote"), a list ("Roads[, rail and ports] were shut") nor "said prices would rise"."""
    for j in range(2, len(words)):
        lower = words[j].lower()
        if lower not in c.AUX or lower in c.NON_FINITE_AUX or at[j] < 0 or at[j - 1] < 0:
            continue
        gap = [t.lower for t in tokens[at[j - 1] + 1 : at[j]]]
        while gap and gap[-1] in c.ADVERBS:
            gap.pop()  # "…, is now due": the aside still closed by its comma
        if not gap or gap[-1] == "," or set(gap) & c.COORDINATORS or _content_verb(gap, c):
            continue  # an aside closed before the verb, a list, a report ("said it")
        # (not "as of March 31", "after all": a preposition's)
        joins = {w for w, nxt in pairwise([*gap, ""]) if w in _joiners(c) and nxt not in
                 c.PREPOSITIONS}  # fmt: skip
        relative = bool(joins & c.RELATIVES)
        if "," not in gap and not joins:
            continue
        # (the relative's noun is the title's last word before it: "wardens, who will …")
        verbs = [w for w in words[1 : j - 1 if relative else j] if _verb_like(w, c)]
        if not verbs or _content_verb([w.lower() for w in verbs], c):
            continue
        if relative:  # "…, which will vote": the relative's noun before it
            return next(k for k in at if k >= 0), at[j] + 1
        cut = max(k for k, t in enumerate(gap) if t == "," or t in joins)
        if all(_date_word(t, c) for t in gap[cut + 1 :]):
            continue  # "held in Lima [since May] were freed": a date the title left out
        return at[j - 1] + 2 + cut, at[j] + 1
    return None


def _date_word(lower: str, c: ModuleType) -> bool:
    """A word of a time expression: "May", "Monday", "2020", "summer", "week"."""
    return lower[:1].isdigit() or lower in _calendar_words(c)


@cache
def _calendar_words(c: ModuleType) -> frozenset[str]:
    calendar = lang.words(c.__name__.split(".")[-2], "calendar")
    return frozenset(
        {*calendar.MONTHS, *calendar.WEEKDAYS, *calendar.SEASONS, *c.TIME_WORDS, *c.TIME_UNITS}
    )


def _content_verb(words: list[str], c: ModuleType) -> bool:
    """Whether one of ``words`` is a verb whose object is a clause ("said", "found")."""
    return any(_kind(w, c) & _TAKES_CLAUSE for w in words)


@cache
def _joiners(c: ModuleType) -> frozenset[str]:
    """Words that open a relative or subordinate clause ("which", "after", "if")."""
    return frozenset(c.RELATIVES | c.SUBORDINATORS | c.CONDITION_OPENERS)


def _reported_pronoun(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """A pronoun subject whose noun is the teller's right before it: "They would hold a
    vote" ("The tenants said they would hold a vote") → the teller's clause as written."""
    if words[0].lower() not in c.PRONOUNS or at[0] < 1:
        return None
    verb = at[0] - 1
    if tokens[verb].lower == c.THAT and verb > 0:
        verb -= 1  # "said that they …"
    if not _content_verb([tokens[verb].lower], c):
        return None
    begin = verb
    while (
        begin > 0
        and tokens[begin - 1].text not in _STOPS
        and tokens[begin - 1].lower not in _joiners(c)
    ):
        begin -= 1
    if begin == verb or tokens[begin].lower in _pronouns(c):
        return None
    if any(t.lower in c.PREPOSITIONS for t in tokens[begin:verb]):
        return None  # ("The spokesman for the dockers said they": whom "they" means, unsure)
    return begin, max(k for k in at if k >= 0)


def _bare_subject(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """A subject alone, its aside and verb left out: "The injured climber" ("…, a retired
    nurse, flew home on Sunday")."""
    if at[0] < 0 or any(at[i + 1] != at[i] + 1 for i in range(len(at) - 1)):
        return None
    if words[0].lower() not in c.DETERMINERS or any(_verb_only(w, c) for w in words):
        return None  # ("Final report", "Light automated": a box's line)
    if any(_verb_like(w, c) and _object_start(n, c) for w, n in pairwise(words)):
        return None  # "The firm cut its forecast", "Sales fell 10 pct": a verb and its object
    after = at[-1] + 1
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    for k in range(after + 1, len(tokens) - 1):
        if tokens[k].lower in _joiners(c) or tokens[k].text in _STOPS - {","}:
            return None  # ("…, which pressed banks": the noun's relative)
        if tokens[k].text.islower() and _verb_like(tokens[k].text, c):
            said = _content_verb([tokens[k].lower], c)  # ("…, said an official": a report)
            return (at[0], k) if tokens[k - 1].text == "," and not said else None
    return None


def _object_start(word: str, c: ModuleType) -> bool:
    """A word that opens a verb's object: a determiner or a number ("its", "10")."""
    lower = word.lower()
    return lower in c.DETERMINERS or lower[:1].isdigit() or lower in c.NUMBER_WORDS


def _before_infinitive(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """An object whose verb wants an infinitive after it: "Officials urged all campers" ("…
    of the site to leave by noon"); the title goes on with the infinitive."""
    wants = [i for i, w in enumerate(words[:-1]) if _kind(w.lower(), c) & _WANTS_INFINITIVE]
    if not wants or at[-1] < 0:
        return None
    rest = [w.lower() for w in words[wants[-1] + 1 :]]
    if c.TO in rest or any(_verb_only(w, c) for w in rest):
        return None  # "forced to close", "told staff the plant would close": not wanting
    for k in range(at[-1] + 1, min(len(tokens) - 1, at[-1] + _INFINITIVE_REACH)):
        lower = tokens[k].lower
        if lower in _STOPS or lower in c.TITLE_INFINITIVE_BREAKS or _verb_like(lower, c):
            return None  # ("ask Congress for money to cover …": the money's purpose)
        if lower == c.TO and _kind(tokens[k + 1].lower, c) & _VERB:
            return -1, k
    return None


_INFINITIVE_REACH = 10  # words between an object's head and its infinitive ("… of the village")
_STOPS = frozenset(",;:()–—")


def _before_its_phrase(
    words: list[str], at: list[int], tokens: Tokens, c: ModuleType
) -> tuple[int, int] | None:
    """A title cut before the phrase its last words need: a share before its "of" ("spent
    the rest [of the year …]"), a count of days before what they count from ("until 21
    days [after the last case]"); the title goes on with that phrase."""
    last, after = words[-1].lower(), at[-1] + 1
    if at[-1] < 0 or after + 1 >= len(tokens):
        return None
    nxt = tokens[after].lower
    share = last in c.PARTITIVES and last not in c.NUMBER_WORDS and nxt == c.OF
    count = len(words) > 2 and (words[-2][:1].isdigit() or words[-2].lower() in c.NUMBER_WORDS)
    counted = count and last.rstrip("s") in _units(c) and nxt in c.TITLE_COUNT_ANCHORS
    return (-1, after) if share or counted else None


@cache
def _units(c: ModuleType) -> frozenset[str]:
    return frozenset(lang.words(c.__name__.split(".")[-2], "calendar").UNITS)


def _dangling(words: list[str], at: list[int], c: ModuleType) -> tuple[int, int] | None:
    """A title ending on a word that opens a phrase: "… signed and", "… a rise in"; not a
    verb's particle ("took over", "was sworn in")."""
    last = words[-1].lower().strip(_STRIP)
    before = words[-2].lower() if len(words) > 1 else ""
    particle = before in c.AUX or bool(_kind(before, c) & _VERB)
    if last in _closed_ends(c) or (last in c.PREPOSITIONS and not particle):
        if at[-1] < 0:
            return None
        return next(k for k in at if k >= 0), at[-1] + 1
    return None


def continued(title: str, text: str, tokens: Tokens, to: int, c: ModuleType) -> str:
    """``title`` and the sentence's infinitive from token ``to`` ("to", its verb and what
    the verb takes, to the next phrase), within ``MAX_CHARS`` + ``OVERFLOW_CHARS``; "" when
    it does not fit."""
    room = MAX_CHARS + OVERFLOW_CHARS - len(title) - 1
    tail = as_written(text, tokens, to, to + 1, c, room=room) if room > 0 else ""
    return f"{title} {tail[:1].lower()}{tail[1:]}" if tail else ""


def as_written(
    text: str, tokens: Tokens, begin: int, reach: int, c: ModuleType, end: int = -1,
    room: int = MAX_CHARS + OVERFLOW_CHARS,
) -> str:  # fmt: skip
    """The sentence's words from token ``begin`` to token ``end`` (the old title's last
    word) when that holds token ``reach`` and fits in ``room`` characters, else to the first
    phrase boundary after ``reach``; "" when none fits or the words open on a pronoun."""
    if reach >= len(tokens) or reach < begin or tokens[begin].lower in _pronouns(c):
        return ""
    if room == MAX_CHARS + OVERFLOW_CHARS and (
        tokens[begin].lower in _boundaries(c) or not tokens[begin].text[:1].isalpha()
    ):
        return ""  # ("Of March 31 were …", "2 pct was …": no subject opens there)
    start = tokens[begin].start
    limit = start + room
    openers = _openers(c)
    whole = reach <= end < len(tokens) and tokens[end].end <= limit
    if not (whole and tokens[end].lower not in openers):
        end = next((k for k in range(reach + 1, len(tokens)) if _ends_phrase(tokens, k, c)), -1)
    if end < 0 or tokens[end].end > limit:
        return ""
    title = text[start : tokens[end].end]
    return title[:1].upper() + title[1:]


def _ends_phrase(tokens: Tokens, k: int, c: ModuleType) -> bool:
    """Whether a cut after token ``k`` leaves a phrase whole: the next word opens a phrase or
    a clause, or is a mark ("… left the hall | for …", "… the hall|,")."""
    if tokens[k].lower in _openers(c) or not tokens[k].text[:1].isalnum():
        return False
    if k + 1 == len(tokens):
        return True
    nxt = tokens[k + 1].lower
    return not nxt[:1].isalnum() or nxt in _boundaries(c)


@cache
def _boundaries(c: ModuleType) -> frozenset[str]:
    """Words a phrase ends before: prepositions, coordinators, clause openers."""
    return frozenset(c.PREPOSITIONS | c.COORDINATORS | c.RELATIVES) | frozenset(
        (*c.SUBORDINATORS, c.TO, c.THAT)
    )
