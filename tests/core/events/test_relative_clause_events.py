"""A relative or subordinate clause with a date of its own gives its own event, in our own
sentences (the main clause keeping its own: "On Monday, Ann Lee, who bought the site in
2019, closed the shop"): a subject relative's noun is its subject ("a blaze that broke out on Friday");
what began is news when it names an activity ("the strike, which began in 1986"),
never when it names a body whose age the year tells ("the league, which began in 1991").

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Monday" is the 9th gone by.
CASES = [
    # a fronted date, a subject and its dated relative: the main clause keeps the fronted date
    ("fronted-date-resumed-main", "2026-03-10", "On Monday, Ann Lee, who bought the site in 2019, closed the shop.", [("title", "Ann Lee closed the shop", "2026-03-09"), ("title", "Ann Lee bought the site", "2019")]),
    ("fronted-date-resumed-saying", "2026-03-10", "On Monday, Tom Reed, who joined the board in May, said he would step down.", [("title", "Reed said he would step down", "2026-03-09"), ("title", "Tom Reed joined the board", "2025-05")]),
    # an activity's start told in a relative: its own event, and the main clause keeps its own
    ("activity-began-subject", "2026-03-10", "The strike, which began in 1986, ended on Monday.", [("title", "The strike began", "1986"), ("title", "The strike ended", "2026-03-09")]),
    ("activity-began-object", "2026-03-10", "Officials praised the talks, which began in 2019.", [("title", "The talks began", "2019")]),
    ("activity-started", "2026-03-10", "Rebels fought on after the war, which started in 2014.", [("title", "war started", "2014")]),
    # "that" with no subject of its own after a noun that may be a verb too: the noun did it
    ("that-after-noun-verb", "2026-03-10", "The claim covers losses from a second fire that broke out near Ripon on Friday.", [("title", "A second fire broke out near Ripon", "2026-03-06")]),
    ("that-in-reported-subject", "2026-03-10", "Officials said the fire that destroyed the mill in May was set deliberately.", [("title", "The fire destroyed the mill", "2025-05")]),
    ("that-after-gerund-object", "2026-03-10", "Nurses voted on Monday to accept the offer, ending a row that had led to three walkouts in November.", [("title", "A row had led to three walkouts", "2025-11"), ("title", "Nurses voted to accept the offer", "2026-03-09")]),
    # ... but a year there tells a thing's history, and a half may be a match's: no event
    ("that-history-year", "2026-03-10", "It was the strongest season in the story of a team that moved to Derby from Hull in 1994.", [("not", "1994")]),
    ("that-match-half", "2026-03-10", "They won the final with a pack that conceded six penalties in the first half.", [("no-title-with", "conceded")]),
    # ... nor a deadline: "by May" is not when the talks end
    ("that-deadline", "2026-03-10", "Both governments back the talks that are supposed to end by May.", [("not", "2026-05")]),
    # ... not a "that" with a subject of its own: what the noun says
    ("that-content-clause", "2026-03-10", "The mayor denied reports that the plant closed in May.", [("no-title", "Reports closed")]),
    # ... not a body's start: its age, no event (THING_AGE_BEFORE)
    ("body-began", "2026-03-10", "The league, which began in 1991, has 18 clubs.", [("no-title-with", "began"), ("not", "1991")]),
    ("body-began-object", "2026-03-10", "Fans still love the league, which began in 1991.", [("not", "1991")]),
    # a relative set off after a preposition's object, past the main verb or after a fronted
    # phrase, with its own date: the object did it
    ("after-preposition-object", "2026-03-10", "Gifts went to the repair of the town's old pool, which closed for repairs last autumn.", [("title", "The town's old pool closed for repairs", "2025-FA")]),
    ("after-fronted-preposition", "2026-03-10", "During Storm Ada, which struck the coast in January 2024, 9,000 homes lost power.", [("title", "Storm Ada struck the coast", "2024-01")]),
    # ... not inside the subject, where the phrase is its noun's, nor a plan or a figure
    ("preposition-inside-subject", "2026-03-10", "Ties between the two towns, which came close to a split in 1978, are now warm.", [("no-title", "The two towns came")]),
    ("preposition-plan", "2026-03-10", "They lost three votes after a row over the new depot, which was due to open in 2022.", [("not", "2022")]),
    # a person's relative after an apposition that describes them: the person did it
    ("who-after-apposition", "2026-03-10", "The post goes to Ana Ruiz, a former partner at a law firm, who joined the board in January.", [("title", "Ana Ruiz joined the board", "2026-01")]),
    ("who-after-apposition-subject", "2026-03-10", "Ana Ruiz, a former partner, who joined the board in 2019, resigned on Monday.", [("title", "Ana Ruiz joined the board", "2019"), ("title", "Ana Ruiz resigned", "2026-03-09")]),
    # an "until" clause with a subject and verb of its own: its own happening on its own date;
    # the main clause's state does not take it
    ("until-clause-pronoun", "2026-03-10", "Ann Lee ran the bakery until she retired in 2015.", [("title", "Ann Lee retired", "2015"), ("not-title", "Ann Lee ran the bakery")]),
    ("until-clause-noun", "2026-03-10", "Trading in the shares was halted until the company issued a statement on Monday.", [("title", "The company issued a statement", "2026-03-09"), ("no-title-with", "halted")]),
    ("until-range-end", "2026-03-10", "Tom Reed taught at the college from 1972 until he retired in 2001.", [("title", "Reed retired", "2001"), ("title", "Tom Reed taught at the college", "1972")]),
    # ... but a bare date, a noun or a maturity after "until" is only the state's end
    ("until-state-end", "2026-03-10", "The bridge will stay closed until the end of May.", [("none",)]),
    ("until-noun", "2026-03-10", "Ann Lee will act as interim governor until a snap vote on May 5.", [("no-title-with", "act as")]),
    ("until-maturity", "2026-03-10", "The rate stays fixed until the bonds mature in 2031.", [("none",)]),
    ("until-repaid", "2026-03-10", "The town will pay 2 million a year until the loan is repaid in 2046.", [("not", "2046")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_relative_with_its_own_date_gives_its_own_event(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)
