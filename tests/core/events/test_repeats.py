"""One happening, one event: a medium's participle, a key-dates line and a thinner retelling
do not repeat what the article already told on the same date (``core.events.repeats``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import article, check_events, events_of

PUBLISHED = "1994-03-10"  # a Thursday
MEDIA = [
    ("statement-fronted", "In a statement released on Friday, the bakery chain blamed a flour shortage for the closures.", [("title", "The bakery chain blamed a flour shortage for the closures", "1994-03-04"), ("no-title", "was released")]),
    ("interview-fronted", "In an interview published on Tuesday, the goalkeeper said he would retire.", [("title", "said he would retire", "1994-03-08"), ("no-title", "was published")]),
    ("letter-after-said", "The ferry line said in a letter sent on Monday that it would drop the winter timetable.", [("title", "would drop the winter timetable", "1994-03-07"), ("no-title", "was sent")]),
    ("lawsuit-by", "The takeover was challenged by a lawsuit filed this week.", [("title", "The takeover was challenged", "1994-W10"), ("no-title", "was filed")]),
    # a claim is no medium: the money came later than the claim was lodged
    ("claim-kept", "The co-operative has recovered 12,000 pounds through a claim lodged in 1991.", [("title", "A claim was lodged", "1991")]),
    # the clause takes no date of the deal's: the deal's own happening
    ("deal-kept", "Under a deal signed on Monday, the port will lease two cranes.", [("title", "A deal was signed", "1994-03-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in MEDIA], ids=[c[0] for c in MEDIA])
def test_a_medium_is_not_a_second_happening(body: str, checks: list[tuple[str, ...]]) -> None:
    from core.events.extract import extract_events

    check_events(extract_events(article(body, PUBLISHED)), checks)


BOX = """Harbour tunnel works slow down

Crews boring the Tarnby harbour tunnel struck a layer of flooded gravel in March 2023, and the machine stood still for five months.

The pump tests failed in June 2023, and the crews asked for another pump.

The harbour board first backed the tunnel in 2019.

Key dates
2019: Harbour board backs the tunnel
March 2023: Gravel layer struck
June 2023: Pump tests fail
2026: Tunnel due to open
"""  # fmt: skip


def _by_start(text: str, published: str = "2024-06-01") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for event in events_of(text, "en", published):
        found.setdefault(event.start, []).append(event.title)
    return found


def test_a_key_dates_line_does_not_repeat_the_body() -> None:
    found = _by_start(BOX)
    assert found["2023-03"] == [
        "Crews boring the Tarnby harbour tunnel struck a layer of flooded gravel"
    ]
    assert found["2019"] == ["The harbour board backed the tunnel"]
    assert found["2023-06"] == ["The pump tests failed"]  # the body's words, not the box's note
    assert found["2026"] == ["Tunnel due to open"]  # told only in the box


def test_a_key_dates_line_of_another_happening_stays() -> None:
    text = BOX.replace(
        "2019: Harbour board backs the tunnel", "2019: Harbour board hires engineers"
    )
    assert sorted(_by_start(text)["2019"]) == [
        "Harbour board hires engineers", "The harbour board backed the tunnel"
    ]  # fmt: skip


RETOLD = [
    ("thinner-later", "The ferry Kestrel completed sea trials off Arran in May 1993. Her crew praised the handling. The trials were completed in May 1993.", [("title", "The ferry Kestrel completed sea trials off Arran", "1993-05"), ("no-title", "trials were completed")]),
    ("thinner-first", "The trials were completed in May 1993. The ferry Kestrel completed sea trials off Arran in May 1993.", [("title", "The ferry Kestrel completed sea trials off Arran", "1993-05"), ("no-title", "trials were completed")]),
    ("two-objects", "The council approved the budget in March 1993. Its chairman said the council approved the road plan in March 1993.", [("title", "The council approved the budget", "1993-03"), ("title", "approved the road plan", "1993-03")]),
    ("same-person", "Nadia Brück was appointed in June 1993. Nadia Brück changed the formation in June 1993.", [("title", "Nadia Brück was appointed", "1993-06"), ("title", "Nadia Brück changed the formation", "1993-06")]),
    ("other-date", "The ferry Kestrel completed sea trials off Arran in May 1993. The trials were completed in June 1993.", [("has", "1993-05"), ("has", "1993-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in RETOLD], ids=[c[0] for c in RETOLD])
def test_a_happening_told_again_is_one_event(body: str, checks: list[tuple[str, ...]]) -> None:
    from core.events.extract import extract_events

    check_events(extract_events(article(body, PUBLISHED)), checks)


MOMENTS = [
    ("breakthrough", "The breakthrough came in 1971, when a Milan fashion house bought her tweed.", [("title", "A Milan fashion house bought her tweed", "1971"), ("no-title", "came")]),
    ("turning-point", "The turning point came on Saturday, when Dunmore beat the leaders 3-0.", [("title", "Dunmore beat the leaders 3-0", "1994-03-05"), ("no-title", "came")]),
    # people who came are an arrival, no moment: both stay
    ("arrival", "Her parents came in 1979, when the civil war ended.", [("title", "Her parents came", "1979"), ("title", "The civil war ended", "1979")]),
    # a moment on another date than the clause's stays
    ("other-date", "The breakthrough came in 1971, a year after a Milan fashion house bought her tweed in 1970.", [("has", "1971")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in MOMENTS], ids=[c[0] for c in MOMENTS])
def test_a_moment_named_then_told_is_one_event(body: str, checks: list[tuple[str, ...]]) -> None:
    from core.events.extract import extract_events

    check_events(extract_events(article(body, PUBLISHED)), checks)


def test_a_moment_in_another_language_is_one_event() -> None:
    text = "Перелом настав 12 березня, коли «Дніпро» несподівано переміг лідера."
    titles = [e.title for e in events_of(text, "uk", "1994-04-01")]
    assert titles == ["«Дніпро» переміг лідера"], titles
