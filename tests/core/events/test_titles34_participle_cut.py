"""A long title cut after a noun's "-ing" participle loses the participle too (session 34,
helper titles-ref): "for talks centring [on …]" ends on a word that waits for what was cut.
Guards: a verb's own "-ing" object stays ("to stop running"), and a participle whose phrase
is kept is no cut at all."""

from __future__ import annotations

import pytest

from core.events.titles import headline

CASES = [
    (
        "noun-participle-cut",
        "The envoy",
        "will fly to Lisbon for talks centring on cork tariffs and the new wine accord with the "
        "Spanish government",
        "The envoy will fly to Lisbon for talks",
    ),
    (
        "verb-gerund-kept",
        "Half of the pumps",
        "were set to stop running at dusk in the first weeks of the summer season by the lock",
        "Half of the pumps were set to stop running at dusk",
    ),
    (
        "participle-phrase-kept",
        "The mayor",
        "met the union for a meeting lasting into the night about the new bus timetable and the fares",
        "The mayor met the union for a meeting lasting into the night",
    ),
]


@pytest.mark.parametrize(
    "subject, predicate, title", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_participle_cut(subject: str, predicate: str, title: str) -> None:
    assert headline(subject, predicate) == title
