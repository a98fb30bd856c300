"""Classes of CLAUSES (session 16), in sentences of our own: happenings told in a clause the
main clause's reading leaves unread. A participle after a preposition's object, with its own
date ("under a treaty signed last May"), tells the object's happening ("A treaty was
signed"); not a subordinator's subject and its verb ("after the firm filed in May"), a
period ("the year ended in March"), a plan, a figure weighed ("equal to the profit made last
week"), a thing's age ("a mill built in 1890") or a name ("the Mill Ground on Saturday")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
OBJECT_PARTICIPLES = [
    ("under-treaty-signed", "Fishing fleets may stay in the bay under a treaty signed last May.", [("title", "A treaty was signed", "1993-05")]),
    # the letter's sending is the asking: one happening, told by its clause (core.events.repeats)
    ("in-letter-sent", "In a letter sent on Monday, the mayor asked the railway to keep the depot open.", [("title", "The mayor asked the railway to keep the depot open", "1994-03-07"), ("no-title", "was sent")]),
    ("through-claim-lodged", "The town has recovered 40,000 pounds through a claim lodged in 1992.", [("title", "A claim was lodged", "1992")]),
    ("according-to-report", "Rents rose 9 pct in 1993, according to a council report released in February.", [("title", "A council report was released", "1994-02"), ("has", "1993")]),
    ("plural-were", "The bank is bound by the rules approved last week.", [("title", "The rules were approved", "1994-W09")]),
    ("after-subordinator", "The union walked out after the company filed in February.", [("no-title", "was filed")]),
    ("year-ended", "Profit rose to 4 mln dlrs in the year ended in January.", [("no-title", "was ended"), ("no-title", "were ended")]),
    ("plan-ahead", "Traders are waiting for a meeting expected in April.", [("no-title", "was expected")]),
    ("baseline", "Turnover was equal to the shares traded on Monday.", [("no-title", "were traded")]),
    ("age", "The shop was part of a terrace built in 1890.", [("no-title", "was built"), ("not", "1890")]),
    ("name", "Dunmore won at the Mill Ground on Saturday.", [("no-title", "was Ground"), ("no-title", "Mill was")]),
    ("inside-subject", "The number of staff employed in the mining sector fell in the last quarter of 1993.", [("no-title", "was fell"), ("no-title", "sector was")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"),
    [c[1:] for c in OBJECT_PARTICIPLES],
    ids=[c[0] for c in OBJECT_PARTICIPLES],
)
def test_a_participle_after_a_prepositions_object_tells_its_happening(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A participle's aside between commas after a noun phrase, with its own date ("the levy, first
# proposed in 1991, ..."), tells the noun's happening; the clause around it keeps its own date.
# Not a thing's age with a year ("the mill, built in 1890,"), a plan (", scheduled for May,"),
# a saying (", the board said on Monday,"), a name or a period ("the year, ended in January,").
SUBJECT_ASIDES = [
    ("subject-aside", "The harbour levy, first introduced in 1991, is needed to pay for the new quay, the mayor says.", [("title", "The harbour levy was introduced", "1991"), ("title-not", "needed", "1991")]),
    ("after-verb", "Farmers say the grazing rules, adopted in January, have cut their herds.", [("title", "The grazing rules were adopted", "1994-01"), ("title-not", "cut", "1994-01")]),
    ("after-preposition", "The dispute is over the pay offer, made on Monday, which staff rejected.", [("title", "The pay offer was made", "1994-03-07")]),
    ("head-noun-number", "A fine of 2,000 pounds, imposed in January, has not been paid.", [("title", "A fine of 2,000 pounds was imposed", "1994-01")]),
    ("age", "The old mill, built in 1890, will close next year.", [("no-title", "was built"), ("not", "1890")]),
    ("plan", "The new terminal, scheduled for May, will cost 40 mln dlrs.", [("no-title", "was scheduled")]),
    ("saying", "The strike, the union said on Monday, would go ahead.", [("no-title", "was said"), ("no-title", "union was")]),
    ("name", "Dunmore beat the Mill Rovers, formed in March, by two goals.", [("no-title", "was formed"), ("no-title", "were formed")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in SUBJECT_ASIDES], ids=[c[0] for c in SUBJECT_ASIDES]
)
def test_a_participles_aside_after_a_noun_tells_its_happening(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


ASIDES_NOT_READ = [
    ("cause", "The firm expects a strong result, helped by tax credits in the fourth quarter, its chairman said.", [("no-title", "was helped")]),
    ("noun-complement", "Staff opposed the sale of the depot, completed in February, the union said.", [("no-title", "depot was"), ("no-title", "sale was")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "checks"), [c[1:] for c in ASIDES_NOT_READ], ids=[c[0] for c in ASIDES_NOT_READ]
)
def test_an_aside_whose_noun_or_happening_is_unsure_is_not_read(body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)


# A timeline's line in the headline tense: its date, a colon, a short subject of nouns and a
# present ("March 2008: Harbour board orders a new crane") happened on that date, whether the
# present may be a plural noun too ("orders") or is a plural's plain form ("Port workers vote").
TIMELINE = "\n\n".join(
    [
        "The harbour has had a long and costly history.",
        "May 1988: Harbour board orders a new container crane.",
        "June 1990: Port workers vote to strike over the crane.",
        "Autumn 1991: Second gantry crane starts work at the north quay.",
        "In May 1993, Harbour board orders two more cranes.",
    ]
)
TIMELINE_LINES = [
    ("third-person-noun-too", [("title", "Harbour board orders a new container crane", "1988-05")]),
    ("plural-plain-present", [("title", "Port workers vote to strike", "1990-06")]),
    ("long-subject", [("title", "Second gantry crane starts work", "1991-FA")]),
    ("prose-preposition", [("no-title", "orders two more cranes")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "checks", [c[1] for c in TIMELINE_LINES], ids=[c[0] for c in TIMELINE_LINES]
)
def test_a_timelines_line_in_the_present_happened_on_its_date(checks):
    check_events(extract_events(article(TIMELINE, PUBLISHED)), checks)
