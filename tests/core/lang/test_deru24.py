"""deru24: German, Russian and Ukrainian classes of session 24.

- German capitalises every noun: "zum Tod von Anna Roth", "die Werkstatt von Paul Ebert" are a
  noun and a name, not one name (a noble's "von" comes before one last name: "Otto von
  Bismarck"); the pronouns after stand for the person.
- A place's adjective ending in "-er" before a noun ("das Kieler Orchester") is part of the
  subject after the verb.
- German reported speech: a verb in "-e" closing its clause is its finite verb ("…, dass
  der Umbau Geld koste"); "hatte vor den Folgen gewarnt" has its content before the verb.
- German "Ulla Brandt, der die Halle im Mai besucht hatte, …": "der" is the relative's
  subject, "die Halle" its object; "besucht hatte" is a past, not a scheduled present.
- "Für sein Lebenswerk erhielt er …": "sein" after a preposition is no verb; "Wenige Wochen"
  opening a sentence is no one's name.
- "…, wie seine Familie am Sonntag mitteilte": the telling, on its own day, told by the noun
  phrase that told it.
- ru/uk (and any language): a saying whose subject, a role and a name, makes the title too
  long is titled by the name ("Прокурор Ольга Ткач у вівторок заявила, що …").
- ru: "через" is a preposition, never a past in "-з": "Мост через Ушайку открыли в 1998
  году" keeps its verb.
- uk: "відповів" is a past (of "відповісти"), not a genitive plural in "-ів".
- ru/uk: a surname in "-ен" ("Корхонен") alone as the subject is a name, not a short
  participle ("отклонен"), which is never a subject.
"""

from __future__ import annotations

import pytest

from core.events.entities import PERSON, find_mentions
from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Nachruf zum Tod von Erika Brandner aus Kassel.", "Erika Brandner"),
        ("Er lernte in der alten Werkstatt von Paul Ebert in Gera.", "Paul Ebert"),
        ("Sie sang im Kieler Chor von Jonas Wendt.", "Jonas Wendt"),
        ("Der Brief ging an Karl von Alvensleben in Celle.", "Karl von Alvensleben"),
        ("Das Denkmal zeigt Otto von Bismarck.", "Otto von Bismarck"),
    ],
)
def test_a_noun_before_von_is_no_part_of_the_name(text, name):
    people = [m.text for m in find_mentions(text, language="de") if m.kind == PERSON]
    assert people == [name]


def test_pronouns_of_an_obituary_headed_zum_tod_von_stand_for_the_person():
    text = (
        "Der Mann mit der Geige – zum Tod von Konrad Seidel\n\n"
        "Konrad Seidel, Geigenbauer aus Markneukirchen, ist tot. Er starb am Montag im Alter "
        "von 88 Jahren, wie seine Tochter am Dienstag mitteilte.\n\n"
        "1990 gründete er eine eigene Werkstatt. Für seine Verdienste erhielt er 2005 das Bundesverdienstkreuz."
    )
    events = _events(text, "de", "2021-05-12")
    assert ("1990", "Konrad Seidel gründete eine eigene Werkstatt") in events
    assert ("2005", "Konrad Seidel erhielt das Bundesverdienstkreuz") in events


def test_a_place_adjective_stays_with_the_noun_of_a_subject_after_the_verb():
    text = "Konzert im Keller\n\nIm Mai 1981 spielte das Dresdner Trio im Keller."
    assert ("1981-05", "Das Dresdner Trio spielte im Keller") in _events(text, "de", "2020-01-08")


@pytest.mark.parametrize(
    ("language", "text", "event"),
    [
        (
            "ru",
            "Врач из Сортавалы\n\nМария Корхонен лечила людей полвека. "
            "В 1981 году Корхонен возглавила районную больницу.",
            ("1981", "Корхонен возглавила районную больницу"),
        ),
        (
            "uk",
            "Лікарка з Ужгорода\n\nМарія Корхонен лікувала людей пів століття. "
            "У 1981 році Корхонен очолила районну лікарню.",
            ("1981", "Корхонен очолила районну лікарню"),
        ),
        # a short participle opening its clause stays a verb
        ("ru", "Суд в Омске\n\nИск отклонен в 1998 году.", ("1998", "Иск отклонен")),
    ],
)
def test_a_surname_ending_like_a_short_participle_is_a_subject(language, text, event):
    assert event in _events(text, language, "2016-06-09")


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Der Verband warnte im Januar, dass der Umbau die Händler Geld koste.",
            ("2022-01", "Der Verband warnte, dass der Umbau die Händler Geld koste"),
        ),
        (
            "Bürgermeister Tom Riedel sagte am Dienstag, der Schaden gehe in die Millionen.",
            ("2022-05-10", "Riedel sagte, der Schaden gehe in die Millionen"),
        ),
        (
            "Der Verband hatte am Montag vor den Folgen einer Schließung gewarnt.",
            ("2022-05-09", "Der Verband hatte vor den Folgen einer Schließung gewarnt"),
        ),
        (
            "Landrat Peter Vogt, der die Halle im März besucht hatte, sprach am Freitag.",
            ("2022-03", "Vogt hatte die Halle besucht"),
        ),
    ],
)
def test_german_reported_and_pluperfect_clauses_keep_their_dates(sentence, event):
    text = f"Streit um die Halle\n\nDie Halle bleibt geschlossen. {sentence}"
    assert event in _events(text, "de", "2022-05-12")


def test_sein_after_a_preposition_is_no_verb():
    text = (
        "Zum Tod von Konrad Seidel\n\nKonrad Seidel ist am Montag gestorben. "
        "Für sein Lebenswerk erhielt er 2009 den Kunstpreis der Stadt."
    )
    assert ("2009", "Konrad Seidel erhielt den Kunstpreis der Stadt") in _events(
        text, "de", "2021-05-12"
    )


def test_a_quantifier_opening_a_sentence_is_no_name():
    text = "Wenige Wochen nach der Wahl trat der Rat zurück."
    assert not [m for m in find_mentions(text, language="de") if m.kind == PERSON]


def test_an_as_told_clause_closing_a_sentence_is_the_telling_on_its_own_day():
    text = (
        "Zum Tod von Konrad Seidel\n\nKonrad Seidel, Geigenbauer, ist tot. Er starb am Montag "
        "im Alter von 88 Jahren in Plauen, wie seine Tochter am Dienstag mitteilte."
    )
    events = _events(text, "de", "2021-05-12")
    assert ("2021-05-10", "Konrad Seidel starb im Alter von 88 Jahren in Plauen") in events
    assert (
        "2021-05-11",
        "Seine Tochter teilte mit, Konrad Seidel starb im Alter von 88 Jahren",
    ) in events


def test_an_as_told_clause_with_more_than_a_date_before_its_verb_adds_nothing():
    text = (
        "Zum Tod von Konrad Seidel\n\nKonrad Seidel, Geigenbauer, ist tot. Er starb am Montag "
        "in Plauen, wie seine Tochter am Dienstag vor Journalisten sagte."
    )
    assert [e for e in _events(text, "de", "2021-05-12") if e[0] == "2021-05-11"] == []


def test_a_saying_too_long_with_its_role_is_titled_by_the_name():
    text = (
        "Суд в Одесі\n\nСуд у четвер визнав чиновника винним. Прокурор Ольга Ткаченко у "
        "вівторок заявила, що сторона обвинувачення вимагатиме суворого покарання."
    )
    title = "Ольга Ткаченко заявила, що сторона обвинувачення вимагатиме суворого покарання"
    assert ("2015-06-23", title) in _events(text, "uk", "2015-06-25")


def test_cherez_is_no_verb_in_a_fronted_object_clause():
    text = "Новости Барнаула\n\nМост через Ушайку открыли в 1998 году."
    assert ("1998", "Мост через Ушайку открыли") in _events(text, "ru", "2019-04-11")


def test_vidpoviv_is_a_past():
    text = (
        "Прем'єра\n\nУ п'ятницю на сцену вийшла вистава. "
        "Директор театру Олег Петрук у суботу відповів, що театр не закриють."
    )
    events = _events(text, "uk", "2018-10-11")
    assert [e for e in events if e[0] == "2018-10-06" and "відповів" in e[1]]
