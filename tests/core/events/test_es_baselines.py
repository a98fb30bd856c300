"""Spanish dates that only measure the news against another time: what a comparison weighs
against, told in a relative ("frente a los nueve que tenía en 2017"); a term that fell due
("que vencía en 1990"); a superlative's "desde que" clause ("el mayo más lluvioso desde que
empezó la serie en 1950"). None dates a happening; the news around them keeps its own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(
        path="x", title="", text=text, published="2022-06-08", published_source="user",
        content_hash=text, language="es",
    )  # fmt: skip
    return [(str(e.start), e.title) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        (
            "El taller de Ramírez pasó de seis a veinte empleados, frente a los nueve que "
            "tenía en 2017.",
            "2017",
        ),
        (  # an eventive verb in the relative: still the baseline's year
            "El taller de Ramírez pasó de seis a veinte empleados, frente a los nueve que "
            "contrató en 2017.",
            "2017",
        ),
        (
            "La cooperativa abrió este año doce tiendas, frente a las siete que inauguró en 2016.",
            "2016",
        ),
        (
            "Los verdes lograron el domingo cinco escaños, frente a los dos que obtuvieron "
            "hace cuatro años.",
            "2018",
        ),
        (
            "El préstamo, que vencía en 1990, lo devolvieron tres años antes.",
            "1990",
        ),
        (
            "El servicio meteorológico informó el lunes de que mayo fue el más lluvioso "
            "desde que empezó la serie en 1950.",
            "1950",
        ),
        ("Es la peor cosecha desde que comenzaron los registros, en 1931.", "1931"),
    ],
)
def test_a_baseline_dates_no_happening(text: str, baseline: str) -> None:
    assert not [start for start, _ in _events(text) if start.startswith(baseline)]


def test_the_news_beside_a_compared_relative_keeps_its_date() -> None:
    text = (
        "Los verdes lograron el domingo cinco escaños, frente a los dos que obtuvieron hace "
        "cuatro años."
    )
    assert [start for start, _ in _events(text)] == ["2022-06-05"]
