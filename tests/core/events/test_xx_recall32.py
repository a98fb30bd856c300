"""Session 32 recall in Spanish, French and German (and English where the mechanism is
shared). Our own sentences, published Tuesday 15 February 2022.

- A date fronted before a subordinate clause dates the main clause after it, not the
  subordinate one: "En 2018, después de que la fábrica cerrara, el ayuntamiento compró …".
- A date right after "que" that follows a verb of saying is the reported clause's, no
  comparison's standard: "anunció que el lunes la comisión visitará …" (while "más altas
  que el año pasado" still compares).
- German figures' period ("die Zahlen für das erste Quartal") is the figures', and the
  presenting takes the sentence's other date.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(language: str, text: str) -> set[tuple[str, str]]:
    body = f"Story\n\n{text}"
    document = Document(
        "/x.txt", "Story", body, "2022-02-15T18:00", "header", "x", 0, language=language
    )
    return {(e.start, e.title) for e in extract_events(document)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In 2018, after the quarry had closed, the county bought the land.",
         {("2018", "The county bought the land")}),
        ("en", "In March 2019, because the roof leaked, the school moved its classes to a hall.",
         {("2019-03", "The school moved its classes to a hall")}),
        ("es", "En 2016, después de que la mina cerrara, el municipio compró los terrenos.",
         {("2016", "El municipio compró los terrenos")}),
        ("es", "El lunes, antes de que empezara el pleno, los vecinos protestaron en la plaza.",
         {("2022-02-14", "Los vecinos protestaron en la plaza")}),
        ("fr", "En 2016, après que la mine a fermé, la commune a racheté les terrains.",
         {("2016", "La commune a racheté les terrains")}),
        ("de", "Im Jahr 2016, nachdem die Grube geschlossen hatte, kaufte die Gemeinde das Gelände.",
         {("2016", "Die Gemeinde kaufte das Gelände")}),
    ],
)  # fmt: skip
def test_date_fronted_before_a_subordinate_clause_dates_the_main_clause(
    language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _events(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La consejera anunció que el jueves la brigada visitará a los ganaderos.",
         {("2022-02-17", "La brigada visitará a los ganaderos")}),
        ("fr", "Le préfet a annoncé que jeudi, la brigade recevra les éleveurs.",
         {("2022-02-17", "La brigade recevra les éleveurs")}),
    ],
)  # fmt: skip
def test_date_after_that_of_a_saying_is_the_reported_clause(
    language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _events(language, text) == expected


def test_que_after_a_comparative_still_compares() -> None:
    assert _events("es", "Las cosechas fueron más escasas que el año pasado.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahlen für das vierte Quartal legt die Brauerei am 9. März vor.",
         {("2022-03-09", "Die Zahlen für das vierte Quartal legt die Brauerei vor")}),
        ("Die Brauerei legt die Zahlen für das vierte Quartal am 9. März vor.",
         {("2022-03-09", "Die Brauerei legt die Zahlen für das vierte Quartal vor")}),
        ("Den Bericht zum ersten Halbjahr will die Reederei am 4. August vorstellen.",
         {("2022-08-04", "Den Bericht zum ersten Halbjahr will die Reederei vorstellen")}),
    ],
)  # fmt: skip
def test_german_figures_period_is_not_the_presenting_date(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _events("de", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La reapertura del teatro será el 2 de octubre.",
         {("2022-10-02", "Reapertura del teatro")}),
        ("La clausura de la feria será el 9 de abril.",
         {("2022-04-09", "Clausura de la feria")}),
    ],
)  # fmt: skip
def test_spanish_happening_noun_told_only_by_its_date(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _events("es", text) == expected
