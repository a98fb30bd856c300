"""Relative dates counted from the right reference (#14 items 1–2, #16's narrative anchoring).

Every sentence here is our own. A plan told in a report of a past day ("said on Tuesday the
vote would be held on Thursday") lies ahead of that day, not of publication; a relative
clause's date ("who was hired in March 2019 and …,") is no story time for the dates after it;
a present of a timetable or an expectation reports the news's own time.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

FRIDAY = date(2024, 5, 17)


def _values(text: str, dct: date, lang: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, dct, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "would" seen from the Tuesday of the report: that week's Thursday
        (
            "en",
            "The mayor said on Tuesday that the council would vote on Thursday.",
            [("Tuesday", "2024-05-14"), ("Thursday", "2024-05-16")],
        ),
        # … in the passive too ("would be held": the modal, not the participle)
        (
            "en",
            "The mayor said on Tuesday that the vote would be held on Thursday.",
            [("Tuesday", "2024-05-14"), ("Thursday", "2024-05-16")],
        ),
        (
            "fr",
            "La mairie a indiqué mardi que la réunion serait organisée jeudi.",
            [("mardi", "2024-05-14"), ("jeudi", "2024-05-16")],
        ),
        # "could" after a report of a day gone by: ahead of that day
        (
            "en",
            "Organisers announced on Monday that the race could start on Saturday.",
            [("Monday", "2024-05-13"), ("Saturday", "2024-05-18")],
        ),
        # with no day of the report, ahead of publication
        ("en", "Unions said talks could resume on Monday.", [("Monday", "2024-05-20")]),
        # "could not be reached" looks back
        ("en", "The spokesman could not be reached on Monday.", [("Monday", "2024-05-13")]),
        # "will" speaks from publication: ahead of it
        (
            "en",
            "The mayor said on Tuesday that the council will vote on Monday.",
            [("Tuesday", "2024-05-14"), ("Monday", "2024-05-20")],
        ),
        (
            "es",
            "El alcalde dijo el martes que el pleno votaría el jueves.",
            [("el martes", "2024-05-14"), ("el jueves", "2024-05-16")],
        ),
        (
            "fr",
            "Le maire a annoncé mardi que le conseil voterait jeudi.",
            [("mardi", "2024-05-14"), ("jeudi", "2024-05-16")],
        ),
        # German reported speech: the Konjunktiv I "werde" looks ahead from the report
        (
            "de",
            "Die Sprecherin sagte am Dienstag, der Rat werde am Donnerstag abstimmen.",
            [("Dienstag", "2024-05-14"), ("Donnerstag", "2024-05-16")],
        ),
        # Russian and Ukrainian keep the speaker's future after "что"/"що"
        (
            "ru",
            "Мэр заявил во вторник, что совет проголосует в четверг.",
            [("вторник", "2024-05-14"), ("четверг", "2024-05-16")],
        ),
        (
            "uk",
            "Мер заявив у вівторок, що рада проголосує в четвер.",
            [("вівторок", "2024-05-14"), ("четвер", "2024-05-16")],
        ),
        # a day inside what was said is no day of the report: ahead of publication
        (
            "ru",
            "Мэр заявил, что совет собрался во вторник, а решение примет в четверг.",
            [("вторник", "2024-05-14"), ("четверг", "2024-05-23")],
        ),
    ],
)
def test_a_plan_reported_on_a_past_day_lies_ahead_of_that_day(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, FRIDAY, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        # a relative clause that runs on past its date tells the coach, not the story
        (
            "en",
            "The coach, who was appointed in March 2019 and then waited two years for a "
            "first match, said the squad needed time. From June 4 to June 22 the team won "
            "every game.",
            date(2021, 10, 4),
            [
                ("March 2019", "2019-03"),
                ("two years", "P2Y"),
                ("June 4", "2021-06-04"),
                ("June 22", "2021-06-22"),
            ],
        ),
        # a present of expectation reports now, after a story of another year
        (
            "en",
            "The pier was shut in October 2022 after a storm. The council expects it to "
            "reopen on 12 March.",
            date(2024, 1, 20),
            [("October 2022", "2022-10"), ("12 March", "2024-03-12")],
        ),
        # a timetable's present ("termina") is ahead, whatever verb follows its date
        (
            "es",
            "Su contrato termina el 30 de junio y el club anunció el viernes que negociará.",
            date(2024, 2, 26),
            [("el 30 de junio", "2024-06-30"), ("el viernes", "2024-02-23")],
        ),
    ],
)
def test_story_time_is_not_taken_from_an_aside_or_a_present(
    lang: str, text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # news of now, a background of two years back, then a plain past month the story
        # would put before its own: the news's recent March
        (
            "The findings were published on Wednesday. The study began in October 2020. "
            "A first review in March found no safety concerns.",
            date(2022, 9, 15),
            [("Wednesday", "2022-09-14"), ("October 2020", "2020-10"), ("March", "2022-03")],
        ),
        # more than half a year before publication: the story's next January
        (
            "The plant opened on Wednesday. Work began in October 2020. In January the walls "
            "went up.",
            date(2022, 9, 15),
            [("Wednesday", "2022-09-14"), ("October 2020", "2020-10"), ("January", "2021-01")],
        ),
        # a history that never reports its present keeps its own year
        (
            "The offensive stalled by October 1941. In May, the army crossed the border.",
            date(2009, 12, 19),
            [("October 1941", "1941-10"), ("May", "1941-05")],
        ),
    ],
)
def test_a_month_the_story_would_look_back_to_is_the_news_s_recent_one(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, dct, "en") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # news of now, a background year two years back, then a plain past day of this
        # year's early months: the news's recent March
        (
            "The council voted on Tuesday to build a depot. In 2015 the old depot flooded. "
            "On March 3 the board approved the design.",
            date(2017, 4, 20),
            [("Tuesday", "2017-04-18"), ("2015", "2015"), ("March 3", "2017-03-03")],
        ),
        # told in the past perfect: a look back into the story's year
        (
            "The council voted on Tuesday to build a depot. In 2015 the old depot flooded. "
            "On March 3 the board had approved a first design.",
            date(2017, 4, 20),
            [("Tuesday", "2017-04-18"), ("2015", "2015"), ("March 3", "2015-03-03")],
        ),
        # a story of a year long past: its own March
        (
            "The town unveiled a plaque on Tuesday. In 1978 the river burst its banks. "
            "On March 3 the dam broke.",
            date(2017, 4, 20),
            [("Tuesday", "2017-04-18"), ("1978", "1978"), ("March 3", "1978-03-03")],
        ),
        # a history that never reports its present keeps its year
        (
            "In 2015 the old depot flooded. On March 3 the board approved a new design.",
            date(2017, 4, 20),
            [("2015", "2015"), ("March 3", "2015-03-03")],
        ),
    ],
)
def test_a_day_after_a_background_year_is_the_news_s_recent_one(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, dct, "en") == expected


@pytest.mark.parametrize(
    ("told", "dct", "value"),
    [
        # half a year back: the story may go on into its own January
        ("In January", date(2017, 7, 20), "2015-01"),
        # the publication's month: the day may lie after it, no news gone by
        ("On April 25", date(2017, 4, 20), "2015-04-25"),
    ],
)
def test_a_month_not_just_before_publication_goes_on_with_the_background_year(
    told: str, dct: date, value: str
) -> None:
    text = (
        "The council voted on Tuesday to build a depot. In 2015 the old depot flooded. "
        f"{told} the board approved a first design."
    )
    assert _values(text, dct, "en")[-1] == (told.split(" ", 1)[1], value)
