"""The story's own time across paragraphs: what moves it, what only dates the telling.

Every paragraph here is our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

FEATURE = date(2024, 10, 2)  # a feature written long after the story it tells


def values(text: str, lang: str = "en", dct: date = FEATURE) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the writer's interview dates the quotation, not the story: June is 1981's
        (
            "en",
            'The mine flooded in May 1981. "We lost everything," his widow told me this '
            "spring.\n\nIn June the owners sealed the shaft. That summer the village emptied.",
            [
                ("May 1981", "1981-05"),
                ("this spring", "2024-SP"),
                ("June", "1981-06"),
                ("That summer", "1981-SU"),
            ],
        ),
        (
            "ru",
            "В мае 1981 года шахту затопило. «Мы потеряли всё», — рассказала мне его вдова "
            "этой весной.\n\nВ июне владельцы закрыли ствол.",
            [("мае 1981 года", "1981-05"), ("этой весной", "2024-SP"), ("июне", "1981-06")],
        ),
        (
            "uk",
            "У травні 1981 року шахту затопило. «Ми втратили все», — розповіла мені його "
            "вдова цієї весни.\n\nУ червні власники закрили стовбур.",
            [("травні 1981 року", "1981-05"), ("цієї весни", "2024-SP"), ("червні", "1981-06")],
        ),
        (
            "fr",
            "En mai 1981, la mine a été inondée. « Nous avons tout perdu », m'a raconté sa "
            "veuve ce printemps.\n\nEn juin, les propriétaires ont scellé le puits.",
            [("mai 1981", "1981-05"), ("ce printemps", "2024-SP"), ("juin", "1981-06")],
        ),
        # "heute" dates the remembering; "zwei Jahre später" counts from the story
        (
            "de",
            "Im Frühjahr 1962 eröffnete sie die Werkstatt. „Es war eiskalt“, erzählt sie "
            "heute.\n\nZwei Jahre später stellte sie den ersten Gesellen ein.",
            [("Frühjahr 1962", "1962-SP"), ("heute", "2024-10-02"), ("Zwei Jahre später", "1964")],
        ),
    ],
)
def test_a_quotation_dated_now_leaves_the_story_where_it_was(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, lang) == expected


def test_news_said_now_still_ends_the_story() -> None:
    # no quotation: the firm reports this year's news, and June is the publication's
    text = (
        "The mine flooded in May 1981. The owners said this spring they would reopen it."
        "\n\nIn June the owners sealed the shaft."
    )
    assert values(text)[-1] == ("June", "2024-06")


def test_years_later_in_a_russian_story_counts_from_the_story() -> None:
    # "разрослась" is a past form and "сельсовет" a noun: the sentence tells the past
    text = (
        "Той осенью 1962 года он открыл в селе библиотеку. Через три года коллекция "
        "разрослась так, что сельсовет отдал ей второй этаж. В мае следующего года приехали гости."
    )
    assert values(text, "ru")[1:] == [
        ("Через три года", "1965"),
        ("мае следующего года", "1966-05"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "У 1968 році він уперше виставив свої картини. Наступного квітня про нього "
            "написала обласна газета.",
            ("Наступного квітня", "1969-04"),
        ),
        (
            "ru",
            "В 1968 году он впервые выставил свои картины. Следующего апреля о нём "
            "написала областная газета.",
            ("Следующего апреля", "1969-04"),
        ),
        # a plan said now still counts from publication
        (
            "uk",
            "У 1968 році він уперше виставив свої картини. Наступного квітня музей покаже "
            "їх знову.",
            ("Наступного квітня", "2025-04"),
        ),
    ],
)
def test_next_month_told_in_the_past_follows_the_story(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert values(text, lang)[-1] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Був 1952 рік, і хати ще крили соломою. Тієї зими він збудував млин.", "1952-WI"),
        (
            "ru",
            "Шёл 1952 год, и дома ещё крыли соломой. Той зимой он построил мельницу.",
            "1952-WI",
        ),
    ],
)
def test_it_was_the_year_frames_the_story(lang: str, text: str, expected: str) -> None:
    assert values(text, lang)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year told in the past perfect looks back: what follows counts from the story
        (
            "In June 1958 she opened the bakery. She had moved to the town in 1950 with two "
            "suitcases. The following March she hired her first baker.",
            ("The following March", "1959-03"),
        ),
        (
            "In 1958 she opened the bakery. She had moved to the town in 1950 with two "
            "suitcases. Three years later she bought the building.",
            ("Three years later", "1961"),
        ),
        (
            "In June 1958 she opened the bakery. She had moved to the town in 1950 with two "
            "suitcases. That winter the ovens failed.",
            ("That winter", "1958-WI"),
        ),
    ],
)
def test_a_past_perfect_year_does_not_move_the_story(text: str, expected: tuple[str, str]) -> None:
    assert values(text)[-1] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "later" never counts from the present in a sentence telling the past: the story
        # a present paragraph interrupted resumes
        (
            "en",
            "In the autumn of 1971 he opened the shop.\n\nToday his daughter runs it."
            "\n\nTwo years later he opened a second branch.",
            ("Two years later", "1973"),
        ),
        (
            "de",
            "Im Herbst 1971 eröffnete er den Laden.\n\nHeute führt seine Tochter das Geschäft."
            "\n\nZwei Jahre später kam die erste Filiale hinzu.",
            ("Zwei Jahre später", "1973"),
        ),
        # a plan counted from now stays the publication's
        (
            "en",
            "In the autumn of 1971 he opened the shop.\n\nToday his daughter runs it. Two "
            "years later she will open a second branch.",
            ("years later", "2026"),
        ),
    ],
)
def test_later_after_a_present_paragraph_resumes_the_story(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = values(text, lang)[-1]
    assert (found[0].endswith(expected[0]), found[1]) == (True, expected[1])
