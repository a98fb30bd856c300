"""Yearless and anaphoric expressions follow the time the text narrates (#15).

Every paragraph here is our own. A story told in the past gives its dates their year; a
sentence or paragraph about the present gives them the publication date's.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.narration import present_paragraph, tells_past
from tests.core.temporal.cases import expect

WRITTEN = date(2009, 12, 19)  # a history page, written long after what it tells
NEWS = date(2022, 2, 4)  # a Friday


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a narrative paragraph: 1941 gives the year, each date moves the story on
        (
            "In 1941 the winter came early. On December 5, the army crossed the frozen river. "
            "Two days later the bridge fell, and by mid-December the town was taken. The "
            "following year the front moved west; in March the rains came, and the end of the "
            "month saw the first retreat.",
            WRITTEN,
            [("1941", "1941"), ("the winter", "1941-WI"), ("December 5", "1941-12-05"),
             ("Two days later", "1941-12-07"), ("mid-December", "1941-12"),
             ("The following year", "1942"), ("March", "1942-03"),
             ("the end of the month", "1942-03")],
        ),
        # carried across paragraphs, and forward into the next year
        (
            "In December 1941 the fleet sailed north.\n\nIn January it reached the ice, and in "
            "February the crew wintered in the bay. That summer the ship came home.",
            WRITTEN,
            [("December 1941", "1941-12"), ("January", "1942-01"), ("February", "1942-02"),
             ("That summer", "1942-SU")],
        ),
        # a weekday in the sentence that reached a day is that day's week, not publication's
        (
            "The storm reached the coast on Friday, March 1, 1912, and on Sunday night the "
            "harbour flooded.",
            WRITTEN,
            [("Friday, March 1, 1912", "1912-03-01"), ("Sunday night", "1912-03-03TNI")],
        ),
        # a future seen from the past is still the story's time
        (
            "On 3 March 1917 the army retreated. It would later regroup in April.",
            WRITTEN,
            [("3 March 1917", "1917-03-03"), ("April", "1917-04")],
        ),
        # a plan does not move the story: "early the next year" is projected, not told
        (
            "On 2 June 1958 the general spoke. The new charter would be signed early the next "
            "year. In August the strikes began.",
            WRITTEN,
            [("2 June 1958", "1958-06-02"), ("early the next year", "1959"),
             ("August", "1958-08")],
        ),
        # a background date told in passing does not take the story back
        (
            "The new council met on April 3, 1996. This followed the vote of November 1995. "
            "On October 8, the council fell.",
            WRITTEN,
            [("April 3, 1996", "1996-04-03"), ("November 1995", "1995-11"),
             ("October 8", "1996-10-08")],
        ),
        # "the following spring" after a year told whole is the next year's; a founding year
        # told in passing between them is not what it follows
        (
            "In 1964 she bought a disused chapel. The chapel, built in 1842, had no roof. The "
            "following spring she fired her first kiln there.",
            WRITTEN,
            [("1964", "1964"), ("1842", "1842"), ("The following spring", "1965-SP")],
        ),
        (
            "The mill closed in 1988. The following autumn the workers bought it.",
            WRITTEN,
            [("1988", "1988"), ("The following autumn", "1989-FA")],
        ),
        # "next spring", "next year" in what was said on a day of the story count from that day
        (
            'On 12 August 1983, the minister said "the dam will open next spring, and the '
            'canal next year." In October the works stopped.',
            WRITTEN,
            [("12 August 1983", "1983-08-12"), ("next spring", "1984-SP"),
             ("next year", "1984"), ("October", "1983-10")],
        ),
    ],
)  # fmt: skip
def test_a_story_told_in_the_past_gives_its_dates_their_year(text, dct, expected) -> None:
    expect(text, *expected, dct=dct)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news paragraph with a background sentence: the background is told, the news is
        # reported from publication
        (
            "The mayor opened the new library on Tuesday. The old one had burned down on "
            "June 3, 1987, and the town met in a school hall until December. She will show "
            "the reading room to visitors in March.",
            [("Tuesday", "2022-02-01"), ("June 3, 1987", "1987-06-03"),
             ("December", "1987-12"), ("March", "2022-03")],
        ),
        # a weekday after a verb of saying, or in the next sentence, is the news's own
        (
            "The ship sank on March 26, 1996, officials said Thursday. On Monday divers "
            "found it.",
            [("March 26, 1996", "1996-03-26"), ("Thursday", "2022-02-03"),
             ("Monday", "2022-01-31")],
        ),
        # a date that only names a thing, or a plan, is no story
        (
            "The 1987 charter was signed in the old hall. In March the council met again.",
            [("1987", "1987"), ("March", "2022-03")],
        ),
        # a paragraph switching back to the present
        (
            "The treaty was signed in Vienna on May 2, 1955. In August the last troops left, and "
            "that summer the country celebrated.\n\nToday the ministry is preparing an "
            "exhibition. It opens in March and will travel abroad in the summer.",
            [("May 2, 1955", "1955-05-02"), ("August", "1955-08"), ("that summer", "1955-SU"),
             ("Today", "2022-02-04"), ("March", "2022-03"), ("the summer", "2022-SU")],
        ),
        # a paragraph in the present tense ends the story even without a deictic word
        (
            "The company was founded on April 4, 1962, in a garage.\n\nIt now employs 400 "
            "people and is hiring engineers across the region.\n\nIts new plant opened in "
            "November.",
            [("April 4, 1962", "1962-04-04"), ("now", "PRESENT_REF"), ("November", "2021-11")],
        ),
    ],
)  # fmt: skip
def test_news_reports_the_present_around_its_background(text, expected) -> None:
    expect(text, *expected, dct=NEWS)


def test_a_month_of_that_year_takes_the_last_dates_year() -> None:
    expect(
        "The war had stalled by 1940. In August of that year the army left; it came back on "
        "July 25 of the following year.",
        ("1940", "1940"),
        ("August of that year", "1940-08"),
        ("July 25 of the following year", "1941-07-25"),
        dct=WRITTEN,
    )


def test_dates_before_the_common_era_are_written_not_counted() -> None:
    expect(
        "The fleet sailed in 480 BC, reached the straits in September 480 BC and wintered "
        "there in the autumn of 481 BC, as in the 470s BC.",
        ("480 BC", "BC0480"),
        ("September 480 BC", "BC0480-09"),
        ("the autumn of 481 BC", "BC0481-FA"),
        ("the 470s BC", "BC047"),
        dct=WRITTEN,
    )


def test_a_range_of_years_is_two_dates_unless_it_names_a_thing() -> None:
    expect("Fighting went on in 1958-59 and again from 1861-1863.",
           ("1958", "1958"), ("59", "1959"), ("1861", "1861"), ("1863", "1863"),
           dct=WRITTEN)  # fmt: skip
    expect("The team qualified for the 2023-25 cycle.", ("2023", "2023"), dct=NEWS)


def test_tense_cues_tell_a_past_from_a_present() -> None:
    text = "He would later return in April."
    assert tells_past(text, text.index("April"), text.index("April") + 5)
    text = "The talks are due to resume in April."
    assert not tells_past(text, text.index("April"), text.index("April") + 5)
    text = "Officials say the road has reopened and traffic is flowing. It was shut for days."
    assert present_paragraph(text, 0, len(text))


def test_the_far_end_of_a_span_does_not_move_the_story() -> None:
    expect(
        "In October 1944 the army crossed the river and began a siege that lasted until the "
        "fall of the capital in February 1945. By the start of July the front had moved west.",
        ("October 1944", "1944-10"),
        ("February 1945", "1945-02"),
        ("the start of July", "1944-07"),
        dct=WRITTEN,
    )


def test_a_range_in_a_story_ends_where_the_story_has_got_to() -> None:
    expect(
        "In March 1945 the rains stopped. The northern army had held the pass from October "
        "to March, and in April it moved south.",
        ("March 1945", "1945-03"),
        ("October", "1944-10"),
        ("March", "1945-03"),
        ("April", "1945-04"),
        dct=WRITTEN,
    )
