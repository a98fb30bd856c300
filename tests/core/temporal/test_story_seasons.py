"""A season or a month counted in a story told in the past ("that same summer", "the following
spring", "the following March") takes its year from the story, in every language the same
way; only the words are each language's. A date told in passing (a record's baseline, the year
of a month already given) is not what it counts from. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.temporal.tagger import tag

PROFILE = date(2016, 12, 2)  # a profile written forty years after the story starts


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "In August 1976 the young doctor arrived in the hamlet. That same summer she "
            "delivered her first baby. The following spring the clinic got a telephone line.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "de",
            "Im August 1976 kam die junge Ärztin in das Dorf. Im selben Sommer half sie bei "
            "ihrer ersten Geburt. Im folgenden Frühjahr bekam die Praxis ein Telefon.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "fr",
            "En août 1976, la jeune médecin est arrivée au hameau. Le même été, elle a fait "
            "son premier accouchement. Le printemps suivant, le cabinet a reçu le téléphone.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "es",
            "En agosto de 1976 la joven médica llegó a la aldea. Ese mismo verano atendió su "
            "primer parto. La primavera siguiente el consultorio recibió un teléfono.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "ru",
            "В августе 1976 года молодая врач приехала в деревню. Тем же летом она впервые "
            "приняла роды. Следующей весной в медпункт провели телефон.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "uk",
            "У серпні 1976 року молода лікарка приїхала до хутора. Того ж літа вона вперше "
            "прийняла пологи. Наступної весни до медпункту провели телефон.",
            ["1976-08", "1976-SU", "1977-SP"],
        ),
        (
            "uk",
            "Цех запустили в червні 2012 року. Того самого літа на ньому сталася аварія.",
            ["2012-06", "2012-SU"],
        ),
        (
            "de",
            "Im August 1976 kam die Ärztin in das Dorf. In jenem Winter fiel viel Schnee.",
            ["1976-08", "1976-WI"],
        ),
    ],
)
def test_a_season_of_the_story_takes_the_story_year(language, text, expected) -> None:
    assert [t.value for t in tag(text, PROFILE, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "next spring" told in the past is the story's following spring: it counts from the
        # story's month, not from a look ahead to a later year told in passing
        (
            "ru",
            "Судно вмёрзло в лёд в октябре 1974 года. Кока похоронили в январе, а в 1976 году "
            "друзья поставили ему крест. Следующей весной лёд тронулся.",
            ["1974-10", "1975-01", "1976", "1975-SP"],
        ),
        # ... and what counts on from it counts from that spring
        (
            "uk",
            "Школу відкрили у вересні 1981 року. Наступної весни біля неї посадили сад, а ще "
            "через два роки добудували спортзал.",
            ["1981-09", "1982-SP", "1984"],
        ),
        # a night of the story that has not reached its day is not the publication's, and
        # the next spring still follows the story
        (
            "uk",
            "У серпні 1976 року лікарка приїхала до хутора. Того ж літа вона вперше прийняла "
            "пологи, вночі. Наступної весни до медпункту провели телефон.",
            ["1976-08", "1976-SU", "XXXX-XX-XXTNI", "1977-SP"],
        ),
        # a year as fine as the story's moves it on
        (
            "ru",
            "В 2009 году он окончил училище, а в 2012 году женился. Следующей весной у него "
            "родилась дочь.",
            ["2009", "2012", "2013-SP"],
        ),
        # said of the future, it is still the coming spring
        ("ru", "Мост откроют следующей весной.", ["2017-SP"]),
        ("uk", "Наступної весни ми відкриємо новий корпус, повідомив директор.", ["2017-SP"]),
    ],
)
def test_next_season_told_in_the_past_follows_the_story(language, text, expected) -> None:
    assert [t.value for t in tag(text, PROFILE, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a day of the story: the next March after it
        (
            "The dam gave way on November 2, 1968. An inquiry opened the following March.",
            [("November 2, 1968", "1968-11-02"), ("the following March", "1969-03")],
        ),
        # after a year told whole: the next year's
        (
            "The mine closed in 1988. The following May the miners bought the pit.",
            [("1988", "1988"), ("The following May", "1989-05")],
        ),
        # a date only planned is not what the story follows
        (
            "The board approved the scheme in May 2011, with a launch planned for 2013. The "
            "contract was signed the following January.",
            [("May 2011", "2011-05"), ("2013", "2013"), ("the following January", "2012-01")],
        ),
        # "the previous March" looks back, and the story stays where it was
        (
            "The club won at home on October 21, 2013, its first win since the previous "
            "March. On January 12 a new striker arrived.",
            [("October 21, 2013", "2013-10-21"), ("the previous March", "2013-03"),
             ("January 12", "2014-01-12")],
        ),
    ],
)  # fmt: skip
def test_the_following_month_counts_from_the_story(text, expected) -> None:
    assert [(t.text, t.value) for t in tag(text, PROFILE)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Im August 1976 kam sie ins Dorf. Im folgenden März bekam das Dorf ein Telefon.",
            ["1976-08", "1977-03"],
        ),
        (
            "fr",
            "En août 1976, elle arriva au village. En mars suivant, le village eut le téléphone.",
            ["1976-08", "1977-03"],
        ),
        (
            "es",
            "En agosto de 1976 llegó al pueblo. En marzo siguiente el pueblo tuvo teléfono.",
            ["1976-08", "1977-03"],
        ),
    ],
)
def test_the_following_month_in_every_language(language, text, expected) -> None:
    assert [t.value for t in tag(text, PROFILE, language)] == expected


def _events(text: str, language: str) -> list[tuple[str, str]]:
    document = Document("/x.txt", "", text, "2016-12-02", "user", "x", 0, language=language)
    return [(e.start, e.title) for e in extract_events(document)]


def test_the_reader_sees_the_story_year_on_the_events() -> None:
    events = _events(
        "The reservoir burst on the night of November 2, 1968. A public inquiry opened the "
        "following March in the county town. The families received compensation two years "
        "later.",
        "en",
    )
    starts = [start for start, _ in events]
    assert "1969-03" in starts and "1971" in starts
    assert not any(start.startswith("2017") for start in starts)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a record's baseline is no time the text goes on from: "that summer" is the record's
        (
            "The lake fell to a third of its level last August, the lowest since records "
            "began in 1976. Boating was banned that summer.",
            date(2025, 1, 22),
            [("last August", "2024-08"), ("1976", "1976"), ("that summer", "2024-SU")],
        ),
        (
            "Exports hit the highest level since March 1988 in June 2001. Prices fell the "
            "following autumn.",
            date(2005, 1, 22),
            [("March 1988", "1988-03"), ("June 2001", "2001-06"),
             ("the following autumn", "2001-FA")],
        ),
        # the year written after a month and its night is the month's own
        (
            "She joined the crew in 2005. On one February night in 2008 she rescued two "
            "divers. The harbour board honoured her the following spring.",
            date(2023, 5, 20),
            [("2005", "2005"), ("February", "2008-02"), ("2008", "2008"),
             ("the following spring", "2008-SP")],
        ),
    ],
)  # fmt: skip
def test_a_date_told_in_passing_is_not_what_the_story_counts_from(text, dct, expected) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
