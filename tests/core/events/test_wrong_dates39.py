"""Dates a title must not take (session 39): a "since" clause whose subject is a bare noun, a
name's possessive or a long phrase ("…has risen since dockers struck in 2021": the strike's
year, not the rise's), and a noun's plan ("approved the repairs planned for 2026": the
repairs' year, not the approval's).

Each case under "the rule" is one the code before these rules got wrong (checked against
main 83f47d74); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-06-12T10:00"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: a bare noun opens the "since" clause, which keeps its date
        (
            "Ferry fares on the Brack line have stayed low since dockers struck in 2021.",
            [("title", "Dockers struck", "2021"), ("title-not", "Ferry fares", "2021")],
        ),
        (
            "Night shifts have been cut at the Olm mill since orders slumped in March.",
            [("title-not", "Night shifts", "2024-03"), ("title", "Orders slumped", "2024-03")],
        ),
        (
            "Doubts about the toll have deepened since fears of a lorry boycott pushed "
            "hauliers to protest last week.",
            [("title-not", "Doubts", "2024-W23")],
        ),
        # ... a noun and a place phrase, before a saying that closes the sentence
        (
            "Cheap berths have been sold by coastal lines since ferry routes in Norland were "
            "opened to rivals in 2019, she said.",
            [("title-not", "Cheap berths", "2019")],
        ),
        # ... a name's possessive and its noun
        (
            "Morale at the Tessel depot has improved since Varga's crew took charge in 2019.",
            [("title", "Varga's crew took charge", "2019"), ("title-not", "Morale", "2019")],
        ),
        # ... an article and a subject longer than a list item
        (
            "Rents in Corvel have eased since a new panel of housing wardens was named in 2020.",
            [("title-not", "Rents", "2020")],
        ),
        # guard: a time after "since" is no subject, and the clause before it keeps its date
        (
            "Bus journeys in Lannet have doubled since last year.",
            [("not", "2023")],
        ),
        (
            "Since early 2022 the Olm mill has shed 40 jobs.",
            [("title-not", "Since early", "2022")],
        ),
        # guard: a superlative's baseline told by a clause dates nothing
        (
            "Gusts on the Kell ridge hit their highest speeds since records began in 1931.",
            [("not", "1931")],
        ),
        # the rule: a noun's plan told by a participle and "for" dates the noun, not the clause
        (
            "The Kell council approved the school repairs planned for 2026.",
            [("not", "2026")],
        ),
        (
            "Ferry unions urged Tolvan to delay a pay ballot scheduled for June 20.",
            [("not", "2024-06-20")],
        ),
        (
            "A grant went to Orrin Feeds for the cargo slated for July 3, Hale said.",
            [("not", "2024-07-03")],
        ),
        # guard: the subject's plan, and a place or a time of the clause, keep the date
        (
            "The next Kell council session is scheduled for June 20.",
            [("has", "2024-06-20")],
        ),
        (
            "Ministers will weigh the toll at a summit scheduled for Thursday.",
            [("has", "2024-06-13")],
        ),
    ],
)
def test_dates_a_title_must_not_take(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)
