"""Titles of the main clause when a sentence's date is its main clause's: an adverb before
an aside's participle, a lasting state fused to a dated act, a demonstrative a dropped date
leaves, a place's head word read as a role, and a date inside a trailing aside's noun."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

CASES = [
    # an aside opened by an adverb and a participle is the subject's, not the clause's verb
    ("adverb-aside", "The old tram depot, last repainted in 1998, reopened on Saturday.",
     [("title", "The old tram depot reopened", "2021-12-18"), ("title-not", "repainted", "2021-12-18")]),
    ("adverb-aside-fully", "The paddle steamer, fully restored in 2011, sailed again on Sunday.",
     [("title", "The paddle steamer sailed again", "2021-12-19")]),
    # a decade naming the subject's thing, before an aside, dates nothing
    ("decade-subject-aside", "The 1930s lido, restored in 2010, reopened on Saturday.",
     [("title", "The 1930s lido reopened", "2021-12-18"), ("title", "The 1930s lido was restored", "2010")]),
    # the dated act keeps its title; the state it left does not join it
    ("is-built", "The hangar opened in 2017 and is built to house six airships.",
     [("title", "The hangar opened"), ("no-title", "house")]),
    ("now-has", "The orchard was replanted in 2015 and now has 900 trees.",
     [("title", "The orchard was replanted"), ("no-title", "900")]),
    ("now-serves", "The chapel closed in 2010 and now serves as a concert room.",
     [("title", "The chapel closed"), ("no-title", "concert")]),
    ("has-possession", "The academy was founded in 1890 and has 400 pupils.",
     [("title", "The academy was founded")]),
    ("state-since", "The lamp was installed in 2009 and has outlasted two keepers.",
     [("title", "The lamp was installed")]),
    ("is-due", "A 40-year-old driver was arrested on Friday and is due before magistrates.",
     [("title", "A 40-year-old driver was arrested", "2021-12-17")]),
    # a second act in the perfect and an undoing stay with the act
    ("perfect-acts", "9:40 a.m. — Two medics have boarded the train and have started treating riders.",
     [("title", "Two medics have boarded the train and have started treating riders")]),
    # the date after "and" is the second part's own: nothing cut before it
    ("date-after-and", "The bridge was closed on Monday and is expected to reopen next week.",
     [("title", "The bridge was closed", "2021-12-20")]),
    # a dropped "that June" takes its "that" with it
    ("that-month", "The canteen began serving hot meals that April at the depot.",
     [("title", "The canteen began serving hot meals at the depot", "2021-04")]),
    ("that-not-determiner", "She said that June sales rose by 4%.",
     [("no-title", "said that on")]),
    # "the Col du …" is a mountain pass, not a colonel
    ("pass-name", "Snow closed the Col de la Brume on Monday.",
     [("title", "Snow closed the Col de la Brume", "2021-12-20")]),
    ("role-kept-dropped", "Troops loyal to Col Okonkwo withdrew on Monday.",
     [("title", "Troops loyal to Okonkwo withdrew", "2021-12-20")]),
    # a date on the noun of a trailing aside is the noun's, not the clause's
    ("aside-noun-date", "The guild has released an album, based on songs taped in March.",
     [("not", "2021-03")]),
    ("aside-noun-gerund", "The museum has opened a new gallery, drawing on letters written in 1914.",
     [("not", "1914")]),
    # (the year above is read as no date of the clause's anyway; a month would be, unless
    # the aside's noun keeps it)
    ("aside-noun-gerund-month", "The trust has launched a podcast, drawing on interviews recorded in March.",
     [("not", "2021-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_the_title_is_the_main_clause_and_its_dated_act(name, body, checks):
    check_events(extract_events(article(body, "2021-12-20T12:00")), checks)


FOREIGN = [
    ("fr", "Le hangar a ouvert en 2017 et compte aujourd'hui six dirigeables.",
     [("title", "Le hangar a ouvert", "2017"), ("not", "2021-12-20")]),
    ("es", "El almacén abrió en 2017 y ahora tiene seis grúas.",
     [("title", "El almacén abrió", "2017")]),
    ("es", "La escuela fue ampliada en 2015 y cuenta hoy con 900 alumnos.",
     [("title", "La escuela fue ampliada", "2015"), ("not", "2021-12-20")]),
    ("de", "Die Halle wurde 2017 eröffnet und bietet heute Platz für sechs Luftschiffe.",
     [("title", "Die Halle wurde eröffnet", "2017")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "checks"), FOREIGN, ids=[f[1][:30] for f in FOREIGN])
def test_a_dated_act_keeps_its_title_without_the_state_it_left(language, body, checks):
    check_events(extract_events(article(body, "2021-12-20T12:00", language)), checks)
