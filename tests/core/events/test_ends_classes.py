"""Clause faults that lost or garbled a happening (session 24, "ends"), each in our own
sentences: a present of an arranged happening after a described noun ("Its spring term
starts …"), a second clause whose subject opens on an adjective, a main verb's present after
a relative set off by commas, a day that is a verb's object, a date before a happening's noun
after "at", and a question that tells nothing.

Checks as ``tests.core.events.articles.check_events`` reads them: ("title", W, V) an event whose title holds W starts
at V; ("title-not", W, V) no event whose title holds W starts at V; ("no-title", W) no
event's title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # a present of an arranged happening after a noun that owner, determiner or nothing opens,
    # with a word or two that describe the noun
    ("owner-described-noun", "2021-05-02", "Its spring term starts on September 6.", [("title", "Its spring term starts", "2021-09-06")]),
    ("bare-described-noun", "2021-05-02", "Winter training begins on November 2 at the new hall.", [("title", "Winter training begins", "2021-11-02")]),
    ("owned-described-noun", "2021-05-02", "The club's annual meeting ends on June 12.", [("title", "annual meeting ends", "2021-06-12")]),
    # ... and the second clause after ", and" keeps its own date
    ("second-clause-kept", "2021-05-02", "Summer practice starts on July 5, and the new kit will be shown on June 28.", [("title", "Summer practice starts", "2021-07-05"), ("title", "The new kit will be shown", "2021-06-28")]),
    # ... a longer subject with its "of" phrase too
    ("long-second-subject", "2021-05-02", "Night school starts on May 10, and the first exam of the new course will be held on June 14.", [("title", "Night school starts", "2021-05-10"), ("title", "The first exam of the new course will be held", "2021-06-14")]),
    # ... not a calendar's period, whose bounds are how the books run
    ("books-year", "2021-05-02", "The group's accounting year ends on June 30.", [("no-title", "year ends")]),
    # a second clause whose subject opens on an adjective and a bare plural
    ("adjective-plural-subject", "2021-05-02", "The audit closed on March 3, and final figures will be released on May 20.", [("title", "Final figures will be released", "2021-05-20"), ("no-title", "closed will")]),
    # ... not an adverb before the verb of the same subject
    ("then-verb-not-subject", "2021-05-02", "The deal lifted wages by 2 pct from March 1, and then raises pay by 3 pct from March 1, 2022.", [("no-title", "Raises pay")]),
    # a main verb's present after a relative set off by commas
    ("present-after-relative", "2021-05-02", "The ferry route, which was suspended in January, resumes on Thursday.", [("title", "The ferry route resumes", "2021-05-06")]),
    ("present-after-relative-was", "2021-05-02", "The old pool, which was drained last winter, reopens to swimmers on Saturday.", [("title", "The old pool reopens to swimmers", "2021-05-08")]),
    # ... not a list's next noun inside the relative
    ("relative-list-noun", "2021-05-02", "The dealer, which sells vans, trucks and buses, said on Monday it would close two sites.", [("title", "The dealer said it would close two sites", "2021-04-26"), ("no-title", "The dealer trucks")]),
    # a day that is what a verb spends stays in the title
    ("spent-day", "2021-05-02", "Shop owners spent Thursday boarding up windows.", [("title", "Shop owners spent Thursday boarding up windows", "2021-04-29")]),
    # ... not a gerund's noun before its time ("spending this year")
    ("spending-noun", "2021-05-02", "The council said it would cut spending this year by a tenth.", [("no-title", "spending this year")]),
    # a date before a happening's noun after "at" dates the clause
    ("at-dated-tournament", "2021-06-20", "She broke her wrist at the May 9 tournament in Porto.", [("title", "She broke her wrist at the tournament in Porto", "2021-05-09")]),
    ("at-dated-concert", "2021-06-20", "Police detained three fans at the May 15 concert in Cardiff.", [("title", "Police detained three fans at the concert", "2021-05-15")]),
    # a timeline's first "YEAR:" line under a heading with no stop is its own sentence
    ("timeline-under-heading", "2021-05-02", "KEY DATES\n1994: The first lock gate is fitted.\n2003: The canal reopens to boats.", [("title", "The first lock gate is fitted", "1994"), ("no-title", "KEY DATES")]),
    # ... its subject may hold a hyphened word, an aside after the verb stays out
    ("timeline-hyphened-subject", "2021-05-02", "KEY DATES\n1994: The first two-berth dock opens, paid for by the port.\n2003: The canal reopens to boats.", [("title", "The first two-berth dock opens", "1994"), ("no-title", "opens paid")]),
    # a question of the writer's own (a subhead) tells nothing
    # ... but a statement that reports a question is still told
    ("reported-question", "2021-05-02", "The board said on Monday it will review the rule: is the fee fair?", [("title", "The board said it will review the rule", "2021-04-26")]),
    ("question-subhead", "2021-05-02", "What went wrong this week? The lift broke down on Tuesday.", [("no-title", "What went wrong"), ("title", "The lift broke down", "2021-04-27")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
