"""Session 29 (entitle): happenings that came out with no title, or were taken for states."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events


def _events(body: str, published: str = "2022-02-04T23:15"):
    return extract_events(article(body, published))


# A subject a little past the usual length with nothing to cut from it (a long name, a list of
# names) keeps its whole form: a title a little long beats none. Not a note's "full name", nor
# a results table's "Period ended".
@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "Earlier this week, the Western Australian Fisheries Research Council raised its"
            " annual quota forecast.",
            [
                (
                    "title",
                    "The Western Australian Fisheries Research Council raised its annual quota"
                    " forecast",
                ),
                ("dated", "2022-W05"),
            ],
        ),
        (
            "Ashgrove, Millbrook Hill and Pembury primary schools will close their gates in July.",
            [
                (
                    "title",
                    "Ashgrove, Millbrook Hill and Pembury primary schools will close",
                    "2022-07",
                ),
            ],
        ),
        (
            "Halden Valley Regional Hydroelectric Authority will open the new spillway on Monday.",
            [
                (
                    "title",
                    "Halden Valley Regional Hydroelectric Authority will open the new spillway",
                    "2022-02-07",
                )
            ],
        ),
        (
            "About 3,400 hip replacements and 900 cataract operations were cancelled last week.",
            [("title", "900 cataract operations were cancelled", "2022-W04")],
        ),
        (
            "Vostok Inland Cargo Holdings Limited Partnership will pay a distribution in early"
            " March.",
            [("title", "Limited Partnership will pay a distribution", "2022-03")],
        ),
        (
            "Note: full name Northfield Town and County Savings Bank\nPeriod ended Jan 31.",
            [("none",)],
        ),
        (
            "Note: full name Northfield Town and County Savings Bank reported on Monday a loss.",
            [("no-title", "Town and County")],
        ),
    ],
)
def test_a_long_subject_with_nothing_to_cut_keeps_its_title(body: str, checks) -> None:
    check_events(_events(body), checks)


# Happenings the state test took for states: "located" with its object is a finding, not
# "is located in"; "appeared online" is a publishing, as "appeared in court" is a hearing;
# "was overtopped" is a passive though no list knows "overtop".
@pytest.mark.parametrize(
    ("body", "checks"),
    [
        (
            "A dive team from the Orkney Maritime Trust located the trawler on 13 January.",
            [("title", "located the trawler", "2022-01-13")],
        ),
        (
            "The leaked files appeared online over the weekend.",
            [("title", "The leaked files appeared online")],
        ),
        ("The depot is located in Ohio since 1990.", [("none",)]),
        ("The plant, located in Ohio since 1990, closed on Monday.", [("dated", "2022-01-31")]),
        ("The minister appeared relaxed on Monday.", [("none",)]),
        # a participle in "-ed" of a verb no list knows, after "was": something was done
        (
            "The sea wall, finished in 2011, was overtopped at about 05:10.",
            [("title", "The sea wall was overtopped", "2022-02-04T05:10")],
        ),
        (
            "The planning hearing was livestreamed on Monday.",
            [("title", "The planning hearing was livestreamed", "2022-01-31")],
        ),
        (
            "Korvane Mills said it had unaudited earnings of 14 mln dlrs for the quarter ended"
            " December 31.",
            [("no-title", "unaudited")],
        ),
    ],
)
def test_a_happening_is_no_state(body: str, checks) -> None:
    check_events(_events(body), checks)
