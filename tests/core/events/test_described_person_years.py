"""A year that only describes a person or a thing never dates the clause, in our own
sentences: a year written onto an age participle ("a 1989-born architect", "the 2004-built
ferry"), and a year inside a person's apposition naming a prize, a title or a degree ("lauréat
de France en 1996", "выпускница института 1979 года"), and a figure's level in an aside
("Exports, about 2 billion crowns in 2019, rose …"), a thing's last change ("last amended in
2011") and, in French, a story's own time ("le film se déroule pendant l'hiver 1971"). The clause keeps a date of its own; an event in the aside that is news ("who was elected in May") stays.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

# Tuesday 10 March 2026: "Monday" is the 9th gone by.
CASES = [
    ("en-born-compound", "en", "Mara Quill, a 1989-born architect from Leeds, said on Monday she would leave the firm.", [("not", "1989"), ("title", "said she would leave the firm", "2026-03-09")]),
    ("en-born-compound-alone", "en", "Mara Quill, a 1989-born architect from Leeds, said she would leave the firm.", [("not", "1989")]),
    ("en-built-compound", "en", "The 2004-built ferry ran aground on Monday.", [("not", "2004"), ("title", "ran aground", "2026-03-09")]),
    ("en-elected-aside-stays", "en", "Ivo Marek, who was elected in May, resigned on Monday.", [("title", "Ivo Marek resigned", "2026-03-09")]),
    ("fr-laureate", "fr", "L'entraîneur Hugo Lemaire, champion de France en 1996, estime que ses joueurs ont manqué de rythme samedi.", [("not", "1996")]),
    ("fr-medallist", "fr", "La nageuse Inès Caradec, médaillée d'argent en 2012, a annoncé lundi la fin de sa carrière.", [("not", "2012"), ("has", "2026-03-09")]),
    ("ru-graduate", "ru", "Хирург Ольга Веснина, выпускница Томского медицинского института 1979 года, считает, что больницу нужно расширить.", [("not", "1979")]),
    ("uk-graduate", "uk", "Хірургиня Ольга Весніна, випускниця Львівського медичного інституту 1979 року, вважає, що лікарню треба розширити.", [("not", "1979")]),
    ("es-winner", "es", "El director, Pablo Vera, ganador del certamen en 1991, anunció el lunes su retirada.", [("not", "1991")]),
    # a figure's level in an aside after the subject: the year is the level's
    ("en-figure-aside", "en", "Exports, about 2 billion crowns in 2019, rose by 300 million in 2021.", [("not", "2019"), ("title", "Exports rose by 300 million", "2021")]),
    ("en-figure-aside-pct", "en", "Imports of grain, some 12 pct in 2020, climbed to 15 pct last year.", [("not", "2020"), ("has", "2025")]),
    ("en-figure-clause-stays", "en", "In Tarvel, 40 people died in 2019, officials said.", [("title", "40 people died", "2019")]),
    # a thing's last change in an aside: its age, no happening (a month stays news)
    ("en-last-amended", "en", "The league's rules, last amended in 2011, require a two-thirds majority.", [("not", "2011")]),
    ("en-last-amended-clause-day", "en", "The club's charter, last amended in 2011, was read aloud on Monday.", [("not", "2011"), ("title", "was read aloud", "2026-03-09")]),
    ("en-last-amended-month-stays", "en", "The club's charter, last amended in January, was read aloud on Monday.", [("has", "2026-01")]),
    # French: a story's own time, told of a work, is no happening of the news
    ("fr-story-setting", "fr", "Le film, qui dure trois heures, se déroule pendant l'hiver 1971 dans un port du Nord.", [("not", "1971-WI")]),
    ("fr-story-follows", "fr", "Le roman, paru en janvier chez un éditeur lyonnais, suit une famille de pêcheurs pendant l'été 1976.", [("not", "1976-SU")]),
    ("fr-meeting-takes-place-stays", "fr", "La réunion se déroule lundi à Nantes.", [("has", "2026-03-09")]),
    # French: "mis en service" with a year tells a thing's age, as "inauguré" does
    ("fr-put-in-service-age", "fr", "Le métro, mis en service en 1998 et prolongé en 2011, accueille chaque jour 90 000 passagers.", [("not", "1998")]),
    ("fr-put-in-service-clause-stays", "fr", "La nouvelle ligne a été mise en service en janvier.", [("has", "2026-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "language", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_a_describing_year_is_not_the_clause_date(name, language, body, checks):
    check_events(extract_events(article(body, "2026-03-10T12:00", language)), checks)
