"""A role's article tells the sex of the person named after it where the language's
articles do: "le maire, Marc Roux" is a man, so a later "elle" of a portrait stands for its
woman, not for him ("la directrice de l'école, Marie Roux" likewise is no "il")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import titles_by_start

PORTRAIT = (
    "{name}, {noun} qui a sauvé son village\n\n{born} à Lyon en 1975, {name} a repris"
    " l'épicerie du village en 2015. {He} y vend du fromage et {he} livre les anciens. « Le"
    " premier jour, on attendait devant la porte », se souvient {role}. Depuis, {he} a embauché"
    " trois salariés. Le mois dernier, {he} a remporté le prix du meilleur fromage."
)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (
            dict(name="Claire Fabre", noun="l'épicière", born="Née", He="Elle", he="elle",
                 role="le maire, Marc Roux"),
            "Claire Fabre a remporté le prix du meilleur fromage",
        ),
        (
            dict(name="Paul Fabre", noun="l'épicier", born="Né", He="Il", he="il",
                 role="la directrice de l'école, Marie Roux"),
            "Paul Fabre a remporté le prix du meilleur fromage",
        ),
    ],
)  # fmt: skip
def test_a_pronoun_skips_a_name_its_role_gives_the_other_sex(words, title):
    assert titles_by_start(PORTRAIT.format(**words), "fr", "2022-02-04")["2022-01"] == title
