"""German words that say a date only describes a thing (a maturity, a deadline, a record's
baseline) or that the verb between "von" and a date is the clause's own. Our own sentences,
published Friday 4 February 2022 at 23:15."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.events.entities import find_mentions
from core.events.happenings import sentence_happenings
from core.events.when_choice import _whens
from core.temporal.tagger import tag

PUBLISHED = datetime(2022, 2, 4, 23, 15)


def _happenings(text: str) -> list[tuple[str, str]]:
    whens = _whens(text, tag(text, PUBLISHED, "de"), "de", PUBLISHED)
    found = sentence_happenings(text, 0, len(text), whens, find_mentions(text), "de")
    return [(h.when.timex.value, h.title) for h in found if h.when]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wurde" is the clause's verb: "von 34 Jahren" is no comparison's baseline
        ("Ein Fahrer von 41 Jahren wurde am Dienstag verhaftet.",
         [("2022-02-01", "Ein Fahrer von 41 Jahren wurde verhaftet")]),
        # a maturity describes the bonds, the issue was on Monday
        ("Die Gemeinde gab am Montag Anleihen mit Fälligkeit 2035 aus.",
         [("2022-01-31", "Die Gemeinde gab Anleihen mit Fälligkeit 2035 aus")]),
        ("Die Bank platzierte im Januar Papiere mit einer Laufzeit bis 2032.",
         [("2022-01", "Die Bank platzierte Papiere mit einer Laufzeit bis 2032")]),
        # a record's baseline stays in the title, it dates nothing
        ("Die Zahl der Anträge stieg im Januar auf den höchsten Stand seit 2011.",
         [("2022-01", "Die Zahl der Anträge stieg auf den höchsten Stand seit 2011")]),
        # a date named as a deadline is not when it was set
        ("Der Verband legte den 12. Dezember als Stichtag fest.", []),
        # a running span's start is the happening's date in German news
        ("Seit dem 3. Januar erhebt die Stadt eine Parkgebühr.",
         [("2022-01-03", "Die Stadt erhebt eine Parkgebühr")]),
        # "vom" + a date after a noun names that thing, as "von 2019" does: not the clause's date
        ("Die Regeln der Verordnung vom März 2021 seien zu lax gewesen, sagte der Anwalt.", []),
        ("Der Stadtrat hat die Satzung vom Mai 2019 im Januar geändert.",
         [("2022-01", "Der Stadtrat hat die Satzung vom Mai 2019 geändert")]),
        # ... but a happening noun as the subject keeps its date
        ("Die Sitzung vom 3. Januar wurde vertagt.", [("2022-01-03", "Die Sitzung wurde vertagt")]),
    ],
)  # fmt: skip
def test_german_anchor_words(text, expected):
    assert _happenings(text) == expected
