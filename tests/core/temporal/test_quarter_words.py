"""A quarter named in the language's own word ("Quartal", "trimestre", "квартал") is a
quarter: the second one named in August is this year's, gone by, as "the second quarter" is —
not read as a count of half years that puts it in the year before."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.temporal.tagger import tag

AUGUST = datetime(2023, 8, 10)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The mill earned less in the second quarter.", "en", "2023-Q2"),
        ("Die Mühle verdiente im zweiten Quartal weniger.", "de", "2023-Q2"),
        ("La fábrica ganó menos en el segundo trimestre.", "es", "2023-Q2"),
        ("L'usine a gagné moins au deuxième trimestre.", "fr", "2023-Q2"),
        ("Die Mühle will im dritten Quartal wieder mehr verdienen.", "de", "2023-Q3"),
        ("Die Mühle verdiente im vierten Quartal weniger.", "de", "2022-Q4"),
        ("La fábrica ganó menos en el primer semestre.", "es", "2023-H1"),
    ],
)
def test_a_quarter_in_its_own_word(text: str, lang: str, value: str) -> None:
    assert [t.value for t in tag(text, AUGUST, lang)] == [value]
