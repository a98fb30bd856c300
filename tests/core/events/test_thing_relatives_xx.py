"""Subject relatives that stand for a thing in French, Russian and Ukrainian ("qui",
"которая", "який"): the noun phrase before the relative is its clause's subject, and the
relative's own date dates what that thing did ("le conseil régional, qui votera le budget le
14 juin" → "Le conseil régional votera le budget", 14 June). In Russian and Ukrainian the
noun must agree with the relative in the nominative (its ending, a past verb's gender):
"на сессии, которая пройдёт" is another case, and "інститут, який закінчила" has the
institute for the verb's object, not its subject: no title then."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-05-10"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        (
            "Les élus ont critiqué le conseil régional, qui a voté le budget mardi.",
            "fr",
            [("title", "Le conseil régional a voté le budget", "2022-05-10")],
        ),
        (
            "Le club attend l'avis de la fédération, qui rendra son verdict la semaine prochaine.",
            "fr",
            [("title", "La fédération rendra son verdict", "2022-W20")],
        ),
        (
            "Жители хвалят выставка, которая открылась в среду.",
            "ru",
            [("title", "Выставка открылась", "2022-05-04")],
        ),
        (
            "Кошти на ремонт виділила міська рада, яка ухвалила рішення в березні.",
            "uk",
            [("title", "Міська рада ухвалила рішення", "2022-03")],
        ),
        (
            "Мешканці відвідали ярмарок, який стартував у середу.",
            "uk",
            [("title", "Ярмарок стартував", "2022-05-04")],
        ),
        (
            "Роботи виконає компанія, яка перемогла в тендері минулого тижня.",
            "uk",
            [("title", "Компанія перемогла в тендері", "2022-W18")],
        ),
    ],
)
def test_the_noun_before_a_thing_relative_is_its_subject(text, language, checks):
    check_events(events_of(text, language, PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        # another case than the nominative: the relative is some other noun's
        ("Депутаты рассмотрят вопрос на сессии, которая пройдёт 30 мая.", "ru", "Сессии"),
        ("Депутати розглянуть питання на сесії, яка відбудеться 30 травня.", "uk", "Сесії"),
        ("Жители посетили ярмарку, которая открылась в среду.", "ru", "Ярмарку"),
        # a feminine past: the masculine noun is the verb's object, not who did it
        ("Вона вступила до інституту, який закінчила 1982 року.", "uk", "нституту"),
    ],
)
def test_a_noun_that_does_not_agree_with_the_relative_is_no_subject(text, language, wrong):
    check_events(events_of(text, language, PUBLISHED), [("no-title", wrong)])


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        # the verb of the first clause is unread: it is no subject of the relative's verb
        (
            "Les pêcheurs décorent la fête du port, qui commencera le 19 juin.",
            "fr",
            [("no-title", "décorent")],
        ),
        # one noun phrase before the relative is its subject, whatever its "de"
        (
            "Le directeur du musée, qui partira le 19 juin, se tait.",
            "fr",
            [("title", "Le directeur du musée partira", "2022-06-19")],
        ),
        (
            "The keeper of the lighthouse, who retired on Monday, left the island.",
            "en",
            [("title", "The keeper of the lighthouse retired", "2022-05-09")],
        ),
    ],
)
def test_a_first_clause_with_an_unread_verb_is_no_subject(text, language, checks):
    check_events(events_of(text, language, PUBLISHED), checks)
