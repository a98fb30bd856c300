"""Titles of Russian and Ukrainian events never open on a possessive pronoun a reader cannot
place ("Её выручка сократилась"): these languages put an owner after its noun, in a case a
title cannot give a name, so the noun stands alone ("Выручка сократилась"). A pronoun before
a name is the verb's object and stays. Sentences of our own."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _titles(text: str, language: str) -> dict[str, str]:
    document = Document("/x.txt", "", text, "2020-03-02", "user", "x", 0, language=language)
    return {e.start: e.title for e in extract_events(document)}


@pytest.mark.parametrize(
    ("language", "text", "year", "title"),
    [
        (
            "ru",
            "Фабрика «Заря» отчиталась в понедельник. В 2019 году её выручка упала на 7%.",
            "2019",
            "Выручка упала на 7%",
        ),
        (
            "ru",
            "Пётр Волков построил мельницу в 2011 году. Его брат продал её в 2014 году.",
            "2014",
            "Брат продал её",
        ),
        (
            "uk",
            "Ганна Коваль відкрила пекарню у 2010 році. Її донька очолила справу у 2015 році.",
            "2015",
            "Донька очолила справу",
        ),
        (
            "uk",
            "Скриню зберегли. Її Петренко відреставрував у 1994 році.",
            "1994",
            "Її Петренко відреставрував",
        ),
    ],
)
def test_a_possessive_before_a_noun_leaves_the_noun_alone(language, text, year, title) -> None:
    assert _titles(text, language).get(year) == title


def test_english_still_names_the_owner() -> None:
    titles = _titles("Acme Corp. reported results on Monday. Its revenue fell in 2019.", "en")
    assert titles["2019"] == "Acme Corp's revenue fell"


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "uk",
            "Ганна Коваль сіла за ткацький верстат. Був 1936 рік. Тієї зими вона виткала "
            "перший килим.",
            "Коваль виткала перший килим",
        ),
        (
            "ru",
            "Анна Белова села за ткацкий станок. Был 1936 год. Той зимой она соткала первый ковёр.",
            "Белова соткала первый ковёр",
        ),
    ],
)
def test_the_past_of_to_be_opening_a_sentence_is_no_name(language, text, title) -> None:
    assert _titles(text, language).get("1936-WI") == title


@pytest.mark.parametrize(
    ("language", "text", "year", "title"),
    [
        # a sentence opening on its verb leaves its subject out: the person the sentence
        # before names, when it names one
        (
            "uk",
            "Остап Мельник закінчив технікум у 1990 році. Наступного року вступив до академії.",
            "1991",
            "Мельник вступив до академії",
        ),
        (
            "ru",
            "Иван Соколов окончил техникум в 1990 году. Поступил в академию в 1991 году.",
            "1991",
            "Соколов поступил в академию",
        ),
        # an adverb in "-ше" opening the sentence is no verb: the pronoun after it is the subject
        (
            "uk",
            "Ганна Гриценюк малює все життя. Уперше вона взяла пензель до рук у 1951 році.",
            "1951",
            "Гриценюк взяла пензель до рук",
        ),
    ],
)
def test_a_subject_left_out_is_the_person_named_before(language, text, year, title) -> None:
    assert _titles(text, language).get(year) == title


def test_a_plural_verb_opening_the_sentence_takes_no_one() -> None:
    text = "Марта Бойко очолила школу у 2001 році. У 2005 році добудували спортзал."
    assert _titles(text, "uk").get("2005") == "Добудували спортзал"


@pytest.mark.parametrize(
    ("language", "text", "year", "title"),
    [
        # a word between a resolved pronoun and its verb says how: no second doer joined by "і"
        (
            "uk",
            "Олена Бойко народилася у Харкові. Вона уперше вийшла на сцену у 1971 році.",
            "1971",
            "Бойко уперше вийшла на сцену",
        ),
        (
            "uk",
            "Олена Бойко народилася у Харкові. Вона швидко продала будинок у 1980 році.",
            "1980",
            "Бойко швидко продала будинок",
        ),
        # ... while a doer joined by "і"/"and" stays joined
        (
            "uk",
            "Олена Бойко народилася у Харкові. Вона і брат продали будинок у 1980 році.",
            "1980",
            "Бойко і брат продали будинок",
        ),
        (
            "en",
            "Tom Reed joined the firm in 1990. He and his wife moved to Leeds in 1996.",
            "1996",
            "Reed and his wife moved to Leeds",
        ),
    ],
)
def test_an_adverb_after_a_resolved_pronoun_is_no_second_doer(
    language: str, text: str, year: str, title: str
) -> None:
    assert _titles(text, language).get(year) == title
