"""A report's opening sentence: its completed happening with no date of its own takes the
report's day (``core.events.lead_news``); states, figures, plans, sayings and quotes do not."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

DAY = "2031-03-14"  # a Friday


def dated_titles(body: str, language: str = "en") -> list[tuple[str, str]]:
    """The (start, title) of each dated event of an article with ``body``, published on DAY."""
    events = extract_events(article(body, DAY, language))
    return [(str(e.start), e.title) for e in events if not e.undated]


# (language, body, the (start, title) expected among the events, or a word no dated event holds)
ON_THE_DAY = [
    ("en", "Tarrow Lamps Inc., a maker of desk lights whose shares peaked in 2024, filed a "
     "bankruptcy plan that leaves shareholders nothing.", "Tarrow Lamps Inc. filed a bankruptcy plan"),
    ("en", "Velmar expelled three trade envoys, the state radio reported.",
     "Velmar expelled three trade envoys"),
    ("en", "Ingrid Solberg has resigned as head of Quillon Bank.",
     "Ingrid Solberg has resigned as head of Quillon Bank"),
    ("en", "Orsa Freight agreed to buy Pellan Docks for $70 million.",
     "Orsa Freight agreed to buy Pellan Docks for $70 million"),
    ("es", "La guardia costera rescató a doce pescadores frente a Almería.",
     "La guardia costera rescató a doce pescadores frente a Almería"),
    ("fr", "La police a arrêté trois passeurs à Calais.",
     "La police a arrêté trois passeurs à Calais"),
    ("de", "Der Stahlkonzern hat seinen Finanzchef entlassen.",
     "Der Stahlkonzern hat seinen Finanzchef entlassen"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "title"), ON_THE_DAY)
def test_the_leads_happening_is_on_the_reports_day(language: str, body: str, title: str) -> None:
    got = dated_titles(body, language)
    assert (DAY, title) in got, got


NOT_ON_THE_DAY = [
    ("en", "Profit rose 5% to $3 million.", "rose"),
    ("en", "Tarrow Lamps posted a net loss of $4 million.", "loss"),
    ("en", "Tarrow Lamps is the largest maker of desk lights.", "maker"),
    ("en", "Tarrow Lamps makes desk lights in three plants.", "makes"),
    ("en", "Tarrow Lamps plans to sell its lighting unit.", "sell"),
    ("en", "Tarrow Lamps did not sell its lighting unit.", "sell"),
    ("en", "Tarrow Lamps had sold its lighting unit.", "sold"),
    ("en", "The mayor said he was pleased with the outcome.", "pleased"),
    ("en", "\u201cWe have won the case,\u201d said Ingrid Solberg.", "won"),
    ("en", "The two unions have been at odds since the election.", "odds"),
    ("es", "El beneficio de Orsa creció un 5%.", "creció"),
    ("es", "La empresa tiene tres fábricas en Almería.", "fábricas"),
    ("de", "Der Umsatz stieg um sieben Prozent.", "Umsatz"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "word"), NOT_ON_THE_DAY)
def test_no_state_figure_plan_or_saying_on_the_day(language: str, body: str, word: str) -> None:
    got = dated_titles(body, language)
    assert not [t for d, t in got if d == DAY and word in t], got


def test_a_later_date_of_the_same_happening_wins() -> None:
    body = (
        "Tarrow Lamps filed a bankruptcy plan.\n\n"
        "The plan was filed on Thursday in a Delaware court."
    )
    got = dated_titles(body)
    assert [d for d, t in got if "filed" in t] == ["2031-03-13"], got


def test_the_second_sentence_only_after_news_of_the_day() -> None:
    body = (
        "Velmar expelled three trade envoys, the state radio reported.\n\n"
        "Border guards escorted the envoys to the airport."
    )
    got = dated_titles(body)
    assert (DAY, "Border guards escorted the envoys to the airport") in got, got
    body = "Tarrow Lamps is a maker of desk lights.\n\nIt sold its first lamp to a hotel."
    got = dated_titles(body)
    assert not [t for d, t in got if d == DAY], got
