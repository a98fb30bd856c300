"""A role's article tells the sex of the person named after it where the language's
articles do: "le maire, Marc Roux" is a man, so a later "elle" of a portrait stands for its
woman, not for him ("la directrice de l'école, Marie Roux" likewise is no "il")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import titles_by_start

PORTRAIT = (
    "{name}, {noun} qui fait revivre le vieux moulin\n\n{born} à Dijon en 1968, {name} a"
    " racheté le moulin de Vernot en 2011. {He} y moud du blé ancien et {he} forme des"
    " apprentis. « Au début, personne ne croyait au projet », confie {role}. En 2016, {he} a"
    " ouvert une salle d'exposition."
)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (
            dict(name="Claire Fabre", noun="la meunière", born="Née", He="Elle", he="elle",
                 role="le maire, Marc Roux"),
            "Claire Fabre a ouvert une salle d'exposition",
        ),
        (
            dict(name="Paul Fabre", noun="le meunier", born="Né", He="Il", he="il",
                 role="la directrice de l'école, Marie Roux"),
            "Paul Fabre a ouvert une salle d'exposition",
        ),
    ],
)  # fmt: skip
def test_a_pronoun_skips_a_name_its_role_gives_the_other_sex(words, title):
    assert titles_by_start(PORTRAIT.format(**words), "fr", "2022-02-04")["2016"] == title
