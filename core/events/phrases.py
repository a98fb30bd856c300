"""The shallow grammar the event extractor needs: tokens, clauses, verbs and noun phrases.

No parser: clause openers ("saying", "when", "that", dashes), a finite-verb test from
lemminflect's lemma lists and word position, and noun phrases grown around a trigger word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from core.events.entities import PERSON, ROLES, Mention
from core.events.titles import (
    ADVERBS,
    AUX,
    DETERMINERS,
    PREPOSITIONS,
    is_past,
    lemmas,
)

_TOKEN = re.compile(r"\d[\d,.]*\d|\w+(?:[-'’.]\w+)*|``|''|--|[“”\"]|[,;:–—]|\S")
OPENERS = frozenset(
    "saying adding calling as while when where which who whose after before because "
    "although but that following whereas".split()
)
# Openers that begin a new clause even without a comma before them.
_BARE_OPENERS = frozenset("when after before that because whose where while".split())
_DASHES = frozenset(("–", "—", ";", "--"))
OPEN_QUOTES = frozenset(("“", '"', "``"))
_CLOSE_QUOTES = frozenset(("”", '"', "''"))
_FRONTED = frozenset(
    "during on in at after following since before earlier later last amid upon as when while "
    "if although because under with despite according".split()
)
# Words that link a sentence to the one before and belong to no clause part.
_LINKS = frozenset("so but and yet meanwhile however then also still thus instead".split())
PRONOUNS = frozenset("he she it they".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its the a an".split())


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


def quoted(tokens: list[Token]) -> list[bool]:
    """Which tokens stand inside quotation marks."""
    inside = False
    flags = []
    for tok in tokens:
        if tok.text in OPEN_QUOTES and not inside:
            inside = True
            flags.append(True)
            continue
        flags.append(inside)
        if tok.text in _CLOSE_QUOTES:
            inside = False
    return flags


def clauses(tokens: list[Token]) -> list[Clause]:
    """The clauses of a sentence, split at openers ("…, saying", "when", "that") and dashes."""
    cuts = [0]
    reported: set[int] = set()
    for k in range(1, len(tokens)):
        word = tokens[k].lower
        after_comma = tokens[k - 1].text == ","
        if tokens[k].text in _DASHES or word in _BARE_OPENERS or (after_comma and word in OPENERS):
            cuts.append(k)
        elif _reports_speech(tokens, k - 1):
            cuts.append(k)  # "said he would visit": a "that" left out
            reported.add(k)
        elif after_comma and _resumes(tokens, cuts[-1], k):
            cuts.append(k)  # "The minister, who took office in 2019, met …": "met" resumes
    cuts.append(len(tokens))
    found = []
    for a, b in pairwise(cuts):
        opener = tokens[a].lower if a else ""
        body = a + 1 if a and (opener in OPENERS or opener in _DASHES) else a
        opener = "that" if a in reported else opener
        body = _after_fronted(tokens, body, b)
        found.append(Clause(a, body, b, opener, finite_verb(tokens, body, b)))
    return found


def _resumes(tokens: list[Token], clause_start: int, k: int) -> bool:
    """After ", who … ," the sentence's main clause goes on at its verb."""
    if tokens[clause_start].lower not in ("who", "which", "whose") or clause_start == 0:
        return False
    return tokens[k].lower in AUX or is_past(tokens[k].text)


_SPEECH = frozenset("say tell announce claim warn insist confirm state declare add".split())


def _reports_speech(tokens: list[Token], k: int) -> bool:
    """A verb of saying followed straight by a clause of its own ("said he would …")."""
    if k < 1 or not set(lemmas(tokens[k].lower).get("VERB", ())) & _SPEECH:
        return False
    if not is_finite(tokens, k, 0) or tokens[k + 1].lower in ("that", ",", "on", "in", "at"):
        return False
    return any(is_finite(tokens, j, k + 1) for j in range(k + 2, min(k + 7, len(tokens))))


def _after_fronted(tokens: list[Token], start: int, end: int) -> int:
    """Skip a fronted adverbial ("During his visit on Thursday, …") to the clause's subject."""
    while start < end - 1 and tokens[start].lower in _LINKS:
        start += 1
        if tokens[start].text == ",":
            start += 1
    if start >= end or tokens[start].lower not in _FRONTED:
        return start
    for k in range(start + 1, end):
        if tokens[k].text == ",":
            return k + 1
        if finite_verb(tokens, k, k + 1) is not None:
            return start
    return start


def finite_verb(tokens: list[Token], start: int, end: int) -> int | None:
    """Index of the first token in ``[start, end)`` that reads as a finite verb."""
    for k in range(start, end):
        if is_finite(tokens, k, start):
            if _is_modifier_participle(tokens, k, end):
                continue
            return k
    return None


def is_finite(tokens: list[Token], k: int, start: int) -> bool:
    word = tokens[k].text
    lower = word.lower()
    if not word[:1].isalpha() or (word[0].isupper() and k > 0):
        return False
    if k == start:  # a clause opens on its verb only after "which", "who" or a closing comma
        opener = tokens[k - 1].lower if k > 0 else ""
        return (lower in AUX or is_past(word)) and (opener in OPENERS or opener == ",")
    prev = tokens[k - 1].lower
    if lower in AUX:
        return prev not in ("to",)
    if prev in DETERMINERS or prev in PREPOSITIONS or prev == "to":
        return False
    forms = lemmas(lower)
    if "VERB" not in forms or lower.endswith("ing"):
        return False
    if is_past(word):
        return True
    if lower.endswith("s") and lower not in forms["VERB"]:
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        before_ok = tokens[k - 1].text[:1].isupper() or prev in ADVERBS or prev in PRONOUNS
        after_ok = nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in ("out", "up", "back")
        return before_ok or (after_ok and "NOUN" not in forms)
    return prev in PRONOUNS


def _is_modifier_participle(tokens: list[Token], k: int, end: int) -> bool:
    """ "The document released by Beijing … lays out": "released" modifies, "lays" is the verb."""
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if nxt != "by" or not tokens[k].lower.endswith("ed"):
        return False
    return any(is_finite(tokens, j, k + 2) for j in range(k + 3, end))


def verb_group_end(tokens: list[Token], verb: int, end: int) -> int:
    """End of the verb group from ``verb``: "will travel to" (auxiliaries, verb, particle)."""
    k = verb
    while k < end - 1 and (tokens[k].lower in AUX or tokens[k].lower in ADVERBS):
        k += 1
    k += 1
    if k < end and tokens[k].lower in ("to", "for", "into", "with", "at", "out", "back"):
        k += 1
    return k


def noun_phrase(tokens: list[Token], trigger: int, start: int, end: int) -> tuple[int, int]:
    """The noun phrase around a trigger noun: "plans for joint military [exercises] between …"."""
    a = trigger
    while a > start:
        word = tokens[a - 1]
        if word.lower in DETERMINERS:
            a -= 1
            break
        if word.lower in ("of", "for") and a - 2 >= start and _is_plain_word(tokens[a - 2]):
            a -= 2
            continue
        if not _is_plain_word(word) or is_finite(tokens, a - 1, start):
            break
        a -= 1
    b = trigger + 1
    while b < end and tokens[b].text not in (",", "“", "”") and not is_finite(tokens, b, start):
        if tokens[b].lower in OPENERS and tokens[b].lower != "as":
            break
        b += 1
    while b - 1 > trigger and tokens[b - 1].lower in PREPOSITIONS | {"and", "or", "but"}:
        b -= 1
    return a, b


def _is_plain_word(token: Token) -> bool:
    lower = token.lower
    return (
        token.text[:1].isalpha()
        and lower not in PREPOSITIONS
        and lower not in AUX
        and lower not in ("and", "or", "but")
    )


def cut_coordination(tokens: list[Token], start: int, end: int) -> int:
    """Stop a predicate before a second coordinated verb ("annexed X and threw Y")."""
    for k in range(start + 1, end):
        if tokens[k].text == ",":
            return k
        if k + 1 < end and tokens[k].lower == "and" and is_past(tokens[k + 1].text):
            return k
    return end


def reduce_names(
    text: str, tokens: list[Token], start: int, end: int, mentions: list[Mention],
    skip: set[int] = frozenset(),
) -> str:  # fmt: skip
    """The words of ``tokens[start:end]`` with each person named by the short form a headline
    uses, and the title before it dropped: "Russian President Vladimir Putin" → "Putin"."""
    out: list[str] = []
    k = start
    while k < end:
        if k in skip:
            k += 1
            continue
        tok = tokens[k]
        mention = _person_at(tok.start, mentions)
        if mention is not None:
            _drop_title(out)
            k += 1  # the name's first token, whatever its end ("Olsen’s")
            while k < end and tokens[k].start < mention.end:
                k += 1
            out.append(mention.short + _possessive(tokens[k - 1].text))
            continue
        out.append(tok.text)
        k += 1
    return _join(out)


def _possessive(token: str) -> str:
    return token[-2:] if token.endswith(("’s", "'s")) else ""


def _person_at(offset: int, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start == offset and m.kind == PERSON), None)


def _drop_title(out: list[str]) -> None:
    dropped_role = False
    while out:
        word = out[-1]
        lower = word.lower().rstrip(".")
        if lower in ROLES or lower == "counterpart":
            dropped_role = True
        elif word == ",":
            pass  # "The company's chief executive, Maria Olsen"
        elif not dropped_role or not (
            word[:1].isupper() or lower in _POSSESSIVE_DETERMINERS or lower.endswith(("’s", "'s"))
        ):
            return
        out.pop()


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,;:.’”])", r"\1", text)
    return re.sub(r"([“])\s+", r"\1", text)
