"""French relatives opened by "qui": a future or conditional right after it is the clause's
verb, and the relative tells its own happening, titled by the name or noun before it. A
cleft that sets off a name between commas ("C'est son neveu, Paul Mercier, qui …") gives the
name as the subject; a plural verb ("qui commenceront") is no one person's doing."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-02-04"


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "La fête de la Saint-Jean, qui rendra hommage au saint le 19 juin, attire les marins.",
            [("title", "La fête de la Saint-Jean rendra hommage au saint", "2022-06-19")],
        ),
        (
            "C'est son neveu, Paul Mercier, qui présentera les lettres le 3 mars.",
            [("title", "Paul Mercier présentera les lettres", "2022-03-03"), ("no-title", "C'est")],
        ),
        (
            "Le peintre Gaston Vidal, qui signera son contrat le 3 mars, quitte Rennes.",
            [("title", "Gaston Vidal signera son contrat", "2022-03-03")],
        ),
        # "ne … qu'en 1990": only then, a happening
        (
            "Le jury, qui n'accordera son premier prix qu'en 1990, hésite.",
            [("title", "Le jury accordera son premier prix", "1990")],
        ),
        # a plural: not the name before it ("Saint-Jean")
        (
            "Les marins préparent les fêtes de la Saint-Jean, qui commenceront le 19 juin.",
            [("no-title", "Saint-Jean commenceront"), ("no-title", "préparent les fêtes")],
        ),
        # a place a phrase ends on is no cleft's name
        (
            "C'est l'un des moments forts de la foire de Brive, qui s'ouvrira samedi prochain.",
            [("no-title", "Brive s'ouvrira")],
        ),
        # a present is left out: "découvre" stays no verb here
        (
            "Le club recrute le peintre Gaston Vidal, qui découvre son atelier le 3 mars.",
            [("no-title", "Vidal découvre")],
        ),
    ],
)
def test_a_verb_after_qui_opens_the_relatives_happening(text, checks):
    check_events(events_of(text, "fr", PUBLISHED), checks)


def test_a_line_cut_after_an_article_reads_without_error():
    """ "Le 3 mars, le maire signe la": a teaser cut short after a verb and an article (the
    word after it, looked at for a time phrase, is missing) gives no event and no error."""
    check_events(events_of("Le 3 mars, le maire signe la", "fr", PUBLISHED), [("none",)])
