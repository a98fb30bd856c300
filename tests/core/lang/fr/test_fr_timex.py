"""French time expressions, in sentences of our own, read as a French article is read."""

from __future__ import annotations

from datetime import date

import pytest

from core.temporal.tagger import tag

FRIDAY = date(2022, 2, 4)  # the publication day of every sentence below


def _found(text: str, dct: date = FRIDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, "fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays take their direction from the verb, or from "prochain" / "dernier"
        ("Le ministre se rendra à Kiev lundi.", [("lundi", "2022-02-07")]),
        ("Le ministre s'est rendu à Kiev lundi.", [("lundi", "2022-01-31")]),
        ("Les négociations reprendront lundi prochain.", [("lundi prochain", "2022-02-07")]),
        ("Il a parlé samedi dernier.", [("samedi dernier", "2022-01-29")]),
        ("Elle est arrivée mardi soir.", [("mardi soir", "2022-02-01TEV")]),
        ("Ce dimanche, les pompiers organisent un bal.", [("Ce dimanche", "2022-02-06")]),
        # deictic days
        ("Hier, le président a signé le texte.", [("Hier", "2022-02-03")]),
        ("Il rentrera demain matin.", [("demain matin", "2022-02-05TMO")]),
        ("Le sommet s'ouvre aujourd'hui.", [("aujourd'hui", "2022-02-04")]),
        ("Ils ont été reçus avant-hier.", [("avant-hier", "2022-02-02")]),
        ("Le vote aura lieu ce soir.", [("ce soir", "2022-02-04TEV")]),
        # absolute dates, with the determiner inside the span as the French TimeBank has it
        ("Il se rendra le 14 février en Ukraine.", [("le 14 février", "2022-02-14")]),
        ("Les faits remontent au 27 mai 1998.", [("27 mai 1998", "1998-05-27")]),
        ("Le concert aura lieu samedi 5 mars.", [("samedi 5 mars", "2022-03-05")]),
        ("Il a été élu le 6 janvier dernier.", [("le 6 janvier dernier", "2022-01-06")]),
        ("Le traité entrera en vigueur en avril 2023.", [("avril 2023", "2023-04")]),
        ("La Russie a annexé la Crimée en 2014.", [("2014", "2014")]),
        ("Le rendez-vous est fixé à 22 h.", [("22 h", "2022-02-04T22:00")]),
        (
            "Il est arrivé hier vers 21 h 45.",
            [("hier", "2022-02-03"), ("21 h 45", "2022-02-03T21:45")],
        ),
        # anaphora count from the last date mentioned
        (
            "Il visitera Kiev le 14 février et Moscou le lendemain.",
            [("le 14 février", "2022-02-14"), ("le lendemain", "2022-02-15")],
        ),
        (
            "Le vote a eu lieu le 10 janvier; la veille, les urnes étaient arrivées.",
            [("le 10 janvier", "2022-01-10"), ("la veille", "2022-01-09")],
        ),
        # ago, durations, periods
        ("Il y a deux ans, la crise a éclaté.", [("Il y a deux ans", "2020")]),
        ("Le conflit dure depuis près de huit ans.", [("près de huit ans", "P8Y")]),
        ("Il a été condamné à dix ans de prison.", [("dix ans", "P10Y")]),
        ("Le pilote a devancé son équipier de 30,4 secondes.", [("30,4 secondes", "PT30.4S")]),
        ("Le litige dure depuis un demi-siècle.", [("un demi-siècle", "P50Y")]),
        ("Ils se réuniront la semaine prochaine.", [("la semaine prochaine", "2022-W06")]),
        ("Les ventes ont baissé l'année dernière.", [("l'année dernière", "2021")]),
        ("Le contrat sera renouvelé l'an prochain.", [("l'an prochain", "2023")]),
        ("Les prix ont augmenté dans les années 1990.", [("les années 1990", "199")]),
        ("Au début des années soixante, tout a changé.", [("début des années soixante", "196")]),
        (
            "La fête aura lieu samedi 5 et dimanche 6 mars.",
            [("samedi 5", "2022-03-05"), ("dimanche 6 mars", "2022-03-06")],
        ),
        ("Le château date du XIXe siècle.", [("XIXe siècle", "18")]),
        ("Les élections auront lieu début mars.", [("début mars", "2022-03")]),
        ("La récolte commencera mi-septembre.", [("mi-septembre", "2022-09")]),
        ("Les travaux reprendront au printemps.", [("printemps", "2022-SP")]),
        ("Des élections sont prévues à l'automne.", [("l'automne", "2022-FA")]),
        ("Il a fait très froid l'hiver dernier.", [("l'hiver dernier", "2021-WI")]),
        ("La mairie est ouverte chaque lundi.", [("chaque lundi", "XXXX-WXX-1")]),
        ("Ils sont maintenant à Paris.", [("maintenant", "PRESENT_REF")]),
        ("La nuit dernière, il a plu.", [("La nuit dernière", "2022-02-03TNI")]),
        ("Ils sont partis en fin d'après-midi.", [("fin d'après-midi", "2022-02-04TAF")]),
        ("Vers 18 heures, la foule s'est dispersée.", [("18 heures", "2022-02-04T18:00")]),
        ("La réunion a duré 17 heures.", [("17 heures", "PT17H")]),
        ("Les enfants viendront dès octobre 98.", [("octobre 98", "1998-10")]),
        # an hour later: the duration, as the French TimeBank marks it; days later: the date
        ("Elle l'a rappelé environ une heure plus tard.", [("environ une heure", "PT1H")]),
        ("Deux jours plus tard, il est revenu.", [("Deux jours plus tard", "2022-02-06")]),
        # the night across two days is the first one's; a range's first day takes the month
        (
            "Un incendie a éclaté dans la nuit de lundi à mardi.",
            [("la nuit de lundi à mardi", "2022-01-31TNI")],
        ),
        (
            "Le festival aura lieu du 12 au 15 mars.",
            [("12", "2022-03-12"), ("15 mars", "2022-03-15")],
        ),
        (
            "Le 3 février, il a signé dans la matinée.",
            [("Le 3 février", "2022-02-03"), ("la matinée", "2022-02-03TMO")],
        ),
    ],
)
def test_french_time_expressions_are_found_and_resolved(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un chauffeur de 38 ans a été agressé.",  # an age
        "Jean Martin, 45 ans, a été blessé.",  # an age in apposition
        "Il a été nommé directeur.",  # "été" the participle, not summer
        "L'accord du Vendredi saint reste en vigueur.",  # a name, not a Friday
        "La planète Mars est visible.",  # the planet, not March
        "Il a participé au printemps de l'environnement.",  # an event's name
    ],
)
def test_words_that_look_like_time_but_are_not(text):
    assert _found(text) == []


def test_a_story_in_the_past_gives_its_year_to_a_yearless_date():
    text = "En 1998, le club a été fondé. Le 12 mars, il a disputé son premier match."
    assert _found(text) == [("1998", "1998"), ("Le 12 mars", "1998-03-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present said with a preposition before it
        ("En ce moment, les routes sont coupées.", [("En ce moment", "PRESENT_REF")]),
        ("Pour l'instant, le maire se tait.", [("Pour l'instant", "PRESENT_REF")]),
        ("Jusqu'à présent, personne n'a répondu.", [("Jusqu'à présent", "PRESENT_REF")]),
        # halves of the year, like quarters
        ("Le premier semestre sera calme.", [("Le premier semestre", "2022-H1")]),
        ("Au second semestre 2021, les ventes ont chuté.", [("second semestre 2021", "2021-H2")]),
        # a month written onto an elided "de"
        ("Les orages d'août ont noyé les vignes.", [("août", "2021-08")]),
        ("Le marché d'octobre 2021 a été bon.", [("octobre 2021", "2021-10")]),
    ],
)
def test_french_expressions_behind_a_preposition_or_an_elision(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bail a été signé le 12/03/2021 à Lyon.", [("12/03/2021", "2021-03-12")]),
        ("La vente aura lieu le 3.6.2022.", [("3.6.2022", "2022-06-03")]),
    ],
)
def test_french_numeric_dates_are_day_first(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dernier" and "prochain" after a day say which side of publication it is
        ("Le 20 février dernier, il a démissionné.", [("Le 20 février dernier", "2021-02-20")]),
        ("Le 1er février prochain, la taxe baissera.", [("Le 1er février prochain", "2023-02-01")]),
        ("Ces jours-ci, la tension monte.", [("Ces jours-ci", "PRESENT_REF")]),
        ("Il y a peu, le maire a démissionné.", [("Il y a peu", "PAST_REF")]),
        ("Il y a peu de chances qu'il vienne.", []),
    ],
)
def test_french_days_said_last_or_next_and_vague_times(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le musée ouvre de 10 heures à 12 heures.",
         [("10 heures", "2022-02-04T10:00"), ("12 heures", "2022-02-04T12:00")]),
        ("Le bal commence à partir de 21 heures.", [("21 heures", "2022-02-04T21:00")]),
        ("Une pause de 10 heures a suivi.", [("10 heures", "PT10H")]),
        ("Elle a couru le marathon en 2 h 05.", []),  # a time taken, not a clock time
    ],
)  # fmt: skip
def test_french_clock_times_after_de_and_a_partir_de(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day the clause has just named, told again by a happening: that same day
        ("Hier, au lendemain du vote, le maire a parlé.",
         [("Hier", "2022-02-03"), ("lendemain", "2022-02-03")]),
        ("Mardi, à la veille du sommet, le ministre a parlé.",
         [("Mardi", "2022-02-01"), ("la veille", "2022-02-01")]),
        # without one, the day after the last date
        ("Le 3 février, il est arrivé. Au lendemain de son arrivée, il a parlé.",
         [("Le 3 février", "2022-02-03"), ("lendemain", "2022-02-04")]),
    ],
)  # fmt: skip
def test_au_lendemain_de_after_a_named_day(text, expected):
    assert _found(text) == expected
