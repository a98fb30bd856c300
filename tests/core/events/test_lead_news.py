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
    ("en", "Farmers clashed with riot police in Kelmsford, leaving two injured.",
     "Farmers clashed with riot police in Kelmsford"),
    ("uk", "Поліція затримала двох крадіїв у Львові.", "Поліція затримала двох крадіїв у Львові"),
    # a next sentence dated "today" puts nothing before the lead
    ("en", "Orsa Freight filed a reorganization plan. Its creditors will vote on it today.",
     "Orsa Freight filed a reorganization plan"),
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
    ("de", "Die Busfahrer legen heute die Arbeit nieder.", "Arbeit"),
    ("de", "Die Fachschule bekommt einen neuen Namen.", "Namen"),
    ("es", "El Museo Naval expondrá un ancla romana.", "ancla"),
    ("es", "Doce familias siguen viviendo en casas prefabricadas.", "familias"),
    ("fr", "Léa Brunet entre dans une maison vide.", "maison"),
    ("ru", "Открытие моста переносится на осень.", "моста"),
    ("uk", "Музей займає колишню будівлю пошти.", "будівлю"),
    ("uk", "Їй було сімнадцять.", "сімнадцять"),
    ("en", "Joan Ekwe has fed the lemurs at Harlow Zoo almost every morning.", "lemurs"),
    ("en", "When the first barges reached Tolmere, few of the villagers asked who had sent "
     "them.", "villagers"),
    ("en", "Ama Boateng, the engineer whose bridges changed how towns on the coast grew, has "
     "died.", "changed"),
    ("en", "A cheap nasal spray cut hospital stays by a fifth, a large trial found.", "spray"),
    ("fr", "Des centaines de truites avaient péri dans la rivière.", "truites"),
    ("fr", "Un seul bus sur deux circulait dans la vallée.", "bus"),
    ("es", "Tolva Lácteos informó una pérdida neta de 40 millones.", "pérdida"),
    ("en", "Net income for the year ended June 30 dropped to $8 million.", "income"),
    ("en", "The boats came in through the fog, Ada Pell remembers.", "boats"),
    ("en", "The boats came in first, Ada Pell remembers, and then the rain.", "boats"),
    ("es", "El índice de la bolsa de Lima cedió un 1,2%.", "índice"),
    ("fr", "Horaires prolongés. Les baigneurs de Vernelle ont retrouvé la piscine.", "Horaires"),
    ("es", "El peso chileno cedió ante el dólar.", "peso"),
    ("en", "The Penwick brewery reopened after the spring floods and hired forty staff.",
     "brewery"),
    # a list or a table it opens, a level quoted, a phase of a match: no news of the day
    ("en", "Dealers quoted these rates for Orland barley -", "rates"),
    ("en", "Orland shares changed hands at 14 dlrs.", "shares"),
    ("en", "Orland shares ended the session at a value of 3.5 times book.", "shares"),
    ("en", "Barley futures closed firmer in light trade.", "futures"),
    ("en", "Quillon Bank has suffered heavy losses on its ship loans.", "losses"),
    ("en", "The full-back scored in the second half.", "scored"),
    # a present its lists take for a past
    ("uk", "Бібліотекар іде у відпустку.", "відпустку"),
    ("ru", "Директор уходит в отставку.", "отставку"),
    # an aside dated in the days before: the news may be of any day since
    ("en", "The sisters of Tom Brill, who was arrested at the port on Wednesday, hired a "
     "lawyer.", "lawyer"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "word"), NOT_ON_THE_DAY)
def test_no_state_figure_plan_or_saying_on_the_day(language: str, body: str, word: str) -> None:
    got = dated_titles(body, language)
    assert not [t for d, t in got if d == DAY and word in t], got


def test_a_date_after_the_main_clause_may_be_its_own() -> None:
    body = "Councillors in Brisk have approved a ferry levy after a debate that ran until Tuesday."
    got = dated_titles(body)
    assert not [t for d, t in got if d == DAY and "levy" in t], got


def test_a_later_date_of_the_same_happening_wins() -> None:
    body = (
        "Tarrow Lamps filed a bankruptcy plan.\n\n"
        "The plan was filed on Thursday in a Delaware court."
    )
    got = dated_titles(body)
    assert [d for d, t in got if "filed" in t] == ["2031-03-13"], got


def test_only_the_opening_sentence_tells_the_days_news() -> None:
    """The sentence after the lead is as often background or a state ("The ferry had been
    chartered in May", "Extra staff were needed as …"): no date of its own."""
    body = (
        "Velmar expelled three trade envoys, the state radio reported.\n\n"
        "Border guards escorted the envoys to the airport."
    )
    got = dated_titles(body)
    assert (DAY, "Velmar expelled three trade envoys") in got, got
    assert not [t for d, t in got if "escorted" in t], got
    body = "Tarrow Lamps is a maker of desk lights.\n\nIt sold its first lamp to a hotel."
    got = dated_titles(body)
    assert not [t for d, t in got if d == DAY], got
    # an opening dated long before: the next sentence's happening may be later, no date
    body = (
        "When Pell Rovers lost 5-0 at home on 2 October 2030, the club sat bottom.\n\n"
        "The manager lasted four more days."
    )
    got = dated_titles(body)
    assert not [t for d, t in got if "lasted" in t], got


@pytest.mark.parametrize(
    ("language", "body", "word"),
    [
        ("en", "Hail flattened the rye at Osk. The growers' union announced the news on "
         "Thursday.", "rye"),
        ("en", "Hail flattened the rye at Osk. Meanwhile, the growers' union announced this on "
         "Thursday.", "rye"),
        ("en", "Hail flattened the rye at Osk. The growers' union announced the news.", "rye"),
        ("es", "El granizo arrasó el centeno de Osk. Además, lo anunció el jueves la cooperativa.",
         "centeno"),
    ],
)  # fmt: skip
def test_a_lead_a_report_after_it_points_back_to_is_not_on_the_day(
    language: str, body: str, word: str
) -> None:
    """A report of news it does not name right after the lead: the lead is that report's
    news, or background to it, or other news came first; not news of the publication day."""
    got = dated_titles(body, language)
    assert not [t for d, t in got if d == DAY and t.startswith(("Hail", "El granizo"))], got


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Ida Venn met the mayor. On Tuesday, she flew to Tromso.", "mayor"),
        ("The guild gave Ida Venn a medal. It was minted in 2029.", "guild"),
        ("Ida Venn met the mayor. On Friday, she opened a bridge.", "mayor"),
        ("Harbour pilots struck at Pellmouth. The port was closed to ships. The union called "
         "the stoppage yesterday.", "pilots"),
    ],
)  # fmt: skip
def test_a_lead_told_in_retrospect_is_not_on_the_day(body: str, word: str) -> None:
    """The next sentence dates a happening before the report's day or names that day ("On
    Friday, she …"), or one of the few after it dates one on the day before ("… called the
    stoppage yesterday"): the lead's happening came before, or may be the day before's news."""
    got = dated_titles(body)
    assert not [t for d, t in got if d == DAY and word in t], got
