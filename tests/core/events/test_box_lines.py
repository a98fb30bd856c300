"""Timeline boxes and key-date lists set one line each in plain text, with no list mark and
under a header with no full stop: each line is its own sentence, dated by its own date; two
lines never make one title and the header is no event (``core.events.box_lines``)."""

from __future__ import annotations

import pytest

from core.events.box_lines import line_cuts
from core.events.sentences import split_sentences
from tests.core.events.articles import events_of

_EN = """Stadium plan moves ahead

The new stadium will open next year, officials said.

Key dates
2019: Council approves the plan
March 2021 – Works begin
June 2023 - Roof completed

What happens next
The club will play its first match there in August.
"""

_DE = """Neues Hallenbad in Kirchdorf

Das neue Hallenbad soll im Herbst eröffnen, teilte die Gemeinde mit.

Die wichtigsten Daten
März 2021: Gemeinderat beschließt den Neubau
Juni 2022 – Bagger rollen an
April 2024 - Richtfest gefeiert
"""

_FR = """Le nouveau pont de Lanvallec

Le pont doit ouvrir à la circulation en septembre, selon la mairie.

Les dates clés
Mars 2020 : le conseil municipal vote le projet
Juin 2022 – Les travaux commencent
Janvier 2024 - La première pile est posée
"""

_RU = """Новый каток в Озёрске

Каток откроется в декабре, сообщили в администрации.

Ключевые даты
Март 2021 года — власти утверждают проект
15 мая 2022 года: начинается строительство
Август 2023 — подрядчик сдаёт первую очередь
"""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (_EN, "en", {("2019", "Council approves the plan"), ("2021-03", "Works begin"),
                     ("2023-06", "Roof completed"),
                     ("2024-08", "The club will play its first match there")}),
        (_DE, "de", {("2021-03", "Gemeinderat beschließt den Neubau"),
                     ("2024-04", "Richtfest gefeiert")}),
        (_FR, "fr", {("2022-06", "Les travaux commencent"),
                     ("2024-01", "La première pile est posée")}),
        (_RU, "ru", {("2021-03", "Власти утверждают проект"),
                     ("2022-05-15", "Начинается строительство"),
                     ("2023-08", "Подрядчик сдаёт первую очередь")}),
    ],
)  # fmt: skip
def test_each_box_line_is_its_own_dated_event(
    text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    got = {(str(e.start), e.title) for e in events_of(text, language, "2024-05-10")}
    assert expected <= got, got
    # no title runs on into the next line's date or words
    titles = [t for _, t in got]
    assert not [t for t in titles if "2021" in t or "Juni" in t or "Mars" in t], titles


def test_two_box_lines_never_make_one_title() -> None:
    """Before, "März 2021: Gemeinderat beschließt den Neubau" ran into "Juni 2022 – …" and
    the council's decision took the later line's date."""
    got = {(str(e.start), e.title) for e in events_of(_DE, "de", "2024-05-10")}
    assert not [t for s, t in got if "Neubau" in t and s != "2021-03"], got


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a header over a whole line: cut after it
        ("What happens next\nThe ferry returns to service in May.",
         ["What happens next", "The ferry returns to service in May."]),
        ("Background:\nThe mill closed in 2009.", ["Background:", "The mill closed in 2009."]),
        # a wrapped paragraph stays whole: its first line runs on into the next
        ("Dairy farmers plan a protest for\n12 March over milk prices.",
         ["Dairy farmers plan a protest for\n12 March over milk prices."]),
        ("Farm workers in the valley\nwalked out on Monday.",
         ["Farm workers in the valley\nwalked out on Monday."]),
        ("Harbour pilots at the port\nstruck on Monday, the union said. Talks\ncontinue.",
         ["Harbour pilots at the port\nstruck on Monday, the union said.", "Talks\ncontinue."]),
        ("    Dock pilots went\nback to work today.", ["Dock pilots went\nback to work today."]),
        # a clock time is a live entry's stamp, joined to its entry
        ("09:30\nThe ferry has docked.", ["09:30\nThe ferry has docked."]),
        # a line opened by a date and a dash or colon starts a sentence
        ("Timeline\nMay 2018 - Mill sold\nOct. 3, 2020: Mill reopens",
         ["Timeline", "May 2018 - Mill sold", "Oct. 3, 2020: Mill reopens"]),
        # a wrapped line that opens on a date goes on with the sentence
        ("Sales rose in\nMarch 2021 and fell later.", ["Sales rose in\nMarch 2021 and fell later."]),
        # ... even when a dash follows the date: the line before ends on a preposition
        ("The tram line will close in\nJune 2024 - when the depot moves - the council said.",
         ["The tram line will close in\nJune 2024 - when the depot moves - the council said."]),
        ("Beekeepers say the spraying ban will begin on\nApril 4 - the day the orchards bloom.",
         ["Beekeepers say the spraying ban will begin on\nApril 4 - the day the orchards bloom."]),
        # a range of years is no entry's date ("2020 - 2021 season")
        ("The chess league scrapped the rest of the\n2020 - 2021 season in April, it said.",
         ["The chess league scrapped the rest of the\n2020 - 2021 season in April, it said."]),
    ],
)  # fmt: skip
def test_box_lines_cut_wrapped_lines_kept(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == pieces


def test_line_cuts_name_where_lines_start() -> None:
    text = "Key dates\nMarch 2021 – Works begin\nJune 2023 - Roof done"
    assert [text[a : a + 4] for a in line_cuts(text, 0, len(text), "en")] == ["Marc", "June"]


_SEASONS = """Tram depot rebuilt

The rebuilt depot will take its first trams in June, the operator said.

Milestones
March 3, 2021: depot shuts to trams
Winter 2021: old sheds demolished
Summer 2022: new charging bays fitted
Early 2023: signalling tested
"""


def test_a_season_or_modified_year_opens_a_box_line() -> None:
    """Before, "Winter 2021: old sheds demolished" ran on from the line above it, and the
    sheds took the summer's date of the line after it."""
    got = {(str(e.start), e.title) for e in events_of(_SEASONS, "en", "2023-05-10")}
    assert {
        ("2021-03-03", "Depot shuts to trams"),
        ("2021-WI", "Old sheds demolished"),
        ("2022-SU", "New charging bays fitted"),
        ("2023", "Signalling tested"),
    } <= got, got
    assert not [t for _, t in got if "2021" in t or "Summer" in t or "Early" in t], got


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Plan\nSpring 2024: roof replaced\nLate 2025 - hall reopens",
         ["Plan", "Spring 2024: roof replaced", "Late 2025 - hall reopens"]),
        # a wrapped line that opens on a season goes on with the sentence
        ("The pool will shut for repairs in the\nsummer 2024 - the council said.",
         ["The pool will shut for repairs in the\nsummer 2024 - the council said."]),
    ],
)  # fmt: skip
def test_season_lines_cut(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == pieces
