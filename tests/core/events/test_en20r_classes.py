"""Recall classes of #14's seventh round (en20r): dated happenings on unseen English that gave
no event, each fixed as a general mechanism and told here in our own sentences.

Checks as in ``test_recall_round4``: ("has", V) some event starts at V; ("not", V) none does;
("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) no event whose
title holds W starts at V; ("no-title", W) no event's title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Friday" is the 6th gone by, "Wednesday" the 11th ahead.
CASES = [
    # a possessive subject whose noun a person's name restates: the name is who did it
    ("possessive-apposition", "2026-03-10", "Kestrel Foods opened a depot in Leeds. Its founder, Nina Kask, opened the first shop in 1948.", [("title", "Kask opened the first shop", "1948"), ("no-title", "Foods's")]),
    ("her-apposition", "2026-03-10", "Valdoria sent its envoy on Monday. Her counterpart, Ivo Danek, is due to arrive on Thursday morning.", [("title", "Danek is due to arrive", "2026-03-12TMO"), ("no-title", "Valdoria's Danek")]),
    ("his-apposition-no-antecedent", "2026-03-10", "His deputy, Tom Hale, resigned on Friday.", [("title", "Hale resigned", "2026-03-06")]),
    # ... not an apposition that names no one: whose deputy stays unsure, "His" as written
    ("possessive-apposition-no-name", "2026-03-10", "His deputy, a former banker, resigned on Friday.", [("title", "His deputy resigned", "2026-03-06")]),
    # "he"/"she" opening a sentence after one naming two people: the one it opened on as its
    # subject, when the other is only in a phrase ("of Ely", "a call from …")
    ("he-previous-subject", "2026-03-10", "Tom Hale, 44, of Ely, Cambs., was questioned in May. He was charged on Friday with arson.", [("title", "Hale was charged", "2026-03-06")]),
    # ... never when another person is named there (the pronoun may be theirs), or is the wrong sex
    ("he-two-subjects", "2026-03-10", "Tom Hale was arrested on Monday after Sam Orr called police. He was charged on Wednesday.", [("not", "2026-03-11")]),
    ("she-object-person", "2026-03-10", "Tom Hale praised Ann Roe in May. She resigned on Friday.", [("no-title", "Hale resigned")]),
    ("she-not-him", "2026-03-10", "Mr. Tom Hale, 44, of Ely, Cambs., was questioned in May. She was charged on Friday.", [("no-title", "Hale was charged")]),
    # "that" before a time names the time, it opens no clause
    ("that-month", "2026-03-10", "A review board met in Ipswich that October and heard evidence for a week.", [("title", "A review board met in Ipswich", "2025-10")]),
    ("that-evening", "2026-03-10", "Campers were moved out that evening, and the park was closed on Friday.", [("title", "Campers were moved out", "2026-03-10TEV"), ("title", "The park was closed", "2026-03-06")]),
    # ... but a time can be a reported clause's subject
    ("that-subject", "2026-03-10", "Police said that March was the busiest month on record.", [("no-title", "said that was")]),
    # a present before a time or a bare object is a verb, when no other verb follows
    ("present-before-day", "2026-03-10", "The new footbridge opens Friday.", [("title", "The new footbridge opens", "2026-03-13")]),
    # ... not before a bare noun, which may be the verb ("Official figures show …")
    ("present-bare-noun", "2026-03-10", "Official data show the reserves at 7 billion dollars at the end of 2025.", [("no-title", "Official data show")]),
    ("present-noun-then-verb", "2026-03-10", "The tax cuts package was approved on Monday.", [("title", "The tax cuts package was approved", "2026-03-09")]),
    # a quantifier floated after the subject: the past after it is the verb
    ("floating-all", "2026-03-10", "The five ministers all voted for the plan on Friday.", [("title", "The five ministers voted for the plan", "2026-03-06")]),
    ("floating-both", "2026-03-10", "Lund and Roe both signed the letter on Monday.", [("title", "signed the letter", "2026-03-09")]),
    # a relative on the noun of a verb's phrase, or of a preposition of time, has its own date
    ("relative-after-verb-phrase", "2026-03-10", "Most new jobs came in the building trade, which added 9,000 posts in February.", [("title", "The building trade added 9,000 posts", "2026-02")]),
    ("relative-after-time-preposition", "2026-03-10", "Pupils will sit the exam after the Easter break, which begins on 28 March.", [("title", "The Easter break begins", "2026-03-28")]),
    # ... not on a noun that hangs on another noun, nor a clause read as its subject
    ("relative-after-noun-phrase", "2026-03-10", "Sales grew with the rise in orders from the island, which cut tariffs in May.", [("no-title", "island cut tariffs")]),
    ("relative-clause-antecedent", "2026-03-10", "Shares rose in early trading, which began at 8am on Monday.", [("no-title", "trading began")]),
    # "and will" after a dated predicate and its phrase: a second happening, its own date
    ("and-will-after-phrase", "2026-02-07", "Elena Marsh flew to Brussels on Friday for talks with officials and will travel on to Geneva on Wednesday.", [("title", "Marsh will travel on to Geneva", "2026-02-11"), ("title", "Marsh flew to Brussels", "2026-02-06")]),
    # ... never "would", whose day hangs on the past before it
    ("and-would", "2026-02-07", "The ministers met in May for talks and would meet again in June.", [("no-title", "would meet")]),
    # "they" never stands for the one person who said it
    ("they-not-the-speaker", "2026-03-10", "Ann Roe said mediators last week told ministers they were respecting the truce.", [("no-title", "told Ann Roe"), ("no-title", "Roe were")]),
    ("he-after-fronted-time", "2026-03-10", "Tom Hale, 44, of Ely, Cambs., met officials in May. Then on Friday, he flew to Oslo.", [("title", "Hale flew to Oslo", "2026-03-06")]),
    # a preposition opening a sentence is never a name a pronoun could stand for
    ("preposition-no-name", "2026-03-10", "With the vote due in May, the mood turned against Tom Hale. His deputy resigned on Friday.", [("title", "Hale's deputy resigned", "2026-03-06")]),
    # a relative after a noun phrase a name's possessive opens
    ("relative-after-owner", "2026-03-10", "Two women were added to the agency's register in May. They were put on Interpol's red notice list, which was revised in 1950.", [("title", "Interpol's red notice list was revised", "1950")]),
    # ... but "which began in 1950" only says how old the list is (THING_AGE_BEFORE)
    ("relative-age", "2026-03-10", "They were put on Interpol's red notice list, which began in 1950.", [("no-title-with", "began")]),
    # an adverb in "-ly" inside the verb group: the participle after it is the verb
    ("adverb-in-verb-group", "2026-03-10", "Ada Voss was temporarily barred from the club in February.", [("title", "Ada Voss was temporarily barred", "2026-02")]),
    # a happening noun alone that the clause only schedules: the clause as written
    ("one-noun-scheduled", "2026-03-10", "A hearing is set for June 3.", [("title", "A hearing is set", "2026-06-03")]),
    ("one-noun-maturity", "2026-03-10", "The bonds are set for 2031.", [("no-title", "bonds are set")]),
    # a fronted time phrase with no comma: its preposition and hedge are no subject
    ("fronted-time-no-comma", "2026-03-10", "On Monday the council voted to close the pool.", [("title", "The council voted to close the pool", "2026-03-09")]),
    ("fronted-hedged-time", "2026-03-10", "In about 2019 a storm cut the road.", [("title", "A storm cut the road", "2019")]),
    # a relative inside the subject with no comma closes at the main clause's past
    ("subject-relative-resumes", "2026-03-10", "The company that makes the pumps closed the plant in May.", [("title", "The company closed the plant", "2025-05"), ("no-title", "Makes the pumps")]),
    ("object-relative-resumes", "2026-03-10", "The firm that the state owns sold the mine in May.", [("title", "The firm sold the mine", "2025-05"), ("no-title", "owns sold")]),
    # ... never after a verb before it (a reported clause), nor a past straight after a date
    ("relative-after-verb", "2026-03-10", "Officials said the plan that would ban drones won approval on Monday.", [("no-title", "would ban drones won")]),
    # a phrase of time with no verb whose noun is a happening with its own date: that happening
    ("after-happening-noun", "2026-03-10", "The ferry was retired in August after a fire in the engine room on 19 July.", [("title", "Fire in the engine room", "2025-07-19"), ("title", "The ferry was retired", "2025-08")]),
    ("after-robbery", "2026-03-10", "Police arrested two men after a robbery at a bank on Friday.", [("title", "Robbery at a bank", "2026-03-06")]),
    # ... not a noun that is no happening, nor one whose owner the title cannot say
    ("after-plain-noun", "2026-03-10", "Sales rose after a rise in demand in May.", [("not", "2025-05")]),
    ("after-its-noun", "2026-03-10", "The ferry was retired in August after a fire in its engine room on 19 July.", [("no-title", "its engine room")]),
    # a relative inside the subject with the only date: the relative's own happening
    ("subject-relative-own-date", "2026-03-10", "Engineers who inspected the cliff on Wednesday found cracks in the road.", [("title", "Engineers inspected the cliff", "2026-03-04"), ("title-not", "found", "2026-03-04")]),
    ("subject-relative-passive", "2026-03-10", "Officials who were sacked in May have sued the city.", [("title", "Officials were sacked", "2025-05")]),
    # ... never a state with a deadline
    ("subject-relative-state", "2026-03-10", "Banks which are short of capital by June must act.", [("not", "2026-06")]),
    ("relative-then-attribution", "2026-03-10", "Little of the anger that the plan stirred in the late 1990s and early 2000s remains, residents said.", [("no-title", "stirred remains")]),
    # a present passive with an adverb in "-ly" tells a habit
    ("adverb-present-habit", "2026-03-10", "Most of its trade is usually done in the fourth quarter.", [("not", "2026-Q4")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    check_events(events, checks)
