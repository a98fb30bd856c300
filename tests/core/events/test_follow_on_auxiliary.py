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
    # English: a second participle after a passive shares its "was"
    (
        "en-then-participle",
        "en",
        "The old pier was repaired in 2004, then reopened in 2006.",
        [("title", "The old pier was reopened", "2006"), ("not-title", "The old pier reopened")],
    ),
    (
        "en-and-later-participle",
        "en",
        "The ferry was refitted in 2011 and later renamed in 2015.",
        [("title", "The ferry was renamed", "2015")],
    ),
    (
        "en-date-before-participle",
        "en",
        "The chapel was closed in 1972, and in 1981 converted into a library.",
        [("title", "The chapel was converted into a library", "1981")],
    ),
    (
        "en-list-of-participles",
        "en",
        "The warehouse was built in 1890, extended in 1925 and demolished in 1999.",
        [
            ("title", "The warehouse was extended", "1925"),
            ("title", "The warehouse was demolished", "1999"),
        ],
    ),
    (
        "en-charged-after-arrested",
        "en",
        "The clerk was detained in March 2021 and charged the following month.",
        [("title", "was charged", "2021-04")],
    ),
    (
        "en-hyphenated-participles",
        "en",
        "The pool was closed in 2015 and re-opened in 2018.",
        [("title", "The pool was re-opened", "2018")],
    ),
    (
        "en-hyphenated-first-participle",
        "en",
        "The paper was peer-reviewed over the summer and published in October.",
        [("title", "The paper was published", "2023-10")],
    ),
    # ... but not a verb with no passive, an object or a particle of its own, nor after "born"
    (
        "en-no-passive-verb",
        "en",
        "The treasurer was suspended in May 2020 and resigned in July 2020.",
        [("title", "The treasurer resigned", "2020-07")],
    ),
    (
        "en-particle-of-its-own",
        "en",
        "She was elected in 1994 and stepped down in 2003.",
        [("title", "She stepped down", "2003")],
    ),
    (
        "en-object-of-its-own",
        "en",
        "He was questioned in June 2019 and joined the navy in August 2019.",
        [("title", "He joined the navy", "2019-08")],
    ),
    (
        "en-after-born",
        "en",
        "Okoro was born in 1950 and studied music in Accra in 1968.",
        [("title", "Okoro studied music in Accra", "1968")],
    ),
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
    # Russian and Ukrainian: the participle after "и"/"і" or ", а затем" shares "был"/"був"
    (
        "uk-and-long-participle",
        "uk",
        "Склад був зачинений у березні і проданий у вересні.",
        [
            ("title", "Склад був проданий", "2023-09"),
            ("title-not", "зачинений проданий", "2024-03"),
        ],
    ),
    (
        "uk-a-potim-participle",
        "uk",
        "Завод був модернізований у 2001 році, а потім приватизований у 2008 році.",
        [("title", "Завод був приватизований", "2008")],
    ),
    (
        "ru-a-zatem-participle",
        "ru",
        "Завод был модернизирован в 2001 году, а затем приватизирован в 2008 году.",
        [("title", "Завод был приватизирован", "2008")],
    ),
    # German: the follow-on's participle is the clause's last verb; it shares "wurde" alone
    (
        "de-wurde-shared",
        "de",
        "Die Fähre wurde im März stillgelegt und im Juni verkauft.",
        [
            ("title", "Die Fähre wurde verkauft", "2024-06"),
            ("title-not", "stillgelegt", "2024-06"),
        ],
    ),
    (
        "de-bare-years-follow-on",
        "de",
        "Das Stellwerk wurde 1961 gebaut und 2004 stillgelegt.",
        [
            ("title", "Das Stellwerk wurde gebaut", "1961"),
            ("title", "Das Stellwerk wurde stillgelegt", "2004"),
        ],
    ),
    # a dated source after "selon": its publishing, with its auxiliary
    (
        "fr-source-participle",
        "fr",
        "Le trafic dépasse désormais 2 millions de passagers, selon les chiffres diffusés mardi.",
        [
            ("title", "Les chiffres ont été diffusés", "2024-05-07"),
            ("no-title", "chiffres diffusés"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("language", "body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_follow_on_auxiliary(language: str, body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(body, language, PUBLISHED), checks)
