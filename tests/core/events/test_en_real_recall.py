"""Shapes of English wire copy that lost whole events: "appear before" a body in any tense,
"added" with a count, an attribution closing a relative, a relative dated "N years ago" in
the subject, a relative after a quote's speaker and his role, a role's person "of" a
place, the AP wire's underscore dash and dateline, "he" for "the head of" a body, and the second
verb of a subject after a phrase of "before"/"after" or a town's state between commas."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_PUBLISHED = "2021-06-09"  # a Wednesday


def _check(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, "en", _PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "before" a body one stands in front of is a place, whatever the verb's tense
        (
            "The two smugglers will appear before a magistrate in Dover on Friday.",
            [("title", "The two smugglers will appear before a magistrate", "2021-06-11")],
        ),
        (
            "The zoning proposals are due to go before the Harwick planning board next week.",
            [("title", "The zoning proposals are due to go before the Harwick planning board")],
            # (the week is ahead)
        ),
        (
            "The ferry operator's chief testifies before the Senate transport panel on Thursday.",
            [("title", "testifies before the Senate transport panel", "2021-06-10")],
        ),
        # (guard) before a happening or an edge of time it is a bound, no place
        (
            "The inspectors must appear before the end of July.",
            [("not", "2021-07")],
        ),
    ],
)
def test_appearing_before_a_body_in_any_tense(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "added" with a figure counts it: no saying whose clause is "… expected"
        (
            "The mining sector added 41,500 jobs last month, well above the 30,000 expected.",
            [("title", "The mining sector added 41,500 jobs", "2021-05")],
        ),
        # (guard) a saying that goes on to a verb with no comma still reports
        (
            "A nurse added 14 patients were moved on Monday.",
            [("title", "14 patients were moved", "2021-06-07")],
        ),
    ],
)
def test_added_with_a_count_reports_nothing(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # an attribution closing a relative reports the main clause's news
        (
            "Coastguards detained three fishermen who had crossed the limit, the port "
            "authority said Tuesday.",
            [("title", "Coastguards detained three fishermen", "2021-06-08")],
        ),
        # a relative dated "N years ago" ends where the main verb resumes
        (
            "Survivors of the flood that struck 20 years ago gathered on Monday to plant trees.",
            [("title", "Survivors of the flood gathered", "2021-06-07")],
        ),
        # ... and the relative keeps its own date when the main verb has none
        (
            "A tram strike which started a week ago dragged on today, organisers said.",
            [("has", "2021-W22")],
        ),
    ],
)
def test_relatives_that_hid_the_main_clause(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a relative after a quote's speaker and the role set off after the name
        (
            "``We expect more arrests,'' said Mira Okafor, the district attorney, who opened "
            "the inquiry on Monday.",
            [("title", "Okafor opened the inquiry", "2021-06-07")],
        ),
        # a person "of" a place: the surname is the name's, not "of Vantia"
        (
            "President Lars Oddvik of Vantia landed in Lisbon on Tuesday.",
            [("title", "Oddvik landed in Lisbon", "2021-06-08")],
        ),
        (
            "Mayor Rita Balcombe of Easthaven signed the lease on Monday.",
            [("title", "Balcombe signed the lease", "2021-06-07")],
        ),
    ],
)
def test_people_named_in_wire_style(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # AP wire copy writes its dash as an underscore between spaces
        (
            "About 40 climbers _ guides and their clients _ left the base camp today.",
            [("title", "About 40 climbers left the base camp", "2021-06-09")],
        ),
        (
            "The driver _ a 52-year-old courier _ was charged on Monday.",
            [("title", "The driver was charged", "2021-06-07")],
        ),
    ],
)
def test_underscore_dash_of_wire_copy(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the AP's dateline, its region and an underscore: no word of the lede's subject
        (
            "TRONDHEIM, Norway (AP)_ Pressing for a quick vote, a cousin of the skipper "
            "said Monday that she had sold the trawler.",
            [("title", "A cousin of the skipper said she had sold the trawler", "2021-06-07")],
        ),
        # "he" stands for the head of a body named in the speaker's subject
        (
            "The chief engineer of a dredging company said Tuesday he has halted the works.",
            [("title", "said he has halted the works", "2021-06-08")],
        ),
    ],
)
def test_ap_ledes(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "after the robbery" has no verb: the second verb's subject is the van, not the robbery
        (
            "The van was seen near the depot after the robbery, and was found burned out in "
            "a gravel pit on Monday.",
            [("title", "The van was found burned out in a gravel pit", "2021-06-07")],
        ),
        # a town's state between commas ends no clause
        (
            "The yacht was spotted off the cape, and was found drifting near the Bangor, "
            "Maine, harbor in May.",
            [("title", "The yacht was found drifting", "2021-05")],
        ),
    ],
)
def test_second_verb_keeps_its_subject(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)
