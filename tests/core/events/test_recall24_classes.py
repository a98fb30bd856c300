"""Classes of the recall round on sets h–n (session 24): happenings a sentence told that gave
no event, each in our own sentences.

Checks as ``tests.core.events.articles.check_events`` reads them: ("title", W, V) an event whose title holds W starts at
V; ("title-not", W, V) no event whose title holds W starts at V; ("no-title", W) no event's
title holds W.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

TIMELINE = "Key dates:\n"

CASES = [
    # a timeline's entry in the headline tense: an abbreviated month, a day and a year before
    # the colon; a subject with an owner's noun, an apposition, an unknown name, a plural
    # that is not its own lemma
    ("entry-abbreviated-day", "2021-05-02", TIMELINE + "- Feb. 9: The town's council votes to close the pool.", [("title", "council votes to close the pool", "2021-02-09")]),
    ("entry-day-and-year", "2021-05-02", TIMELINE + "- Nov. 3, 2019: The depot's roof passes its last inspection.", [("title", "roof passes its last inspection", "2019-11-03")]),
    ("entry-apposition", "2021-05-02", TIMELINE + "- April 2018: The port authority, Harbourco, invites tenders.", [("title", "invites tenders", "2018-04")]),
    ("entry-name-apposition", "2021-05-02", TIMELINE + "- 4 June 2019: Brellmont, a Dutch dredging group, wins the contract.", [("title", "Brellmont wins the contract", "2019-06-04")]),
    ("entry-irregular-plural", "2021-05-02", TIMELINE + "- 12 March 2020: Firemen strike for two days over pay.", [("title", "Firemen strike", "2020-03-12")]),
    # ... not prose that opens on a preposition and a date, nor a plural noun's plural
    ("prose-not-entry", "2021-05-02", "In 2019, the council's votes decide little.", [("no-title", "votes decide")]),
    # a fronted date, then a subject with a relative no comma sets off: the main verb's date
    ("fronted-that-relative", "2021-05-02", "On March 2, 2004, a flood that engineers later blamed on a blocked culvert swamped the depot.", [("title", "A flood swamped the depot", "2004-03-02")]),
    ("fronted-no-comma", "2021-05-02", "In 2011 a storm that forecasters later blamed on warm seas flattened the pier.", [("title", "A storm flattened the pier", "2011")]),
    ("adverb-then-fronted", "2021-05-02", "Then, on the evening of May 6, 2012, a truck that lost its brakes struck the bridge.", [("title", "A truck struck the bridge", "2012-05-06TEV")]),
    # ... not a relative's verb alone, nor a date that does not open the sentence
    ("relative-only", "2021-05-02", "On March 2, 2004, the flood that engineers blamed on a culvert.", [("no-title", "engineers blamed")]),
    # "that" before a month after a noun that may be a verb: the month's determiner, no clause
    ("that-month-after-noun", "2021-05-02", "She joined the club in 2014, and the team played its first final that June.", [("title", "The team played its first final", "2014-06")]),
    # ... not after a verb of saying: "said that March …" opens what was said
    ("that-after-modal-verb", "2021-05-02", "The maker showed the phone in January 2020 and said it would ship that summer.", [("title-not", "would ship", "2020-SU")]),
    ("that-after-said", "2021-05-02", "The firm said that March sales rose by a tenth.", [("no-title", "The firm said that")]),
    # a second subject and its past verb after "and", an object after the verb, its own date
    ("and-subject-past-object", "2021-05-02", "The council backed the plan on March 3 and the mayor signed it nine days later.", [("title", "The council backed the plan", "2021-03-03"), ("title", "The mayor signed it", "2021-03-12")]),
    # ... not a participle describing the noun ("the bill passed by the House")
    # a pronoun in what the speaker said, the speaker's subject cut off by a relative
    ("said-after-relative", "2021-05-02", "Oslo, which had stayed out of the talks, said on Friday it would send a delegate.", [("title", "Oslo said it would send a delegate", "2021-04-30")]),
    # the second verb of a relative inside the subject is not the clause's verb
    ("relative-second-verb", "2021-05-02", "Ana Reyes, a surveyor who mapped the coast and spent years charting its reefs, died on Monday.", [("title", "Ana Reyes died", "2021-04-26"), ("no-title", "spent years")]),
    ("and-participle-not-verb", "2021-05-02", "The bill was drafted in March and the bill passed by the House in April was signed.", [("no-title", "The bill passed by")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
