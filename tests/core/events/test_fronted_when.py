"""A date fronted alone before a "when" clause and the main clause after it: "In 2019, when the
plant closed, the town lost its only employer" tells the closing and the loss, both in 2019, in
every language. Our own sentences, published Tuesday 15 February 2022."""

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
        ("en", "In 2019, when the plant closed, the town lost its only employer.",
         {("2019", "The plant closed"), ("2019", "The town lost its only employer")}),
        ("en", "In March 2015, when the old bridge collapsed, the mayor resigned.",
         {("2015-03", "The old bridge collapsed"), ("2015-03", "The mayor resigned")}),
        ("de", "Im Jahr 2017, als die Krise ausbrach, entließ das Unternehmen 300 Mitarbeiter.",
         {("2017", "Die Krise brach aus"), ("2017", "Das Unternehmen entließ 300 Mitarbeiter")}),
        ("es", "En 2017, cuando la crisis estalló, la compañía despidió a 300 trabajadores.",
         {("2017", "La crisis estalló"), ("2017", "La compañía despidió a 300 trabajadores")}),
        ("fr", "En 2016, quand la crue a emporté le pont, la commune a fermé la route.",
         {("2016", "La crue a emporté le pont"), ("2016", "La commune a fermé la route")}),
        ("ru", "Осенью 1941 года, когда немцы подошли к Москве, завод эвакуировали.",
         {("1941-FA", "Немцы подошли к Москве"), ("1941-FA", "Завод эвакуировали")}),
        # the "when" clause opens on a preposition, no title is read from it: the main clause
        ("uk", "Восени 1941 року, коли до міста наближався фронт, рух зупинився.",
         {("1941-FA", "Рух зупинився")}),
    ],
)  # fmt: skip
def test_the_fronted_date_dates_the_when_clause_and_the_main_clause(language, text, expected):
    assert _events(language, text) == expected


def test_a_when_clause_closing_a_main_clause_keeps_its_own_reading():
    # the main clause comes first and holds the date: no main clause is cut after "when"
    found = _events("en", "The town lost its only employer in 2019, when the plant closed.")
    assert ("2019", "The town lost its only employer") in found
