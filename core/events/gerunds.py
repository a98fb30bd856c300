"""A happening told by a gerund after "after" or "before", with its own date: "Quintero has
cancelled her tour after undergoing throat surgery in Madrid on Monday".

The gerund's subject is the main clause's ("Quintero"), and its tense the story's: told as
what happened ("Quintero underwent throat surgery in Madrid"), dated by its own date. The
main clause keeps its own date, or none. Only the openers the language lists
(``GERUND_OPENERS``) count: "by cutting costs in May" tells how, not what happened then.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from core import lang
from core.events.entities import Mention
from core.events.kinds import clause_kind
from core.events.parse import Happening, Sentence, When, kept_text
from core.events.subjects import subject_of
from core.events.titles import headline
from core.events.tokens import Clause
from core.events.wording import cut_coordination

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@cache
def _clauses(language: str) -> ModuleType:
    return lang.words(language, "clauses")


def gerund_clause(s: Sentence, ci: int, when: When) -> Happening | None:
    """The happening of clause ``ci`` when it is "after/before" and a gerund, dated
    ``when``, with the main clause's subject; None otherwise."""
    c = _clauses(s.language)
    clause = s.clauses[ci]
    if clause.opener not in c.GERUND_OPENERS or clause.body >= clause.end:
        return None
    word = s.tokens[clause.body]
    verbs = c.lemmas(word.lower).get("VERB", ())
    if not word.text.islower() or not word.lower.endswith(c.GERUND) or not verbs:
        return None
    before_opener = s.tokens[clause.start - 1].lower.split("-")[-1] if clause.start else ""
    if before_opener in c.GERUND_TIME_NOUNS:
        return None  # "half an hour before closing": a time told by a noun, no happening
    # (but "was named on Thursday, a day after forming … on Wednesday": the forming then)
    words = [s.tokens[k] for k in range(clause.body, clause.end) if k not in s.drop]
    figures = any(t.text[:1].isdigit() or t.lower in c.AMOUNT_WORDS for t in words)
    if figures and not _DAY.match(when.timex.value):
        return None  # "gained 4 pct after slipping 0.7 pct in March": a month's baseline
    # (a day's trading is a happening: "fell 3% on Thursday after rising 1% on Wednesday")
    # the clause it hangs on: the one before it ("He noted that sales rose | after …": the
    # sales), or after it when it is fronted ("After meeting …, the minister flew …")
    before = [cl for cl in s.clauses[:ci] if cl.verb is not None]
    after = [cl for cl in s.clauses[ci + 1 :] if cl.verb is not None]
    main = before[-1] if before else (after[0] if after and ci == 0 else None)
    if main is None or main.opener in c.GERUND_OPENERS or main.verb is None:
        return None
    subject, resolved, subject_range = subject_of(s, main)
    if not subject or _named_inside(s, clause, resolved):
        return None
    verb = s.tokens[main.verb]
    nxt = s.tokens[main.verb + 1] if main.verb + 1 < main.end else None
    noun = "NOUN" in c.lemmas(verb.lower) and not c.is_past(verb.text)
    if noun and nxt is not None and nxt.text.islower() and c.is_past(nxt.text):
        # "Norvik shares fell": the noun read as a verb ends the subject
        subject, verb = f"{subject} {verb.text}", nxt
        subject_range = (subject_range[0], main.verb + 1)
    modal = verb.lower in c.MODALS | c.FUTURE  # "should" reads as a past of "shall"
    if modal or (verb.lower not in c.HAVE and not c.is_past(verb.text)):
        return None  # "should go to the Assembly before passing to the Senate": not yet
    stop = cut_coordination(s.tokens, clause.body, clause.end, s.language)
    stop = next(
        (k for k in range(clause.body + 1, stop) if s.tokens[k].lower in c.COORDINATORS), stop
    )
    if stop <= clause.body + 1:
        return None
    rest = kept_text(s, clause.body + 1, stop).rstrip(" ,")
    predicate = f"{c.past(verbs[0])} {rest}".strip()
    title = headline(subject, predicate, language=s.language)
    alone = not rest and all(k in s.drop or not s.tokens[k].text.isalnum()
                             for k in range(clause.body + 1, clause.end))  # fmt: skip
    if len(title.split()) < len(subject.split()) + 2 and not (alone and title):
        return None  # "Poland fell [behind …]": the verb alone says too little
    # (unless nothing but its date follows it: "After retiring in 1970, …": "Reed retired")
    kind = clause_kind(s, word.text, predicate)
    return Happening(
        title, kind, when, s.entities([subject_range, (clause.body, clause.end)], resolved)
    )


def _named_inside(s: Sentence, clause: Clause, resolved: list[Mention]) -> bool:
    """Whether a pronoun subject was taken for a name inside the gerund's own clause ("After
    graduating from Oxford in 1962, he joined …": not Oxford, which he graduated from)."""
    a, b = s.tokens[clause.start].start, s.tokens[clause.end - 1].end
    return any(a <= m.start < b for m in resolved)


def perfect_participle_clause(s: Sentence, ci: int, when: When) -> Happening | None:
    """The happening of a sentence's first clause when a perfect participle opens it ("Having
    won the title in 2019, the club were relegated …"), told with the main clause's subject and
    the past perfect ("The club had won the title"), dated ``when``; None otherwise."""
    c = _clauses(s.language)
    clause = s.clauses[ci]
    if ci != 0 or clause.body + 1 >= clause.end or len(s.clauses) < 2:
        return None
    if s.tokens[clause.body].lower not in c.PERFECT_PARTICIPLE_OPENERS:
        return None
    main = s.clauses[1]
    if main.verb is None or main.opener in c.OPENERS:
        return None  # ("Having …, when …": no main clause there)
    subject, resolved, subject_range = subject_of(s, main)
    if not subject:
        return None
    stop = cut_coordination(s.tokens, clause.body + 1, clause.end, s.language)
    rest = kept_text(s, clause.body + 1, stop).rstrip(" ,")
    if not rest:
        return None
    predicate = f"{c.PERFECT_AUX} {rest}"
    title = headline(subject, predicate, language=s.language)
    kind = clause_kind(s, s.tokens[clause.body + 1].text, predicate)
    return Happening(
        title, kind, when, s.entities([subject_range, (clause.body, clause.end)], resolved)
    )
