"""A Spanish clause after a colon that opens on its verb's "se" ("…: se retiró de la
asamblea") has no subject of its own: it goes on about the first clause's, and the title
keeps the "se"; a passive "se" with its own subject after the verb ("…: se abrirá un
albergue") does not."""

from __future__ import annotations

from core.events.extract import extract_events
from core.model import Document


def test_a_spanish_clause_after_a_colon_keeps_its_se_and_the_subject_before() -> None:
    doc = Document(
        path="x", title="", text="Noticias\n\nLa cooperativa lechera no votó: se retiró de "
        "la asamblea en noviembre.", published="2024-03-01", published_source="user",
        content_hash="es", language="es",
    )  # fmt: skip
    titles = [(str(e.start), e.title) for e in extract_events(doc)]
    assert ("2023-11", "La cooperativa lechera se retiró de la asamblea") in titles


def test_a_passive_se_after_a_colon_keeps_its_own_subject() -> None:
    doc = Document(
        path="x", title="", text="Noticias\n\nEl acuerdo es firme: se abrirá un albergue en "
        "2026.", published="2024-03-01", published_source="user", content_hash="es2",
        language="es",
    )  # fmt: skip
    titles = [e.title for e in extract_events(doc)]
    assert "Se abrirá un albergue" in titles
    assert not any(t.startswith("El acuerdo") for t in titles)
