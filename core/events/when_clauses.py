"""Dates shared with a "when" clause: "since 1998, when they won the league" dates the win;
"She will take her seat when parliament returns on May 18" dates the seat-taking too.

``core.events.happenings`` asks which clause a date told by a "when" clause belongs to
(``told_by_when_clause``) and which date a clause with none of its own takes from the "when"
clause beside it (``when_clause_date``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from core import lang
from core.events.parse import Sentence, When, token_after, token_at
from core.events.tokens import Clause
from core.timeval import parse_value


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def told_by_when_clause(s: Sentence) -> dict[When, int]:
    """The dates a "when" clause follows at once ("since 1998, when they won the league"),
    each with that clause's index: they date that clause, not the one they stand in."""
    c = _clauses(s.language)
    counted = lang.words(s.language, "anchors").COUNT_WAYS
    told: dict[When, int] = {}
    for w in [w for w in s.whens if w.of_when_clause]:
        after = token_after(s, w.timex)
        while after < len(s.tokens) and s.tokens[after].text == ",":
            after += 1
        for k, clause in enumerate(s.clauses):
            opens = clause.opener == c.WHEN or clause.opener.lower() in counted
            told_then = told_past(s, clause) or told_ahead(s, clause)
            if opens and told_then and after <= clause.start + 1:
                if clause.start <= after and k not in told.values():
                    told[w] = k
                break
    return told


def when_clause_date(s: Sentence, ci: int) -> When | None:
    """The date of the "when" clause straight after clause ``ci`` ("… take her seat | when
    parliament returns on May 18") or fronted before it ("When the council voted in 1992, |
    Okafor wrote …"): the clause, with no date of its own, happens then too."""
    c = _clauses(s.language)
    if s.clauses[ci].verb is None:
        return None
    fronted = _fronted_date(s)
    if fronted is not None and (ci == 2 or (ci == 1 and _subject_first(s, s.clauses[1]))):
        # "In 2019, when the plant closed, the town lost …": the closing and the loss in 2019
        return (_own_date(s, s.clauses[1]) if ci == 2 else None) or fronted
    if ci == 1 and s.clauses[0].start == 0 and s.clauses[0].opener == c.WHEN:
        nxt = s.clauses[0]  # "When the council voted … in 1992, Okafor wrote a report"
    elif ci + 1 < len(s.clauses) and s.clauses[ci + 1].opener == c.WHEN:
        nxt = s.clauses[ci + 1]
    else:
        return None
    return None if nxt.verb is None else _own_date(s, nxt)


def _own_date(s: Sentence, clause: Clause) -> When | None:
    """The one date inside ``clause`` that dates it (None: none, or several)."""
    inside = [
        w
        for w in s.whens
        if clause.start <= token_at(s.tokens, w.timex.start) < clause.end and not w.of_when_clause
    ]
    return inside[0] if len(inside) == 1 and not inside[0].back else None


def _subject_first(s: Sentence, clause: Clause) -> bool:
    """Whether a clause opens on its subject, not on its verb or a preposition: a title is
    read from it ("when the plant closed"; not Ukrainian "коли до міста наближався фронт",
    "the front was nearing the town")."""
    first = clause.body
    c = _clauses(s.language)
    return first != clause.verb and s.tokens[first].lower not in c.PREPOSITIONS


def _fronted_date(s: Sentence) -> When | None:
    """The date of a phrase fronted alone before a "when" clause and the main clause after it
    ("In 2019, | when the plant closed, | the town lost …"; None: no such sentence)."""
    c = _clauses(s.language)
    if len(s.clauses) < 3 or s.clauses[0].start != 0 or s.clauses[0].verb is not None:
        return None
    head, told, main = s.clauses[:3]
    if told.opener not in c.WHEN_WORDS or told.verb is None or main.verb is None:
        return None
    if main.opener in c.OPENERS:
        return None
    if s.tokens[main.start - 1].text != ",":
        return None
    return _own_date(s, head)


def told_past(s: Sentence, clause: Clause) -> bool:
    """Whether a "when" clause tells what happened: a verb in the past and no plan ("when
    they won the league", not "when ministers were due to meet", "when it reports")."""
    c = _clauses(s.language)
    if clause.verb is None:
        return False
    words = [s.tokens[k].lower for k in range(clause.body, clause.end)]
    if set(words) & (c.SCHEDULED | c.FUTURE):
        return False
    verb = s.tokens[clause.verb]
    return verb.lower in c.BE_PAST or c.is_past(verb.text)


def closing_when(s: Sentence, ci: int, whens: list[When]) -> tuple[Clause, When] | None:
    """The "when" clause told in the past, with no date of its own, right after the date that
    closes clause ``ci``, and that date ("The union held a strike in August 2023, when sailings
    were halted"; "follows a strike on Monday, when sailings were cancelled"; "came in March
    1961, when a saxophonist turned up"): it happened then too, whatever clause ``ci`` makes
    of the date, unless that clause is not told in the past and what comes before looks
    ahead. None: no such clause."""
    c = _clauses(s.language)
    if ci + 1 >= len(s.clauses):
        return None
    nxt = s.clauses[ci + 1]
    last = max(whens, key=lambda w: w.timex.start)
    between = [t.text for t in s.tokens[token_after(s, last.timex) : nxt.start]]
    opens = nxt.opener == c.WHEN and (between in ([], [","]) or _verb_last_close(between, c))
    past = told_past(s, nxt)
    if not opens or not (past or told_ahead(s, nxt)):
        return None
    if past and not told_past(s, s.clauses[ci]) and (c.VERB_LAST or looks_ahead(s, nxt.start)):
        # ("Usage would be higher in 1990, when usage was estimated …": a forecast; German
        # "folgt auf einen Ausstand am Montag, als alle Fähren ausfielen" keeps its verb last)
        return None
    if fronted_alone(s, s.clauses[ci], last):
        return None  # "In 2019, when the plant closed, the town lost …": when_clause_date's
    inside = [w for w in s.whens if token_at(s.tokens, w.timex.start) in range(nxt.start, nxt.end)]
    if not all(_earlier_thing(last, w) for w in inside):
        return None  # a date of its own
    return nxt, last


def _verb_last_close(between: list[str], c: ModuleType) -> bool:
    """Whether the words between a date and the comma before "als" only close a clause that
    puts its last word at the end, in a language that does (German "war am Montag [dabei],
    als …", "flog im Herbst [auf], als …", "stand gestern [mit der Stadträtin vor dem Domportal
    bereit], als …"): words with no finite verb (nor "wurde": "eröffnet wurde, als" ends a
    passive) and no comparison ("[mehr Geld ausgegeben], als …" is "than"), the last one in
    lower case."""
    if not c.VERB_LAST or not 1 < len(between) <= _CLOSE_WORDS + 1 or between[-1] != ",":
        return False
    if not between[-2].islower() or not all(w.isalpha() for w in between[:-1]):
        return False
    lower = [w for w in between[:-1] if w.islower()]
    finite = any(w in c.AUX or (c.is_past(w) and not c.is_participle(w)) for w in lower)
    return not finite and not any(w in c.COMPARED_BEFORE_THAN for w in lower)


_CLOSE_WORDS = 10  # "mit der Stadträtin vor dem Domportal bereit": a longer run is more


def _earlier_thing(last: When, inside: When) -> bool:
    """Whether ``inside``, a date in the "when" clause told right after ``last``, ends before
    ``last`` begins: the date of a thing the clause names ("on January 22, when the lenders sued
    to recover money lost in the fund's collapse in October 2024"), as the clause "when" ties to
    ``last`` happened then ("in 2019, when the plant closed in March" keeps its March)."""
    if inside.back or inside.until is not None or last.until is not None:
        return False
    own, then = parse_value(inside.timex.value), parse_value(last.timex.value)
    return own is not None and then is not None and own.end <= then.start


def told_ahead(s: Sentence, clause: Clause) -> bool:
    """Whether a "when" clause tells what will happen ("until early June, when McCrory will
    take over"), not what may ("would", or after "could be higher in 2031"). Not with a
    pronoun for subject: "will finish the hotel by 1988, when it will be handed over" is the
    hotel's, the thing just named, which the sentence's subject is taken for. Nor after a
    clause told in the past."""
    c = _clauses(s.language)
    if clause.verb is None or s.tokens[clause.verb].lower not in c.FUTURE - c.HYPOTHETICAL:
        return False
    if s.tokens[clause.body].lower in c.PRONOUNS:
        return False
    before = [cl for cl in s.clauses if cl.end <= clause.start]
    if before and told_past(s, before[-1]):
        return False  # ("Prices rose in 2019, when the plant will close": no time ahead)
    return not any(s.tokens[k].lower in c.HYPOTHETICAL for k in range(clause.start))


def looks_ahead(s: Sentence, end: int) -> bool:
    """Whether the sentence before token ``end`` tells of a time ahead or of what may be
    ("would", "is due to", "may"): a "when" clause after it is no past happening's date."""
    c = _clauses(s.language)
    ahead = c.FUTURE | c.SCHEDULED | c.MODALS
    return any(s.tokens[k].lower in ahead for k in range(end) if k not in s.drop)  # no "May"


def fronted_alone(s: Sentence, clause: Clause, when: When) -> bool:
    """Whether ``when`` opens ``clause`` with nothing before it but prepositions ("In 2019, |
    when the plant closed, | the town lost …"; Ukrainian "Восени 1941 року, | коли …")."""
    c = _clauses(s.language)
    at = token_at(s.tokens, when.timex.start)
    return all(s.tokens[k].lower in c.PREPOSITIONS for k in range(clause.start, at))
