"""A relative clause's happening is pinned on the noun it hangs on, in our own sentences: the
person for "who" (not the body after "of" or "at"), the thing for "which" (not a place that
only says where, nor a name after "in" the tagger took for a person), the happening before a
place ("the tournament in Kampala, which ended"); when the head stays unsure, no event. A
participle's aside likewise tells of the noun it follows.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.extract import extract_events
from core.events.parse import parse_sentence
from core.events.subjects import subject_of
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Monday" is the 9th gone by.
CASES = [
    # "who" stands for the person, not the body the person belongs to
    ("who-person-of-body", "Professor Lena Marsh of the Halden Institute, who resigned in January, wrote the study.", [("title", "Professor Lena Marsh", "2026-01"), ("not-title", "The Halden Institute resigned")]),
    ("who-person-of-body-object", "The study was written by Professor Lena Marsh of the Halden Institute, who resigned in January.", [("title", "Professor Lena Marsh resigned", "2026-01"), ("no-title-with", "Institute resigned")]),
    ("who-someone-at-body", "The study was written by a professor at the Halden Institute, who resigned in January.", [("no-title-with", "Institute resigned")]),
    # ... and the person a subject naming a happening ends on, not the happening
    ("who-person-in-happening-subject", "The signing of the winger Tomas Brandt, who arrived on loan on January 12, was decisive.", [("title", "Tomas Brandt arrived on loan", "2026-01-12"), ("no-title-with", "signing")]),
    # "which" never stands for a person: a name after "in" or "to" is a place, the relative
    # perhaps the noun's before it; unsure, so no event
    ("which-place-in-list", "The budget includes the closure of the pools in Westmere and Oak Green, which will close at the end of June.", [("no-title-with", "Green will close")]),
    ("which-place-destination", "Crews boarded the ferry from Ardmore to Kelvale, which was due to dock at 6am.", [("no-title-with", "Kelvale")]),
    # ... while a name after another word is what the relative tells of
    ("which-name-after-from", "Ministers learnt lessons from Storm Ivo, which flooded 300 homes in February 2020.", [("title", "Storm Ivo flooded 300 homes", "2020-02")]),
    # a place after a happening: the happening began or ended, not the place
    ("which-happening-before-place", "The team finished third at the regional tournament in Kampala, which ended on Sunday.", [("title", "The regional tournament ended", "2026-03-08"), ("no-title-with", "Kampala ended")]),
    ("which-happening-place-in-subject", "Delegates at the talks in Geneva, which opened on Monday, agreed a text.", [("title", "The talks opened", "2026-03-09"), ("no-title-with", "Delegates at the talks in Geneva opened")]),
    # a happening with a body after "with": the talks met, or the bank? no event
    ("which-happening-then-body", "Rates were cut after the government's talks with the central bank, which met on Monday.", [("no-title-with", "bank met")]),
    # a relative straight after the subject tells of its head, unless a body or a period
    # after a preposition inside it may be meant: no event then
    ("which-subject-head", "The latest round of talks, which began on Monday, was the fourth.", [("title", "The latest round of talks began", "2026-03-09")]),
    ("which-subject-body-inside", "Floor traders at the Lomax Commodity Exchange, which merged with a rival in January, said they would move.", [("no-title-with", "traders merged")]),
    ("which-subject-one-name", "Harlow Bancorp of Ohio, which lost 40 mln dlrs in 2025, said losses would go on.", [("title", "Harlow Bancorp of Ohio lost 40 mln dlrs", "2025")]),
    ("which-subject-period-inside", "Total cocoa usage in the 2025/26 crop season, which began October 1, rose 4 pct.", [("no-title-with", "usage in")]),
    # a participle's aside tells of the noun it follows, not of a gerund's object inside a
    # longer phrase; a past with its infinitive after the date is no participle at all
    ("participle-after-gerund-object", "His article reporting the discovery, printed in 1968, is still quoted.", [("not-title", "The discovery was printed")]),
    ("past-then-infinitive", "An aide refused on Thursday to say whether Ben Ross was a witness.", [("no-title-with", "was refused")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_relative_hangs_on_its_head_noun(name, body, checks):
    check_events(extract_events(article(body, "2026-03-10T12:00")), checks)


def test_a_question_word_after_a_preposition_leaves_its_clause_no_subject():
    # "over who would pay": the verb is the question's, "a bitter row" never pays
    text = "After a bitter row over who would pay to clear the land, the county bought the plot."
    s = parse_sentence(text, 0, len(text), [], find_mentions(text, 0))
    after = next(cl for cl in s.clauses if cl.opener == "after")
    assert subject_of(s, after)[0] == ""
