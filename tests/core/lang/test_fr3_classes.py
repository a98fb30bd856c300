"""French sentences of session 26 (FR3), in our own words: an elided article makes a noun,
never a participle ("En 2009, l'entreprise a fermé …": the company, not "entreprendre"); the
participles of verbs that take "être" give a short passive with "est" ("Le livre, paru en
2009, …" → "Le livre est paru"); the verbs of storms and supplies; "l'hiver suivant son
arrivée" is the winter following a thing, no date counted from the story's; a loan's term
("remboursable jusqu'en 2020") and a price's base year ("valeur 2016") date no happening;
the happenings of local news ("la séance de lundi", "lors de sa séance du 4 mars")."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.lang.fr import clauses
from core.temporal.tagger import tag
from tests.core.events.articles import check_events, events_of

PUBLISHED = "2018-06-09T10:00"

CASES = [
    (  # "l'entreprise" after a fronted date: the subject, not a participle
        "En 2009, l'entreprise a fermé son usine de Lorient.",
        [("title", "L'entreprise a fermé son usine de Lorient", "2009")],
    ),
    (
        "En 2012, l'élu avait quitté le parti socialiste.",
        [("title", "L'élu avait quitté le parti socialiste", "2012")],
    ),
    (  # a participle aside of a verb that takes "être"
        "Le roman, paru en 2009, a été traduit en douze langues.",
        [("title", "Le roman est paru", "2009"), ("no-title", "a été paru")],
    ),
    (
        "Le film, sorti en 2015, a attiré un million de spectateurs.",
        [("title", "Le film est sorti", "2015"), ("no-title", "a été sorti")],
    ),
    (  # the simple past of verbs the lists lacked
        "En 1962, une tempête arracha le toit de la chapelle.",
        [("title", "Une tempête arracha le toit de la chapelle", "1962")],
    ),
    (  # "suivant" before a determiner is "following": the winter after a thing undated
        "Elle arrive au phare en février 1962. L'hiver suivant son arrivée, une tempête "
        "arracha le toit.",
        [("not", "1961-WI"), ("not", "2018-WI"), ("not", "1962-WI")],
    ),
    (  # ... and after the story's own date, the next winter
        "Elle arrive au phare en 1962. L'hiver suivant, une tempête arracha le toit.",
        [("title", "Une tempête arracha le toit", "1962-WI")],
    ),
    (  # a loan's term is no date of the aid
        "La scierie avait alors obtenu un prêt de la région, remboursable jusqu'en 2019.",
        [("not", "2019")],
    ),
    (  # a price's base year is no date of the estimate
        "Le coût du pont est estimé à 30 millions d'euros, valeur 2015, selon la région.",
        [("not", "2015")],
    ),
    (  # a happening noun dated by "de lundi" ("la séance de lundi"): the clause's date
        "La réunion de lundi a été reportée en raison d'une coupure d'électricité.",
        [
            (
                "title",
                "La réunion a été reportée en raison d'une coupure d'électricité",
                "2018-06-04",
            )
        ],
    ),
    (  # "lors de sa séance du 4 mars": what happens during it takes its date
        "Le conseil municipal votera le budget lors de sa séance du 4 juillet.",
        [("title", "Le conseil municipal votera le budget", "2018-07-04")],
    ),
    (  # a second participle after "puis", of a verb the lists lacked
        "Le moulin a été électrifié en 1950, puis automatisé en 1988.",
        [("title", "Le moulin a été électrifié", "1950"), ("title", "automatisé", "1988")],
    ),
    (  # "mis en délibéré": the court's noun, no verb of the past
        "L'arrêt de la cour a été mis en délibéré au 9 juillet.",
        [("has", "2018-07-09")],
    ),
    (  # a source's figures "communiqués lundi": their publishing is the happening
        "La fréquentation dépasse 80 %, selon les chiffres communiqués lundi par l'office.",
        [("title", "communiqués", "2018-06-04")],
    ),
    (  # a fixed aside between the auxiliary and its participle
        "Le syndicat a pour sa part demandé mercredi une rencontre avec le préfet.",
        [("title", "Le syndicat a demandé une rencontre avec le préfet", "2018-06-06")],
    ),
    (
        "La fédération a en effet appelé à une grève le samedi 16 juin.",
        [("title", "La fédération a appelé à une grève", "2018-06-16")],
    ),
    (
        "Un nouveau rassemblement est d'ores et déjà envisagé pour mardi 12 juin.",
        [("title", "Un nouveau rassemblement est envisagé", "2018-06-12")],
    ),
    (  # what was extended until a date: the extension was made before, the date ends a term
        "L'entraîneur a prolongé son contrat jusqu'en 2021.",
        [("not", "2021")],
    ),
    (  # (the day the extension was made still dates it)
        "En mars, le club a prolongé le bail de la salle jusqu'en 2030.",
        [("title", "Le club a prolongé le bail de la salle", "2018-03"), ("not", "2030")],
    ),
    (  # (... also when the term's end comes before that day: not the term's year and month)
        "La ville a prolongé jusqu'en 2031 la concession de la piscine, le 3 avril.",
        [("title", "La ville a prolongé", "2018-04-03"), ("not", "2031-04-03")],
    ),
    (  # (a happening lasting until a date still ends then)
        "La grève a duré jusqu'au 8 juin.",
        [("title", "La grève a duré", "2018-06-08")],
    ),
    (  # a vintage is a thing's year
        "Des bouteilles millésimées 1990, sauvées de l'incendie, sont exposées dans une vitrine.",
        [("not", "1990")],
    ),
    (  # (a year after the cost is the spending's)
        "Le pont a coûté 30 millions d'euros en 2015.",
        [("title", "Le pont a coûté 30 millions d'euros", "2015")],
    ),
]


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_french_sentences_of_session_26(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(f"Un titre\n\n{text}", "fr", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("word", "past"),
    [("reprise", True), ("l'entreprise", False), ("d'envoyé", False), ("annexé", True)],
)
def test_a_word_after_an_elided_article_is_no_past_form(word: str, past: bool) -> None:
    assert clauses.is_past(word) is past
    assert clauses.is_participle(word) is past


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "Elle arrive au phare en février 1962. L'hiver suivant son arrivée, une tempête "
            "arracha le toit.",
            "L'hiver suivant",
        ),
        ("Il quitte Brest en mai 1970. L'été suivant son départ, le port ferma.", "L'été suivant"),
        ("L'automne suivant leur mariage, ils achetèrent une ferme.", "L'automne suivant"),
    ],
)
def test_a_season_following_a_thing_is_no_time_expression(text: str, expression: str) -> None:
    found = [t.text for t in tag(text, datetime(2018, 6, 9, 10), "fr")]
    assert not [t for t in found if t.startswith(expression)], found


TENSE_CASES = [
    (  # a present passive after "est": "cette semaine" is the publication's week
        "Le décret du 3 mars 2021, qui oblige les maires à déclarer les dons, est appliqué pour "
        "la première fois à Lyon cette semaine.",
        "cette semaine",
        "2024-W41",
    ),
    (  # the past of a verb that takes "être" still looks back
        "Le ministre est arrivé lundi à Kiev.",
        "lundi",
        "2024-10-07",
    ),
    (  # ... as a reflexive's does
        "Le pont s'est effondré lundi.",
        "lundi",
        "2024-10-07",
    ),
]


@pytest.mark.parametrize(("text", "expression", "value"), TENSE_CASES)
def test_a_present_passive_after_est_reports_the_present(
    text: str, expression: str, value: str
) -> None:
    found = {t.text: t.value for t in tag(text, datetime(2024, 10, 10, 10), "fr")}
    assert found[expression] == value, found


def test_an_english_fixed_aside_inside_the_verb_group_is_left_out() -> None:
    events = events_of("A headline\n\nThe union has in fact called a strike on Monday.", "en",
                       "2018-06-09T10:00")  # fmt: skip
    check_events(events, [("title", "The union has called a strike", "2018-06-04")])


INVERTED_CASES = [
    (  # the pronoun after the auxiliary: the one person named before
        "La maire Anne Roux a salué la décision. « C'est une victoire pour la ville », "
        "a-t-elle déclaré mardi.",
        [("title", "« C'est une victoire pour la ville »", "2018-06-05")],
    ),
    (
        "La maire Anne Roux a salué la décision. « C'est une victoire pour la ville », "
        "a-t-elle réagi mardi matin.",
        [("title", "Roux", "2018-06-05TMO")],
    ),
    (  # two people before "elle": the quote is no one's for sure
        "Anne Roux et Paul Vidal ont salué la décision. « C'est une victoire pour la ville », "
        "a-t-elle déclaré mardi.",
        [("none",)],
    ),
]


@pytest.mark.parametrize(("text", "checks"), INVERTED_CASES)
def test_a_quote_said_with_the_pronoun_after_the_auxiliary_is_dated(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(f"Un titre\n\n{text}", "fr", PUBLISHED), checks)
