"""A "when" clause told in the past right after the date that closes the clause before it
dates its happening by that date, whatever the clause before makes of it: a present
("follows a walkout on Friday, when ..."), a clause with no verb read; a "when" clause told
ahead with "will" too. Not after
a forecast or a plan ("would", "is expected to"), nor after a date fronted alone. Our own
sentences, published Tuesday 15 February 2022."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str) -> set[tuple[str, str]]:
    body = f"Story\n\n{text}"
    document = Document("/x.txt", "Story", body, "2022-02-15T18:00", "header", "x", 0)
    return {(e.start, e.title) for e in extract_events(document)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new stoppage follows a walkout on Friday, when every bus in the city stayed "
         "in its depot.", ("2022-02-11", "Every bus in the city stayed in its depot")),
        ("The hearing was put off twice, once because of the snow and again in January, "
         "when Ortiz asked for more time.", ("2022-01", "Ortiz asked for more time")),
        ("Their luckiest night was in May 1979, when a scout from Leeds came to watch the "
         "reserves.", ("1979-05", "A scout from Leeds came to watch the reserves")),
        # told ahead with "will": that day's happening too
        ("Ames will run the chain until early June, when Peter Gold will take over.",
         ("2022-06", "Peter Gold will take over")),
        ("The inquiry is due to open on 9 March, when the council will give evidence.",
         ("2022-03-09", "The council will give evidence")),
    ],
)  # fmt: skip
def test_the_date_before_the_when_clause_dates_it(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "when_subject"),
    [
        # a forecast or a plan before the date: no past happening then
        ("Demand would be far higher in 2031, when the second runway was meant to open.",
         "The second runway"),
        ("The ferry is expected to return in June, when the harbour wall was finished.",
         "The harbour"),
        # what may be, not what will: no happening told ahead either
        ("Demand could be far higher in 2031, when the second runway will open.",
         "The second runway"),
        ("The second runway would open in 2031, when the terminal will be finished.",
         "The terminal"),
    ],
)  # fmt: skip
def test_no_when_clause_happening_after_a_forecast(text, when_subject):
    assert not any(title.startswith(when_subject) for _, title in _events(text))


def test_a_verb_last_when_clause_needs_a_past_clause_before_it():
    # German keeps the "als" clause's verb last: no title is made of it after a present
    body = "Story\n\nDer neue Streik folgt auf einen Ausstand am Freitag, als alle Züge ausfielen."
    document = Document(
        "/x.txt", "Story", body, "2022-02-15T18:00", "header", "x", 0, language="de"
    )
    assert not any("ausfielen" in e.title for e in extract_events(document))
