"""A title cut, or stopped at a dropped date, right after an adjective an article or a
preposition opens has lost the noun the adjective went before ("… rules for direct",
"… by an unusually mild"): the title goes back to the last phrase that is whole, its date
unchanged. Sentences of our own."""

from __future__ import annotations

import pytest

from core import lang
from core.events.extract import extract_events
from core.events.title_modifiers import modifier_left
from tests.core.events.articles import article

PUBLISHED = "1987-03-20"
CASES = [
    # the date stood where the adjective's noun was: the phrase it opened goes
    ("date-was-the-noun", "Sales at the Corvel chain were lifted by an unusually mild March last year, the company said.",
     "Sales at the Corvel chain were lifted", "1986-03"),
    # a long title cut before a preposition that follows an adjective
    ("cut-after-adjective", "The agency is expected to publish rules for direct outside ownership of the Tarnell mills by October.",
     "The agency is expected to publish rules", "1987-10"),
    # a date between a figure an article opens and the noun it measures: the words read whole
    ("figure-date-noun", "Tolliver Mills reported a 41.2 mln dlr third quarter loss, its biggest in a decade.",
     "Tolliver Mills reported a 41.2 mln dlr loss", "1986-Q3"),
    # a long title cut a phrase or two before what the verb needs after its object: the
    # phrases between go, the verb's phrase stays
    ("put-at", "Official figures put the county's 1986 crop losses from the gale in the western hills at four mln dlrs.",
     "Official figures put the county's crop losses from the gale at four mln dlrs", "1986"),
    ("described-as", "The chairman on Tuesday described the slump in sales of garden tools in the coastal towns as temporary.",
     "The chairman described the slump in sales of garden tools as temporary", "1987-03-17"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "title", "start"), CASES, ids=[c[0] for c in CASES])
def test_a_title_ends_on_no_adjective_without_its_noun(name, body, title, start):
    events = extract_events(article(body, PUBLISHED))
    got = [(e.start, e.title) for e in events]
    assert (start, title) in got, got


WORDS = [
    ("for-direct", "The agency will publish rules for direct", True),
    ("article-adverb-adjective", "Sales were cut by an especially harsh", True),
    ("article-adverb", "Sales were lifted by an especially", True),
    ("in-fresh", "The minister asked for 40 mln dlrs in fresh", True),
    # a predicate, a degree, a noun, a comparison, a fixed phrase, a verb's own noun: whole
    ("predicate", "The winter was unusually mild", False),
    ("degree", "A merger is now more likely", False),
    ("noun", "Rates fell in general", False),
    ("comparison", "The shares opened at higher", False),
    ("fixed-phrase", "The gunman remains at large", False),
    ("noun-that-is-a-verb", "The index stayed near the top", False),
    ("after-to", "The board agreed to direct", False),
    ("adverb-after-preposition", "The plant had been idle until recently", False),
    ("object-then-adverb", "A glove maker signed her again", False),
    ("object-then-adjective", "Rescuers found her unconscious", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "title", "left"), WORDS, ids=[w[0] for w in WORDS])
def test_which_last_words_lost_their_noun(name, title, left):
    assert modifier_left(title.split(), lang.words("en", "clauses")) is left
