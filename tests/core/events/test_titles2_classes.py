"""Titles a reader can parse (session 31): a rank keeps the infinitive that says what it is
in ("became the first woman to chair …", not "became the first woman"); in Russian and
Ukrainian a clause opened by "а"/"и"/"і" with no subject of its own shares the first clause's
when its past verb agrees as the first one's does, and takes none when it agrees otherwise
(a plural after a singular: unnamed doers)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-02-04"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "In 1994 Brannock became the first man to run the harbour board of the Canadian "
            "Fisheries Service, the agency set up in 1931 to watch the coast.",
            [("title", "Brannock became the first man to run the harbour board", "1994")],
        ),
        (
            "In 1981 Lomax became the first woman to chair the board of the Coastal Rescue "
            "Society, the charity founded in 1891.",
            [("title", "Lomax became the first woman to chair the board", "1981")],
            # ("no-title-ending", "woman") would not say what she was first at
        ),
        (
            "Last May the Tervo ferry became the last boat to leave the old harbour at Kallio "
            "before its quay was demolished.",
            [("no-title-ending", "boat"), ("has", "2021-05")],
        ),
    ],
)
def test_a_rank_keeps_its_infinitive(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        # the verbs agree (feminine, feminine): the Duma began the repairs
        (
            "ru",
            "Дума утвердила смету в декабре, а в январе начала ремонт моста.",
            [("title", "Дума начала ремонт моста"), ("title", "Дума утвердила смету")],
        ),
        (
            "ru",
            "Артель купила баржу в 2011 году, а в 2013-м продала катер.",
            [("title", "Артель продала катер", "2013")],
        ),
        (
            "uk",
            "Міська рада ухвалила кошторис у грудні, а в січні почала ремонт мосту.",
            [("title", "Міська рада почала ремонт мосту")],
        ),
        (
            "uk",
            "Волонтери зібрали кошти в березні, а в квітні купили генератор.",
            [("title", "Волонтери купили генератор")],
        ),
        # a plural after a singular: someone unnamed began them, not the council
        (
            "uk",
            "Міська рада ухвалила кошторис у грудні, і вже в січні почали ремонт мосту.",
            [("title", "Почали ремонт мосту"), ("no-title", "рада почали")],
        ),
        (
            "ru",
            "Городская дума утвердила смету в декабре, и уже в январе начали ремонт моста.",
            [("title", "Начали ремонт моста"), ("no-title", "дума начали")],
        ),
        (
            "ru",
            "Городская дума утвердила смету в декабре, а в январе начали ремонт моста.",
            [("title", "Начали ремонт моста")],
        ),
        # a subject of its own after the verb: "новая модель" released, not the factory
        (
            "ru",
            "Фабрика закрыла цех в марте, а в мае вышла новая модель.",
            [("title", "Вышла новая модель"), ("no-title", "Фабрика вышла")],
        ),
        # a reflexive verb names its own subject after it
        (
            "ru",
            "Фабрика закрыла цех в марте, а в мае открылась новая линия.",
            [("no-title", "Фабрика открылась")],
        ),
        # the first clause's first word is a fronted object, not its subject
        (
            "ru",
            "Первые вагоны угля на склад компания отправила в марте, а в мае получила лицензию.",
            [("no-title", "вагоны угля на склад получила"), ("no-title", "Первые вагоны получила")],
        ),
    ],
)
def test_a_coordinate_clause_shares_an_agreeing_subject(
    language: str, text: str, checks: list
) -> None:
    check_events(events_of(text, language, PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a list of nouns whose last item carries the head they share is the subject whole
        (
            "Bread, milk and egg prices rose in January while fuel prices fell, the agency said.",
            [("title", "Bread, milk and egg prices rose", "2022-01"), ("no-title", "Bread rose")],
        ),
        (
            "Zinc, copper and lead exports fell sharply last month.",
            [("title", "Zinc, copper and lead exports fell sharply", "2022-01")],
        ),
        # an aside after a comma is still no item of a list
        ("Exports, mainly cars and parts, fell in January.", [("title", "Exports fell")]),
        # a deadline's task is not cut inside the name the text goes on with
        (
            "Ms Tarrant's lawyers have until 14 March to apply for permission to appeal to the "
            "High Court of Justiciary.",
            [
                ("title", "Deadline for Ms Tarrant's lawyers to apply for permission to appeal"),
                ("no-title-ending", "the High"),
            ],
        ),
        # a common noun opening the holder is no name
        (
            "Parish councils would have until the end of the year to publish their accounts.",
            [("title", "Deadline for parish councils to publish their accounts", "2022")],
        ),
        (
            "Network Rail has until May 3 to publish its report.",
            [("title", "Deadline for Network Rail to publish its report", "2022-05-03")],
        ),
        (
            "Parish clerks would have until the end of the year to install the new ballot "
            "scanners needed to count votes in each ward.",
            [("title", "Deadline for parish clerks to install the new ballot scanners", "2022")],
        ),
        # a phrasal verb's object after the date between them
        (
            "The club set up in 2015 a youth academy in Derby.",
            [("title", "The club set up a youth academy in Derby", "2015")],
        ),
        (
            "The firm called off on Monday its bid for Harlow Mills.",
            [("title", "The firm called off its bid for Harlow Mills", "2022-01-31")],
        ),
        ("Sterling closed up on Friday the dealers said.", [("no-title", "the dealers")]),
        # an infinitive after the date is what the verb was about
        (
            "The Kelso Town Council voted 5-2 on Monday to remove Mayor Ian Tait from office.",
            [("title", "The Kelso Town Council voted 5-2 to remove Tait from office")],
        ),
        (
            "He sold the house in 2010 to pay his debts.",
            [("title", "He sold the house to pay his debts", "2010")],
        ),
        # a plan told in a "with" phrase, as a headline writes it
        (
            "The squad will now prepare for the cup, with the draw scheduled for June 18.",
            [("title", "Draw scheduled", "2022-06-18"), ("not-title", "The draw scheduled")],
        ),
    ],
)
def test_titles_read_whole(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)
