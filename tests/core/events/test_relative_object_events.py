"""Happenings told inside a relative, a "since" clause or a participle after an object, with a
date of their own, in our own sentences: the relative's subject and verb with the object put
back ("The county board approved a recycling depot at Holm Marsh"), the main subject for the
"it" of a "since" clause ("The flood struck Carlow"), the object's passive ("A treaty was
signed"). A date that only describes a thing stays no event: a baseline, an age, a maturity.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Monday" is the 9th gone by, "last month" February 2026.
CASES = [
    # an object relative whose subject has words before its noun: the object put back
    ("object-relative-long-subject", "2026-03-10", "The debate turned on plans for a recycling depot, which the county planning board approved last October.", [("title", "The county planning board approved a recycling depot", "2025-10")]),
    # ... the object a noun before the places its phrases name
    ("object-relative-after-place", "2026-03-10", "Much of the debate turned on a recycling depot at Holm Marsh, which the county board approved last October.", [("title", "The county board approved a recycling depot at Holm Marsh", "2025-10")]),
    ("object-relative-after-route", "2026-03-10", "The new jets will serve on fresh routes from Derry to Nantes and Porto, which the carrier unveiled last month.", [("title", "unveiled fresh routes from Derry to Nantes and Porto", "2026-02")]),
    # ... not a length of time, nor a body's name after "in": whose is the relative, unsure
    ("object-relative-stake-in-body", "2026-03-10", "The fund raised its stake in Orvane Holdings, which Lomax Capital bought last month.", [("no-title-with", "bought its stake")]),
    # ... nor the object of an infinitive after the relative's verb
    ("object-relative-infinitive", "2026-03-10", "The shares stay listed under a waiver from reporting rules, which the firm failed to meet as of March 2.", [("no-title-with", "failed reporting rules")]),
    # a subject relative after a plural whose words before it are nouns alone: that plural
    ("plural-noun-compound-relative", "2026-03-10", "Bakers noted that flour costs, which slumped in 2024, had started to climb again in February.", [("title", "Flour costs slumped", "2024"), ("title", "Flour costs had started to climb again", "2026-02")]),
    ("plural-noun-compound-said", "2026-03-10", "Lee said power bills, which had tripled in the winter of 2023, had eased since.", [("title", "Power bills had tripled", "2023-WI")]),
    # ... not after a comparative or an adjective: which part is meant is not sure
    ("plural-adjective-relative", "2026-03-10", "Profit grew on higher wheat sales, which rose in May.", [("not", "2025-05")]),
    # ... nor a verb's object after "to", nor a possessive's noun after "that"
    ("plural-after-to", "2026-03-10", "He said steps to trim costs, which were begun last year, now help.", [("no-title-with", "Trim costs")]),
    ("that-possessive-plan", "2026-03-10", "She said on Monday that Lee's lease, which was due to run out in June, will be renewed.", [("no-title-with", "due to run out")]),
    # a "since" clause's "it": the main clause's subject, one thing, did it on that date
    ("since-it-main-subject", "2026-03-10", "The flood has cut power to 9,000 homes since it struck Carlow on Monday.", [("title", "The flood struck Carlow", "2026-03-09")]),
    ("since-it-object-main", "2026-03-10", "The mint has not sold gold coins since it halted the weekly sales on February 2.", [("title", "The mint halted the weekly sales", "2026-02-02")]),
    # ... not after a superlative or a state of "be" (a baseline), nor for many, nor a body's age
    ("since-it-baseline", "2026-03-10", "The strike is the longest faced by the city's new council since it took office two years ago.", [("not", "2024")]),
    ("since-it-state-of-be", "2026-03-10", "The result is a blow to the party since it won power in 2019.", [("not", "2019"), ("no-title-with", "result won")]),
    ("since-it-many", "2026-03-10", "Copies have sold well since it reached the shops in May.", [("no-title-with", "Copies reached")]),
    ("since-it-opened", "2026-03-10", "The crowd was the biggest at the ground since it opened in 1936.", [("not", "1936")]),
    ("since-it-age-year", "2026-03-10", "The arena has staged 300 concerts since it opened in 1995.", [("not", "1995")]),
    ("since-it-launched-year", "2026-03-10", "The fund has returned 6% a year since it was launched in 2012.", [("not", "2012")]),
    # ... but a day's opening is news, and a happening of another verb keeps its year
    ("since-it-opened-day", "2026-03-10", "The terminal has been busy since it opened on Monday.", [("title", "The terminal opened", "2026-03-09")]),
    ("since-it-other-verb-year", "2026-03-10", "The party has gained members since it won power in 2011.", [("title", "The party won power", "2011")]),
    # a participle after a present verb's object, with its own date (a place between)
    ("present-verb-object-participle", "2026-03-10", "The new levy replaces a charge approved in Ghent in June 2024, which funded the harbour.", [("title", "A charge was approved", "2024-06"), ("no-title-with", "replaces")]),
    ("object-participle-place", "2026-03-10", "In a study published in Science in May 2025, the team showed that the ice was thinning.", [("title", "A study was published", "2025-05")]),
    # ... not a thing's age, nor a record
    ("present-verb-object-age", "2026-03-10", "The trust owns a mill built in 1872.", [("not", "1872")]),
    ("present-verb-object-record", "2026-03-10", "The club holds the record set in 1998.", [("not", "1998")]),
    # a participle's aside after a long noun phrase: the noun's passive on its date
    ("aside-long-noun-phrase", "2026-03-10", "A ban on all large garden bonfires, imposed on March 2, will last until April, officials said.", [("title", "was imposed", "2026-03-02")]),
    # ... a pronoun taken for the relative's own object gives nothing rather than "Ann met Ann"
    ("object-relative-not-itself", "2026-03-10", "Tom Reed married Ann Cole, whom he met in 1958, in 1960.", [("no-title-with", "Ann Cole met Ann Cole"), ("no-title-with", "Ann met Ann")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_relative_object_or_participle_gives_its_own_event(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
