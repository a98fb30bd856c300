"""The shallow grammar the event extractor needs: tokens, quotes, clauses and their verbs.

No parser: clause openers ("saying", "when", "that", dashes), a finite-verb test from the
language's word forms (``lemmas``, ``is_past``) and word position. Which words of a clause a
title keeps is ``core.events.wording``'s. The words are the language's
(``core.lang.<code>.clauses``); each function takes the language's code, English by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang

_TOKEN = re.compile(
    r"\d[\d,.]*\d|\w+(?:[-'’.]\w+|–(?=[^\W\d_])\w+)*|(?<=\.)['’]s\b|``|''|--|[“”\"]|[,;:–—]|\S"
)  # "Corp.'s": the possessive after an abbreviation's point is one token; "Rennes–Brest",
# a dash between two words with no space, one name (a dash between spaces sets off an aside)
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
    since: set[int] = set()
    joined: set[int] = set()
    for k in range(1, len(tokens)):
        word = tokens[k].lower
        after_comma = tokens[k - 1].text == ","
        if word == c.THAT and _that_pronoun(tokens, k, c):
            continue  # "is exceeding that in 1986", "higher than that of 1990": no clause
        noun = k + 1 < len(tokens) and "NOUN" in c.lemmas(tokens[k + 1].lower)
        if word == c.THAT and tokens[k - 1].lower in c.THAT_DETERMINER_AFTER and noun:
            continue  # "Minutes of that meeting": a determiner after a preposition
        if word in c.OFFSET_WORDS and tokens[k - 1].lower in c.PERIOD_NOUNS and not after_comma:
            continue  # "Horas antes, …", "dos días después": the end of a time expression
        before = tokens[k - 1]
        asked = word in c.SUBJECT_BREAKS and before.text.islower() and before.lower not in c.AUX
        asked = asked and "VERB" in c.lemmas(before.lower)
        if asked:
            continue  # "asked if she thought …": "if" is "whether", no condition
        if word in c.BARE_OPENERS and word in c.PREPOSITIONS and _aside_phrase(tokens, k, c):
            continue  # "Albright, after a 16-hour flight, is scheduled …": no clause
        if word in c.BARE_OPENERS and word in c.PREPOSITIONS and _clock_after(tokens, k, c):
            continue  # "conceded shortly after 4:30 a.m. and said …": a time, no clause
        if after_comma and word in c.RELATIVES and zu_infinitive(tokens, k, len(tokens), c):
            continue  # German "hat beschlossen, die Steuern zu senken": no relative clause
        if _is_dash(tokens, k) or word in c.BARE_OPENERS or (after_comma and word in c.OPENERS):
            cuts.append(k)
        elif _relative_after_verb(tokens, cuts[-1], k, c):
            cuts.append(k)  # "linked approval to other issues | which would be discussed …"
        elif word in c.CLAUSE_SINCE and _since_clause(tokens, k, c, language):
            cuts.append(k)  # "has called three times | since he arrived on April 6"
            since.add(k)
        elif _reports_speech(tokens, k - 1, c) or _reports_speech_after_day(tokens, k, c):
            cuts.append(k)  # "said (on Friday) he would visit": a "that" left out
            reported.add(k)
        elif after_comma and word in c.ARTICLES and _said_comma(tokens, k, c):
            cuts.append(k)  # "Lund said, | the company spent …": the comma of wire copy
            reported.add(k)
        elif after_comma and c.AND_OPENS_CLAUSE and word == c.AND and _and_clause(tokens, k, c):
            cuts.append(k)  # "…on November 12, | and Pike will take office on January 2"
            joined.add(k)
        elif after_comma and any(_resumes(tokens, cut, k, c) for cut in cuts[-2:]):
            cuts.append(k)  # "The minister, who took office in 2019, met …": "met" resumes
    fronted = _fronted_clause_end(tokens, cuts, c)
    if fronted is not None:
        cuts.insert(1, fronted)
    cuts.append(len(tokens))
    found = []
    for a, b in pairwise(cuts):
        opener = tokens[a].lower if a or fronted is not None else ""
        dash = a > 0 and _is_dash(tokens, a)
        opens = opener in c.OPENERS or dash or opener in c.FRONTED_SUBORDINATORS or a in since
        opens = opens or a in joined
        body = a + 1 if (a or fronted is not None) and opens else a
        opener = c.THAT if a in reported else opener
        body = body if a in since else _after_fronted(tokens, body, b, c)
        found.append(Clause(a, body, b, opener, _finite_verb(tokens, body, b, c, whole=True)))
    return found


def _that_pronoun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "exceeding that in 1986", "higher than that of 1990": "that" stands for a noun."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in c.PREPOSITIONS:
        return False
    before = tokens[k - 1].lower
    return before in c.THAT_PRONOUN_AFTER or before.endswith(c.GERUND)


def _since_clause(tokens: list[Token], k: int, c: ModuleType, language: str = "en") -> bool:
    """ "since he arrived", "since the agency raised rates": a clause, not "since 1962"."""
    if k + 2 < len(tokens) and tokens[k + 1].text[:1].isupper():
        calendar = lang.words(language, "calendar")
        if tokens[k + 1].lower in {*calendar.MONTHS, *calendar.WEEKDAYS}:
            return False  # "since May", "since Monday": a date
        return _name_then_verb(tokens, k + 1, c)  # "since Lomax, a rival, was acquired"
    if k + 2 >= len(tokens) or tokens[k + 1].lower not in c.PRONOUNS | c.ARTICLES:
        return False
    reach = min(len(tokens), k + 1 + c.LIST_ITEM_REACH + 2)  # "since the new agency raised"
    return _finite_verb(tokens, k + 1, reach, c) is not None


def _is_dash(tokens: list[Token], k: int) -> bool:
    """A dash, or a hyphen standing alone between spaces ("LUXEMBOURG - Output fell"), or a
    colon before a capital that opens a clause of its own ("a second delay this week: Monday's
    attempt was scrubbed")."""
    if tokens[k].text in _DASHES:
        return True
    if tokens[k].text == ":" and 0 < k < len(tokens) - 2:
        nxt = tokens[k + 1].text
        return nxt[:1].isupper() and nxt[1:2].islower() and tokens[k].end < tokens[k + 1].start
    spaced = (
        0 < k < len(tokens) - 1 and tokens[k - 1].end < tokens[k].start < tokens[k + 1].start - 1
    )
    return tokens[k].text == "-" and spaced


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
    opener = tokens[clause_start].lower
    relative_that = opener == c.THAT and _is_finite(tokens, clause_start + 1, clause_start, c)
    if (opener not in c.RELATIVES and not relative_that) or clause_start == 0:
        return False
    if tokens[k].lower in c.AUX:
        return True
    # "Tom Hale, a builder whose firm proved that X, | retired": a past verb, no participle
    # of a noun after the comma
    return c.is_past(tokens[k].text) and tokens[k].text.islower()


def _reports_speech(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """A verb of saying followed straight by a clause of its own ("said he would …")."""
    if k < 1 or not set(c.lemmas(tokens[k].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    if not _is_finite(tokens, k, 0, c) or tokens[k + 1].lower in c.NOT_SPEECH_CLAUSE:
        return False
    return _reported_verb(tokens, k + 1, c) is not None


def _reported_verb(tokens: list[Token], start: int, c: ModuleType) -> int | None:
    """The verb of a clause reported from ``start`` on ("said the drop in March construction
    employment may signal …", "said the plan, first tried in 1958, would …"): within
    ``c.REPORTED_SUBJECT_REACH`` words, and before a clause of its own ("which", "that")."""
    end = min(start + c.REPORTED_SUBJECT_REACH, len(tokens))
    stop = next(
        (
            j
            for j in range(start + 1, end)
            if tokens[j].lower in c.OPENERS or tokens[j].text in _DASHES
        ),
        end,
    )
    verb = _finite_verb(tokens, start, stop, c)
    if verb is not None and verb > start and tokens[verb - 1].lower in c.COORDINATORS:
        return None  # "declared a state of emergency and ordered …": the speaker's second verb
    saying = verb is not None and set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS
    if saying and any(tokens[j].text == "," for j in range(start, verb)):
        return None  # "confirmed this view, economists said": an attribution, no clause
    return verb if verb is not None and verb > start else None


def _reports_speech_after_day(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "said on Friday the ceasefire had collapsed": the day is the saying's, and the reported
    clause starts after it."""
    if k < 3 or tokens[k - 2].lower not in c.SPEECH_DAY_PREPOSITIONS:
        return False
    verb = k - 3
    if tokens[k - 1].lower not in c.SPEECH_DAYS or not _is_finite(tokens, verb, 0, c):
        return False
    if c.VERB_LAST and tokens[k].lower in c.TITLE_PARTICLES:
        return False  # German "kündigte am Mittwoch | an, dass …": the saying's own particle
    if not set(c.lemmas(tokens[verb].lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    return any(_is_finite(tokens, j, k, c) for j in range(k + 1, min(k + 6, len(tokens))))


def _after_fronted(tokens: list[Token], start: int, end: int, c: ModuleType) -> int:
    """Skip a fronted adverbial ("During his visit on Thursday, …") to the clause's subject."""
    while start < end - 1 and tokens[start].lower in c.LINKS:
        start += 1
        if tokens[start].text == ",":
            start += 1
    if start < end and tokens[start].lower in c.ATTRIBUTION_FRONTS:  # "Как сообщил суд, …"
        comma = next((k for k in range(start + 1, end) if tokens[k].text == ","), end)
        return comma + 1 if comma + 1 < end else start
    if start >= end or tokens[start].lower not in c.FRONTED:
        return start
    for k in range(start + 1, end):
        if tokens[k].text == "," and k + 1 == end and c.VERB_LAST:
            return start  # "Bei einem Unfall wurden … verletzt, | teilte …": the clause's own
        if tokens[k].text == "," and _subject_before_aside(tokens, start, k, c):
            return start  # "El alcalde, elegido en 2023, presentará …": the subject, its aside
        if tokens[k].text == ",":
            return k + 1
        if _finite_verb(tokens, k, k + 1, c) is not None:
            return start
        if (c.VERB_LAST or c.FRONTED_ENDS_AT_VERB) and _is_finite(tokens, k, start, c):
            # "In der Nacht brach ein Damm, …" (the verb second), "El Gobierno aprobó el martes
            # la ley, que …" (a subject): no fronted clause
            return start
    return start


def finite_verb(tokens: list[Token], start: int, end: int, language: str = "en") -> int | None:
    """Index of the first token in ``[start, end)`` that reads as a finite verb."""
    return _finite_verb(tokens, start, end, _clauses(language))


def _finite_verb(
    tokens: list[Token], start: int, end: int, c: ModuleType, whole: bool = False
) -> int | None:
    """The first finite verb of ``tokens[start:end]`` that is the clause's own; ``whole``:
    the span is a whole clause, so a relative's verb inside it is never the clause's, even
    with no verb of the clause's own after it (that verb is past a comma: "Ruiz, a member of
    the board which oversees the port, | said …")."""
    for k in range(start, end):
        if _is_finite(tokens, k, start, c):
            if _is_modifier_participle(tokens, k, end, c) or _in_aside(tokens, k, start, end, c):
                continue
            if _relative_inside(tokens, k, start, end, c, whole):
                continue  # "doctors whose names appeared on the list | were killed"
            return k
    return None


def _relative_inside(
    tokens: list[Token], k: int, start: int, end: int, c: ModuleType, whole: bool = False
) -> bool:
    """Whether the verb at ``k`` is a relative clause's inside the subject, with no comma
    ("the number of doctors who performed abortions declined", "doctors whose names
    appeared … were killed"): the clause's own verb comes after it (or, in a ``whole``
    clause, past its end)."""
    aux = k - 1
    while aux > start and tokens[aux].lower in c.AUX:
        aux -= 1  # "rangers who had been searching": the relative before its auxiliaries
    if aux < k - 1 and tokens[aux].lower in c.SUBJECT_RELATIVES - {c.WHOSE}:
        rel = aux
    else:
        rel = k - 1 if tokens[k - 1].lower in c.SUBJECT_RELATIVES else k - 2
        if rel == k - 2 and tokens[rel].lower != c.WHOSE:
            return False
    if rel <= start or tokens[rel].lower not in c.SUBJECT_RELATIVES:
        return False
    if tokens[rel - 1].text == "," or not tokens[rel - 1].text[:1].isalpha():
        return False  # ", who …": a clause of its own, cut at its comma
    if tokens[rel - 1].lower in c.PREPOSITIONS:
        return False  # ", most of which were sold, …": an aside's own verb
    return whole or any(
        _is_finite(tokens, j, start, c) and tokens[j].text not in (",",)
        for j in range(k + 1, end)
        if tokens[j - 1].text != "," and tokens[j - 1].lower not in c.COORDINATORS
    )


def _in_aside(tokens: list[Token], k: int, start: int, end: int, c: ModuleType) -> bool:
    """ "the exercise, similar to one carried out in 1958, would take …": a verb between two
    commas, past a subject and before an auxiliary, is the aside's, not the clause's."""
    opened = next((j for j in range(k - 1, start, -1) if tokens[j].text == ","), None)
    if opened is None or opened + 1 == k:
        return False
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    if close is None:
        return False
    after = close + 1
    while after < end and tokens[after].lower in c.NEGATIONS:
        after += 1  # "La ligne, longtemps retardée …, ne fut inaugurée qu'en 1995"
    return after < end and tokens[after].lower in c.AUX


def is_finite(tokens: list[Token], k: int, start: int, language: str = "en") -> bool:
    """Whether token ``k`` reads as a finite verb of a clause starting at ``start``."""
    return _is_finite(tokens, k, start, _clauses(language))


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _is_finite(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    word = tokens[k].text
    lower = word.lower()
    if not word[:1].isalpha() or (word[0].isupper() and k > 0 and not _capital_slip(tokens, k, c)):
        return False
    if k == start:  # a clause opens on its verb only after "which", "who" or a closing comma
        opener = tokens[k - 1].lower if k > 0 else ""
        after = opener in c.OPENERS or opener == "," or opener in _DASHES
        # "anunció que presentará una enmienda": the subject left out, the verb opens
        dropped = c.DROPS_SUBJECT and opener == c.THAT and c.is_finite_form(word)
        # "Wie das Amt mitteilte, beginnen die Arbeiten …": the verb second, after a clause
        second = c.VERB_LAST and opener == "," and "VERB" in c.lemmas(lower)
        second = second and not c.is_participle(word)
        # "…, which starts in Toronto on May 20": a present after a relative
        verbs = c.lemmas(lower).get("VERB", ())
        present = opener in c.THING_RELATIVES and lower.endswith(c.THIRD_PERSON)
        present = present and bool(verbs) and lower not in verbs and _resumed(tokens, k, c)
        # "Britain and Denmark, which assumes …": a list's last name, whose verb it is not sure
        present = present and not any(t.lower in c.COORDINATORS for t in tokens[max(0, k - 5) : k])
        return (lower in c.AUX or c.is_past(word) or dropped or second or present) and after
    prev = tokens[k - 1].lower
    if lower in c.AUX:
        return prev != c.TO
    if prev in c.DETERMINERS or prev in c.PREPOSITIONS or prev == c.TO:
        return False
    aux = k - 1
    while aux > start and tokens[aux].lower in c.AUX:
        aux -= 1
    if aux < k - 1 and tokens[aux].lower == c.TO:
        return False  # "ships to be repaired": an infinitive's participle, no finite verb
    if prev.endswith(c.POSSESSIVE_ENDINGS):
        return False  # "the bank's planned merger"
    if prev.endswith(c.ADVERB_ENDING) and k >= 2 and tokens[k - 2].lower in c.NOT_BEFORE_VERB:
        return False  # "the recently acquired plant", "of internationally traded goods"
    forms = c.lemmas(lower)
    if "VERB" not in forms or lower.endswith(c.GERUND):
        return False
    if c.is_past(word) or c.is_finite_form(word):
        return True
    if lower.endswith(c.THIRD_PERSON) and lower not in forms["VERB"]:
        counted = prev in c.NUMBER_WORDS or (prev[:1].isdigit() and not _YEAR.match(prev))
        if counted and "NOUN" in forms:
            return False  # "the two ships to be repaired": a number counts a noun
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        after_ok = nxt in c.DETERMINERS or nxt in c.PREPOSITIONS or nxt in c.VERB_PARTICLES
        # "Lomax Inc. plans": the name's abbreviation; not "U.S. forces", an initialism's
        abbreviated = prev == "." and k > 1 and "." not in tokens[k - 2].text and after_ok
        name = k - 2 if abbreviated else k - 1
        # a sentence's first word is capitalised whatever it is: "Feed compounds, …", "Sugar
        # imports subject to …" are nouns when nothing a verb takes follows
        sentence_case = name == 0 and bool(c.lemmas(tokens[0].lower)) and not after_ok
        sentence_case = sentence_case and "NOUN" in forms  # not "Congress reconvenes"
        capital = tokens[name].text[:1].isupper() and not sentence_case
        before_ok = (capital and not _nationality_of_noun(tokens, name, c)) or (
            prev in c.ADVERBS or prev in c.PRONOUNS
        )
        # "The festival runs from June 3": a determiner and a singular noun before it
        subject = k >= 2 and tokens[k - 2].lower in c.DETERMINERS and _singular_noun(prev, c)
        if "NOUN" in forms and _verb_follows(tokens, k, c):
            return False  # "Japanese firms (this week) announced": the plural is the subject
        return before_ok or (after_ok and ("NOUN" not in forms or subject))
    if c.VERB_LAST and k + 1 < len(tokens):
        # German "Am Dienstag treffen sich beide Seiten": a plural present before its
        # subject; an infinitive closes its clause instead ("wird Russland besuchen.")
        nxt = tokens[k + 1].lower
        if nxt in c.DETERMINERS or nxt in c.PRONOUNS or nxt in c.ADVERBS:
            return True
        if nxt in c.PREPOSITIONS and prev[:1] != tokens[k - 1].text[:1]:
            return True  # "Die Bauarbeiten beginnen im Mai": after its subject's noun
        if tokens[k + 1].text[:1].isupper():
            return True  # "Heute erinnern Veteranen an …": its subject, a noun, after it
        # "kämpfen ukrainische Truppen": an adjective and its noun after the verb
        noun = tokens[k + 2].text[:1].isupper() if k + 2 < len(tokens) else False
        return noun and tokens[k + 1].text.islower() and nxt.endswith(("e", "en", "er", "es"))
    return prev in c.PRONOUNS or _plural_present(tokens, k, start, c)


def _plural_present(tokens: list[Token], k: int, start: int, c: ModuleType) -> bool:
    """ "Forecasters expect the storms to …", "before thunderstorms move in": a plain present
    after a plural noun (only a noun) that opens its clause or follows a determiner, with an
    object or a preposition after it."""
    if k >= 2 and tokens[k - 1].lower in c.ADVERBS and tokens[k - 1].lower not in c.PREPOSITIONS:
        k_noun = k - 1  # "Mission managers now aim to launch …": an adverb between
    else:
        k_noun = k
    prev = tokens[k_noun - 1].lower
    if not c.PLURAL_NOUN_ENDING or not prev.endswith(c.PLURAL_NOUN_ENDING) or k + 1 >= len(tokens):
        return False
    if "NOUN" not in c.lemmas(prev):
        return False
    if "VERB" in c.lemmas(prev) and set(c.lemmas(tokens[k].lower)) != {"VERB"}:
        return False  # "the plans call for": which is the verb? ("doctors expect": this one)
    opens = k_noun - 1 == start or tokens[k_noun - 2].lower in c.DETERMINERS
    opens = opens or (k_noun >= 2 and tokens[k_noun - 2].text[:1].isupper() and k_noun - 2 == start)
    nxt = tokens[k + 1].lower
    after = nxt in c.DETERMINERS or nxt in c.PREPOSITIONS or nxt in c.VERB_PARTICLES
    after = after or nxt in c.PRESENT_OBJECTS  # "doctors expect him to …"
    return opens and after


def _capital_slip(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "initiated by the U.S., Was withdrawn": an auxiliary capitalised after an abbreviation's
    full stop (wire copy's habit) is still the verb, not the start of a name."""
    if tokens[k].lower not in c.AUX or not tokens[k].text[1:].islower():
        return False
    j = k - 1
    while j > 0 and tokens[j].text == ",":
        j -= 1
    if tokens[j].text == "." and j > 0:
        j -= 1  # "U.S" "." as the tokens split it
        return "." in tokens[j].text
    return len(tokens[j].text) > 1 and tokens[j].text.endswith(".")


def _verb_follows(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a finite verb follows token ``k`` at once, or after a short time phrase
    ("this week", "last month")."""
    after = [t.lower for t in tokens[k + 1 : k + 4]]
    if after[:2] and after[0] in c.TIME_PHRASE_STARTS and after[1] in c.TIME_UNITS:
        after = after[2:]
    if not after:
        return False
    return (after[0] in c.AUX and after[0] != c.TO) or (
        c.is_past(after[0]) and "NOUN" not in c.lemmas(after[0])
    )


def _singular_noun(word: str, c: ModuleType) -> bool:
    forms = c.lemmas(word)
    return word in forms.get("NOUN", ()) and "VERB" not in forms


def _is_modifier_participle(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """ "The document released by Beijing … lays out": "released" modifies, "lays" is the verb."""
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if k > 0 and tokens[k - 1].text == "," and c.is_participle(tokens[k].text):
        if _resumes_after_aside(tokens, k, end, c):
            return True  # "AZT, derived from …, was created"
        # "The tanker, loaded with ore, and the ferry collided": a verb past the aside's
        # closing comma is the clause's
        close = next((j for j in range(k + 1, end) if tokens[j].text == ","), end)
        phrase = nxt in c.PREPOSITIONS and nxt != c.TO
        return phrase and any(_is_finite(tokens, j, close + 1, c) for j in range(close + 2, end))
    regular = tokens[k].lower.endswith(c.PAST_PARTICIPLE)
    if regular and tokens[k].lower in c.AUX and not c.is_participle(tokens[k].text):
        return False  # German "ist", "hat": an auxiliary ending like a participle
    if not regular and not c.is_participle(tokens[k].text):
        return False
    after = k > 0 and tokens[k - 1].lower not in c.AUX and _aux_after_phrase(tokens, k, end, c)
    if after:
        return True  # "the agreement reached in Paris in February had been …"
    if not regular:
        return False  # "began in February … with Canada being": "being" is no clause's verb
    if nxt != c.BY:
        return False
    return any(_is_finite(tokens, j, k + 2, c) for j in range(k + 3, end))


def _aux_after_phrase(tokens: list[Token], k: int, end: int, c: ModuleType) -> str:
    """Whether an auxiliary ("aux") or a verb in the present ("present") comes after ``k``
    with only a prepositional phrase or two between: "reached [in Paris] [in February] had"
    ("" when none does)."""
    if k + 1 >= end or tokens[k + 1].lower not in c.PREPOSITIONS or tokens[k + 1].lower == c.TO:
        return ""
    for j in range(k + 2, min(end, k + c.REPORTED_SUBJECT_REACH)):
        word = tokens[j]
        if word.text in c.AUX and word.text != c.TO and not word.text.endswith(c.GERUND):
            # "had", not the month "May"; "with Canada being the first" is no verb of a clause
            return "aux" if tokens[j - 1].lower not in c.COORDINATORS else ""
        if _present_verb(word.text, c) and tokens[j - 1].lower not in c.COORDINATORS:
            return "present"  # "the counter-proposal made on Friday contains …"
        if word.text in (",", ";") or word.lower in c.OPENERS or word.lower in c.COORDINATORS:
            return ""
        if c.is_past(word.text) and not word.text[:1].isupper():
            return ""
    return ""


def _present_verb(word: str, c: ModuleType) -> bool:
    """ "contains", "gives": a verb's third person, and no noun's plural."""
    forms = c.lemmas(word)
    verbs = forms.get("VERB", ())
    plural = "NOUN" in forms
    third = word.endswith(c.THIRD_PERSON) and word not in verbs
    return word.islower() and third and bool(verbs) and not plural


def _resumes_after_aside(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """After ", derived from herring sperm," the clause goes on at its own verb."""
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    while close is not None and close + 1 < end and tokens[close + 1].text in c.CLOSE_QUOTES:
        close += 1  # "… review "Brazil Economic Program," refers to"
    if close is None or close + 1 >= end:
        return False
    while close + 2 < end and tokens[close + 1].lower in c.ADVERBS:
        close += 1  # "The organisation, formed in 1948 to …, now regulates"
    nxt = tokens[close + 1]
    finite = _is_finite(tokens, close + 1, close + 1, c) or nxt.lower in c.AUX
    # "Norvale, founded in 1994, first applied …": a past after the adverb
    adverb = tokens[close].lower in c.ADVERBS and nxt.text.islower() and c.is_past(nxt.text)
    return finite or adverb or _present_verb(nxt.text, c)


def _and_clause(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the "and" at ``k``, after a comma, opens a clause with its own subject and
    finite verb ("…, and Pike will take office"), not a list's last item or a second verb
    of the same subject ("…, and ordered schools to close")."""
    first = k + 1
    if first >= len(tokens):
        return False
    if tokens[first].lower in c.PREPOSITIONS:  # "…, and in July the union walked out"
        fronted = first + 1
        while fronted < min(len(tokens), first + 4) and tokens[fronted].text[:1].isalnum():
            if not (tokens[fronted].text[:1].isupper() or tokens[fronted].text[:1].isdigit()):
                break
            fronted += 1
        if fronted == first + 1 or fronted >= len(tokens):
            return False
        first = fronted
    word = tokens[first]
    subject_start = (
        word.lower in c.CLAUSE_SUBJECT_STARTS
        or word.lower in c.DETERMINERS
        or word.lower in c.POSSESSIVE_PRONOUNS
        or word.text[:1].isupper()
    )
    if not subject_start or _is_finite(tokens, first, first, c):
        return False
    end = min(len(tokens), first + _AND_SUBJECT_REACH + 1)
    for j in range(first + 1, end):
        if tokens[j].text in (",", ";") or tokens[j].lower in c.OPENERS:
            return False
        if tokens[j].lower in c.PRONOUNS:
            return False  # "and the jobs he has held have been …": a relative inside
        if _is_finite(tokens, j, first, c) and not _is_modifier_participle(
            tokens, j, len(tokens), c
        ):
            return True
    return False


_AND_SUBJECT_REACH = 6  # tokens: "and the city's transport committee will meet"


def _aside_phrase(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the preposition at ``k`` ("after", "before") opens a phrase set off by commas
    with no verb of its own: ", after a 16-hour flight," — not a clause ("after it ended")."""
    if tokens[k - 1].text != ",":
        return False
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    return close is not None and _finite_verb(tokens, k + 1, close, c) is None


def _clock_after(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether a clock time follows the preposition at ``k`` ("after 4:30 a.m.", "before 2
    p.m."): a time phrase, not a clause ("after 1,000 people marched")."""
    if k + 2 >= len(tokens) or not tokens[k + 1].text.isdigit():
        return False
    return tokens[k + 2].text == ":" or tokens[k + 2].lower in c.CLOCK_HALF_DAY


def _relative_after_verb(tokens: list[Token], start: int, k: int, c: ModuleType) -> bool:
    """A relative clause with no comma, opened by a relative and an auxiliary after its
    clause's verb ("linked their approval to issues which would be discussed in April"): a
    clause of its own, so its date is not the verb's. Before the verb ("officers who had been
    searching … concluded") it is left in the subject."""
    if tokens[k].lower not in c.RELATIVES or k + 1 >= len(tokens) or tokens[k - 1].text == ",":
        return False
    return tokens[k + 1].lower in c.AUX and _finite_verb(tokens, start, k, c) is not None


def _nationality_of_noun(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether token ``k`` is a nationality qualifying the noun after it, after an article or
    a preposition ("of European exports", "the Japanese imports"): no subject of a verb."""
    if not c.NATIONALITY_ENDING or k < 1:
        return False
    after = tokens[k - 1].lower in c.DETERMINERS | c.PREPOSITIONS | c.NUMBER_WORDS
    return after and bool(re.search(c.NATIONALITY_ENDING, tokens[k].text))


def zu_infinitive(tokens: list[Token], k: int, end: int, c: ModuleType) -> bool:
    """Whether tokens from ``k`` to the next comma are an infinitive with "zu" closing a verb
    where the verb goes last ("…, die Steuern zu senken", "…, den Vertrag abzuschließen"):
    part of the clause before, no clause of its own."""
    if not c.VERB_LAST or (k < end and tokens[k].lower in c.PURPOSE_OPENERS):
        return False  # "…, um über die Krise zu beraten": why, not what the verb takes
    stop = next((j for j in range(k, end) if tokens[j].text == ","), end)
    if stop - k < 2 or not zu_verb(tokens[stop - 2].lower, tokens[stop - 1].text, c):
        return False
    return not any(_is_finite(tokens, j, k, c) for j in range(k + 1, stop - 1))


def _name_then_verb(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the name at ``k`` is straight followed by a verb, or by an aside between
    commas and then a verb ("Lomax, a rival, was acquired"); not "January, sales rose"."""
    j = k + 1
    while j < len(tokens) and tokens[j].text[:1].isupper():
        j += 1  # the name's other words
    if j < len(tokens) and tokens[j].text == ",":
        close = next((i for i in range(j + 1, len(tokens)) if tokens[i].text == ","), None)
        if close is None or close + 1 >= len(tokens):
            return False
        j = close + 1
    return j < len(tokens) and (tokens[j].lower in c.AUX or _is_finite(tokens, j, k, c))


def _said_comma(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """ "Lund said, the company spent …": a verb of saying, a comma, then a clause with its
    own subject and verb."""
    if k < 3 or any(t.text == "," for t in tokens[: k - 1]):
        return False  # "…, she said, the soonest …": an attribution inside the sentence
    verb = tokens[k - 2]
    if not set(c.lemmas(verb.lower).get("VERB", ())) & c.SPEECH_VERBS:
        return False
    return _is_finite(tokens, k - 2, 0, c) and _reported_verb(tokens, k, c) is not None


def _resumed(tokens: list[Token], k: int, c: ModuleType) -> bool:
    """Whether the relative clause at ``k`` ends the sentence or closes at a comma its main
    clause's verb follows ("…, which starts on May 20, has not …"), so that nothing after it
    reads as its own ("…, which regulates banks, yesterday said …")."""
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return True
    after = tokens[comma + 1]
    return after.lower in c.AUX or (after.text.islower() and c.is_past(after.text))


def _subject_before_aside(tokens: list[Token], start: int, comma: int, c: ModuleType) -> bool:
    """ "El alcalde, elegido en 2023, …": a determiner's phrase before a participle set off by
    commas is the subject, not a fronted adverbial ("El lunes, …")."""
    after = comma + 1
    return (
        tokens[start].lower in c.DETERMINERS
        and after < len(tokens)
        and c.is_participle(tokens[after].text)
        and any(tokens[k].text == "," for k in range(after + 1, len(tokens)))
    )


def zu_verb(before: str, word: str, c: ModuleType) -> bool:
    """Whether ``word`` closes an infinitive with "zu": "zu senken" (``before`` is "zu"), or a
    particle verb's "zu" inside it ("abzuschließen", "auszuweiten"), not "gilt als zu klein".
    The one reading of a German "zu" infinitive (``zu_infinitive``, ``verb_second``)."""
    lower = word.lower()
    if not word.islower() or not lower.endswith("n"):
        return False
    if before == c.TO:
        return "VERB" in c.lemmas(lower)
    glued = any(
        lower.startswith(p + c.TO) and len(lower) > len(p) + len(c.TO) + 2 for p in c.VERB_PARTICLES
    )
    return glued or (c.TO in lower[2:] and "VERB" in c.lemmas(lower))
