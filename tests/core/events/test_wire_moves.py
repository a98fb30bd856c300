"""Wire copy's economy and market shapes (session 35): a figure's fall told by a subject that
looks like a participle ("Output fell in March, the agency said"), a hard-wrapped line that
opens on a capital, "end-April" and "mid-May" as one date with their preposition, a market's
move dated by its day in the possessive ("yesterday's small gains"), and a weekday in the
possessive joined to a phrase ahead ("… tomorrow and Friday's auction"), and a result for a
year ended in December ("a loss in the year ended December 31, 1989": 1989's)."""

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "1991-10-16"  # a Wednesday


def _events(sentence: str):
    return events_of(f"A headline\n\n{sentence}", "en", PUBLISHED)


FIGURES_OF_A_PERIOD = [
    # a noun or an adjective that reads as a participle opens a clause of its own: its date is
    # the clause's, not a fronted participle's ("Born in Hull in 1950, …")
    (
        "Output fell sharply in September, the mining board said.",
        [("title", "Output fell sharply", "1991-09")],
    ),
    (
        "Output increased in August, the textile council reported.",
        [("has", "1991-08")],
    ),
    (
        "Armed wardens searched the trawler in July, port officials said.",
        [("title", "Armed wardens searched the trawler", "1991-07")],
    ),
    # ... while a real fronted participle keeps its date to itself
    (
        "Founded in Tromso in 1962, the co-operative sells dried cod.",
        [("not", "1962")],
    ),
    (
        "Hit by a gale that flooded its sheds in May, the boatyard closed for good.",
        [("title-not", "boatyard closed", "1991-05")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), FIGURES_OF_A_PERIOD)
def test_figures_of_a_period(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(sentence), checks)


def test_wrapped_line_is_no_fronted_participle() -> None:
    """A wire's line wrapped before "United" runs on: no participle opens a sentence there,
    so the year keeps the role its own words give it."""
    text = (
        "A headline\n\n    Mr Oduya said Kenya wanted the\nUnited Nations to hold a vote on"
        " the\nfishing quota before the season opens.\n"
    )
    wrapped = events_of(text, "en", PUBLISHED)
    flat = events_of(text.replace("the\nUnited", "the United"), "en", PUBLISHED)
    assert [(e.start, e.title) for e in wrapped] == [(e.start, e.title) for e in flat]


MONTH_PARTS = [
    # "end-April" is one date, as "mid-May" is; its preposition and a hedge go with it
    (
        "Brantwood Mills said it will sign around end-November to buy the rest of the dye works.",
        [
            ("has", "1991-11"),
            ("no-title-with", "end-"),
            ("no-title-with", "around"),
        ],
    ),
    (
        "Cargo flights to Tarvik resumed at end-September.",
        [("title", "Cargo flights to Tarvik resumed", "1991-09")],
    ),
    (
        "The smelter will reopen in mid-December after a refit.",
        [("title", "The smelter will reopen", "1991-12"), ("no-title-ending", " in")],
    ),
    # a hyphenated date before a noun still modifies it: "first-quarter growth"
    ("Lower tariffs will add to first-quarter growth.", [("no-title-ending", " to")]),
]


@pytest.mark.parametrize(("sentence", "checks"), MONTH_PARTS)
def test_month_parts(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(sentence), checks)


DAY_MOVES = [
    # a market's move with its day in the possessive happened that day, whatever the clause
    (
        "Today's sharp drop in nickel and yesterday's small gains in zinc had little effect.",
        [
            ("title", "Sharp drop in nickel", "1991-10-16"),
            ("title", "Small gains in zinc", "1991-10-15"),
        ],
    ),
    (
        "Brokers stayed cautious after yesterday's rate cut by the Riksbank.",
        [("title", "Rate cut by the Riksbank", "1991-10-15")],
    ),
    # ... but a move's noun with a year or a month written on it is a figure, no happening
    ("The 1974 decline in nickel was steeper.", [("not", "1974")]),
    # ... and a level of a day is no move
    ("Zinc traded well below yesterday's closing price.", [("not", "1991-10-15")]),
]


@pytest.mark.parametrize(("sentence", "checks"), DAY_MOVES)
def test_day_moves(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(sentence), checks)


POSSESSIVE_WEEKDAYS = [
    # a weekday in the possessive joined by "and" to a phrase of a sentence told ahead is the
    # coming one
    (
        "Credit will be squeezed by a bond sale tomorrow and Friday's auction of treasury bills.",
        [("has", "1991-10-18"), ("not", "1991-10-11")],
    ),
    # ... not one a verb of the past of a "would" governs: that ruling has been made
    (
        "The growers said they would look for ways to get around Monday's ruling by the tribunal.",
        [("title", "Ruling by the tribunal", "1991-10-14")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), POSSESSIVE_WEEKDAYS)
def test_possessive_weekdays(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(sentence), checks)


YEARS_ENDED = [
    # a year ended in December is that calendar year, as a quarter ended Sept. 30 is the third
    (
        "Halvorsen Shipping reported a net loss of 41 mln crowns in the year ended December 31,"
        " 1990.",
        [("title", "Halvorsen Shipping reported a net loss of 41 mln crowns", "1990")],
    ),
    (
        "The Quito brewer made a profit of 8 bln sucres in the year ending December 1990.",
        [("has", "1990")],
    ),
    # ... a year ended another month is a fiscal one, which no calendar period names
    (
        "Halvorsen Shipping reported a net loss of 41 mln crowns in the year ended June 30, 1990.",
        [("not", "1990"), ("not", "1990-06-30")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), YEARS_ENDED)
def test_years_ended(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(sentence), checks)
