"""fx3: what a reader of modern foreign news expects, in invented sentences: a French "que"
elided onto the subject of what was said ("a annoncé qu'il …", "qu'une …") still opens it,
and the saying is an event on its own day; a Russian or Ukrainian role with its genitive
complement before a name ("Міністр культури Олена Бондар") titles the person."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Le maire a indiqué mardi qu'il rouvrira la piscine.", "2026-03-03",
         "Le maire a indiqué qu'il rouvrira la piscine"),
        ("La directrice, Claire Morel, a annoncé dimanche qu'elle quitterait le théâtre.",
         "2026-03-01", "Morel a annoncé qu'elle quitterait le théâtre"),
        ("Le préfet a confirmé lundi qu'une nouvelle caserne ouvrira à Vienne.", "2026-03-02",
         "Le préfet a confirmé qu'une nouvelle caserne ouvrira à Vienne"),
        ("Le club a déclaré mardi qu'on ne vendra pas le stade.", "2026-03-03",
         "Le club a déclaré qu'on ne vendra pas le stade"),
    ],
)  # fmt: skip
def test_a_french_que_elided_onto_its_subject_still_tells_what_was_said(text, start, title):
    assert (start, title) in _events(text, "fr")


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a role's genitive complement before the name: the title names the person, and what
        # was said fits in it
        ("uk", "Міністр культури Олена Бондар заявила у вівторок, що місто з початку року "
         "отримало сорок експонатів.", "2026-03-03",
         "Бондар заявила, що місто з початку року отримало сорок експонатів"),
        ("uk", "Голова правління банку Ігор Шевчук у вівторок подав у відставку.", "2026-03-03",
         "Шевчук подав у відставку"),
        ("ru", "Министр спорта Анна Белова в понедельник открыла новый стадион.", "2026-03-02",
         "Белова открыла новый стадион"),
    ],
)  # fmt: skip
def test_a_role_with_its_genitive_before_a_name_titles_the_person(language, text, start, title):
    assert (start, title) in _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "news", "saying"),
    [
        ("uk", "Новий сезон театру стартує 20 березня з прем'єри, повідомив у понеділок "
         "директор театру Василь Гнатюк.",
         ("2026-03-20", "Новий сезон театру стартує з прем'єри"),
         ("2026-03-02", "Гнатюк повідомив, що новий сезон театру стартує з прем'єри")),
        ("ru", "Район в 2025 году собрал 40 тысяч тонн картофеля, сообщил в понедельник глава "
         "района Олег Смирнов на совещании.",
         ("2025", "Район собрал 40 тысяч тонн картофеля"),
         ("2026-03-02", "Смирнов сообщил, что район собрал 40 тысяч тонн картофеля")),
        ("de", "Das Freibad wird am 2. Mai wieder öffnen, sagte Bürgermeisterin Eva Roth am Montag.",
         ("2026-05-02", "Das Freibad wird öffnen"),
         ("2026-03-02", "Roth sagte, das Freibad wird öffnen")),
    ],
)  # fmt: skip
def test_the_saying_after_dated_news_is_an_event_of_its_own_day(language, text, news, saying):
    events = _events(text, language)
    assert news in events
    assert saying in events


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the news has no date of its own: it takes the saying's, one event
        ("uk", "Новий сезон театру стартує з прем'єри, повідомив у понеділок директор театру "
         "Василь Гнатюк."),
        # no one named after the verb: only the news's source
        ("uk", "Новий сезон театру стартує 20 березня, повідомили в театрі в понеділок."),
        ("de", "Das Freibad wird am 2. Mai wieder öffnen, sagte eine Sprecherin am Montag."),
    ],
)  # fmt: skip
def test_no_saying_of_its_own_without_a_date_apart_or_a_speaker(language, text):
    assert len(_events(text, language)) == 1
