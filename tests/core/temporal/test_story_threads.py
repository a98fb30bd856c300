"""Following a story's thread (#15): a date named again, two dates sharing one year, a look
ahead told in passing, asides, and anaphora in a story told in the past.

Every paragraph here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.cases import values

HISTORY = date(2009, 12, 19)  # a history page, written long after what it tells


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a day written with its year and named again without it, in the present tense
        (
            "The siege lasted from July 1 to July 3, 1863. The charge on July 3 is remembered "
            "as the turning point, and the river fort fell the following day.",
            HISTORY,
            [
                ("July 1", "1863-07-01"),
                ("July 3, 1863", "1863-07-03"),
                ("July 3", "1863-07-03"),
                ("the following day", "1863-07-04"),
            ],
        ),
        # ... but an anniversary still ahead is the next one
        (
            "The wall fell on November 9, 1989. The city will hold a party on November 9.",
            date(2019, 6, 1),
            [("November 9, 1989", "1989-11-09"), ("November 9", "2019-11-09")],
        ),
        # two dates joined as one span share the year the second one writes
        (
            "In 1942 the line held. The two sides used the spring and early summer of 1943 "
            "to rearm, and the snows lasted from December to February 1944.",
            HISTORY,
            [
                ("1942", "1942"),
                ("the spring", "1943-SP"),
                ("early summer of 1943", "1943-SU"),
                ("December", "1943-12"),
                ("February 1944", "1944-02"),
            ],
        ),
        (
            "Shipments ran between June and August 1998, the company said.",
            date(1999, 3, 1),
            [("June", "1998-06"), ("August 1998", "1998-08")],
        ),
        # a look ahead told in passing: the story resumes its own time
        (
            "On April 9, 2003, the statue in the square was pulled down. In November 2008, "
            "protesters burned an effigy in the same square. The capital fell quickly, and on "
            "April 15 the invasion was declared over.",
            HISTORY,
            [
                ("April 9, 2003", "2003-04-09"),
                ("November 2008", "2008-11"),
                ("April 15", "2003-04-15"),
            ],
        ),
        # a date a figure is given "as of" does not move the story
        (
            "The troops landed in May 2003. Three provinces saw 73% of the deaths (as of "
            "December 5, 2006). Raids went on throughout the summer.",
            HISTORY,
            [
                ("May 2003", "2003-05"),
                ("December 5, 2006", "2006-12-05"),
                ("the summer", "2003-SU"),
            ],
        ),
        # "previously" counts back, from the story's time rather than from a plan's
        (
            "On December 4, 2008, the accord was signed; the troops were to leave by 2011. "
            "Crowds gathered where five years previously soldiers had pulled down a statue.",
            HISTORY,
            [
                ("December 4, 2008", "2008-12-04"),
                ("2011", "2011"),
                ("five years previously", "2003"),
            ],
        ),
        # "to have been" is a past, "AM" a clock
        (
            "In March 1917 the regent resigned.\n\nOver the winter, there appears to have been "
            "rioting in the port, and the sailors mutinied.",
            HISTORY,
            [("March 1917", "1917-03"), ("the winter", "1917-WI")],
        ),
        (
            "At 4:12 AM local time on March 20, 2003 (8:12 p.m., March 19 EST) the crossing began.",
            HISTORY,
            [
                ("4:12 AM local time on March 20", "2003-03-20T04:12"),
                ("2003", "2003"),
                ("8:12 p.m., March 19", "2003-03-19T20:12"),
            ],
        ),
        # "the latter half of", "that same spring", a season closing a phrase
        (
            "Attacks fell in the latter half of 2008.",
            HISTORY,
            [("the latter half of 2008", "2008-H2")],
        ),
        (
            "In 1970 the war widened.\n\nThe capital fell in 1975; the north was overrun that "
            "same spring.",
            HISTORY,
            [("1970", "1970"), ("1975", "1975"), ("that same spring", "1975-SP")],
        ),
        # "ago" told in the past perfect of a story long past counts from the story's time
        (
            "In 1975 the president resigned. He said the envoy had tricked him into signing "
            "the treaty two years ago.",
            HISTORY,
            [("1975", "1975"), ("two years ago", "1973")],
        ),
        # an anaphoric day in a story that reached a month: a day of that month (the text does
        # not say which), not today
        (
            "In June 1812 the army crossed the river. The scouts were seen on the far bank "
            "that same day.",
            HISTORY,
            [("June 1812", "1812-06"), ("that same day", "1812-06-XX")],
        ),
    ],
)
def test_the_story_thread(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected


def test_a_news_paragraph_keeps_the_publication_year_for_its_own_dates() -> None:
    # a background sentence written with a year does not give its year to today's news
    assert values(
        "The plant opened on June 2, 2015. Workers walked out on March 3, the union said on "
        "Friday.",
        date(2022, 3, 5),
    ) == [("June 2, 2015", "2015-06-02"), ("March 3", "2022-03-03"), ("Friday", "2022-03-04")]


def test_february_29_falls_in_a_leap_year() -> None:
    assert values("Greek troops pulled back on February 29.", date(2009, 6, 1)) == [
        ("February 29", "2008-02-29")
    ]
    assert values("The next vote will be held on February 29.", date(2009, 6, 1)) == [
        ("February 29", "2012-02-29")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech quoted in a story long past: its "tonight" and "next year" are the
        # speaker's, on a day the paragraph does not give, and the story goes on after it
        (
            'The governor lost the vote in March 1958. He told the assembly, "Tonight I '
            'withdraw my bill, and next year I will bring it back." In May the bill died.',
            [
                ("March 1958", "1958-03"),
                ("Tonight", "XXXX-XX-XXTNI"),
                ("next year", "XXXX"),
                ("May", "1958-05"),
            ],
        ),
        # ... and "ago" in it counts from a day the text does not give either
        (
            'In April 1961 the minister resigned. He wrote to the king: "We made this pact '
            'three months ago, and it has failed."',
            [("April 1961", "1961-04"), ("three months ago", "XXXX-XX")],
        ),
        # a quotation in a sentence that names its own date is said on that date
        (
            'In 1961 the minister resigned. On May 2, 1961, he said, "Next year the treaty '
            'will be signed."',
            [("1961", "1961"), ("May 2, 1961", "1961-05-02"), ("Next year", "1962")],
        ),
        # a same day in a story before the common era: that month's, not the publication's
        (
            "In August 431 BC the fleet sailed. The rival fleet left port that same day.",
            [("August 431 BC", "BC0431-08"), ("that same day", "BC0431-08-XX")],
        ),
    ],
)
def test_a_quotation_in_a_story_long_past_and_a_day_before_the_common_era(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, HISTORY) == expected


def test_today_in_a_quotation_of_the_news_is_the_publication_day() -> None:
    # a news story quoting someone today: the story is not long past, so "today" is today's
    assert values(
        'The dam was finished in June 2021. "Today the valley is safe," the mayor said.',
        date(2022, 3, 5),
    ) == [("June 2021", "2021-06"), ("Today", "2022-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare season before a happening is a season, the story's
        (
            "In 1916 the northern army held the pass. After a failed spring offensive, its "
            "general was recalled.",
            [("1916", "1916"), ("spring", "1916-SP")],
        ),
        (
            "The rebels took the port in May 1871. Their autumn campaign stalled in the hills.",
            [("May 1871", "1871-05"), ("autumn", "1871-FA")],
        ),
        # ... but a season before any other noun is not
        ("In 1916 the farmers sowed winter wheat and bought summer clothes.", [("1916", "1916")]),
    ],
)
def test_a_season_of_a_happening_in_a_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, HISTORY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a second day of the same month after "and": a date of its own
        (
            "The garrisons gave up on June 8 and 9, 1871, one after the other.",
            HISTORY,
            [("June 8", "1871-06-08"), ("9, 1871", "1871-06-09")],
        ),
        (
            "The fair will open on September 12 and 13.",
            date(2022, 3, 5),
            [("September 12", "2022-09-12"), ("13", "2022-09-13")],
        ),
        # ... not a count after it
        (
            "On September 12 and 13 tonnes of grain were sold.",
            date(2022, 3, 5),
            [("September 12", "2021-09-12")],
        ),
    ],
)
def test_a_second_day_of_the_same_month(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dct) == expected


def test_a_year_long_past_after_the_happening_it_names() -> None:
    # a century or more before publication, "of" after a happening or a name makes a year
    assert values(
        "The quarrel went back to the Treaty of 1783 and the election of 1800.", HISTORY
    ) == [("1783", "1783"), ("1800", "1800")]
    # ... but not after any other word
    assert values("A crowd of 1800 gathered in the square.", HISTORY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month named just after a season that holds it is that season's, and the story
        # goes on from there, whatever later date a figure was given for before
        (
            "By December 2006 the toll had halved. The army then opened a spring offensive in "
            "the hills. It began with a March raid on the pass, and by June the hills were "
            "quiet.",
            [
                ("December 2006", "2006-12"),
                ("spring", "2006-SP"),
                ("March", "2006-03"),
                ("June", "2006-06"),
            ],
        ),
        # ... a winter's January is the next year's
        (
            "The siege lasted through the winter of 1870. In January the city gave in.",
            [("the winter of 1870", "1870-WI"), ("January", "1871-01")],
        ),
    ],
)
def test_a_month_in_the_season_just_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, HISTORY) == expected


def test_a_season_of_next_or_last_year() -> None:
    news = date(2022, 3, 5)
    assert values("The bridge will reopen in the spring of next year.", news) == [
        ("the spring of next year", "2023-SP")
    ]
    assert values("The bridge closed in the autumn of last year.", news) == [
        ("the autumn of last year", "2021-FA")
    ]
    # ... in a quotation of a story long past, a season of a year the text does not give
    assert values(
        'The treaty failed in May 1931. The envoy wrote: "We shall return in the summer of '
        'next year."',
        HISTORY,
    ) == [("May 1931", "1931-05"), ("the summer of next year", "XXXX-SU")]


def test_a_year_earlier_in_a_story_counts_from_the_story() -> None:
    assert values(
        "In 1931 the mill burned down. A year earlier its owner had sold half of it.", HISTORY
    ) == [("1931", "1931"), ("A year earlier", "1930")]
    # ... and in an earnings report from publication
    assert values(
        "Profit rose to $9 million from $7 million a year earlier.", date(2022, 3, 5)
    ) == [("a year earlier", "2021")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels walked north on the famous Long March, and few survived.",
        "There was little fighting along the March. The column turned east at the coast.",
    ],
)
def test_a_march_named_is_no_month(text: str) -> None:
    assert values(text, HISTORY) == []


def test_a_later_paragraph_s_month_two_before_publication_is_the_news_s() -> None:
    # a story of the year before last, then a paragraph about the November just gone
    assert values(
        "The family left the island in June 2023 and came back later that year.\n\n"
        '"They took the boy on the late-November trip by force," the minister said.',
        date(2025, 1, 20),
    ) == [("June 2023", "2023-06"), ("later that year", "2023"), ("the late-November", "2024-11")]


def test_a_heading_takes_the_tense_of_the_paragraph_it_heads() -> None:
    assert values(
        "The truce broke down in February 1952.\n\nSpring offensives in the north\n\n"
        "The army attacked the ridge and took it after a week.",
        HISTORY,
    ) == [("February 1952", "1952-02"), ("Spring", "1952-SP"), ("a week", "P1W")]
    # ... and a month of the season a heading names is that season's
    assert values(
        "The truce held through December 1952.\n\nSpring offensives in the north\n\n"
        "At the end of March, the army attacked the ridge.",
        HISTORY,
    ) == [("December 1952", "1952-12"), ("Spring", "1952-SP"), ("the end of March", "1952-03")]


def test_this_season_ahead_once_it_is_over_is_the_coming_one() -> None:
    december = date(2022, 12, 5)
    assert values("The council will vote on the plan this spring.", december) == [
        ("this spring", "2023-SP")
    ]
    # ... but one told in the past is this year's
    assert values("The council voted on the plan this spring.", december) == [
        ("this spring", "2022-SP")
    ]


def test_a_season_takes_the_year_its_sentence_writes_for_one_of_its_months() -> None:
    assert values(
        "By May 1917 the line was quiet. The army had opened its summer offensive on the "
        "river in July 1916.",
        HISTORY,
    ) == [("May 1917", "1917-05"), ("summer", "1916-SU"), ("July 1916", "1916-07")]
