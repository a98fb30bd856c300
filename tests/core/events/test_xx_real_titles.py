"""Foreign titles on real news: a list of two subjects whose first has an aside ("Elena
Prats, directora del museo, y el tesorero, … firmaron") keeps both items, so the plural verb
agrees ("Elena Prats y el tesorero firmaron", never "Elena Prats firmaron"). A French long
title keeps the verb's object: "à l'unanimité" goes from between a participle the word lists
do not know ("a reconduit") and its object, and a present participle that opens a phrase after
the object's noun ("les règles … autorisant [la région à …]") is where the title is cut. After a fronted phrase, a subject's bare-noun apposition ("Julien
Masson, boulanger,") is not the subject; a verb written twice in a row is titled once.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_APPOSED_LISTS = [
    (
        "es",
        "Elena Prats, directora del museo, y el tesorero, su hermano Pau Prats, firmaron ayer "
        "el contrato.",
        [("title", "Elena Prats y el tesorero firmaron el contrato", "2025-10-07")],
    ),
    (
        "es",
        "Elena Prats, directora del museo, y Pau Prats, tesorero, firmaron ayer el contrato.",
        [("title", "Elena Prats y Pau Prats firmaron el contrato", "2025-10-07")],
    ),
    (
        "fr",
        "Odile Marchal, présidente du club, et son trésorier, Yves Collet, ont signé hier le bail.",
        [("title", "Odile Marchal et Yves Collet ont signé le bail", "2025-10-07")],
    ),
    (
        "de",
        "Anna Huber, Leiterin der Bücherei, und ihr Stellvertreter, Paul Egger, haben gestern "
        "den Vertrag unterschrieben.",
        [("title", "Anna Huber und Paul Egger haben den Vertrag unterschrieben", "2025-10-07")],
    ),
    (
        "en",
        "Nora Vance, the head of the library, and her deputy, Ivo Platt, signed the lease on "
        "Tuesday.",
        [("title", "Nora Vance and Ivo Platt signed the lease", "2025-10-07")],
    ),
    # one item with its aside: the aside still goes
    (
        "en",
        "Nora Vance, the head of the library, signed the lease on Tuesday.",
        [("title", "Nora Vance signed the lease", "2025-10-07")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _APPOSED_LISTS)
def test_list_of_two_with_an_aside(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


_OBJECT_KEPT = [
    (
        "fr",
        "Le conseil de surveillance de la SNCF a reconduit à l'unanimité mardi dernier les "
        "règles de la phase 2 autorisant la région à vendre des billets à prix réduit pour les "
        "étudiants de moins de 26 ans.",
        [("title", "Le conseil de surveillance de la SNCF a reconduit les règles de la phase 2")],
    ),
    (
        "fr",
        "Le conseil régional de Bretagne a prolongé vendredi dernier les mesures du plan B "
        "permettant aux pêcheurs de vendre leur poisson.",
        [("title", "Le conseil régional de Bretagne a prolongé les mesures du plan B")],
    ),
    # a short title keeps its participle's phrase whole
    (
        "fr",
        "La mairie a publié lundi un arrêté interdisant les feux.",
        [("title", "La mairie a publié un arrêté interdisant les feux", "2025-10-06")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _OBJECT_KEPT)
def test_long_title_keeps_the_object(
    language: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


_FRONTED_THEN_APPOSED = [
    (
        "fr",
        "À Vaucouleurs, Julien Masson, boulanger, épousera samedi Claire Dubois.",
        [("title", "Julien Masson épousera Claire Dubois", "2025-10-11")],
    ),
    (
        "fr",
        "Samedi prochain à Vaucouleurs, à 16 h en la mairie, Julien Masson, boulanger et "
        "demeurant 12, rue des Tilleuls, épousera Claire Dubois.",
        [("title", "Julien Masson épousera Claire Dubois", "2025-10-11")],
    ),
    # the subject after a fronted place's apposition stays the words after the last comma
    (
        "en",
        "In Lagos, Nigeria's largest city, the union struck on Monday.",
        [("title", "The union struck", "2025-10-06")],
    ),
    (
        "en",
        "In Lagos, the largest city, dockers struck on Monday.",
        [("title", "Dockers struck", "2025-10-06")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _FRONTED_THEN_APPOSED)
def test_bare_noun_apposition_is_no_subject(
    language: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)


_DOUBLED = [
    (
        "fr",
        "La mairie a voté voté hier le budget de la piscine.",
        [("title", "La mairie a voté le budget de la piscine", "2025-10-07")],
    ),
    # grammar that repeats a word stays
    (
        "en",
        "The firm had had talks with the union on Tuesday.",
        [("title", "The firm had had talks with the union", "2025-10-07")],
    ),
    (
        "fr",
        "Nous nous sommes réunis hier à Lyon.",
        [("title", "Nous nous sommes réunis à Lyon", "2025-10-07")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), _DOUBLED)
def test_verb_written_twice(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2025-10-08"), checks)
