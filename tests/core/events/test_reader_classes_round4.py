"""Classes of #14's fourth round (dates on unseen English), each in our own sentences.

Checks as in ``test_reader_classes``: ("has", V) some event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W, V) no event
whose title holds W starts at V; ("span", W, S, E) an event whose title holds W runs S–E.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # a season or fiscal year written as two years is a span, never its first year alone
    ("split-year-short", "2025-11-12", "The 2024/25 harvest reached 31 million tonnes.", [("span", "harvest", "2024", "2025")]),
    ("split-year-long", "2025-11-12", "The 2023/2024 season ended with a surplus.", [("span", "season", "2023", "2024")]),
    ("split-year-in", "1987-03-12", "Cocoa exports in 1985/86 fell 12 pct, the board said.", [("span", "exports", "1985", "1986")]),
    ("split-year-after-verb", "1987-03-12", "Sugar output fell in 1986-87 after the drought.", [("span", "output", "1986", "1987")]),
    # ... and before a noun, with another date in the sentence, it names the thing's season
    ("split-year-thing", "1987-03-12", "The ministry cut its 1986/87 maize crop estimate on Tuesday.", [("title", "cut", "1987-03-10"), ("not", "1986")]),
    ("not-a-split-year", "2025-11-12", "The plant opened in 2019 and 25 staff were hired.", [("not", "2019/2020")]),
    # an apposition after the verb's object, with a participle and its date, dates the thing
    ("apposition-aside", "2025-08-18", "The fire destroyed the Casa Alta, a lodge built in 1926, late on Saturday.", [("title", "destroyed", "2025-08-16"), ("not", "1926")]),
    ("apposition-aside-end", "2025-08-18", "The flood swept away the Ferry Inn, a pub opened in 1868.", [("not", "1868")]),
    ("apposition-person", "2025-08-18", "Police charged Ned Hale, a driver stopped on Friday, with theft on Sunday.", [("title", "charged", "2025-08-17"), ("title-not", "charged", "2025-08-15")]),
    # ... but in the subject the apposition is a happening of its own, and a report is no aside
    ("apposition-in-subject", "2025-08-18", "Ana Ruiz, the coach appointed in May, resigned on Sunday.", [("title", "appointed", "2025-05"), ("title", "resigned", "2025-08-17")]),
    ("report-not-apposition", "2025-08-18", "Bread prices rose sharply, the bureau reported on Friday.", [("has", "2025-08-15")]),
    # "until" a date: how long what the clause did lasts, not when it happened
    ("ban-until", "2025-08-18", "The region banned open fires until the end of September.", [("not", "2025-09")]),
    # (the vote's new date is the vote's: the coming Monday, not the putting off's)
    ("put-off-until", "2025-08-18", "The council put off the vote until Monday.", [("title-not", "put off", "2025-08-25"), ("title", "New date for the vote", "2025-08-25"), ("not", "2025-08-18")]),
    ("range-until-stays", "2025-08-18", "The exhibition ran from May until July.", [("span", "exhibition", "2025-05", "2025-07")]),
    ("past-until-and-dated", "2025-08-18", "The county declared an emergency last month and shut the parks until October.", [("title", "declared", "2025-07"), ("not", "2025-10")]),
    # a comparison's baseline written as two dates side by side is one baseline
    ("same-week-last-year", "2025-06-27", "Shops reported sales 20% higher than in the same week last year.", [("not", "2024"), ("not", "2025-W26")]),
    # ... and its season's end in a "which ended" clause is the season's, not the happening's
    ("season-which-ended", "1987-03-12", "Ghana shipped a record 3.4 mln bags in the 1985/86 crop year which ended last September 30.", [("span", "shipped", "1985", "1986"), ("not", "1986-09-30")]),
    # a half ended on a day is the six months to it
    ("half-ended", "1987-03-12", "Group earnings climbed to 27 mln crowns in the half ended December 31 from 19 mln.", [("title", "earnings", "1986-H2"), ("not", "1986-12-31")]),
    # the figures listed after a baseline are baselines too, "or" between an amount and a share
    ("baseline-list", "1987-03-12", "Unemployment climbed to 7.4 pct from 7.2 pct in January and 515,000 or 6.9 pct a year earlier.", [("not", "1986-01"), ("not", "1986")]),
    # a choice of days after "until" is the end of a wait, each of them
    ("until-or", "1987-03-12", "Dealers said the central bank may wait until tomorrow or Monday before acting.", [("not", "1987-03-13"), ("not", "1987-03-16")]),
    # one happening on a day and the next, "and" alone between them, is one event over both
    ("next-day-span", "2025-03-03", "The outage forced the cancellation of 87 flights on Saturday and Sunday, the operator said.", [("span", "cancellation", "2025-03-01", "2025-03-02"), ("not", "2025-03-02")]),
    # ... and so is a pair of days before a place or a partner, never its last day alone
    ("next-day-span-place", "2025-03-05", "The envoys held talks on Monday and Tuesday in Oslo.", [("span", "talks", "2025-03-03", "2025-03-04"), ("not", "2025-03-04")]),
    ("next-day-span-purpose", "2025-03-05", "The two mayors will meet Thursday and Friday to sign the pact.", [("span", "meet", "2025-03-06", "2025-03-07")]),
    ("next-day-new-clause-stays", "2025-03-03", "The minister will fly to Oslo on Monday and will visit Bergen on Tuesday.", [("title", "visit", "2025-03-04")]),
    # a day gone by, in a possessive, before a clause told in the future does not date it
    ("past-possessive-future", "2025-03-03T10:00", "The weekend's cancellations will cut the March passenger figure.", [("not", "2025-W09-WE")]),
    ("past-possessive-past-stays", "2025-03-03T10:00", "Saturday's vote drew a record turnout.", [("has", "2025-03-01")]),
    # a year between an owner's possessive and the thing yields to the clause's own date
    ("owned-thing-year", "1999-01-22", "Reyes's 1994 pickup truck was found last month near the port, police said.", [("has", "1998-12"), ("not", "1994")]),
    ("owned-thing-year-alone-stays", "1990-03-12", "The company's 1989 profit rose 5%.", [("has", "1989")]),
    ("prepositional-possessive-stays", "1987-03-30", "Under last month's currency accord, Japan promised to draw up a plan to boost demand.", [("has", "1987-02")]),
    # the end of a range after "until" ends a span too
    ("until-range", "1987-03-30", "Credit is required at least until the June-October maize crop is gathered.", [("not", "1987-10"), ("not", "1987-06")]),
    # a multiple of a level at another time: the level's time is a baseline
    ("double-the-level", "1987-04-08", "Copper exports have climbed to 2.4 mln tons, nearly double the level only two years ago.", [("not", "1985")]),
    # a date inside an "until" clause ends the main clause's state, not its happening
    ("until-clause", "1987-03-27", "Ameritech said Leo Egan will become chairman until he retires on June 1.", [("title-not", "chairman", "1987-06-01")]),
    ("until-late-stays", "1987-03-27", "The talks continued until late on Sunday.", [("has", "1987-03-22")]),
    # the date of a thing compared with, after "than those granted", is a baseline
    ("than-those-participle", "1987-03-27", "Salas said she had secured conditions better than those offered last year to Chile.", [("not", "1986")]),
    ("range-to-month-stays", "1987-03-27", "The index rose from 1985 to March 1986.", [("span", "index", "1985", "1986-03")]),
    # a time word before a noun ("its overnight lending rate") yields to the clause's day
    ("overnight-rate", "2025-05-16", "The central bank raised its overnight lending rate on Wednesday.", [("title", "raised", "2025-05-14"), ("not", "2025-05-15TNI")]),
    ("overnight-stays", "2025-05-16", "Rebels attacked the town overnight, killing four.", [("has", "2025-05-15TNI")]),
    ("quarter-before-noun-stays", "1989-11-02", "Halvard's third-quarter net income rose 11%, the company said on Monday.", [("has", "1989-Q3")]),
    # a weekday and its week written apart are one day
    ("weekday-of-next-week", "2025-05-12", "The plant intends to reopen on Thursday of next week.", [("has", "2025-05-22"), ("not", "2025-05-15")]),
    ("weekday-next-week", "2025-05-12", "The new shares will be issued on Thursday next week.", [("has", "2025-05-22")]),
    # a split year after a noun and "for", with the clause's own date, names the thing's period
    ("offer-for-split-year", "2025-03-10", "The regulator is due to publish its price offer for 2033-34 in May.", [("has", "2025-05"), ("not", "2033")]),
    # an activity going on since a date began then; a running total's start is no date
    ("since-activity", "2025-05-16", "Crews have been searching since Tuesday evening.", [("has", "2025-05-13TEV")]),
    ("since-total-stays", "2025-05-16", "Prices have risen since 1990.", [("not", "1990")]),
    ("than-break-even-stays", "1989-10-20", "Corvex is expected to fare little better than break even in the final quarter.", [("has", "1989-Q4")]),
    ("past-possessive-future-after-but", "2025-03-03T10:00", "Passenger numbers rose 6% in February, but the weekend's cancellations will cut the March figure.", [("not", "2025-W09-WE")]),
    ("past-possessive-future-reported", "2025-03-03T10:00", "He said Saturday's vote would be annulled.", [("not", "2025-03-01")]),
    # a target for a figure by a date, after an intention or a plan, is no happening's date
    ("intention-figure-by", "1987-03-27", "The steel group has stated its aim to reduce its staff to 41,000 by end-1987.", [("not", "1987")]),
    ("plan-by-stays", "1987-03-27", "The chain will open its first store by March.", [("has", "1987-03")]),
    ("since-years-activity-stays-a-state", "1987-03-27", "The rebels have been fighting the government since 1976.", [("not", "1976")]),
    # a happening moved to a date: the move is not dated by its new day, nor by the day given up
    ("moved-to", "1998-03-22", "The cup final was moved to June 14.", [("title-not", "moved", "1998-06-14"), ("title", "New date for the cup final", "1998-06-14")]),
    ("set-for-aside-postponed", "1998-03-22", "The hearing, set for March 3, was postponed until April 20.", [("not", "1998-03-03"), ("title-not", "postponed", "1998-04-20"), ("title", "New date for the hearing", "1998-04-20")]),
    ("moved-to-place-stays", "1998-03-22", "The council moved to Leeds in 1990.", [("has", "1990")]),
    ("until-at-least", "2025-12-01", "Rail services were cut. The reduced timetable will run until at least March.", [("not", "2026-03")]),
    # a relative clause told in the past does not date the main clause that looks ahead
    ("past-relative-future-main", "1987-03-12", "The purchase would be funded by the Nordic Export Fund (NEF) which signed an accord with Kenya earlier this week.", [("title-not", "funded", "1987-W11")]),
    ("past-relative-future-main-2", "1987-03-12", "The club will play Leeds who beat them in March.", [("not", "1987-03")]),
    # a time gone by under a future modal names something else than when the clause happens
    ("past-date-under-will", "1987-03-12", "Analysts say the league's prospects now will hinge on the outcome of a deal last month.", [("not", "1987-02")]),
    ("past-and-future-clauses-stay", "1987-03-12", "The company said sales rose 5 pct last month and will rise again in April.", [("title", "rose", "1987-02"), ("title", "will rise", "1987-04")]),
    # a split year with a possessive is one phrase: "from 1985/86's record" is a baseline
    ("split-year-possessive-baseline", "1987-03-12", "The firm expects earnings to drop 25 pct this year from 1985/86's peak 32 billion yen.", [("not", "1985"), ("not", "1985/1986")]),
    # what could be done by a day lies ahead
    ("could-be-by", "1987-03-12", "A spokesman said service could be resumed by Saturday.", [("not", "1987-03-07")]),
    ("relative-in-earlier-sentence-stays", "2000-01-24T19:48", "Detectives sought a woman over attacks on judges who handled asylum cases. The warrant issued Monday charged her with assault.", [("has", "2000-01-24")]),
    # a participle after the subject's noun, its date, then the verb: the thing's date
    ("subject-participle", "1987-03-20", "A second probe launched in 1983 was rated in the lower band.", [("not", "1983")]),
    ("subject-passive-stays", "1997-03-20", "The company was founded in 1990 and is based in Leeds.", [("has", "1990")]),
    # maturities with an adverb, and the dates listed after them
    ("maturity-list", "1987-03-20", "The notes mature respectively in June 1992, 1993 and 1994 and are being offered as a bundle.", [("not", "1992-06"), ("not", "1993"), ("not", "1994")]),
    # an object relative's date is not its main clause's
    ("object-relative", "1987-03-20", "A dispute is brewing over trade loans which Chile suspended last month.", [("not", "1987-02")]),
    ("object-relative-past-main", "1987-03-20", "The firm sold the shares which it bought in 1985.", [("not", "1985")]),
    ("subject-relative-stays", "1987-03-20", "Acme is the company that bought the mill in 1980.", [("title", "bought", "1980")]),
    ("that-clause-not-object-relative", "1989-10-27", "Brightway announced last week that it intended to launch a new printer early next year.", [("has", "1990")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.end, e.undated, e.title) for e in events]
    starts = [e.start for e in events if not e.undated]
    for check in checks:
        if check[0] == "has":
            assert check[1] in starts, got
        elif check[0] == "not":
            assert check[1] not in starts, got
        elif check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "span":
            spans = [(e.start, e.end) for e in events if check[1] in e.title.lower()]
            assert (check[2], check[3]) in spans, got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title and e.start == check[2]], got


def test_a_month_of_the_news_ends_a_story_so_a_year_earlier_counts_from_it():
    """ "A similar outage in December 2023 …¶ Passenger numbers in February rose 6% from a
    year earlier": February is the news's (2025), and the year before it is 2024."""
    from datetime import date

    from core.temporal.tagger import tag

    text = (
        "Flights resumed on Monday.\n\nA similar outage in December 2023 lasted six hours.\n\n"
        "Passenger numbers in February rose 6% from a year earlier, and the weekend's "
        "cancellations will cut the March figure."
    )
    values = {t.text: t.value for t in tag(text, date(2025, 3, 3))}
    assert values["February"] == "2025-02"
    assert values["a year earlier"] == "2024-02"
    assert values["March"] == "2025-03"


def test_that_before_a_past_form_opens_a_clause_whose_weekday_lies_behind():
    """ "a wildfire that started on Thursday": "that" is no determiner of an adjective here."""
    from datetime import date

    from core.temporal.tagger import tag

    text = "Villagers were told to leave as a wildfire that started on Thursday spread."
    assert [t.value for t in tag(text, date(2025, 8, 18))] == ["2025-08-14"]


@pytest.mark.parametrize(
    ("published", "words", "value"),
    [
        ("1998-03-01", "last February", "1997-02"),  # this one would be "last month"
        ("1998-03-01", "this past February", "1998-02"),
        ("1998-04-02", "last February", "1998-02"),
        ("2025-11-12", "last February", "2025-02"),
    ],
)
def test_last_and_the_month_just_gone_is_a_year_back(published, words, value):
    from datetime import date

    from core.temporal.tagger import tag

    text = f"Two helicopters crashed {words} near the border."
    assert [t.value for t in tag(text, date.fromisoformat(published))] == [value]


def test_a_maturity_day_named_again_without_its_year_is_not_the_maturity():
    """ "a bond due April 21, 1992 … Payment is due April 21.": the payment is this April's."""
    from datetime import date

    from core.temporal.tagger import tag

    text = "The bank is issuing a bond due April 21, 1992 at par. Payment is due April 21."
    assert [t.value for t in tag(text, date(1987, 3, 27))] == ["1992-04-21", "1987-04-21"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past participle after "being" is no past: the nearest verb before it tells
        ("Labour would fight the wards being polled on Saturday.", "2025-05-17"),
        # a plan told in the past, its date after it, lies ahead of the plan
        ("Crews hoped to free the ship by Sunday.", "2025-05-18"),
        ("The team planned to present the data at a meeting in June.", "2025-06"),
        ("On Friday, the government planned to pay the claims.", "2025-05-16"),
        # a forecast "for" a day
        ("Heavy snow is forecast for Sunday.", "2025-05-18"),
        # a day's possessive under a future verb: a game still to be played
        ("He will miss Saturday's game at Kelby.", "2025-05-17"),
        ("Saturday's game drew a record crowd.", "2025-05-10"),
        # the next of something, its date at once after it
        ("Analysts pointed to the board's next meeting, on Sept. 14, as likely.", "2025-09-14"),
    ],
)
def test_a_date_in_a_clause_that_looks_ahead_lies_ahead(text, value):
    """A Friday article (16 May 2025)."""
    from datetime import date

    from core.temporal.tagger import tag

    assert [t.value for t in tag(text, date(2025, 5, 16))] == [value]


def test_that_before_a_month_points_back_at_the_year_last_named():
    """ "the flood of 1950 … That April": April 1950, and the day after it too."""
    from datetime import date

    from core.temporal.tagger import tag

    text = (
        "The town never forgot the flood of 1950. That April, the river rose six metres, "
        "and on April 19 the levee broke."
    )
    assert [t.value for t in tag(text, date(1996, 9, 20))] == ["1950", "1950-04", "1950-04-19"]


def test_the_following_month_counts_from_the_last_month_named_not_a_year_in_passing():
    """ "convicted in June 1994 of thefts committed between 1930 and 1936. He was jailed the
    following month": July 1994."""
    from datetime import date

    from core.temporal.tagger import tag

    text = (
        "Kern was convicted in June 1994 of thefts committed between 1930 and 1936. "
        "He was jailed the following month."
    )
    assert [t.value for t in tag(text, date(2024, 3, 10))][-1] == "1994-07"


def test_a_plan_to_act_by_a_date_is_dated_a_figure_target_is_not():
    from datetime import date

    from core.events.anchors import dates_happening
    from core.temporal.tagger import tag

    plan = "The board aims to choose by late August whether to sell the unit."
    target = "The brewer aims to halve its water use by 2030."
    assert [dates_happening(plan, t) for t in tag(plan, date(2025, 5, 16))] == [True]
    assert [dates_happening(target, t) for t in tag(target, date(2025, 5, 16))] == [False]


@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        ("de", "Die Gesandten verhandelten am Montag und Dienstag in Oslo.", "2025-03-03", "2025-03-04"),
        ("fr", "Les envoyés ont négocié lundi et mardi à Oslo.", "2025-03-03", "2025-03-04"),
        ("es", "Los enviados negociaron el lunes y el martes en Oslo.", "2025-03-03", "2025-03-04"),
        ("ru", "Следующие концерты пройдут 14 и 15 марта.", "2025-03-14", "2025-03-15"),
        ("uk", "Наступні концерти відбудуться 14 та 15 березня.", "2025-03-14", "2025-03-15"),
    ],
)  # fmt: skip
def test_two_days_joined_by_and_run_from_the_first_in_every_language(language, text, start, end):
    from tests.core.events.articles import events_of

    spans = [(str(e.start), str(e.end)) for e in events_of(text, language, "2025-03-05")]
    assert spans == [(start, end)]
