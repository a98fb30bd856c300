"""foreign: a weekday pointed back to the story's week ("ce mercredi-là", "aquel jueves", "an
jenem Freitag", "в тот вторник", "того понеділка", "That Saturday") is a day of the story, not
of the publication's week; and the days the story then counts on ("le lendemain") follow it.
French "4 h du matin" is one time expression, so the subject after it stays whole. Invented
sentences, published on Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.temporal.tagger import tag


def _events(text: str, language: str, pub: str = "2026-03-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("fr", "Le 10 novembre 1997, la digue de Saint-Aubin a cédé. Ce mercredi-là, les pompiers "
         "ont évacué le quartier du port.", "1997-11-12", "Les pompiers ont évacué le quartier du port"),
        ("es", "El 18 de mayo de 2003, el río Segre se desbordó. Aquel martes, los bomberos "
         "evacuaron el barrio.", "2003-05-20", "Los bomberos evacuaron el barrio"),
        ("de", "Am 13. Februar 1991 brach der Damm bei Oberau. An jenem Freitag räumte die "
         "Feuerwehr das Dorf.", "1991-02-15", "Die Feuerwehr räumte das Dorf"),
        ("ru", "19 мая 2003 года река вышла из берегов. В тот вторник спасатели эвакуировали "
         "посёлок.", "2003-05-20", "Спасатели эвакуировали посёлок"),
        ("uk", "5 жовтня 1985 року річка вийшла з берегів. Того понеділка рятувальники "
         "евакуювали село.", "1985-10-07", "Рятувальники евакуювали село"),
        ("ru", "19 мая 2003 года река вышла из берегов. В ту пятницу спасатели эвакуировали "
         "посёлок.", "2003-05-16", "Спасатели эвакуировали посёлок"),
        ("uk", "5 жовтня 1985 року річка вийшла з берегів. Тієї п'ятниці рятувальники "
         "евакуювали село.", "1985-10-04", "Рятувальники евакуювали село"),
        ("en", "On 24 April 2008, the river burst its banks. That Saturday, firefighters "
         "evacuated the village.", "2008-04-26", "Firefighters evacuated the village"),
        # the story goes on from that day
        ("fr", "Le 10 novembre 1997, la digue de Saint-Aubin a cédé. Ce mercredi-là, les pompiers "
         "ont évacué le quartier. Le lendemain, le préfet réunissait les maires.", "1997-11-13",
         "Le préfet réunissait les maires"),
        # "vers 3 h du matin" is a time: the subject after it is the title's
        ("fr", "Le 10 novembre 1997, vers 3 h du matin, le tocsin a réveillé les villageois.",
         "1997-11-10T03:00", "Le tocsin a réveillé les villageois"),
    ],
)  # fmt: skip
def test_a_weekday_pointed_back_is_the_storys(language, text, start, title):
    assert (start, title) in _events(text, language)


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        # without the word pointing back, the weekday is the publication week's
        ("fr", "Le 10 novembre 1997, la digue a cédé. Ce mercredi, le préfet inaugure la "
         "nouvelle digue.", "2026-03-04"),
        ("es", "El 18 de mayo de 2003, el río se desbordó. El martes, el alcalde inauguró el "
         "nuevo muro.", "2026-03-03"),
    ],
)  # fmt: skip
def test_a_bare_weekday_stays_the_publications(language, text, start):
    assert start in [s for s, _ in _events(text, language)][1:]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le train part à 8 h 15 du soir.", "T20:15"),
        ("Le feu a pris vers 3 h du matin.", "T03:00"),
        ("La séance reprend à 14 h 30.", "T14:30"),
    ],
)
def test_a_french_clock_reads_its_part_of_day(text, value):
    assert [t.value[-6:] for t in tag(text, date(2026, 3, 4), "fr")] == [value]


# An object pronoun that looks like an article before its verb ("la commission les recevra",
# "que las examinará") is the verb's object: the verb is found, and the title keeps it.
@pytest.mark.parametrize(
    ("language", "text", "start", "title"),
    [
        ("fr", "La commission les recevra le 12 mars.", "2026-03-12", "La commission les recevra"),
        ("fr", "Les maires ont rencontré Claire Vasseur, qui les recevra le 20 mars.",
         "2026-03-20", "Claire Vasseur les recevra"),
        ("es", "La comisión las examinará el 9 de marzo.", "2026-03-09", "La comisión las examinará"),
        ("es", "Su gran oportunidad llegó en 1987, cuando un productor la escuchó cantar en Cádiz.",
         "1987", "Un productor la escuchó cantar en Cádiz"),
    ],
)  # fmt: skip
def test_an_object_pronoun_before_its_verb_stays_in_the_title(language, text, start, title):
    assert (start, title) in _events(text, language)


def test_an_article_after_a_preposition_is_no_object_pronoun():
    assert _events("Le préfet a reçu tous les maires le 12 mars.", "fr") == [
        ("2026-03-12", "Le préfet a reçu tous les maires")
    ]


# French: what happened during a noun's happening named by its date ("lors de l'audience du
# 3 mars") took place then; a noun named by its date elsewhere only names it.
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Lors de l'audience du 2 mars, l'avocate avait plaidé la relaxe.", "2026-03-02",
         "L'avocate avait plaidé la relaxe"),
        ("Pendant la séance du 2 mars, les conseillers ont adopté le plan.", "2026-03-02",
         "Les conseillers ont adopté le plan"),
        ("Au cours de la réunion du 2 mars, la directrice a présenté sa démission.",
         "2026-03-02", "La directrice a présenté sa démission"),
    ],
)  # fmt: skip
def test_during_a_dated_happening_is_then(text, start, title):
    assert (start, title) in _events(text, "fr")


def test_a_noun_named_by_its_date_dates_no_clause():
    assert _events("Le maire a critiqué le rapport du 2 mars.", "fr") == []


# Dates that are no happening's: what runs until a date (fr "court jusqu'en"), a level's
# baseline (de "so hoch wie zuletzt beim Hochwasser 1999").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux clubs suivent le défenseur, dont le contrat court jusqu'en juin 2027."),
        ("fr", "Le billet reste valable jusqu'au 30 juin."),
        ("de", "Der Fluss stieg auf 4,20 Meter, so hoch wie zuletzt beim Hochwasser 2002."),
    ],
)
def test_a_date_no_happening_takes(language, text):
    assert _events(text, language) == []


# A French participle's aside that takes "être" ("né", "arrivé") says "est né", not "a été
# né"; a name is one subject whatever its last word ("Le Bras"), many after "Les".
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Yann Le Bras, né en 2001 à Morlaix, a signé son premier contrat.", "2001",
         "Yann Le Bras est né à Morlaix"),
        ("Arrivée en mars 2024, la directrice a réorganisé le service.", "2024-03",
         "La directrice est arrivée"),
        # (a founding year is the thing's age, no event: test_foreign2)
        ("Les Forges Martin, rachetées en 2011, ont fermé.", "2011",
         "Les Forges Martin ont été rachetées"),
    ],
)  # fmt: skip
def test_a_french_aside_takes_its_own_auxiliary(text, start, title):
    assert (start, title) in _events(text, "fr")


# A French commune's name joined by hyphens over "sur", "et", "lès" … is a place, so "il"
# after it stands for the person the sentence names, not for the commune.
@pytest.mark.parametrize(
    "place",
    ["Saint-Aubin-sur-Mer", "Villers-lès-Nancy", "Loir-et-Cher", "Bourg-sous-la-Roche"],
)
def test_a_hyphenated_commune_is_no_person(place):
    text = (
        f"Le maire de {place}, Paul Girard, a démissionné lundi. "
        "Élu en 2014, il dirigeait la commune depuis dix ans."
    )
    assert ("2014", "Paul Girard a été élu") in _events(text, "fr")


# Spanish "un vecino de 71 años murió el sábado": the age's "de" opens no baseline; the date
# after the clause's own verb is the happening's.
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Un pescador de 71 años murió el lunes en el puerto de Vigo.", "2026-03-02",
         "Un pescador de 71 años murió en el puerto de Vigo"),
        ("Un ciclista de 30 años falleció el domingo en Lugo.", "2026-03-01",
         "Un ciclista de 30 años falleció en Lugo"),
    ],
)  # fmt: skip
def test_an_age_is_no_baseline(text, start, title):
    assert (start, title) in _events(text, "es")


def test_a_figure_from_before_is_still_a_baseline():
    text = "Las ventas subieron a 30 millones desde 25 millones registrados en 2025."
    assert all(start != "2025" for start, _ in _events(text, "es"))


# French "est mort", "est morte": the passé composé of "mourir", a death on its date, not a
# state ("is dead"); "a fait trois morts" keeps its noun.
@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        ("Le sculpteur Paul Vernet est mort en 2011 dans son atelier.", "2011",
         "Le sculpteur Paul Vernet est mort dans son atelier"),
        ("La romancière Anne Morel est morte lundi à Nantes.", "2026-03-02",
         "La romancière Anne Morel est morte à Nantes"),
        ("Deux randonneuses sont mortes samedi dans une avalanche.", "2026-02-28",
         "Deux randonneuses sont mortes dans une avalanche"),
        ("La tempête a fait quatre morts en janvier 2025.", "2025-01",
         "La tempête a fait quatre morts"),
    ],
)  # fmt: skip
def test_a_french_death_is_a_happening(text, start, title):
    assert (start, title) in _events(text, "fr")
