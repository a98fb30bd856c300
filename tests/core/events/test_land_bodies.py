"""A body named for the land it serves ("Transport Scotland", "Air Canada") is an
organisation, not a person, so it never stands between a profile's subject and her "she".
England, Scotland and Wales are places. And "later" than no date told dates nothing. Articles
of our own (session 16)."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    (  # the agency named in the lead paragraph does not block "she"
        "Ailsa Brodie has spent ten years drawing flood maps for small towns.\n\n"
        "Brodie, 41, runs Floodline, which won a contract from Transport Scotland last month.\n\n"
        "She grew up in Dundee. In 2004 she joined the council's roads team.",
        [("title", "Brodie joined the council's roads team", "2004")],
    ),
    (  # nor does an airline named after the country
        "Tomas Lindgren is retiring after forty years in the cockpit.\n\n"
        "Lindgren, 64, flew for Air Canada before he moved to a charter firm.\n\n"
        "He was born in Malmo. In 1983 he earned his commercial licence.",
        [("title", "Lindgren earned his commercial licence", "1983")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), CASES)
def test_a_body_named_for_its_land_does_not_block_the_profiles_pronoun(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(extract_events(article(body)), checks)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The figures came from Transport Scotland on Friday.",
            "Transport Scotland",
            "organisation",
        ),
        ("Pilots at Air Canada voted on Friday.", "Air Canada", "organisation"),
        ("The award went to Patricia Scotland on Friday.", "Patricia Scotland", "person"),
        ("The rain moved from Wales into England on Friday.", "Wales", "place"),
    ],
)
def test_kind_of_a_name_ending_on_a_land(text: str, name: str, kind: str) -> None:
    kinds = {m.text: m.kind for m in find_mentions(text, 0, None, "en")}
    assert kinds.get(name) == kind, kinds


def test_a_land_with_a_compass_word_stays_no_body() -> None:
    kinds = {m.text: m.kind for m in find_mentions("Exports to West Germany rose.", 0, None, "en")}
    assert kinds.get("West Germany") != "organisation", kinds


@pytest.mark.parametrize(
    "body",
    [
        "Ailsa Brodie was nine when she first drew a map. Two decades later, she runs a firm.",
        "The mill stood idle for a long time. Three years later the owners sold it to a trust.",
    ],
)
def test_later_than_no_date_told_gives_no_date(body: str) -> None:
    # "N years later" with no date before it in the article counts from nothing told: not
    # from publication (which would put a past happening years ahead)
    events = extract_events(article(body))
    assert not [e for e in events if e.start and e.start[:4] > "2022"], events


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He keeps bees in Upper Wickham, near the coast.", "Upper Wickham", "place"),
        ("The clock mender of Mill Street fixes 40 watches a week.", "Mill Street", "place"),
        ("Exports to West Germany rose in March.", "West Germany", "place"),
    ],
)
def test_a_towns_or_streets_name_is_a_place(text: str, name: str, kind: str) -> None:
    kinds = {m.text: m.kind for m in find_mentions(text, 0, None, "en")}
    assert kinds.get(name) == kind, kinds


def test_the_first_word_of_a_quotation_is_no_name() -> None:
    # a quotation opens on a capital as a sentence does: "Harvest" is an ordinary word
    text = 'The farmer shook his head. He said "Harvest came late this year."'
    assert "Harvest" not in {m.text for m in find_mentions(text, 0, None, "en")}
