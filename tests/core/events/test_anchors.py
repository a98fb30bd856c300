"""A date that only describes a thing in the sentence never becomes the event's date (#14).

Every sentence here is our own. Each case: the publication date, a sentence, the event dates
a reader expects from it, and the dates that must not appear (the trap).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events import anchors
from core.events.extract import extract_events
from core.temporal.tagger import tag
from tests.core.events.articles import article


def _dates(published: str, body: str) -> list[str]:
    return [e.start for e in extract_events(article(body, published)) if not e.undated]


@pytest.mark.parametrize(
    ("published", "body", "expected", "trap"),
    [
        # a comparison's baseline
        ("1991-05-10", "For the six months, Harbor Mills earned $4 million, compared with a loss of $1 million a year earlier.", [], "1990"),
        ("1991-11-02", "Sales for the quarter ended Sept. 28 rose 21% to $80 million from $66 million a year earlier.", None, "1990"),
        ("1990-04-20", "The retailer made $17 million, or 55 cents a share, compared with $14 million, or 46 cents a share, a year earlier.", [], "1989"),
        ("1990-04-20", "Output climbed to 51.2 pct in March from 48.7 pct in February, the survey showed.", ["1990-03"], "1990-02"),
        ("1990-04-20", "Net profit rose 9% from a year ago on higher prices for copper.", [], "1989"),
        ("1995-05-12", "Orland Mills reported net income on Thursday, turning round a deficit a year earlier.", ["1995-05-11"], "1994-05-11"),
        ("1995-03-02", "The rise reversed a decline in January of 2 pct.", None, "1995-01"),
        # a period before the figures a report on a later day gave
        ("2011-08-04", "Tessan Foods reported a record first-half profit on Wednesday.", ["2011-08-03"], "2011-H1"),
        ("2011-11-09", "Tessan Foods posted third-quarter sales above forecasts on Tuesday.", ["2011-11-08"], "2011-Q3"),
        # a running span or a record's baseline
        ("1987-04-01", "Factory wages rose two pct in 1986, the smallest increase since 1962.", ["1986"], "1962"),
        ("2021-07-20", "Since January, 40 people have died in the floods.", [], "2021-01"),
        ("1998-02-06", "Shares rose on Thursday to within 40 points of the record high set on March 9.", ["1998-02-05"], "1997-03-09"),
        # maturities, expiries, payment and record dates
        ("2001-06-12", "Carver Steel sold $50 million of notes due June 15, 2031, the company said.", [], "2031-06-15"),
        ("1987-03-02", "The lender priced a 150 mln dlr offering of notes due 1997 at 100.75.", [], "1997"),
        # (the payment is a happening of its own, on its day: ``test_recall4_classes``)
        ("1989-11-03", "Directors declared a dividend of 12 cents, payable Dec. 7 to holders of record Nov. 20.", ["1989-12-07"], "1989-11-20"),
        ("1989-11-03", "The board set Nov. 30 as the deadline for rival offers.", [], "1989-11-30"),
        # a date that names or modifies a thing
        ("1989-10-16", "Stocks dropped over 190 points on Friday, exceeding the decline of Oct. 19, 1987.", ["1989-10-13"], "1987-10-19"),
        ("2010-05-03", "Thousands of pilgrims visited the 12th century abbey on Sunday.", ["2010-05-02"], "11"),
        ("2016-03-09", "Lou Marsh, a member of the 1953 championship team, died last June at his home.", ["2015-06"], "1953"),
        ("2024-01-15", "The team qualified on Saturday for the 2023-25 cycle's final.", ["2024-01-13"], "2023"),
        ("1998-03-01", "That 1979 resolution calls for the withdrawal of all foreign troops.", [], "1979"),
    ],
)  # fmt: skip
def test_a_date_of_a_thing_is_not_the_events(published, body, expected, trap):
    dates = _dates(published, body)
    assert trap not in dates
    if expected is not None:
        assert dates == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # dates that do date the happening stay
        ("2021-02-25", "Lawyers prepared for the March 3 hearing in the case.", ["2021-03-03"]),
        ("2021-02-25", "Monday's vote drew record turnout across the province.", ["2021-02-22"]),
        ("2023-05-20", "The report is due on Friday, the ministry said.", ["2023-05-26"]),
        ("2023-05-20", "The general election due this September will decide the next government.", ["2023-09"]),
        ("1990-10-05", "As of Sept. 30, the fund held 40 tonnes of gold.", ["1990-09-30"]),
        ("1998-01-08", "Police arrested 40 people from Monday to Wednesday.", ["1998-01-05"]),
        ("2021-08-02", "Work on the bridge began in June and finished the following month.", ["2021-06", "2021-07"]),
        ("1998-08-10", "The Aug. 7 embassy bombings killed 224 people.", ["1998-08-07"]),
    ],
)  # fmt: skip
def test_a_date_of_the_happening_stays(published, body, expected):
    assert _dates(published, body) == expected


@pytest.mark.parametrize(
    ("sentence", "date_text", "role"),
    [
        ("The index is up 4% from a year ago.", "a year ago", anchors.DESCRIBES),
        ("Prices are higher than a year ago.", "a year ago", anchors.DESCRIBES),
        ("It has grown every year since 2001.", "2001", anchors.DESCRIBES),
        ("Bonds maturing in 2030 fell.", "2030", anchors.DESCRIBES),
        ("He recalled the floods of 1953.", "1953", anchors.MODIFIES),
        ("They met on the night of March 3.", "March 3", anchors.DATES),
        ("The talks resumed from Monday.", "Monday", anchors.DATES),
        # a noun's own plan: "to be" is tried before the whole pattern, the gap may be a line end
        ("Orland backs a plant to be built in March.", "March", anchors.DESCRIBES),
        ("Orland backs a plant to\nbe   opened in March.", "March", anchors.DESCRIBES),
        ("Orland backs a plant to  be\nbuilt in March.", "March", anchors.DESCRIBES),
        ("Orland opened a plant to build trucks in March.", "March", anchors.DATES),
        # a deadline or a target: the stretch's last word ("by", "end-") is looked at first
        ("The mayor ordered residents to leave BY\n Friday.", "Friday", anchors.DESCRIBES),
        ("Orland aims to cut costs by 20% by end-2031.", "2031", anchors.DESCRIBES),
        ("The board told staff to reply no later than March 3.", "March 3", anchors.DESCRIBES),
    ],
)
def test_role_of_a_time_expression(sentence, date_text, role):
    timex = next(t for t in tag(sentence, datetime(2020, 6, 10)) if date_text in t.text)
    assert anchors.role(sentence, timex) == role


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # the reported happening keeps its own date; the saying's date is not its date
        ("2022-02-07", "Officials said Tuesday the bridge would reopen in May.", [("2022-02-01", "Officials said"), ("2022-05", "Bridge")]),
        ("2022-02-07", "The ministry said on Friday that prices rose in 2019.", [("2022-02-04", "ministry said"), ("2019", "prices rose")]),
        # news with no time of its own takes the time it was reported
        ("2022-02-07", "Prices rose sharply, the ministry said on Friday.", [("2022-02-04", "Prices")]),
        ("2022-02-07", "Three people died in the fire, police said Saturday.", [("2022-02-05", "Three people")]),
    ],
)  # fmt: skip
def test_a_report_dates_only_what_has_no_date_of_its_own(published, body, expected):
    events = extract_events(article(body, published))
    assert [
        (e.start, word.lower() in e.title.lower())
        for e, (_, word) in zip(events, expected, strict=False)
    ] == [(date, True) for date, _ in expected]
    assert len(events) == len(expected)


def test_events_of_a_story_told_in_the_past_take_the_storys_year():
    # #15: the event layer follows the tagger's story time, not the publication year
    body = (
        "The winter of 1941 was bitter on the eastern front. On December 5, the Soviet army "
        "launched a counteroffensive near the capital. Two days later, Japanese aircraft "
        "attacked the fleet at anchor. The following year, the tide turned at Stalingrad."
    )
    assert _dates("2009-06-01", body) == ["1941-12-05", "1941-12-07", "1942"]


def test_news_with_a_background_sentence_keeps_the_publication_year():
    body = (
        "The council said on Tuesday that the bridge will reopen on March 21. The bridge was "
        "built in 1931. Buses will return on March 22."
    )
    assert _dates("2022-03-09", body) == ["2022-03-08", "2022-03-21", "1931", "2022-03-22"]


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # a day's possessive after a preposition dates that noun, not the clause
        ("1990-05-14", "The mayor said on Sunday she had reached a decision on the city's answer to Friday's flood.", ["1990-05-13"]),
        ("2021-02-25", "Monday's vote drew record turnout across the province.", ["2021-02-22"]),
        # a plan's period is not the day the plan was told
        ("1990-05-14", "The ministry outlined its spending targets for 1991 on Monday.", ["1990-05-14"]),
        ("1990-05-14", "Net income for the first quarter rose 12 pct.", ["1990-Q1"]),
        # a participle's aside dates the noun before it (and its own happening, after)
        ("2022-02-07", "The bridge, closed in 2020, will reopen on Monday.", ["2022-02-07", "2020"]),
        ("2022-02-07", "The company's chief executive, Maria Olsen, resigned on Tuesday.", ["2022-02-01"]),
    ],
)  # fmt: skip
def test_a_date_of_a_noun_in_the_clause_leaves_the_clause_its_own(published, body, expected):
    assert _dates(published, body) == expected


def test_a_thing_only_named_in_the_lead_is_not_dated_by_the_lead():
    body = (
        "Farm ministers met in Vienna on Monday to discuss the grain pact. "
        "The commissioner was one of the chief authors of the Danube treaty."
    )
    events = extract_events(article(body, "1987-10-20"))
    assert [(e.start, e.undated) for e in events] == [("1987-10-19", False)]


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # a contract's or a cargo's month is a term of the trade, not when it happened
        ("1987-04-07", "September cocoa futures hit a fresh contract peak on Tuesday.", ["1987-04-07"]),
        ("1987-04-07", "Egypt bought 200,000 tonnes of wheat for May shipment, traders said on Monday.", ["1987-04-06"]),
        ("1987-04-07", "Egypt bought 200,000 tonnes of wheat for shipment in May.", []),
        ("1987-04-07", "The new plant will begin deliveries in June.", ["1987-06"]),
    ],
)  # fmt: skip
def test_a_trades_terms_do_not_date_the_trade(published, body, expected):
    assert _dates(published, body) == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        # a figure set against another period's is a comparison
        ("1987-03-31", "The region showed a surplus of 40 mln dlrs against 52 mln in January.", []),
        ("1987-03-31", "The team played against Leeds on Saturday.", ["1987-03-28"]),
        # "his end-June forecast": the forecast's horizon, not when it was raised
        ("1987-03-31", "Ana Ruiz raised her end-June rate forecast to 6 pct on Monday.", ["1987-03-30"]),
    ],
)  # fmt: skip
def test_comparisons_and_horizons_seen_in_unread_articles(published, body, expected):
    assert _dates(published, body) == expected
