"""foreign21: clauses of German, French and Spanish news that gave no event, in invented
sentences. German agency copy reports who told the news in a sentence of its own that opens
on "Das" as the verb's object ("Das teilte die Polizei am Montag mit")."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document

PUBLISHED = "2023-05-12"


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, PUBLISHED, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Die Fähre ruht bis Ende Mai. Das teilte die Reederei am Mittwoch mit.", "2023-05-10",
         "Die Reederei teilte das mit"),
        ("Die Fähre ruht bis Ende Mai. Das hat die Reederei am Mittwoch mitgeteilt.",
         "2023-05-10", "Die Reederei hat das mitgeteilt"),
        ("Der Bürgermeister tritt zurück. Dies gab die Stadt am Montag bekannt.", "2023-05-08",
         "Die Stadt gab dies bekannt"),
    ],
)  # fmt: skip
def test_a_fronted_das_is_the_object_of_the_saying(text, start, title):
    assert (start, title) in _events(text, "de"), _events(text, "de")


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        # "das" before a participle that describes a noun stays an article
        ("Das geplante Parkhaus wurde am Dienstag eröffnet.", "2023-05-09",
         "Das geplante Parkhaus wurde eröffnet"),
        ("Das erwartete Gutachten kam am Dienstag.", "2023-05-09", "Das erwartete Gutachten kam"),
    ],
)  # fmt: skip
def test_das_before_a_describing_participle_is_an_article(text, start, title):
    assert (start, title) in _events(text, "de"), _events(text, "de")


def test_who_announced_it_after_das_is_a_dated_event():
    text = "Die Brücke wird im April freigegeben. Das hat Bürgermeister Peter Brunner gestern angekündigt."
    assert ("2023-05-11", "Peter Brunner hat das angekündigt") in _events(text, "de")


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # Russian and Ukrainian: an object pronoun before a plural whose doers go unnamed is
        # kept as written ("he was buried in January")
        ("ru", "Штурман Белов погиб в декабре. Его похоронили на острове в январе.", "2023-01",
         "Его похоронили на острове"),
        ("ru", "Работы остановили в марте. Их возобновили в апреле.", "2023-04", "Их возобновили"),
        ("uk", "Марія Гнатюк працювала лікаркою. У 2003 році її відзначили премією.", "2003",
         "Її відзначили премією"),
        ("uk", "Міст закрили взимку. Його відкрили у квітні.", "2023-04", "Його відкрили"),
    ],
)  # fmt: skip
def test_an_object_pronoun_before_an_unnamed_plural_opens_the_title(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


def test_the_object_pronoun_is_lent_to_no_other_clause():
    text = (
        "Павел Сомов родился в Вологде. В 1965 году его назначили заместителем директора, "
        "а в 1971 году он возглавил музей."
    )
    assert not [t for _, t in _events(text, "ru") if t.startswith("Его возглавил")]


def test_her_before_a_plural_noun_stays_her():
    # "її" is the possessive, not the object: the noun stays the subject; the title leaves
    # out an owner it cannot decline (``OWNER_AFTER_NOUN``)
    assert ("1976", "Батьки приїхали до Києва") in _events(
        "Її батьки приїхали до Києва у 1976 році.", "uk"
    )


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a number word opens the subject of a clause after ", and" / ", but"
        ("fr", "Aucune victime n'est à signaler, mais deux gendarmes ont été blessés mercredi.",
         "2023-05-10", "Deux gendarmes ont été blessés"),
        ("fr", "Le feu a été maîtrisé lundi, et trois hameaux ont été évacués mardi.",
         "2023-05-09", "Trois hameaux ont été évacués"),
        ("es", "El fuego avanzó el lunes, y tres pueblos fueron desalojados el martes.",
         "2023-05-09", "Tres pueblos fueron desalojados"),
        ("en", "The storm hit on Monday, and three villages were evacuated on Tuesday.",
         "2023-05-09", "Three villages were evacuated"),
    ],
)  # fmt: skip
def test_a_number_word_opens_the_subject_after_and(language, text, start, title):
    assert (start, title) in _events(text, language), _events(text, language)


def test_a_span_counted_on_is_no_subject():
    text = "Dirigió la huelga en marzo de 1991, y tres meses más tarde fue nombrado."
    assert not [t for _, t in _events(text, "es") if "nombrado" in t]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        # a time in an aside about the person who is the subject says what they are now, not
        # when they acted: the time after the verb dates the clause
        ("fr", "Marie Dupont, cette semaine encore à l'affiche, a débuté au théâtre en 2001.",
         "2001", "Marie Dupont a débuté au théâtre"),
        ("en", "Maria Lopez, today a senator, was first elected to the city council in 2004.",
         "2004", "Maria Lopez was elected to the city council"),
    ],
)  # fmt: skip
def test_a_time_in_an_aside_about_the_subject_does_not_date_the_clause(
    language, text, start, title
):
    assert (start, title) in _events(text, language), _events(text, language)


def test_a_time_in_an_aside_after_a_thing_still_dates_it():
    text = (
        "Les retrouvailles de Rennes avec la Coupe d'Europe, demain contre le Rapid Vienne, "
        "s'annoncent au plus mal après le revers de samedi."
    )
    assert [start for start, _ in _events(text, "fr")] == ["2023-05-13"]


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        # German: two participles one auxiliary heads; a long title keeps the first whole
        ("Die Landesregierung hatte den Kreis am 3. Mai besucht und den betroffenen Gemeinden "
         "schnelle finanzielle Hilfe zugesagt.", "2023-05-03",
         "Die Landesregierung hatte den Kreis besucht"),
        ("Die Feuerwehr hatte das Gebäude in der Nacht zum Sonntag geräumt und die angrenzenden "
         "Straßen für mehrere Stunden vollständig gesperrt.", "2023-05-07TNI",
         "Die Feuerwehr hatte das Gebäude geräumt"),
    ],
)  # fmt: skip
def test_a_long_title_keeps_the_first_of_two_participles(text, start, title):
    assert (start, title) in _events(text, "de"), _events(text, "de")
