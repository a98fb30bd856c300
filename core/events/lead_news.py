"""The news a report's opening sentence tells with no time of its own.

A news report's lead tells what has just happened: "Acme Toys filed a reorganization plan",
"Norland expelled two diplomats, the official paper reported", "Ray Doe has resigned as
chairman". With no date in the sentence, a reader puts the happening on the report's day.
Only a completed action qualifies: a past or a present perfect, not a state ("is a maker of
toys"), a habit, a plan, a possibility, a wish, a figure's move ("Profit rose 5%", the period's
figure, not the day's), background ("since …") or a saying ("said the talks would go on").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.happenings import clause_happening
from core.events.parse import Happening, Sentence, lexical_verb, parse_sentence
from core.events.states import is_state
from core.events.tense_dates import habit, told_before, told_now
from core.events.tokens import Clause
from core.model import Event
from core.temporal.narration import present_or_ahead

_WORD = re.compile(r"[^\W\d_]+")
_TAIL_WORDS = 4  # words of an attribution between commas
_MIN_COMMON = 5  # letters of a common word that recognises a happening told again
_RECENT = 7 * 24 * 3600  # how far back another telling's day may be (seconds)
_DAY = 24 * 3600
_LEVEL_REACH = 5  # words after "at" that may hold the level's figure
# What closes an aside: a date after the last of these stands in the main clause.
_ASIDE_CLOSE = re.compile(r"[,;:()\u2013\u2014]")
_LIST_MARKS = frozenset(":-\u2013\u2014")
AFTER_LEAD = 3  # the sentences after a lead read for a day before the report's


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _findings(language: str) -> frozenset[str]:
    return lang.words(language, "events").LEAD_FINDING_WORDS


@cache
def _subordinate_openers(language: str) -> frozenset[str]:
    """The words that open a clause inside another (a relative, "because", "that")."""
    c = _clauses(language)
    return lang.union(
        c, "RELATIVES", "SUBORDINATORS", "BARE_OPENERS", "FRONTED_SUBORDINATORS", "CLAUSE_SINCE"
    ) | {c.THAT}


@cache
def _figure_verbs(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Verbs whose past tells a period's figure ("rose 5%", "posted a loss"), as lemmas and as
    the starts of a form (for words the lists do not know: Russian "выросла")."""
    c, e = _clauses(language), lang.words(language, "events")
    figures = lang.union(c, "MEASURE_MOVES", "FIGURE_CHANGE_VERBS") | e.LEAD_FIGURE_VERBS
    return figures, tuple(sorted(figures))


def _figure(word: str, language: str) -> bool:
    """Whether ``word`` is a form of a figure's verb."""
    lemmas, starts = _figure_verbs(language)
    forms = _clauses(language).lemmas(word)
    if forms:
        return bool(set(forms.get("VERB", ())) & lemmas)
    return word.lower().startswith(starts)


def lead_news(
    text: str, start: int, end: int, mentions: list[Mention], language: str = "en",
    dates: tuple[int, ...] = (),
) -> Happening | None:  # fmt: skip
    """The completed happening ``text[start:end]``, an opening sentence, reports as its news
    with no date of its own, or None; ``dates``: where the sentence's time expressions start,
    all of them before the main clause ("Acme, whose stock peaked in 1983, filed …"; not "…
    approved the plan after a meeting that ran until Tuesday night")."""
    if text[start:end].lstrip()[:1] in _clauses(language).OPEN_QUOTES:
        return None  # a quotation opens it: the speaker's words, not the report's
    if text[start:end].rstrip()[-1:] in _LIST_MARKS:
        return None  # "Dealers gave these rates -": it opens a list or a table
    if _findings(language).intersection(_WORD.findall(text[start:end].lower())):
        return None  # "The vaccine prevented half of cases, the trial found": the study's time
    if dates and not _ASIDE_CLOSE.search(text, max(dates), end):
        return None  # no comma, bracket or dash after its last date: the date stands in the
        # main clause, not in an aside before it (known before the sentence is parsed)
    if not dates and _says_first(text, start, end, language):
        return None  # "Acme said it would …": a saying (known before the sentence is parsed)
    s = parse_sentence(text, start, end, [], mentions, language)
    if s is None:
        return None
    main = main_clause(s)
    if main is None:
        return None
    if any(d >= s.tokens[main.start].start for d in dates):
        return None  # the clause has a time of its own, or one near it that may be its own
    after = [c for c in s.clauses if c.start >= main.end][:1]
    if after and after[0].opener.lower() in lang.words(language, "events").LEAD_TIME_WORDS:
        return None  # "The brewery opened after the flood and …": a time of its own
    if _is_saying(s, main):
        return None  # "The mayor said he was pleased": what is said is no happening of the day
    if _level_or_phase(s, main):
        return None  # "Timber stocks closed at 2.1 times earnings", "scored in the first half"
    if _present_tail(s):
        return None  # "The water came up through the floorboards, Jean remembers": a memory
    return _completed(s, main)


def _says_first(text: str, start: int, end: int, language: str) -> bool:
    """Whether the first word before the sentence's first comma that may be a verb is a verb of
    saying ("Acme Corp said it …"): its main clause is that saying, which ``_is_saying`` would
    find after a parse. (A noun read as a verb first, "The market …", only leaves it to the
    parse.)"""
    c = _clauses(language)
    comma = text.find(",", start, end)
    for word in _WORD.findall(text, start, end if comma < 0 else comma):
        if not word[:1].isupper() and c.lemmas(word).get("VERB", ()):
            return _saying(word, c)
    return False


def main_clause(s: Sentence) -> Clause | None:
    """The first clause with a verb that opens no relative or subordinate clause ("Acme, a toy
    maker whose stock peaked in 1983, | filed …"); none when the sentence opens on a
    subordinate clause ("When the trucks came, few asked": a scene, no news) or the clause goes
    on a relative whose verb it holds ("Roe, whose halls | changed how …")."""
    openers = _subordinate_openers(s.language)
    if s.clauses[0].opener.lower() in openers:
        return None
    for before, clause in zip([None, *s.clauses], s.clauses, strict=False):
        if clause.verb is None or clause.opener.lower() in openers:
            continue
        if before is not None and before.verb is None and before.opener.lower() in openers:
            return None
        return clause
    return None


def _level_or_phase(s: Sentence, clause: Clause) -> bool:
    """Whether the clause quotes a level after the verb ("closed at 2.1 times earnings",
    "traded at 906 marks": a price, no happening) or names a phase of a match or a race ("in
    the first half", "in the 89th minute": a time of its own in a day it does not give)."""
    e = lang.words(s.language, "events")
    tokens = s.tokens[clause.start : clause.end]
    for k, (before, token) in enumerate(pairwise(tokens)):
        ahead = tokens[k + 1 : k + 1 + _LEVEL_REACH]  # ("at a market value of 2.1 times")
        if before.lower in e.LEAD_LEVEL_WORDS and any(t.text[:1].isdigit() for t in ahead):
            return True
        counted = before.lower in e.LEAD_PHASE_ORDINALS or any(ch.isdigit() for ch in before.text)
        if token.lower in e.LEAD_PHASE_WORDS and counted:
            return True
    return False


def _present_tail(s: Sentence) -> bool:
    """Whether a short stretch between commas, or after the last, is a present attribution
    ("…, she recalls", "…, Jean Roe remembers, and …", "…, officials say"): what someone tells
    now, not the day's news."""
    commas = [k for k, t in enumerate(s.tokens) if t.text == ","]
    for a, b in zip(commas, [*commas[1:], len(s.tokens)], strict=False):
        part = [t for t in s.tokens[a + 1 : b] if t.text[:1].isalnum()]
        if not part or len(part) > _TAIL_WORDS:
            continue
        told = " ".join(t.text for t in part)  # ("Ada Pell remembers": a present the lists know)
        if present_or_ahead(s.text, part[0].start, part[-1].end, s.language) or told_now(
            f"_ {told}", s.language
        ):
            return True
    return False


def _is_saying(s: Sentence, clause: Clause) -> bool:
    return _saying(s.tokens[lexical_verb(s, clause)].text, _clauses(s.language))


def _saying(word: str, c: ModuleType) -> bool:
    """Whether ``word`` is a form of a verb of saying ("said", "told")."""
    verbs = c.lemmas(word).get("VERB", ())
    return bool(lang.union(c, "SPEECH_VERBS", "CLAUSE_ONLY_SPEECH").intersection(verbs))


def _completed(s: Sentence, clause: Clause) -> Happening | None:
    """The clause's happening when it tells a completed action, else None."""
    c = _clauses(s.language)
    assert clause.verb is not None
    if any(s.inside[clause.start : clause.end]):
        return None  # words quoted inside: a claim in someone's words
    lexical = lexical_verb(s, clause)
    words = [t.lower for t in s.tokens[clause.body : lexical + 1]]
    if set(words) & (c.HYPOTHETICAL | c.FUTURE | c.NEGATIONS | lang.union(c, "MODALS")):
        return None  # "could start", "will sign", "did not sign": no happening done
    word = s.tokens[lexical].text
    verbs = set(c.lemmas(word).get("VERB", ()))
    if not verbs or verbs & (c.STATE_VERBS | lang.words(s.language, "events").ATTITUDE):
        return None  # "remained", "wanted": a state, a wish
    e = lang.words(s.language, "events")
    subject = {t.lower for t in s.tokens[clause.start : clause.verb]}
    if subject & e.LEAD_MARKET_SUBJECTS:
        return None  # "Barley futures closed firmer"
    # (the clause's own words read first: its title, the dearest question, comes last)
    predicate = " ".join(t.text for t in s.tokens[clause.verb : clause.end])
    told = f"_ {predicate}"  # (the subject's words left out: "Acme Toys" is no present "toys")
    if told_now(told, s.language) or not _past(s, clause, lexical, told):
        return None
    clause_words = {t.lower for t in s.tokens[clause.body : clause.end]}
    if habit(told, s.language) or clause_words & lang.union(c, "HABIT_WORDS"):
        return None  # "Joan has fed the tapirs almost every morning": a habit
    finite = s.tokens[clause.verb].lower
    copula = finite in c.BE and not c.is_participle(s.tokens[lexical].lower)
    if verbs & c.BE or copula:
        return None  # "Їй було дванадцять": how things were
    if is_state(predicate, s.language):
        return None
    happening = clause_happening(s, clause, None, clause.end)  # type: ignore[arg-type]
    if happening is None or happening.named_only or word not in happening.title.split():
        return None  # (a title told of another verb than the one read: "… allowed without")
    title = happening.title.split()
    if any(_figure(w.strip(",.;:"), s.language) for w in title):
        return None  # "Pretax profit for the year ended March 31 dropped": a figure
    if {w.strip(",.;:").lower() for w in title} & e.LEAD_FIGURE_NOUNS:
        return None  # "Quillon Bank has suffered losses"
    return happening


def _past(s: Sentence, clause: Clause, lexical: int, told: str) -> bool:
    """A simple past or a present perfect ("filed", "has resigned", "a arrêté", "hat den Chef
    entlassen"), no past perfect or imperfect ("had resigned", "avaient péri", "circulait":
    before the news or how things stood) and no present or future form in the clause
    ("legen die Arbeit nieder", "expondrá", "…, which will take 60 spaces")."""
    c, e = _clauses(s.language), lang.words(s.language, "events")
    assert clause.verb is not None
    finite, word = s.tokens[clause.verb], s.tokens[lexical]
    words = {t.lower for t in s.tokens[clause.body : clause.end]}
    if (c.PAST_PERFECT_AUX | e.LEAD_BACKGROUND_AUX | e.LEAD_TIME_WORDS) & words:
        return False  # ("The brewery opened after the flood": a time of its own)
    if any(t.lower.endswith(e.LEAD_IMPERFECT_ENDINGS) for t in (finite, word)):
        return False
    if e.LEAD_PAST_ENDINGS and not finite.lower.endswith(e.LEAD_PAST_ENDINGS):
        return False  # ("Бібліотекарка йде на пенсію": a present its lists take for a past)
    perfect = lexical != clause.verb and finite.lower in c.HAVE and c.is_participle(word.lower)
    rest = s.tokens[clause.verb + 1 if perfect else clause.verb : clause.end]
    if rest and present_or_ahead(s.text, rest[0].start, rest[-1].end, s.language, False):
        return False
    if s.language == "en":  # (the English lists tell a past from a present best)
        return told_before(told, s.language)
    if perfect:
        return finite.lower not in c.PAST_PERFECT_AUX
    if lexical == clause.verb and c.is_participle(word.lower):
        return False  # "Rythmes aménagés": a participle with no auxiliary, a heading's words
    if lexical == clause.verb or finite.lower in c.BE_PAST:
        return c.is_past(finite.lower) or finite.lower in c.BE_PAST
    return False


def lead_words(title: str, language: str = "en") -> frozenset[str]:
    """What a lead's title is recognised by when told again: the verbs its words may be forms
    of, and its longer common words ("bombings")."""
    c = _clauses(language)
    words = [w.strip(",.;:") for w in title.split()]
    verbs = {v for w in words for v in c.lemmas(w).get("VERB", ())}
    common = {
        w.lower() for k, w in enumerate(words) if len(w) >= _MIN_COMMON and (k == 0 or w.islower())
    }
    return frozenset(verbs | (common - c.FUNCTION_WORDS - c.AUX))


def told_elsewhere(
    news: list[tuple[Event, frozenset[str]]], events: list[Event], language: str
) -> set[int]:
    """The ids of the lead events (with their ``lead_words``) the article tells again on a day
    of the days before ("Acme filed a plan … The plan was filed on Thursday", "Bombings blew
    apart buildings … The bombings occurred on Friday"): that day wins."""
    return {
        id(lead)
        for lead, words in news
        if any(
            other.precision == "day"
            and not other.undated
            and 0 < lead.start_ts - other.start_ts <= _RECENT
            and words & lead_words(other.title, language)
            for other in events
        )
    }


def told_in_retrospect(
    news: list[tuple[Event, frozenset[str]]], events: list[Event], after: list[tuple[int, int]],
    earlier_next: bool = False,
) -> set[int]:  # fmt: skip
    """The ids of the lead events (``news``) that the sentences ``after`` the lead show are not
    the report's day's news: the next sentence dates a happening before that day ("Ana met Tom.
    On Monday, she flew to Oslo": the meeting came first; "… It was announced in 2011"), or one
    of the few after it dates one on the day before ("…, he announced yesterday", "Under a
    deal struck yesterday"): a newspaper's lead tells the day before's news, and with no date
    of its own it may be that day's. ``earlier_next``: the next sentence holds a date before
    the report's day that dates a clause, whether or not it gave an event."""
    if not news or not after:
        return set()
    if earlier_next:
        return {id(lead) for lead, _ in news}
    lead_ts = min(lead.start_ts for lead, _ in news)
    for number, (start, end) in enumerate(after):
        for other in events:
            if other.undated or not start <= other.char_start < end or other.start_ts >= lead_ts:
                continue
            if number == 0 or (other.precision == "day" and lead_ts - other.start_ts <= _DAY):
                return {id(lead) for lead, _ in news}
    return set()
