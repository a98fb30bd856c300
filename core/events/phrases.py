"""The shallow grammar the event extractor needs: tokens, clauses, verbs and noun phrases.

No parser: clause openers ("saying", "when", "that", dashes), a finite-verb test from the
language's word forms (``lemmas``, ``is_past``) and word position, and noun phrases grown
around a trigger word. The words are the language's (``core.lang.<code>.clauses``); each
function takes the language's code, English by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events.entities import PERSON, Mention

_TOKEN = re.compile(r"\d[\d,.]*\d|\w+(?:[-'’.]\w+)*|``|''|--|[“”\"]|[,;:–—]|\S")
_DASHES = frozenset(("–", "—", ";", "--"))


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``[start, end)`` of a sentence's token list; ``body`` skips opener and adverbial."""

    start: int
    body: int
    end: int
    opener: str  # "" for the first clause, else "saying", "when", "that", "–" ...
    verb: int | None  # index of the finite verb, if any


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def quoted(tokens: list[Token], language: str = "en") -> list[bool]:
    """Which tokens stand inside quotation marks."""
    c = _clauses(language)
    inside = False
    flags = []
    for tok in tokens:
        if tok.text in c.OPEN_QUOTES and not inside:
            inside = True
            flags.append(True)
            continue
        flags.append(inside)
        if tok.text in c.CLOSE_QUOTES:
            inside = False
    return flags


def clauses(tokens: list[Token], language: str = "en") -> list[Clause]:
    """The clauses of a sentence, split at openers ("…, saying", "when", "that") and dashes."""
    c = _clauses(language)
    cuts = [0]
    reported: set[int] = set()
    for k in range(1, len(tokens)):
        word = tokens[k].lower
        after_comma = tokens[k - 1].text == ","
        if (
            tokens[k].text in _DASHES
            or word in c.BARE_OPENERS
            or (after_comma and word in c.OPENERS)
        ):
            cuts.append(k)
        elif _reports_speech(tokens, k - 1, c) or _reports_speech_after_day(tokens, k, c):
            cuts.append(k)  # "said (on Friday) he would visit": a "that" left out
            reported.add(k)
        elif after_comma and _resumes(tokens, cuts[-1], k, c):
            cuts.append(k)  # "The minister, who took office in 2019, met …": "met" resumes
    fronted = _fronted_clause_end(tokens, cuts, c)
    if fronted is not None:
        cuts.insert(1, fronted)
    cuts.append(len(tokens))
    found = []
    for a, b in pairwise(cuts):
        opener = tokens[a].lower if a or fronted is not None else ""
        opens = opener in c.OPENERS or opener in _DASHES or opener in c.FRONTED_SUBORDINATORS
        body = a + 1 if (a or fronted is not None) and opens else a
        opener = c.THAT if a in reported else opener
        body = _after_fronted(tokens, body, b, c)
        found.append(Clause(a, body, b, opener, _finite_verb(tokens, body, b, c)))
    return found


def _fronted_clause_end(tokens: list[Token], cuts: list[int], c: ModuleType) -> int | None:
    """ "Although prices fell in 2019, the firm raised …": where the main clause starts after a
    fronted subordinate clause with a verb of its own (None: no such clause)."""
    if not tokens or tokens[0].lower not in c.FRONTED_SUBORDINATORS:
        return None
    stop = cuts[1] if len(cuts) > 1 else len(tokens)
    comma = next((k for k in range(1, stop) if tokens[k].text == ","), None)
    if comma is None or _finite_verb(tokens, 1, comma, c) is None:
        return None  # "After the meeting on Monday, …": a phrase, no clause
    if _finite_verb(tokens, comma + 1, stop, c) is None:
        return None
    return comma + 1


def _resumes(tokens: list[Token], clause_start: int, k: int, c: ModuleType) -> bool:
    """After ", who … ," the sentence's main clause goes on at its verb."""
    if tokens[clause_start].lower not in c.RELATIVES or clause_start == 0:
        return False
    return tokens[k].lower in c.AUX or c.is_past(tokens[k].text)


def _reports_speech(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A verb of saying followed straight by a clause of its own ("said he would …")."""
    if k < 1 or not set(c.lemmas(tokens[k].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    if not _is_finite(tokens, k, 0, c) or tokens[k + 1].lower in c.NOT_SPEECH_CLAUSE:
        return False
    return any(_is_finite(tokens, j, k + 1, c) for j in range(k + 2, min(k + 7, len(tokens))))


def _reports_speech_after_day(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "said on Friday the ceasefire had collapsed": the day is the saying's, and the reported
    clause starts after it."""
    if k < 3 or tokens[k - 2].lower not in c.SPEECH_DAY_PREPOSITIONS:
        return False
    verb = k - 3
    if tokens[k - 1].lower not in c.SPEECH_DAYS or not _is_finite(tokens, verb, 0, c):
        return False
    if not set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    return any(_is_finite(tokens, j, k, c) for j in range(k + 1, min(k + 6, len(tokens))))


def _after_fronted(tokens: list[Token], start: int, end: int, c: ModuleType) -> int:
    """Skip a fronted adverbial ("During his visit on Thursday, …") to the clause's subject."""
    while start < end - 1 and tokens[start].lower in c.LINKS:
        start += 1
        if tokens[start].text == ",":
            start += 1
    if start >= end or tokens[start].lower not in c.FRONTED:
        return start
    for k in range(start + 1, end):
        if tokens[k].text == ",":
            return k + 1
        if _finite_verb(tokens, k, k + 1, c) is not None:
            return start
    return start


def finite_verb(tokens: list[Token], start: int, end: int, language: str = "en") -> int | None:
    """Index of the first token in ``[start, end)`` that reads as a finite verb."""
    return _finite_verb(tokens, start, end, _clauses(language))


def _finite_verb(tokens: list[Token], start: int, end: int, c: ModuleType) -> int | None:
    for k in range(start, end):
        if _is_finite(tokens, k, start, c):
            if _is_modifier_participle(tokens, k, end, c):
                continue
            return k
    return None


def is_finite(tokens: list[Token], k: int, start: int, language: str = "en") -> bool:
    """Whether token ``k`` reads as a finite verb of a clause starting at ``start``."""
    return _is_finite(tokens, k, start, _clauses(language))


def _is_finite(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    word = tokens[k].text
    lower = word.lower()
    if not word[:1].isalpha() or (word[0].isupper() and k > 0):
        return False
    if k == start:  # a clause opens on its verb only after "which", "who" or a closing comma
        opener = tokens[k - 1].lower if k > 0 else ""
        return (lower in c.AUX or c.is_past(word)) and (opener in c.OPENERS or opener == ",")
    prev = tokens[k - 1].lower
    if lower in c.AUX:
        return prev != c.TO
    if prev in c.DETERMINERS or prev in c.PREPOSITIONS or prev == c.TO:
        return False
    if prev.endswith(c.POSSESSIVE_ENDINGS):
        return False  # "the bank's planned merger"
    if prev.endswith(c.ADVERB_ENDING) and k >= 2 and tokens[k - 2].lower in c.NOT_BEFORE_VERB:
        return False  # "the recently acquired plant", "of internationally traded goods"
    forms = c.lemmas(lower)
    if "VERB" not in forms or lower.endswith(c.GERUND):
        return False
    if c.is_past(word):
        return True
    if lower.endswith(c.THIRD_PERSON) and lower not in forms["VERB"]:
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        before_ok = tokens[k - 1].text[:1].isupper() or prev in c.ADVERBS or prev in c.PRONOUNS
        after_ok = nxt in c.DETERMINERS or nxt in c.PREPOSITIONS or nxt in c.VERB_PARTICLES
        # "The festival runs from June 3": a determiner and a singular noun before it
        subject = k >= 2 and tokens[k - 2].lower in c.DETERMINERS and _singular_noun(prev, c)
        return before_ok or (after_ok and ("NOUN" not in forms or subject))
    return prev in c.PRONOUNS


def _singular_noun(word: str, c: ModuleType) -> bool:
    forms = c.lemmas(word)
    return word in forms.get("NOUN", ()) and "VERB" not in forms


def _is_modifier_participle(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """ "The document released by Beijing … lays out": "released" modifies, "lays" is the verb."""
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if k > 0 and tokens[k - 1].text == "," and c.is_participle(tokens[k].text):
        return _resumes_after_aside(tokens, k, end, c)  # "AZT, derived from …, was created"
    if nxt != c.BY or not tokens[k].lower.endswith(c.PAST_PARTICIPLE):
        return False
    return any(_is_finite(tokens, j, k + 2, c) for j in range(k + 3, end))


def _resumes_after_aside(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """After ", derived from herring sperm," the clause goes on at its own verb."""
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    if close is None or close + 1 >= end:
        return False
    return _is_finite(tokens, close + 1, close + 1, c) or tokens[close + 1].lower in c.AUX


def verb_group_end(tokens: list[Token], verb: int, end: int, language: str = "en") -> int:
    """End of the verb group from ``verb``: "will travel to" (auxiliaries, verb, particle)."""
    c = _clauses(language)
    k = verb
    while k < end - 1 and (tokens[k].lower in c.AUX or tokens[k].lower in c.ADVERBS):
        k += 1
    k += 1
    if k < end and tokens[k].lower in c.VERB_GROUP_ENDS:
        k += 1
    return k


def noun_phrase(
    tokens: list[Token], trigger: int, start: int, end: int, language: str = "en"
) -> tuple[int, int]:
    """The noun phrase around a trigger noun: "plans for joint military [exercises] between …"."""
    c = _clauses(language)
    a = trigger
    while a > start:
        word = tokens[a - 1]
        if word.lower in c.DETERMINERS:
            a -= 1
            break
        if word.lower in c.NOUN_LINKS and a - 2 >= start and _is_plain_word(tokens[a - 2], c):
            a -= 2
            continue
        if not _is_plain_word(word, c) or _is_finite(tokens, a - 1, start, c):
            break
        a -= 1
    b = trigger + 1
    while b < end and tokens[b].text not in (",", "“", "”") and not _is_finite(tokens, b, start, c):
        if tokens[b].lower in c.NOUN_PHRASE_ENDS:
            break
        b += 1
    while b - 1 > trigger and tokens[b - 1].lower in c.PREPOSITIONS | c.COORDINATORS:
        b -= 1
    return a, b


def _is_plain_word(token: Token, c: ModuleType) -> bool:
    lower = token.lower
    return (
        token.text[:1].isalpha()
        and lower not in c.PREPOSITIONS
        and lower not in c.AUX
        and lower not in c.COORDINATORS
    )


def cut_coordination(tokens: list[Token], start: int, end: int, language: str = "en") -> int:
    """Stop a predicate before a second coordinated verb ("annexed X and threw Y")."""
    c = _clauses(language)
    for k in range(start + 1, end):
        if tokens[k].text == ",":
            return k
        if k + 1 < end and tokens[k].lower == c.AND and c.is_past(tokens[k + 1].text):
            return k
    return end


def reduce_names(
    text: str, tokens: list[Token], start: int, end: int, mentions: list[Mention],
    skip: set[int] = frozenset(), language: str = "en",
) -> str:  # fmt: skip
    """The words of ``tokens[start:end]`` with each person named by the short form a headline
    uses, and the title before it dropped: "Russian President Vladimir Putin" → "Putin"."""
    c = _clauses(language)
    out: list[str] = []
    k = start
    while k < end:
        if k in skip:
            k += 1
            continue
        tok = tokens[k]
        mention = _person_at(tok.start, mentions)
        if mention is not None:
            titled = _drop_title(out, c, lang.words(language, "events").ROLES)
            first = k
            k += 1  # the name's first token, whatever its end ("Olsen’s")
            while k < end and tokens[k].start < mention.end:
                k += 1
            if titled:  # "Foreign Minister Ines Duarte" → "Duarte"
                out.append(mention.short + _possessive(tokens[k - 1].text, c))
            else:  # a name without a role may be no person's ("King World"): as written
                out.extend(t.text for t in tokens[first:k])
            continue
        glued = tokens[k - 1].end == tok.start and _glues(tokens[k - 1].text, tok.text)
        if out and k > start and k - 1 not in skip and glued:
            out[-1] += tok.text  # written together: "15-3/4", "(FRNs)"
        else:
            out.append(tok.text)
        k += 1
    return _join(out)


def _glues(before: str, word: str) -> bool:
    """Tokens written together stay together ("15-3/4", "(FRNs)"), but not a comma."""
    return (before[-1:].isalnum() or before[-1:] in "/-(") and word[:1] not in ",;:."


def _possessive(token: str, c: ModuleType) -> str:
    return token[-2:] if token.endswith(c.POSSESSIVE_ENDINGS) else ""


def _person_at(offset: int, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start == offset and m.kind == PERSON), None)


def _drop_title(out: list[str], c: ModuleType, roles: frozenset[str]) -> bool:
    """Drop the role words before a name ("Foreign Minister"); whether there were any."""
    dropped_role = False
    while out:
        word = out[-1]
        lower = word.lower().rstrip(".")
        if lower in roles:
            dropped_role = True
        elif word == ",":
            pass  # "The company's chief executive, Maria Olsen"
        elif not dropped_role or not (
            word[:1].isupper()
            or lower in c.POSSESSIVE_DETERMINERS
            or lower.endswith(c.POSSESSIVE_ENDINGS)
        ):
            break
        out.pop()
    return dropped_role


def name_in_title(text: str, mention: Mention, language: str = "en") -> str:
    """How a title names a person it resolved a pronoun to: the surname after a role
    ("President Omar Sall" → "Sall"), else the name as written."""
    before = text[max(0, mention.start - 40) : mention.start].split()
    roles = lang.words(language, "events").ROLES
    titled = bool(before) and before[-1].lower().strip(",.") in roles
    return mention.short if titled else mention.text


def _rest_of_phrase(tokens: list[Token], k: int, c: ModuleType) -> range:
    """The words of a noun phrase from ``k`` on: "peak of 3.9 billion stg"."""
    j = k
    while j < len(tokens) and tokens[j].text not in (",", ";") and not _is_finite(tokens, j, k, c):
        lower = tokens[j].lower
        if lower in c.PREPOSITIONS - {c.OF} or lower in c.COORDINATORS or lower in c.OPENERS:
            break
        j += 1
    return range(k, j)


def widen_drop(tokens: list[Token], drop: set[int], language: str = "en") -> set[int]:
    """The dropped time expressions with the phrase each completes: "by the end of
    [September]", "in the fiscal year ending [March 31]" go with their date."""
    c = _clauses(language)
    wider = set(drop)
    for k in sorted(drop):
        if (
            k + 1 < len(tokens)
            and k + 1 not in drop
            and tokens[k].lower.endswith(c.POSSESSIVE_ENDINGS)
        ):
            wider.update(_rest_of_phrase(tokens, k + 1, c))  # "since last July's peak of …"
        if k == 0 or k - 1 in drop:
            continue
        link = k if tokens[k].lower == c.OF else k - 1
        if tokens[link].lower not in c.TIMEX_PHRASE_LINKS:
            continue
        for p in range(link - 1, max(-1, link - 6), -1):
            word = tokens[p]
            if word.lower in c.PREPOSITIONS:
                wider.update(range(p, link + 1))
                break
            if not _is_plain_word(word, c) and not word.text[:1].isdigit():
                break
    return wider


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,;:.’”])", r"\1", text)
    return re.sub(r"([“])\s+", r"\1", text)
