"""Reports that only point back at news they never name ("Об этом сообщил …", "Das teilte …
mit", "The mayor announced the decision"): the news before them, with no date of its own,
takes the report's date; a report of news dated before it is titled with that news
(``core.events.back_reports``)."""

from __future__ import annotations

import pytest

from core.events.back_reports import points_back
from tests.core.events.articles import events_of

_PUBLISHED = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "language", "start", "title"),
    [
        ("Городские власти закрыли старый мост через реку на ремонт. Об этом сообщил в среду "
         "мэр города Игорь Петров.", "ru", "2024-05-08",
         "Городские власти закрыли старый мост через реку на ремонт"),
        ("Міська рада закрила старий міст на ремонт. Про це повідомив у середу мер Олег Коваль.",
         "uk", "2024-05-08", "Міська рада закрила старий міст на ремонт"),
        ("Die Stadt hat die alte Brücke für Bauarbeiten gesperrt. Das teilte der Bürgermeister "
         "am Dienstag mit.", "de", "2024-05-07",
         "Die Stadt hat die alte Brücke für Bauarbeiten gesperrt"),
        ("Каток был закрыт на ремонт. Об этом сообщил во вторник директор Антон Лыков.", "ru",
         "2024-05-07", "Каток был закрыт на ремонт"),
        ("La ville a fermé le vieux pont pour travaux. Le maire l'a annoncé mardi.", "fr",
         "2024-05-07", "La ville a fermé le vieux pont pour travaux"),
        ("El ayuntamiento cerró el viejo puente por obras. Lo anunció el martes el alcalde.",
         "es", "2024-05-07", "El ayuntamiento cerró el viejo puente por obras"),
    ],
)  # fmt: skip
def test_undated_news_takes_the_date_of_its_report(
    text: str, language: str, start: str, title: str
) -> None:
    got = [(str(e.start), e.title) for e in events_of(text, language, _PUBLISHED)]
    assert (start, title) in got, got
    assert len(got) == 1, got  # the report itself is no second event


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Der Maler Jonas Ebert ist am Montag in Kassel gestorben. Das teilte seine Galerie am "
         "Mittwoch mit.", "de", "Seine Galerie teilte mit: "),
        ("Музей у Полтаві відкриють 3 червня. Про це на брифінгу повідомив у середу директор "
         "музею Олег Коваль.", "uk", "Повідомив "),
    ],
)  # fmt: skip
def test_report_of_dated_news_is_titled_with_that_news(
    text: str, language: str, title: str
) -> None:
    events = events_of(text, language, _PUBLISHED)
    said = [e for e in events if str(e.start) == "2024-05-08"]
    assert said and said[0].title.startswith(title), [(e.start, e.title) for e in events]
    assert ":" in said[0].title and len(said[0].title) > len(title) + 10


@pytest.mark.parametrize(
    ("title", "language", "back"),
    [
        ("Об этом сообщил Петров", "ru", True),
        ("Петров сообщил об этом", "ru", True),
        ("Про це на засіданні повідомив Коваль", "uk", True),
        ("Le maire l'a annoncé", "fr", True),
        ("Lo anunció el alcalde", "es", True),
        ("Die Polizei bestätigte dies", "de", True),
        ("Der Bürgermeister teilte das mit", "de", True),
        ("The mayor announced the decision", "en", True),
        # the object names the news, or the pronoun is the subject
        ("The mayor announced the decision to close the bridge", "en", False),
        ("It announced a new ferry route", "en", False),
        ("Reporters saw this", "en", False),
        ("The harbour master reported this", "en", True),
        ("Das Unternehmen teilte aus Kassel mit", "de", False),
        ("El alcalde anunció el cierre del puente", "es", False),
        ("Петров сообщил о закрытии моста", "ru", False),
    ],
)  # fmt: skip
def test_which_titles_point_back(title: str, language: str, back: bool) -> None:
    assert points_back(title, language) is back


def test_a_report_of_nothing_before_it_gives_no_event() -> None:
    """ "Le maire l'a confirmé le 3 mars" after a dated sentence: nothing to date by it."""
    text = "Le pont a rouvert le 2 mars. Le maire l'a confirmé le 3 mars."
    got = [(str(e.start), e.title) for e in events_of(text, "fr", _PUBLISHED)]
    assert not [t for _, t in got if "l'a confirmé" in t], got


def test_a_plan_before_the_report_does_not_take_its_date() -> None:
    """ "Движение будет открыто" is a plan: the report's Wednesday is not when it happens."""
    for text in (
        "Движение по мосту будет открыто. Об этом сообщил в среду мэр города Игорь Петров.",
        "Каток будет закрыт на ремонт. Об этом сообщил во вторник директор Антон Лыков.",
        "Каток закроют на ремонт. Об этом сообщил во вторник директор Антон Лыков.",
    ):
        got = [(str(e.start), e.title) for e in events_of(text, "ru", _PUBLISHED)]
        assert not [t for _, t in got if "Каток" in t or "Движение" in t], got


@pytest.mark.parametrize(
    ("text", "language", "news"),
    [
        # a time phrase the tagger does not date: the news has a time of its own
        ("The brewery opened after the flood and hired 80 staff. The owners announced this on "
         "Friday.", "en", "The brewery opened"),
        ("Die Brauerei wurde nach dem Hochwasser gebaut. Das teilte der Besitzer am Freitag mit.",
         "de", "Die Brauerei wurde"),
        ("La brasserie a ouvert après l'inondation. Le patron l'a annoncé vendredi.", "fr",
         "La brasserie a ouvert"),
        ("La cervecería abrió después de la riada. Lo anunció el viernes el dueño.", "es",
         "La cervecería abrió"),
        ("Пивоварню открыли после наводнения. Об этом сообщил в пятницу владелец Олег Жуков.",
         "ru", "Пивоварню открыли"),
        ("Броварню відкрили після повені. Про це повідомив у п'ятницю власник Павло Рябчук.",
         "uk", "Броварню відкрили"),
        ("Паром не ходил много лет. Об этом сообщил в пятницу капитан порта.", "ru",
         "Паром не ходил"),
        # a state before the report, or a wish: not news of its day
        ("The ferry pier had been shut for a survey. The harbour master confirmed this on "
         "Friday.", "en", "The ferry pier"),
        ("Der Bürgermeister wollte das Freibad verkaufen. Das bestätigte die Stadt am Freitag.",
         "de", "Der Bürgermeister wollte"),
        ("Le maire voulait vendre la piscine. Il l'a confirmé vendredi.", "fr", "Le maire voulait"),
        ("Мэр хотел продать бассейн. Об этом сообщил в пятницу его помощник.", "ru",
         "Мэр хотел"),
        ("Мер хотів продати басейн. Про це повідомив у п'ятницю його помічник.", "uk",
         "Мер хотів"),
        # "the decision", "the move": perhaps of other news than the sentence before
        ("A hailstorm flattened the barley crop. The farm co-op announced the move on Friday.",
         "en", "A hailstorm"),
        ("The city council closed the old bridge for repairs. The mayor announced the decision "
         "on Tuesday.", "en", "The city council closed"),
        ("Una granizada arrasó la cosecha de cebada. La cooperativa anunció la decisión el "
         "viernes.", "es", "Una granizada"),
        ("Une averse de grêle a détruit l'orge. La coopérative a annoncé la décision vendredi.",
         "fr", "Une averse"),
        # a report that opens on a change of subject tells other news
        ("Two anglers were fined for night fishing. Separately, the rowing club announced this "
         "on Friday.", "en", "Two anglers"),
        ("Dos pescadores fueron multados. Por otra parte, el club de remo lo anunció el viernes.",
         "es", "Dos pescadores"),
        ("Рыбаков оштрафовали за ночной лов. Кроме того, об этом сообщил в пятницу гребной клуб.",
         "ru", "Рыбаков оштрафовали"),
    ],
)  # fmt: skip
def test_news_of_its_own_time_does_not_take_the_reports_date(
    text: str, language: str, news: str
) -> None:
    """Only news of the report's day takes its date: not a story set at a time of its own,
    a state or a wish, news a noun may not name, or news before a change of subject."""
    got = [(str(e.start), e.title) for e in events_of(text, language, _PUBLISHED)]
    assert not [t for s, t in got if t.startswith(news) and s.startswith("2024-05")], got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The parish closed the old ferry in 1987. The council confirmed the news on Friday.",
         "en"),
        ("Die Gemeinde schloss die alte Fähre 1987. Das teilte der Rat am Freitag mit.", "de"),
        ("Команда выиграла кубок в 1995 году. Об этом напомнил в пятницу тренер Павел Юдин.",
         "ru"),
    ],
)  # fmt: skip
def test_a_report_of_an_old_story_is_not_titled_with_it(text: str, language: str) -> None:
    """A 1987 story is not what the council announced on Friday: the report keeps its own
    words, or gives no event, but never "The council confirmed: The parish closed …"."""
    events = events_of(text, language, _PUBLISHED)
    assert not [e for e in events if ":" in e.title], [(e.start, e.title) for e in events]
