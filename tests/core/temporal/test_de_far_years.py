"""A German year far from publication, after its verb or object, is a year where a comma or a
preposition follows it — a count would have its noun there ("hatte 1863 Einwohner")."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.temporal.tagger import tag

PUBLISHED = datetime(2021, 3, 4)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Kleist vollendete die Novelle 1808, kurz nach seiner Reise.", ["1808"]),
        ("Die Brücke war 1871 mit der Bahnlinie gebaut worden.", ["1871"]),
        ("Gespielt wurde die Oper dann 1905 in Dresden.", ["1905"]),
        ("Das Dorf hatte 1871 Einwohner.", []),
        ("Die Polizei zählte 1871, die Veranstalter deutlich mehr.", []),
    ],
)
def test_a_far_year_after_its_verb(text: str, years: list[str]) -> None:
    assert [t.value for t in tag(text, PUBLISHED, "de")] == years
