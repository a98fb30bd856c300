"""The news a report's opening sentence tells with no time of its own.

A news report's lead tells what has just happened: "Acme Toys filed a reorganization plan",
"Norland expelled two diplomats, the official paper reported", "Ray Doe has resigned as
chairman". With no date in the sentence, a reader puts the happening on the report's day.
Only a completed action qualifies: a past or a present perfect, not a state ("is a maker of
toys"), a habit, a plan, a possibility, a wish, a figure's move ("Profit rose 5%", the period's
figure, not the day's), background ("since …") or a saying ("said the talks would go on").
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.happenings import clause_happening
from core.events.parse import Happening, Sentence, lexical_verb, parse_sentence
from core.events.states import is_state
from core.events.tense_dates import habit, told_before, told_now
from core.events.tokens import Clause
from core.model import Event


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


@cache
def _subordinate_openers(language: str) -> frozenset[str]:
    """The words that open a clause inside another (a relative, "because", "that")."""
    c = _clauses(language)
    return lang.union(
        c, "RELATIVES", "SUBORDINATORS", "BARE_OPENERS", "FRONTED_SUBORDINATORS", "CLAUSE_SINCE"
    ) | {c.THAT}


@cache
def _refused_verbs(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Verbs whose past tells no news of the day: a figure's move ("rose 5%"), a state, a wish;
    and the figure verbs again, as the starts of a form ("posted", Russian "выросла")."""
    c, e = _clauses(language), lang.words(language, "events")
    figures = lang.union(c, "MEASURE_MOVES", "FIGURE_CHANGE_VERBS") | e.LEAD_FIGURE_VERBS
    return figures | c.STATE_VERBS | e.ATTITUDE, tuple(sorted(figures))


def _refused(word: str, verbs: set[str], language: str) -> bool:
    lemmas, starts = _refused_verbs(language)
    return bool(verbs & lemmas) or word.lower().startswith(starts)


def lead_news(
    text: str, start: int, end: int, mentions: list[Mention], language: str = "en",
    dates: tuple[int, ...] = (),
) -> Happening | None:  # fmt: skip
    """The completed happening ``text[start:end]``, an opening sentence, reports as its news
    with no date of its own, or None; ``dates``: where the sentence's time expressions start,
    none of them in the main clause ("Acme, whose stock peaked in 1983, filed …")."""
    if text[start:end].lstrip()[:1] in _clauses(language).OPEN_QUOTES:
        return None  # a quotation opens it: the speaker's words, not the report's
    s = parse_sentence(text, start, end, [], mentions, language)
    if s is None:
        return None
    main = _main_clause(s)
    if main is None:
        return None
    a, b = s.span(main.start, main.end)
    if any(a <= d < b for d in dates):
        return None  # the clause has a time of its own, or a thing's time the title would take
    if _is_saying(s, main):
        return None  # "The mayor said he was pleased": what is said is no happening of the day
    return _completed(s, main)


def _main_clause(s: Sentence) -> Clause | None:
    """The first clause with a verb that opens no relative or subordinate clause ("Acme, a toy
    maker whose stock peaked in 1983, | filed …")."""
    openers = _subordinate_openers(s.language)
    return next(
        (c for c in s.clauses if c.verb is not None and c.opener.lower() not in openers), None
    )


def _is_saying(s: Sentence, clause: Clause) -> bool:
    c = _clauses(s.language)
    verbs = set(c.lemmas(s.tokens[lexical_verb(s, clause)].text).get("VERB", ()))
    return bool(verbs & lang.union(c, "SPEECH_VERBS", "CLAUSE_ONLY_SPEECH"))


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
    if not verbs or _refused(word, verbs, s.language):
        return None
    happening = clause_happening(s, clause, None, clause.end)  # type: ignore[arg-type]
    if happening is None or happening.named_only:
        return None
    predicate = " ".join(t.text for t in s.tokens[clause.verb : clause.end])
    told = f"_ {predicate}"  # (the subject's words left out: "Acme Toys" is no present "toys")
    if told_now(told, s.language) or not _past(s, clause, told) or habit(told, s.language):
        return None
    if is_state(predicate, s.language):
        return None
    return happening


def _past(s: Sentence, clause: Clause, title: str) -> bool:
    """A simple past or a present perfect; in a verb-last language an auxiliary of the perfect
    with the participle closing the clause ("hat den Chef entlassen")."""
    c = _clauses(s.language)
    if c.PAST_PERFECT_AUX & {t.lower for t in s.tokens[clause.body : clause.end]}:
        return False  # "had resigned": before another time the article tells
    if told_before(title, s.language):
        return True
    if not c.VERB_LAST or clause.verb is None:
        return False
    last = next(
        (t for t in reversed(s.tokens[clause.verb + 1 : clause.end]) if t.text[:1].isalpha()),
        None,
    )
    return (
        s.tokens[clause.verb].lower in c.HAVE and last is not None and c.is_participle(last.lower)
    )


def verb_lemmas(title: str, language: str = "en") -> frozenset[str]:
    """The verbs a title's words may be forms of."""
    c = _clauses(language)
    return frozenset(v for w in title.split() for v in c.lemmas(w.strip(",.")).get("VERB", ()))


def told_elsewhere(
    news: list[tuple[Event, frozenset[str]]], events: list[Event], language: str
) -> set[int]:
    """The ids of the lead events (with their verbs) the article tells again on another date
    ("Acme filed a plan … The plan was filed yesterday"): that date wins."""
    return {
        id(lead)
        for lead, verbs in news
        if any(
            other is not lead
            and not other.undated
            and other.start != lead.start
            and verbs & verb_lemmas(other.title, language)
            for other in events
        )
    }
