"""Wrong dates that recur in real English news: a half "of the month" read as a half of the
year, "the next day" with no day before it counted from publication (a past happening put in
the future; the same in German, French and Spanish), and a tally kept "through" a day told
before its clause pinned to that day."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_PUBLISHED = "2021-06-09"  # a Wednesday


def _check(text: str, checks: list[tuple[str, ...]], language: str = "en") -> None:
    check_events(events_of(text, language, _PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a half of the month is the month's, and the title keeps none of it
        (
            "Only three new cargo flights were expected during the first half of the month.",
            [
                ("title", "Only three new cargo flights were expected", "2021-06"),
                ("not", "2021-H1"),
                ("no-title-with", "of the month"),
            ],
        ),
        (
            "Orchard owners picked most of the cherries in the second half of the month.",
            [
                ("title", "Orchard owners picked most of the cherries", "2021-06"),
                ("not", "2020-H2"),
            ],
        ),
        # (guard) a half of the year stays one
        (
            "The glassworks sold 9,000 vases in the first half, its owner said on Monday.",
            [("has", "2021-H1")],
        ),
    ],
)
def test_a_half_of_the_month_is_the_month(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks", "language"),
    [
        # no day told before "the next day": a day gone by, never the day after publication
        (
            "Rangers found the stray lynx near a quarry. The next day, it was flown to a shelter.",
            [("not", "2021-06-10")],
            "en",
        ),
        (
            "Die Fischer hatten das Netz verloren. Am nächsten Tag wurde es an den Strand gespült.",
            [("not", "2021-06-10")],
            "de",
        ),
        (
            "Le lendemain, la brasserie a fermé ses portes.",
            [("not", "2021-06-10")],
            "fr",
        ),
        (
            "Al día siguiente, la cooperativa vendió toda la cosecha.",
            [("not", "2021-06-10")],
            "es",
        ),
        # (guard) after a day told, the day after it
        (
            "Rangers found the stray lynx on Monday. The next day, it was flown to a shelter.",
            [("title", "It was flown to a shelter", "2021-06-08")],
            "en",
        ),
        # (guard) a plan, or a future seen from the past, is the day after publication
        (
            "The barge will reach the lock the following day.",
            [("has", "2021-06-10")],
            "en",
        ),
        (
            "The skipper said the barge would reach the lock the next day.",
            [("has", "2021-06-10")],
            "en",
        ),
    ],
)
def test_the_next_day_with_no_day_before(
    text: str, checks: list[tuple[str, ...]], language: str
) -> None:
    _check(text, checks, language)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a tally kept through a day told before its clause: counted over the days before it
        (
            "Through Friday, grain exports rose 6.3 pct in 2021.",
            [("not", "2021-06-04")],
        ),
        (
            "The mill said through Tuesday it had received 48,200 tonnes of beet.",
            [("not", "2021-06-08")],
        ),
        # (guard) a place's "through" is no tally
        (
            "Dockers marched through the harbour district on Monday.",
            [("title", "Dockers marched through the harbour district", "2021-06-07")],
        ),
    ],
)
def test_a_tally_through_a_day_is_not_that_days(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)
