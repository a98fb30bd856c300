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
            "In 2007 Okafor became the first engineer to inspect the dam at Kariba from inside "
            "its spillway tunnels.",
            [("title", "Okafor became the first engineer to inspect the dam", "2007")],
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
            "Новую кровлю для спортзала бригада смонтировала в марте, а в мае получила премию.",
            [("no-title", "Новую кровлю для спортзала получила")],
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
            "Bread, milk and egg prices climbed sharply in January, the statistics office said.",
            [
                ("title", "Bread, milk and egg prices climbed sharply", "2022-01"),
                ("no-title", "Bread climbed"),
            ],
        ),
        (
            "Zinc, copper and lead exports fell sharply last month.",
            [("title", "Zinc, copper and lead exports fell sharply", "2022-01")],
        ),
        # an aside after a comma is still no item of a list
        ("Exports, mainly cars and parts, fell in January.", [("title", "Exports fell")]),
        # a deadline's task is not cut inside the name the text goes on with
        (
            "The ferry company has until 14 March to apply for a licence from the Scottish "
            "Maritime Safety Board.",
            [
                ("title", "Deadline for the ferry company to apply for a licence"),
                ("no-title-ending", "Maritime"),
            ],
        ),
        # a common noun opening the holder is no name
        (
            "Parish councils have until April 5 to publish their accounts.",
            [("title", "Deadline for parish councils to publish their accounts", "2022-04-05")],
        ),
        (
            "Tayside Water has until May 3 to publish its review.",
            [("title", "Deadline for Tayside Water to publish its review", "2022-05-03")],
        ),
        (
            "Trawler crews have until June 30 to fit the new satellite trackers needed to log "
            "catches at every landing.",
            [("title", "Deadline for trawler crews to fit the new satellite trackers")],
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
        # what a verb turned its object into is no phrase a long title may lose
        (
            "The parish board agreed last week to convert the former fire station into a youth "
            "centre.",
            [
                (
                    "title",
                    "The parish board agreed to convert the former fire station into a youth centre",
                )
            ],
        ),
        # an infinitive after the date is what the verb was about
        (
            "The Dunmore school board voted 4-3 on Monday to close the Elm Street library branch.",
            [
                (
                    "title",
                    "The Dunmore school board voted 4-3 to close the Elm Street library branch",
                )
            ],
        ),
        # ... a little long rather than none when the subject is long
        (
            "After three hours of debate, the Eastfield Regional Water Authority board voted 5-4 "
            "late Monday to shut two pumping stations at the end of the summer.",
            [("title", "board voted 5-4 to shut two pumping stations", "2022-01-31")],
        ),
        # a plan told in a "with" phrase, as a headline writes it
        (
            "Entries close on Friday, with the ballot scheduled for March 3.",
            [("title", "Ballot scheduled", "2022-03-03"), ("not-title", "The ballot scheduled")],
        ),
    ],
)
def test_titles_read_whole(text: str, checks: list) -> None:
    check_events(events_of(text, "en", PUBLISHED), checks)
