"""Follow-on happenings that keep the verb group's auxiliary (session 26, helper follow), told
in sentences of our own: a second participle after a passive shares its "was" ("was
electrified in 1979, then automated in 1996": "was automated"), unless the verb has no passive
or takes an object of its own ("died in 2001", "fled the country"); and French "fut" after an
aside before the verb stays the clause's verb ("Le moulin, bâti en 1820, fut vendu en 1950").

Each case: a body, its language, and what must hold of its events
(``tests.core.events.articles``).
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2024-05-10"
CASES = [
    # French: "fut" after an aside is the verb, with or without a follow-on
    (
        "fr-fut-after-aside-with-follow-on",
        "fr",
        "Le moulin, bâti en 1820, fut vendu en 1950, puis démoli en 1987.",
        [
            ("title", "Le moulin fut vendu", "1950"),
            ("title", "Le moulin fut démoli", "1987"),
            ("not-title", "Le moulin vendu"),
        ],
    ),
    (
        "fr-etait-not-a-participle",
        "fr",
        "La gare, ouverte en 1901, fut fermée en 1972 et rasée en 1980.",
        [("title", "La gare fut fermée", "1972"), ("no-title", "La gare fermée")],
    ),
]


@pytest.mark.parametrize(
    ("language", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_follow_on_auxiliary(language: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(body, language, PUBLISHED), checks)
