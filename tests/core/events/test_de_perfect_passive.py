"""German "ist/wurde … worden" is the perfect passive: done, so "am Samstag" before it is the
Saturday past, even after a participle that also reads as a present that schedules ("wird am
Samstag eröffnet")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Die neue Stadthalle in Kiel ist am Samstag eröffnet worden.", "2024-05-04"),
        ("Der Plan der Stadtwerke ist am Samstag vorgestellt worden.", "2024-05-04"),
        ("Die neue Stadthalle in Kiel wird am Samstag eröffnet.", "2024-05-11"),
    ],
)
def test_a_perfect_passive_is_past(text: str, start: str) -> None:
    doc = Document(
        path="x", title="", text=text, published="2024-05-08", published_source="user",
        content_hash=text, language="de",
    )  # fmt: skip
    assert [str(e.start) for e in extract_events(doc)] == [start]
