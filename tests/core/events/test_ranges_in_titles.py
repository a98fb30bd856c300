"""Date ranges and lists of days (session 25, helper ranges), in sentences of our own: the
whole range leaves the title ("ran from June 4 to 12", "les 7 et 8 mars") and the event
spans it; "Saturday week" is the Saturday a week after the coming one."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.extract import extract_events
from core.temporal.tagger import tag
from tests.core.events.articles import article

PUBLISHED = "2023-03-06"  # a Monday

# (id, language, body, title, start, end)
CASES = [
    (
        "en-month-day-to-day",
        "en",
        "The harbour regatta will run from June 4 to 12 off Tarbert.",
        "The harbour regatta will run off Tarbert",
        "2023-06-04",
        "2023-06-12",
    ),
    (
        "en-day-to-day-month",
        "en",
        "The book fair will run from 9 to 14 May in Galway.",
        "The book fair will run in Galway",
        "2023-05-09",
        "2023-05-14",
    ),
    (
        "en-dash-after-month",
        "en",
        "The choir will tour Wales July 3-8, its director said.",
        "The choir will tour Wales",
        "2023-07-03",
        "2023-07-08",
    ),
    (
        "en-dash-before-month",
        "en",
        "The pipeline will be shut 20-22 April for repairs.",
        "The pipeline will be shut for repairs",
        "2023-04-20",
        "2023-04-22",
    ),
    (
        "en-two-days-and",
        "en",
        "Ferry crews will strike on April 11 and 12 across the islands.",
        "Ferry crews will strike across the islands",
        "2023-04-11",
        "2023-04-12",
    ),
    (
        "en-saturday-week",
        "en",
        "The new bridge will open to cyclists on Saturday week.",
        "The new bridge will open to cyclists",
        "2023-03-18",
        None,
    ),
    (
        "fr-list-of-days",
        "fr",
        "Les syndicats manifesteront les 14 et 15 mars à Nantes.",
        "Les syndicats manifesteront à Nantes",
        "2023-03-14",
        "2023-03-15",
    ),
    (
        "fr-du-au",
        "fr",
        "Le salon se tiendra du 9 au 14 mai à Lille.",
        "Le salon se tiendra à Lille",
        "2023-05-09",
        "2023-05-14",
    ),
    (
        "es-del-al",
        "es",
        "La feria se celebrará del 9 al 14 de mayo en Cádiz.",
        "La feria se celebrará en Cádiz",
        "2023-05-09",
        "2023-05-14",
    ),
    (
        "de-vom-bis",
        "de",
        "Die Messe findet vom 9. bis 14. Mai in Leipzig statt.",
        "Die Messe findet in Leipzig statt",
        "2023-05-09",
        "2023-05-14",
    ),
    (
        "ru-s-po",
        "ru",
        "Выставка пройдет с 9 по 14 мая в Самаре.",
        "Выставка пройдет в Самаре",
        "2023-05-09",
        "2023-05-14",
    ),
    (
        "uk-z-po",
        "uk",
        "Ярмарок триватиме з 9 по 14 травня в Полтаві.",
        "Ярмарок триватиме в Полтаві",
        "2023-05-09",
        "2023-05-14",
    ),
]


@pytest.mark.parametrize(
    ("language", "body", "title", "start", "end"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_range_leaves_the_title_and_spans_the_event(
    language: str, body: str, title: str, start: str, end: str | None
) -> None:
    events = extract_events(article(body, PUBLISHED, language))
    got = [(e.title, e.start, e.end) for e in events]
    assert (title, start, end) in got, got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a figure after a date is no range's last day without the range's opener
        ("Output rose from 10 tonnes on June 4 to 12 on June 9.", "12"),
        ("Shares fell on June 4 to 12 percent below their peak.", "12"),
        # "week" starting a word of its own is not "Saturday week"
        ("He said on Monday week-long talks would start.", "Monday week"),
    ],
)
def test_no_range_without_its_opener(text: str, absent: str) -> None:
    assert absent not in [t.text for t in tag(text, date(2023, 3, 6))]
