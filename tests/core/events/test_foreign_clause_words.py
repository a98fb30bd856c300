"""A dated foreign clause the parser read whole, with every check passed, but that the
headline builder left without a title: its own words from the subject on, in the text's
order, without the date (``core.events.own_words``). A pronoun, a negation or a relative
still gives nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # a long object with a name: the clause's words up to the title's width
    (
        "uk",
        "Харківський окружний суд у четвер визнав колишнього скарбника спортивного клубу"
        " Андрія Приходька винним.",
        [
            ("title", "Харківський окружний суд визнав колишнього скарбника спортивного клубу"),
            ("dated", "2023-05-11"),
        ],
    ),
    (
        "ru",
        "Кировский районный суд Твери во вторник признал бывшего директора котельной"
        " Олега Гаврилова виновным в растрате.",
        [
            ("title", "Кировский районный суд Твери признал бывшего директора котельной"),
            ("dated", "2023-05-09"),
        ],
    ),
    (
        "de",
        "Das Amtsgericht Kempten verurteilte am Dienstag den früheren Kassenwart des"
        " Schützenvereins Herbert Lindlmaier zu einer Bewährungsstrafe.",
        [
            ("title", "Das Amtsgericht Kempten verurteilte den früheren Kassenwart"),
            ("dated", "2023-05-09"),
        ],
    ),
    # the width never cuts a name in two: the title stops before it
    (
        "uk",
        "Київський апеляційний суд у понеділок визнав колишнього голову селищної ради"
        " Петра Мирошника винним у хабарництві.",
        [
            ("title", "Київський апеляційний суд визнав колишнього голову селищної ради"),
            ("no-title-ending", "Петра"),
        ],
    ),
    # a verb-last clause too wide for a title would lose its participle: no title rather
    # than "… hat die Bayerische Meisterschaft der Junioren"
    (
        "de",
        "Der erst 19-jährige Jonas Berger aus Passau hat am Samstagabend die Bayerische"
        " Meisterschaft der Junioren im Tischtennis gewonnen.",
        [("no-title-ending", "Junioren"), ("no-title-ending", "Meisterschaft")],
    ),
    # a pronoun is no subject to title by, a negated verb tells nothing that happened, and
    # a relative's words leave its noun outside
    (
        "uk",
        "Він у середу визнав колишнього директора котельні Олега Гайового винним у розкраданні.",
        [("none",)],
    ),
    (
        "uk",
        "Шевченківський районний суд Полтави у середу не визнав колишнього директора котельні"
        " Олега Гайового винним у розкраданні.",
        [("none",)],
    ),
    (
        "uk",
        "Харківський окружний суд, який у четвер визнав колишнього скарбника спортивного клубу"
        " Андрія Приходька винним, оголосив перерву.",
        [("no-title-with", "Який"), ("no-title-with", "який")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_clause_words_title(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2023-05-12"), checks)
