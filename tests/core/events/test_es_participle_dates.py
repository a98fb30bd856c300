"""A Spanish subject described by a participle with its own date ("El fuego declarado el
sábado …") keeps that date to the participle: the clause takes its own date after its verb,
and only a clause with no date of its own falls back on it."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(
        path="x", title="", text=text, published="2023-08-16", published_source="user",
        content_hash=text, language="es",
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El fuego declarado el sábado en Tineo obligó este martes a cortar la carretera.",
            [("2023-08-15", "El fuego declarado en Tineo obligó a cortar la carretera")],
        ),
        (
            "El fuego declarado el sábado en Tineo obligó a cortar la carretera.",
            [("2023-08-12", "El fuego declarado en Tineo obligó a cortar la carretera")],
        ),
    ],
)
def test_a_participle_keeps_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected
