"""Wrong dates and trap dates of #14's session 20 (WD): a date that only describes a thing, or a
year read from the wrong side of a story, each fixed as a general mechanism and told here in
our own sentences.

Checks as in ``tests/core/events/articles.check_events``: ("has", V) some event starts at V;
("not", V) none does; ("title", W, V) an event whose title holds W starts at V; ("none",) no
event at all.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026.
CASES = [
    # a year after an indefinite noun and its founding participle, inside a phrase: how old
    # the thing is, never the clause's date nor a happening of its own
    ("founded-inside-phrase", "2026-03-10", "The Orlin deal, the biggest in the history of a firm founded in 1931 as a rope maker, doubled its output.", [("not", "1931")]),
    ("opened-at-a-place", "2026-03-10", "Marrow Outdoors, which grew out of a small tackle shop opened in Truro in 1968, listed its shares in 2004.", [("not", "1968"), ("title", "Marrow Outdoors listed its shares", "2004")]),
    # ... but a clause that opens on its noun tells the opening
    ("opened-own-clause", "2026-03-10", "In Truro, a dozen tackle shops opened in 1968.", [("has", "1968")]),
    # ... and a study or a product launched is news of its own
    ("launched-stays", "2026-03-10", "Officials said the board would review progress on a coastal survey launched in 2019.", [("title", "survey was launched", "2019")]),
    # an aside's creation year: the thing's age (an introduction, ", first introduced in 1991,",
    # stays a happening: tests/core/events/test_clauses_classes.py)
    ("created-aside", "2026-03-10", "The port board, created by the county council in 1958, has since sold its ferries.", [("not", "1958")]),
    # "since at least" a year: a running state's start
    ("since-at-least", "2026-03-10", "The inspectors had known about the leak since at least 2017.", [("not", "2017")]),
    # targets up to a year a verb sets out: the plan's horizon, not when it is set out
    ("targets-up-to", "2026-03-10", "Orlin will host a capital markets day on April 14, where its managers are expected to present targets up to 2030.", [("not", "2030"), ("has", "2026-04-14")]),
    ("targets-through-fiscal", "2026-03-10", "Orlin will host a strategy day on May 5, where its managers are expected to unveil targets through fiscal 2029.", [("not", "2029")]),
    # a total recorded before, beaten now: a baseline
    ("total-recorded", "2026-03-10", "Forecasters say 55 millimetres of rain has fallen on the city, beating the total recorded in February 2019.", [("not", "2019-02")]),
    # a superlative's baseline that names a figure
    ("since-figure", "2026-03-10", "Lund hit .331, the best average by a club regular since Ivo Pratt's .336 in 1987, and was called up on Sept. 2.", [("not", "1987"), ("not", "1987-09-02")]),
]  # fmt: skip


# Years a story gives a yearless date, and plans told in the past.
STORIES = [
    # a date a judge sets for a happening lies ahead of the story's time, whatever the tense
    ("set-for-ahead", "2026-06-12", "Lund was charged in October 2025 and has been on bail since his hearing that November. Judge Ann Roe set sentencing for Sept. 3.", [("has", "2026-09-03"), ("not", "2025-09-03")]),
    # ... and one that would come later in a story long past
    ("would-ahead", "2026-06-12", "On October 2, 1990, the strikers went back to work. The owners would reopen the mine in February.", [("has", "1991-02"), ("not", "1990-02")]),
    # a plan told in the past, its filing after it: a quarter still to come
    ("planned-to-file", "2026-01-20", "Orlin said it intended to apply for clearance from watchdogs in four countries in the second quarter.", [("has", "2026-Q2"), ("not", "2025-Q2")]),
    # "that summer" after a paragraph of the present takes the story up again
    ("that-summer-resumes", "2019-06-12", "On April 11, 1994, the owner told union leaders it was reviewing options.\n\nAnn Roe remembers the meeting. \"Nobody said anything,\" she said this month.\n\nThe union offered pay cuts that summer. The owner rejected them in September.", [("has", "1994-SU"), ("has", "1994-09"), ("not", "2018-09")]),
    # ... not after a date gone by named since
    ("that-summer-after-last-year", "2019-06-12", "On April 11, 1994, the owner told union leaders it was reviewing options.\n\nAnn Roe remembers the meeting. She moved to Leeds last year.\n\nShe opened a cafe that summer.", [("not", "1994-SU")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "published", "body", "checks"), STORIES, ids=[c[0] for c in STORIES]
)
def test_each_story_date_takes_its_year(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)
