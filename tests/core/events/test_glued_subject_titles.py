"""A subject holding a finite verb of its own: the parse took a later verb for the clause's,
and the title would glue two clauses ("… sees rising profits said in a speech"). No such
title; subjects whose nouns only look like verbs, or whose verb stands in a relative, keep
theirs."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

PUBLISHED = "1987-04-08"
CASES = [
    # a speaker's "said" after the news: the news's verb was missed
    ("speaker-glued", "<Borvik Ltd> sees rising profits from its pulp division in the current fiscal year ending in early June, 1988, chairman Ole Brand said in a speech prepared for a bankers' lunch in Oslo.", [("no-title-with", "said in a speech")]),
    # a second verb after a comma read as the first's
    ("second-verb-glued", "The loan carries yearly interest on that day, and expires on that day in 1994.", [("no-title-with", "interest expires")]),
    # plural nouns, a month and a relative's verb inside a subject are no verb of its own
    ("plural-noun-kept", "The company's plans for expansion were approved on Monday.", [("title", "1987-04-06", "The company's plans for expansion were approved")]),
    ("noun-compound-kept", "Oil prices in Texas fell sharply on Monday.", [("title", "1987-04-06", "Oil prices in Texas fell sharply")]),
    ("possessive-noun-kept", "A drought in 2016, when Marlow's dams fell to below 15 percent of capacity, showed how quickly supply can fail.", [("title", "2016", "Marlow's dams fell to below 15 percent of capacity")]),
    ("month-kept", "Acme's May sales rose 4 pct, the company said on Monday.", [("title", "1987-04-06", "Acme's May sales rose 4 pct")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_subject_with_its_own_verb_gives_no_glued_title(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    got = [(e.start, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert (check[1], check[2]) in got, got
        else:
            assert not [t for _, t in got if check[1] in t], got
