"""English relatives after the main verb, and activity nouns as subjects (session 37): "who" or
"which" and a past verb with no comma after it open a clause of their own, whose date is the
relative's happening, never the main verb's; "Trading in the shares" names an activity, a
subject. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


def _events(text: str, published: str):
    return events_of(text, "en", published + "T12:00")


RELATIVES = [
    # the relative's own happening, on its date
    ("Ms Dahl leads a team that is looking into the blasts which killed nine sailors on "
     "Aug. 7, 2018.", "2019-03-01",
     [("title", "The blasts killed nine sailors", "2018-08-07")]),
    ("The village was hit by a quake which shook the upper valleys last night.", "2019-03-01",
     [("title", "A quake shook the upper valleys", "2019-02-28TNI")]),
    ("Aides met the envoy who arrived in Tromso yesterday.", "2019-03-01",
     [("title", "The envoy arrived in Tromso", "2019-02-28")]),
    # the main verb never takes the relative's date
    ("The parade honoured Lund, the poet who fought for the island's freedom in 1905.",
     "2019-03-01", [("not", "1905"), ("no-title", "parade")]),
    # a year after a relative mostly tells a thing's history: no happening given
    ("The firm sold the mill which opened in 1994.", "2019-03-01", [("none",)]),
    # an attribution after a comma dates the news, as before
    ("The town built a hall to honour Ada Brun, the nurse who gave her name to the clinic, "
     "according to a local paper report Friday.", "2019-03-01",
     [("title", "The town built a hall", "2019-03-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "checks"), RELATIVES)
def test_a_past_relative_after_the_verb_dates_its_own_happening(
    text: str, published: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(_events(text, published), checks)


ACTIVITIES = [
    ("Trading in Velmar Foods shares was halted on Tuesday by the exchange.", "2019-03-01",
     [("title", "Trading in Velmar Foods shares was halted by the exchange", "2019-02-26")]),
    ("Shipping on the lower canal resumed on Monday.", "2019-03-01",
     [("title", "Shipping on the lower canal resumed", "2019-02-25")]),
    # a gerund that names no activity still opens a phrase, no subject
    ("Depending on the tide, the ferry left on Monday.", "2019-03-01",
     [("no-title", "Depending"), ("title", "The ferry left", "2019-02-25")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "checks"), ACTIVITIES)
def test_an_activity_gerund_and_its_phrase_is_a_subject(
    text: str, published: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(_events(text, published), checks)
