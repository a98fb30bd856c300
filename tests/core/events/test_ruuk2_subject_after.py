"""Russian and Ukrainian clauses whose doer is not before the verb: a plural whose doers go
unnamed after a fronted phrase ("Летом 1962 года к проекту вернулись"), a subject after the
verb that a rough figure opens ("остались около 300 семей"), and an object pronoun before a
verb whose subject follows it ("В 2008 году его выкупил холдинг"). Sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _titles(text: str, language: str) -> dict[str, str]:
    doc = Document(
        path="x", title="", text=text, published="2023-05-12", published_source="user",
        content_hash="x", language=language,
    )  # fmt: skip
    return {str(e.start): e.title for e in extract_events(doc)}


@pytest.mark.parametrize(
    ("language", "text", "date", "title"),
    [
        (
            "ru",
            "Стадион в Озёрске\n\nСтадион заложили в 1958 году. Летом 1962 года к проекту "
            "вернулись.",
            "1962-SU",
            "К проекту вернулись",
        ),
        (
            "ru",
            "Паводок на Каме\n\nВ 1979 году о плотине вспомнили снова.",
            "1979",
            "О плотине вспомнили снова",
        ),
        (
            "ru",
            "Паводок на Каме\n\nВ 1979 году без крыши остались около 300 семей.",
            "1979",
            "Без крыши остались около 300 семей",
        ),
        (
            "ru",
            "Судьба фабрики\n\nФабрику открыли в 1931 году. В 2008 году её выкупил холдинг "
            "из Казани.",
            "2008",
            "Её выкупил холдинг из Казани",
        ),
        (
            "uk",
            "Доля заводу\n\nЗавод збудували 1936 року. У 2009 році його викупила компанія з Києва.",
            "2009",
            "Його викупила компанія з Києва",
        ),
    ],
)
def test_doer_not_before_the_verb(language: str, text: str, date: str, title: str) -> None:
    assert _titles(text, language)[date] == title


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Стадион в Озёрске\n\nВ 1962 году к проекту не вернулись.", "К проекту"),
        ("Опыт\n\nВ 1962 году в лаборатории мы заметили, что раствор помутнел.", "В лаборатории"),
    ],
)
def test_no_unnamed_doers(text: str, unwanted: str) -> None:
    """What did not happen, and a clause that names its doer ("мы"), are no such clause."""
    titles = _titles(f"{text} {_CONTROL}", "ru")
    assert titles.get("1964") == "Иван Петров открыл стадион", titles  # the text is read
    assert not any(t.startswith(unwanted) for t in titles.values()), titles


def test_a_count_after_their_is_no_subject() -> None:
    """ "их осталось всего пять": how many were left, not something that happened to them."""
    text = f"Трамваи Озёрска\n\nК 1995 году их осталось всего три. {_CONTROL}"
    titles = _titles(text, "ru")
    assert titles.get("1964") == "Иван Петров открыл стадион", titles  # the text is read
    assert "1995" not in titles, titles


# A sentence of its own after the one under test, read as a happening: the text was read.
_CONTROL = "В 1964 году Иван Петров открыл стадион."


@pytest.mark.parametrize(
    ("language", "text", "date", "title"),
    [
        (
            "ru",
            "Ставка банка\n\nСтавка остаётся прежней с 2016 года, когда совет перешёл к новой "
            "политике.",
            "2016",
            "Совет перешёл к новой политике",
        ),
        (
            "ru",
            "Гимназия готова\n\nГимназия готова лучше, чем осенью 2020 года, когда классы "
            "отправили на карантин.",
            "2020-FA",
            "Классы отправили на карантин",
        ),
        (
            "uk",
            "Клуб чекає\n\nКлуб не вигравав чемпіонат з 1997 року, коли команда здобула кубок.",
            "1997",
            "Команда здобула кубок",
        ),
    ],
)
def test_a_date_a_when_clause_follows_dates_it(
    language: str, text: str, date: str, title: str
) -> None:
    """ "с 2016 года, когда …", "з 1997 року, коли …": the date tells when the clause after it
    happened, not its own clause's (a state running since then)."""
    assert _titles(text, language)[date] == title


@pytest.mark.parametrize(
    ("language", "text", "date", "title"),
    [
        (
            "uk",
            "Лікарка з Полісся\n\nВлітку 1981 року Оксана Дячук приїхала до Овруча.",
            "1981-SU",
            "Оксана Дячук приїхала до Овруча",
        ),
        (
            "ru",
            "Учитель из Кеми\n\nОсенью 1964 года Пётр Лукин вернулся в Кемь.",
            "1964-FA",
            "Пётр Лукин вернулся в Кемь",
        ),
    ],
)
def test_a_name_after_a_dated_season_is_its_subject(
    language: str, text: str, date: str, title: str
) -> None:
    """A season with its year ("Влітку 1981 року") is a date, whoever's name comes next: not
    a season in a name ("Winter Olympics")."""
    assert _titles(text, language)[date] == title
