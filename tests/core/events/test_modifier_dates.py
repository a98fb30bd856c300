"""A date that belongs to something inside the sentence — the noun of a phrase of time, a
relative clause after the main verb, a participle after a preposition's or a verb's object, a
"since" phrase's start, figures restated, a price of another day, a person's role, a conceded
thing — never dates the main clause's happening, in our own sentences. The thing's own happening may
still come out on it; the main clause is then undated, or takes a date of its own.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Monday" is the 9th gone by, "Friday" the 6th.
CASES = [
    # a participle after a preposition's object dates the object
    ("object-of-with", "Harlow Foods said it will go ahead with the merger plan announced on March 3.", [("title-not", "go ahead", "2026-03-03"), ("title", "The merger plan was announced")]),
    ("object-of-fronted-under", "Under a treaty signed last June, fishing boats were barred from the bay.", [("title-not", "barred", "2025-06"), ("title", "A treaty was signed")]),
    # ... but a document the clause's happening is told in has its time ("in a letter sent")
    ("object-of-in-letter", "In a letter sent on Friday, the union asked the board to reconsider.", [("title", "asked the board", "2026-03-06")]),
    # ... also with the participle's agent between it and its date
    ("object-participle-agent", "Arden Mills sued to stop a merger announced by Corvin Tools last week.", [("title-not", "sued", "2026-W10")]),
    ("subject-participle-agent", "The budget proposed by the council on Friday was rejected today.", [("title-not", "rejected", "2026-03-06"), ("title", "rejected", "2026-03-10")]),
    # a date before the noun of a phrase inside the subject is a yardstick's, not the clause's
    ("subject-phrase-yardstick", "The buying after the 2019 election matched this week's surge.", [("not", "2019"), ("title", "The buying after the 2019 election matched this week's surge")]),
    ("subject-phrase-no-clause", "The rally before the 2019 election lasted a month.", [("not", "2019"), ("no-title", "The election")]),
    ("subject-phrase-no-article", "Prices rose in May. Only very heavy buying after the June 5, 2019 election came close to this week's surge.", [("not", "2019-06-05"), ("no-title", "The election came")]),
    ("subject-phrase-since", "Prices rose in May. Heavy trading since the 2019 election surprised analysts on Friday.", [("not", "2019"), ("title", "Heavy trading since the 2019 election surprised analysts", "2026-03-06"), ("no-title", "The 2019 election surprised")]),
    ("since-clause-after-verb-stays", "Sales have fallen since the company raised prices in May.", [("title", "The company raised prices", "2025-05")]),
    # a participle's aside going on with "and which" still dates its noun, not the clause
    ("aside-goes-on-which", "Prices rose in May. He was quoted as saying the pact, signed on July 31 last year and which capped fares for three years, would help exporters.", [("title-not", "quoted", "2025-07-31"), ("title", "The pact was signed", "2025-07-31")]),
    # a participle after the object of a verb's bare form: the object's date
    ("object-of-bare-verb", "The county repaid the bonds issued in 1998 on Monday.", [("title-not", "The county repaid", "1998"), ("title", "The county repaid the bonds", "2026-03-09")]),
    # a phrase of time's noun phrase the date closes: the noun's, not the clause's
    ("ahead-of-noun", "Ministers will meet ahead of a summit next week.", [("title-not", "meet", "2026-W12")]),
    ("following-noun", "Bond prices fell following the central bank's rate decision on Monday.", [("title-not", "fell", "2026-03-09")]),
    ("following-possessive", "Traders stayed cautious following Monday's rate decision.", [("title-not", "stayed", "2026-03-09")]),
    # ... not a yardstick ("ahead of schedule"), nor a date of the clause's own before it
    ("ahead-of-schedule-stays", "Work was finished ahead of schedule in January.", [("title", "Work was finished", "2026-01")]),
    ("own-date-before-stays", "Officials met on Friday ahead of the vote.", [("title", "Officials met", "2026-03-06")]),
    ("following-other-year", "Grain prices rose in January following a poor harvest in 2025.", [("title", "Grain prices rose", "2026-01"), ("title-not", "rose", "2025")]),
    # a relative clause after the main verb, on a noun with no comma: the relative's date
    ("relative-after-verb", "Inspectors examined the bridge which collapsed in May.", [("title-not", "examined", "2025-05")]),
    ("relative-ahead-after-verb", "A panel of experts had voiced objections about the price review which begins next Monday.", [("title-not", "voiced", "2026-03-16")]),
    # ... while a relative inside a gerund's phrase still dates the gerund's happening
    ("relative-in-gerund-phrase", "Lena Marsh sold her stake after taking part in a buyout which closed in January.", [("title", "Lena Marsh took part in a buyout", "2026-01")]),
    # a lead sentence whose one date names a thing gives no undated event whose title holds
    # that date: on the publication day, the thing would seem to be that day's
    ("undated-lead-holds-date", "The debt transfer was approved by last week's council meeting.", [("no-title-with", "approved by last week's")]),
    ("undated-lead-noun-date", "Markets were calm ahead of the June election in Britain.", [("no-title-with", "June election")]),
    ("undated-lead-other-date-stays", "Ministers, meeting in Oslo, also signed a memorandum on border posts, whose line rests on a treaty of 1881.", [("title", "Ministers signed a memorandum on border posts")]),
    ("following-noun-in-lead", "The franc stayed steady following the Basel pact in February on bank capital.", [("title-not", "stayed steady", "2026-02")]),
    # a date of a noun before the main verb leaves the main verb its own
    ("noun-year-subject", "A member of the 1953 team, Tom Reed, died last June.", [("title", "died", "2025-06"), ("not", "1953")]),
    # a "when" clause right after a date happened then; a date in it that ends before that one
    # is a thing's it names ("the collapse of the fund in October 2024")
    ("when-clause-earlier-thing", "The ruling came on January 22, when the lenders began a suit to recover money lost in the collapse of the fund in October 2024.", [("title", "The lenders began a suit to recover money", "2026-01-22"), ("title-not", "lenders", "2024-10")]),
    ("when-clause-nested-when", "The ruling came on January 22, when the lenders sued for money lost when the fund collapsed in October 2024.", [("title", "The lenders sued for money", "2026-01-22"), ("title-not", "lenders", "2024-10"), ("title", "The fund collapsed", "2024-10")]),
    ("when-clause-refines-stays", "The plant was sold in 2019, when the owners moved out in March 2019.", [("title", "The owners moved out", "2019-03")]),
    # a change in the perfect from a dated starting point runs from it to now: not dated by it
    # (in the past tense the phrase may tell the fall's time)
    ("perfect-from-start-point", "He observed that the rand has slipped from its peak in early 2025.", [("not", "2025")]),
    ("perfect-from-start-figure", "Copper prices have risen 30 pct from a low in May.", [("not", "2025-05")]),
    ("past-from-stays", "The krona fell from its peak in May.", [("title", "The krona fell", "2025-05")]),
    # a month in lower case before its year is that month, and leaves the title
    ("lower-case-month", "Kari Lund took office in august 2025.", [("title", "Kari Lund took office", "2025-08")]),
    # a "since" phrase with no verb of its own, its date closing it with no preposition: the
    # start of a running span, not the clause's date
    ("since-noun-ago", "The krona has held steady since its sharp devaluation six months ago.", [("not", "2025-09")]),
    ("since-noun-late-last-year", "The ministry denied that any arms had reached the rebels since a government ban late last year.", [("not", "2025")]),
    ("since-gerund-ago", "Since taking office a year ago, Mayor Lund has faced a string of budget fights.", [("not", "2025")]),
    ("since-end-month", "The mill had been running at half capacity since end-January.", [("not", "2026-01")]),
    # ... but a happening's noun named by its day after "since a" keeps its day
    ("since-noun-day-stays", "There has been no change in the council's view since a March 2 meeting of the mayors which backed the plan.", [("has", "2026-03-02")]),
    # the period of figures restated, or of a return filed: the restating is now
    ("restated-period", "Corvin Tools said it restated its earnings for the first nine months of 2025.", [("not", "2025")]),
    ("restated-period-fronted", "For the first half of 2025, the group said it restated profit to 1.6 million crowns.", [("not", "2025-H1")]),
    ("restated-to-reflect", "Per-share data were restated to reflect a three-for-one share split in January.", [("not", "2026-01")]),
    ("restated-on-day-stays", "Corvin Tools restated its results on Monday.", [("title", "Corvin Tools restated its results", "2026-03-09")]),
    ("filed-return-period", "Pelham Corp filed its tax return for fiscal 2025 on Monday.", [("title", "filed its tax return", "2026-03-09"), ("not", "2025")]),
    # a price of another day is a yardstick: not when the clause happened
    ("price-possessive-close", "Arden Foods offered 40 crowns a share on Friday, a premium to Monday's close of 35 crowns.", [("not", "2026-03-09"), ("title", "Arden Foods offered 40 crowns a share", "2026-03-06")]),
    ("price-possessive-close-rose", "Shares of Tarn rose to 41 crowns, above the offer price and Monday's close of 35 crowns.", [("not", "2026-03-09")]),
    ("price-closing-price-of", "The offer values Tarn shares at 4.75 crowns each, based on Arden's closing price of 8.50 crowns on Friday.", [("not", "2026-03-06"), ("not", "2026-03-13")]),
    ("price-premium-closing-price", "The Tarn board backed the offer, a 30% premium to the closing price on Monday.", [("not", "2026-03-09")]),
    ("price-record-close", "The index had risen 44 points to 3,073, eclipsing yesterday's record close.", [("not", "2026-03-09")]),
    ("price-at-close-stays", "Shares rose 2 pct at Friday's close.", [("title", "Shares rose 2 pct", "2026-03-06")]),
    # a year that names a person by a role: who, not when
    ("person-role-year", "The 2025 champion was knocked out in the first round on Monday.", [("title", "knocked out", "2026-03-09"), ("not", "2025")]),
    ("person-role-year-name", "Former 2019 finalist Ann Roe won her opening match on Tuesday.", [("title", "won her opening match", "2026-03-10"), ("not", "2019")]),
    ("person-apposition", "The diplomat, a member of the team at border talks earlier this year, said no further rounds are planned.", [("not", "2026")]),
    # a concessive phrase's date is the conceded thing's; a concessive clause keeps its own
    ("despite-phrase-alone", "Despite a loss in 2025, the company raised its dividend.", [("not", "2025")]),
    ("despite-phrase-other-date", "Despite a loss in 2025, the company paid a dividend in January.", [("title", "paid a dividend", "2026-01"), ("not", "2025")]),
    ("despite-gerund-after", "Prices have kept to a narrow range for a month, despite coming under pressure in February, traders said.", [("not", "2026-02")]),
    ("despite-sentence-ends", "Traders were calm despite talk of a merger. On Friday, Wharf shares fell five cents.", [("title", "fell five cents", "2026-03-06")]),
    ("although-clause-stays", "Although sales fell in 2025, the company hired 200 people in January.", [("title", "hired 200 people", "2026-01"), ("title", "Sales fell", "2025")]),
    ("since-date-then-day-stays", "While prices fell to their lowest since September 2019 yesterday, shops kept their prices.", [("has", "2026-03-09")]),
    ("since-noun-after-date-stays", "Crews have been searching for the boat since shortly after the March 2 storm.", [("has", "2026-03-02")]),
    # a plan's date when the plan is put off or called off: not when that was done
    # (the elections' new date is theirs, not the postponing's)
    ("plan-set-for-postponed", "Elections set for May 3 were postponed until June 14.", [("not", "2026-05-03"), ("title-not", "postponed", "2026-06-14"), ("title", "New date for elections", "2026-06-14")]),
    ("plan-noun-date-moved", "The May 3 vote was moved to June 14.", [("not", "2026-05-03")]),
    ("plan-planned-called-off", "A strike planned for Monday has been called off.", [("not", "2026-03-16"), ("not", "2026-03-09")]),
    ("plan-due-delayed", "Talks due on Friday were delayed by a week.", [("not", "2026-03-13")]),
    ("plan-said-on-day-stays", "The council said on Monday the vote was postponed.", [("has", "2026-03-09")]),
    # a postponement: the new date is the vote's, never the postponing's
    ("postponed-aside", "The vote, postponed to May 3, was due on Tuesday.", [("title-not", "postponed", "2026-05-03"), ("title", "The vote was due", "2026-03-10")]),
    ("postponed-from-day", "The vote, postponed from Tuesday, will now be held on May 3.", [("title", "The vote will be held", "2026-05-03"), ("not", "2026-03-10")]),
    ("moved-to-date", "The court on Monday moved the hearing to June 2.", [("title-not", "moved", "2026-06-02"), ("title", "The court moved the hearing to June 2", "2026-03-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_modifier_date_is_not_the_main_clause_date(name, body, checks):
    check_events(extract_events(article(body, "2026-03-10T12:00")), checks)
