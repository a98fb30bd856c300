"""Stories told in the past keep their own time at night and at a year's edge: "the last
night of 1987" is a day the story goes on from, the small hours and "that morning" after a
night are the next day's, a holiday the story reaches is the next one, a clock time of a
story that has reached no day is not the publication's, and a season "of the next year" in
a Ukrainian or Russian story follows the last date told. Every sentence here is our own."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag
from core.timeval import parse_value
from tests.core.events.articles import starts_and_titles

PUBLISHED = date(2017, 12, 31)


def values(text: str, lang: str = "en", published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published, lang)}


_EDGE = (
    "On the last night of 1987, while the town danced, Ivo Brandt was alone in the signal box "
    "at Ostwick, watching the snow. "
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (_EDGE, "the last night of 1987", "1987-12-31TNI"),
        ("On the first day of 1990 the ferry sailed again.", "the first day of 1990",
         "1990-01-01"),
        ("The final evening of 1975 was the coldest anyone remembered.",
         "The final evening of 1975", "1975-12-31TEV"),
        # a clock time later that night, in the story's small hours: the next day's
        (_EDGE + "At 02:15 a freight train stalled in the drifts.", "02:15",
         "1988-01-01T02:15"),
        # midnight is the night's own end
        (_EDGE + "At midnight he rang the bell twice.", "midnight", "1987-12-31T24:00"),
        (_EDGE + "He had started his shift that evening.", "that evening", "1987-12-31TEV"),
    ],
)  # fmt: skip
def test_a_night_at_a_years_edge_is_the_storys_day(text: str, phrase: str, expected: str) -> None:
    assert values(text)[phrase] == expected


_FLOOD = (
    "The river rose all summer in 1972. On the night of 9 August 1972 the levee at Parnell "
    "cracked.\n\n"
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the morning that night runs into
        (_FLOOD + "That morning the ferryman rowed the Hale family to the church.",
         "That morning", "1972-08-10TMO"),
        (_FLOOD + "That morning the ferryman rowed out. By noon the square was under water.",
         "noon", "1972-08-10T12:00"),
        (_FLOOD + "That morning the ferryman rowed out. The army came the next day.",
         "the next day", "1972-08-11"),
        # an evening's "same morning" is that day's own, as before
        ("On the evening of 9 August 1972 the levee cracked. The same morning a warning had "
         "gone out.", "The same morning", "1972-08-09TMO"),
    ],
)  # fmt: skip
def test_that_morning_after_a_storys_night_is_the_next_day(
    text: str, phrase: str, expected: str
) -> None:
    assert values(text)[phrase] == expected


def test_a_weeks_look_back_leaves_the_story_on_its_day() -> None:
    text = (
        "On the night of 9 August 1972 the levee cracked. The square, dry a week earlier, "
        "filled within an hour. That morning the ferryman rowed out."
    )
    assert values(text)["That morning"] == "1972-08-10TMO"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a holiday the story reaches after its month is the next one
        ("The depot tested its new boilers on October 4, 1993. The pipes burst on New Year's "
         "morning.", "New Year's", "1994-01-01"),
        ("The depot tested its new boilers on October 4, 1993. The staff party fell on "
         "Christmas Eve.", "Christmas Eve", "1993-12-24"),
        ("The depot opened on March 2, 1993. The first strike came at Easter.", "Easter",
         "1993-04-11"),
    ],
)  # fmt: skip
def test_a_holiday_the_story_reaches_is_the_next_one(text: str, phrase: str, expected: str) -> None:
    assert values(text)[phrase] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a story long past that has reached only its year: no day, not the publication's
        ("In 1984 the cannery hired forty pickers. At 6:30 the first shift clocked in.",
         "6:30", "1984-XX-XXT06:30"),
        # a story that reached its day gives it, as before
        ("On May 3, 1984, the cannery opened. At 6:30 the first shift clocked in.", "6:30",
         "1984-05-03T06:30"),
        # news of now keeps the publication's day
        ("The cannery hired forty pickers. At 6:30 the first shift clocked in.", "6:30",
         "2017-12-31T06:30"),
    ],
)  # fmt: skip
def test_a_clock_time_of_a_story_with_no_day(text: str, phrase: str, expected: str) -> None:
    assert values(text)[phrase] == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        ("uk", "У 1994 році артіль виграла конкурс. Навесні наступного року вона відкрила "
         "цех.", "Навесні наступного року", "1995-SP"),
        ("uk", "Восени 1994 року рада ухвалила рішення. Взимку наступного року почали "
         "будувати.", "Взимку наступного року", "1995-WI"),
        ("ru", "В 1994 году артель выиграла конкурс. Весной следующего года она открыла "
         "цех.", "Весной следующего года", "1995-SP"),
        # said of what is ahead: the publication's next year, as before
        ("ru", "Артель выиграла конкурс. Весной следующего года она откроет цех.",
         "Весной следующего года", "2018-SP"),
    ],
)  # fmt: skip
def test_a_season_of_the_next_year_in_a_story(
    lang: str, text: str, phrase: str, expected: str
) -> None:
    assert values(text, lang)[phrase] == expected


def test_a_retrospective_dates_its_night_events() -> None:
    body = (
        "Thirty years on, the signal men of Ostwick remember the great snow\n\n"
        "On the last night of 1987, while the town danced, Ivo Brandt was alone in the signal "
        "box at Ostwick, watching the snow.\n\n"
        "At 02:15 a freight train stalled in the drifts below the box. Brandt walked out with "
        "a lamp and found the driver asleep in his cab."
    )
    starts = {start for start, _ in starts_and_titles(body, "2017-12-31T08:00")}
    assert "1988-01-01T02:15" in starts
    assert not any(start.startswith("2017-12-31T02") for start in starts)


_KILN = {
    "en": "In 1983 the kiln at Brodsley was fired for the last time. ",
    "de": "1983 wurde der Brennofen in Brodsley zum letzten Mal angeheizt. ",
    "fr": "En 1983, le four de Brodsley a été allumé pour la dernière fois. ",
    "es": "En 1983 se encendió por última vez el horno de Brodsley. ",
    "ru": "В 1983 году печь в Бродсли разожгли в последний раз. ",
    "uk": "У 1983 році піч у Бродслі розпалили востаннє. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "phrase", "expected"),
    [
        ("en", "The potters left that evening.", "that evening", "1983-XX-XXTEV"),
        ("en", "The next morning the chimney came down.", "The next morning", "1983-XX-XXTMO"),
        ("en", "At 9 p.m. the gate was shut.", "9 p.m.", "1983-XX-XXT21:00"),
        ("de", "Am nächsten Morgen fiel der Schornstein.", "nächsten Morgen", "1983-XX-XXTMO"),
        ("fr", "Ce soir-là, les potiers sont partis.", "Ce soir-là", "1983-XX-XXTEV"),
        ("es", "Esa noche se fueron los alfareros.", "Esa noche", "1983-XX-XXTNI"),
        ("ru", "В тот вечер гончары ушли.", "тот вечер", "1983-XX-XXTEV"),
        ("uk", "Наступного ранку впав комин.", "Наступного ранку", "1983-XX-XXTMO"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_in_a_story_of_a_year_is_not_the_publications(
    lang: str, sentence: str, phrase: str, expected: str
) -> None:
    assert values(_KILN[lang] + sentence, lang)[phrase] == expected


def test_news_keeps_its_evening() -> None:
    text = "The kiln at Brodsley was fired for the last time. The potters left this evening."
    assert values(text)["this evening"] == "2017-12-31TEV"


def test_an_event_on_a_storys_unsaid_evening_is_dated_by_its_year() -> None:
    body = (
        "Forty years on, the potters of Brodsley remember their kiln\n\n"
        "In 1977 the kiln at Brodsley was fired for the last time. The potters walked out of "
        "the yard that evening and locked the gate behind them."
    )
    starts = [start for start, _ in starts_and_titles(body, "2017-12-31T08:00")]
    assert starts and all(start.startswith("1977") for start in starts)


@pytest.mark.parametrize(
    ("value", "precision", "first"),
    [("1983-XX-XXTEV", "year", "1983-01-01"), ("1983-04-XXT21:00", "month", "1983-04-01")],
)
def test_an_unsaid_day_with_its_time_is_drawn_over_what_the_story_gives(
    value: str, precision: str, first: str
) -> None:
    parsed = parse_value(value)
    assert parsed is not None and parsed.precision == precision
    assert parsed.start.date().isoformat() == first


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("When the sirens sounded at midnight on New Year's Eve 2003, the harbour lit up.",
         "midnight", "2003-12-31T24:00"),
        ("The ferry left at 6:15 on the first day of 1996 with forty cars.", "6:15",
         "1996-01-01T06:15"),
        # a day the clock's own pattern reads is as before
        ("The ferry left at 6:15 on March 3, 1996.", "6:15 on March 3", "1996-03-03T06:15"),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_written_after_it(text: str, phrase: str, expected: str) -> None:
    assert values(text)[phrase] == expected
