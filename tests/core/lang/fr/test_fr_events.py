"""Events from French articles of our own (``tests/fixtures/languages/*-fr.txt``): dated as a
French reader dates them, titled in the article's own words, with the right kind."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.reading.header import find_header_date
from core.reading.readers import read_article

FIXTURES = Path(__file__).parents[3] / "fixtures" / "languages"


def _article(name: str, published: str) -> Document:
    """A fixture article, its publication date given as a user would set it (the header's
    French month names are read by the header reader, not by this folder)."""
    document = read_article(FIXTURES / name)
    assert document.language == "fr"
    return replace(document, published=published, published_source="user")


def _events(document: Document) -> list[tuple[str, str, str]]:
    return [(e.start, e.kind, e.title) for e in extract_events(document) if not e.undated]


def test_visits_announced_in_french_get_their_days():
    events = _events(_article("scholz-kiev-fr.txt", "2022-02-04T23:15"))
    assert events == [
        ("2022-02-14", "meeting", "Le chancelier allemand Olaf Scholz se rendra en Ukraine"),
        ("2022-02-15", "meeting", "Le chancelier allemand Olaf Scholz visitera la Russie"),
        ("2022-02-07", "meeting", "Le président français Emmanuel Macron s'envolera pour Moscou"),
        ("2022-02-08", "meeting", "Le président français Emmanuel Macron gagnera Kiev"),
        ("2022-02-03", "meeting", "Le président turc Recep Tayyip Erdogan s'est rendu à Kiev"),
        ("2014", "military", "La Russie a annexé la Crimée"),
    ]


def test_planned_exercises_without_a_date_are_an_undated_event_of_the_day():
    undated = [e for e in extract_events(_article("scholz-kiev-fr.txt", "2022-02-04T23:15"))
               if e.undated]  # fmt: skip
    assert [(e.start, e.kind, e.title) for e in undated] == [
        ("2022-02-04", "military", "Exercices militaires conjoints au Bélarus")
    ]


def test_a_strike_story_dates_its_vote_its_agreement_and_what_lies_ahead():
    events = _events(_article("port-greve-fr.txt", "2023-03-10"))
    assert events == [
        ("2023-03-07", "protest",
         "Les dockers du port de Marseille ont voté la fin de leur grève"),
        ("2023-03-13", "other", "Le travail reprendra"),
        ("2023-03-08", "agreement", "La direction du port a signé un accord"),
        ("2023-W11", "meeting", "Le ministre des Transports se rendra sur place"),
    ]  # fmt: skip


def test_the_day_before_yesterday_and_a_pronoun_are_read_from_the_story():
    events = _events(_article("inondations-fr.txt", "2024-10-19"))
    assert events == [
        ("2024-10-17TEV", "other", "Des pluies torrentielles ont fait deux morts dans le Gard"),
        ("2024-10-16", "other", "Météo-France avait placé le département en vigilance rouge"),
        ("2024-10-18", "meeting", "Vasseur s'est rendue à Nîmes"),
        ("2024-10-22", "other", "Vasseur annoncera un plan d'aide aux agriculteurs"),
        # "il y a trois ans, à l'automne 2021": the finer of the two
        ("2021-FA", "other", "La région avait connu des crues meurtrières"),
    ]


def test_the_speaker_after_a_closing_verb_of_saying_is_no_event_of_its_own():
    text = (
        "Titre\n\nLe ministre Paul Girard se rendra à Lyon mardi, a annoncé vendredi son "
        "porte-parole.\n"
    )
    document = Document("/t.txt", "Titre", text, "2022-02-04", "user", "h", language="fr")
    assert _events(document) == [("2022-02-08", "meeting", "Girard se rendra à Lyon")]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Publié le 2022-02-04 23:15", "2022-02-04T23:15"),
        ("Mis en ligne le 2022-02-04", "2022-02-04"),
        ("Par Jeanne Martin | 2022-02-04", "2022-02-04"),
    ],
)
def test_french_header_words_name_the_publication_date(line, value):
    found = find_header_date(f"Titre\n\n{line}\n\nLe corps de l'article commence ici.")
    assert found is not None and found.value == value


def test_a_french_publication_line_outranks_an_update_line():
    text = "Titre\n\nMis à jour le 2022-02-06\nPublié le 2022-02-04\n\nLe corps de l'article."
    assert find_header_date(text).value == "2022-02-04"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # a noun with the participle's ending ("tournée", "randonnée") is no past: the future rules
        ("La troupe partira en tournée à l'automne.", "2018-FA"),
        ("Les marcheurs partiront en randonnée en septembre.", "2018-09"),
        # a feminine participle is a past as the masculine one is
        ("La salle a été fermée en mars.", "2018-03"),
    ],
)
def test_a_french_noun_in_ee_does_not_turn_a_future_into_a_past(sentence, start):
    text = f"Titre\n\nLa compagnie Marius Lenoir joue cet été à Nîmes. {sentence}\n"
    document = Document("/t.txt", "Titre", text, "2018-07-12", "user", "h", language="fr")
    assert start in [event[0] for event in _events(document)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # a range of days after a place is the clause's time, from its first day
        ("Un atelier de peinture aura lieu à la maison des jeunes du 12 au 16 août.", "2021-08-12"),
        ("La pièce sera jouée au théâtre de Nancy du 3 au 7 novembre.", "2021-11-03"),
    ],
)
def test_a_french_range_after_a_place_dates_the_clause_from_its_first_day(sentence, start):
    text = f"Titre\n\nLa saison culturelle de Verlanges commence bientôt. {sentence}\n"
    document = Document("/t.txt", "Titre", text, "2021-07-20", "user", "h", language="fr")
    assert start in [event[0] for event in _events(document)]


@pytest.mark.parametrize(
    ("text", "expected", "not_dated"),
    [
        # participles the French lexicon knows only as nouns: the aside's date is the aside's
        ("La banque, privatisée en 1993, a annoncé mardi la fermeture de 40 agences.",
         ("2020-03-10", "La banque a annoncé la fermeture de 40 agences"), "1993"),
        ("La cimenterie, rebaptisée en 2011, a fermé mercredi.",
         ("2020-03-11", "La cimenterie a fermé"), "2011"),
        ("Le musée, érigé en 1904, rouvrira samedi.",
         ("2020-03-14", "Le musée rouvrira"), "1904"),
    ],
)  # fmt: skip
def test_a_participle_aside_dates_its_noun_not_the_clause(
    text: str, expected: tuple[str, str], not_dated: str
) -> None:
    document = Document(path="aside.txt", title="", text=text, published="2020-03-12T09:00",
                        published_source="user", content_hash="aside", language="fr")  # fmt: skip
    events = [(e.start, e.title) for e in extract_events(document) if not e.undated]
    assert expected in events
    assert not any(start == not_dated and not title.endswith(("privatisée", "rebaptisée",
                   "érigé")) for start, title in events)  # fmt: skip
