"""Spanish and French lives told after other people are named (session 24, ESFR): a name
after a possessive and its noun ("avec son amie Lucie Marchal", "son ancien élève, le
pianiste …") is someone the piece's person has, no rival for its "elle"; a surname with its
particles ("Le Bihan") is the person named in full before ("Paul Le Bihan"); a name after
"de" or "a" ("la escuela de Villa Rosa", "regresó a Tafí") is a place's, no one a dropped
subject stands for; "se" and a verb with a noun after it ("se inauguró el museo") is a
passive, no one's doing; the verbs of lives ("réussit", "épouse"). Articles of our own."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.extract import extract_events
from core.model import Document
from tests.core.events.articles import check_events

FR_CLIMBER = (
    "Mort de Claire Monnier, pionnière de l'escalade\n\n"
    "L'alpiniste Claire Monnier est morte lundi à Briançon, à l'âge de 88 ans, a annoncé "
    "sa famille.\n\n"
    "Née à Gap en 1935, elle découvre l'escalade à quinze ans. Elle passe ses étés dans "
    "les Écrins avec son amie Lucie Marchal. En 1958, elle réussit la première traversée "
    "féminine de la Meije.\n\n"
    "En 1966, elle fonde à Briançon une école de ski. Elle a été faite chevalier de la "
    "Légion d'honneur en 2004."
)

FR_PIANIST = (
    "Paul Le Bihan, le piano de Brest, s'est tu\n\n"
    "Le pianiste Paul Le Bihan est mort samedi à Brest, à l'âge de 90 ans, a annoncé sa "
    "fille.\n\n"
    "Né à Morlaix, il donne son premier concert en 1950. Il épouse la chanteuse Anne Kervella "
    "en 1956.\n\n"
    "Installé à Brest, Le Bihan ouvre une école de musique. « Il jouait pour tout le "
    "monde », se souvient son ancien élève, le pianiste Marc Tanguy.\n\n"
    "Les années 1980 sont celles de la gloire. En 1984, il reçoit le grand prix de la ville."
)

ES_TEACHER = (
    "Murió Rosa Mamaní, la maestra que abrió escuelas en la Quebrada\n\n"
    "Rosa Mamaní, la maestra que abrió doce escuelas en los pueblos de la Quebrada, murió el "
    "pasado lunes en Jujuy. Tenía 91 años.\n\n"
    "Nació en Maimará en 1931, hija de un arriero. En 1953 llegó como maestra a la escuela "
    "de Villa Rosa, que no tenía libros.\n\n"
    "Tres años más tarde regresó a Tafí. En 1990 recibió el premio provincial a la "
    "docencia.\n\n"
    "En 2019 se inauguró el museo de la escuela."
)

CASES = [
    (  # "avec son amie Lucie Marchal": her friend, no rival for "elle"
        FR_CLIMBER,
        "fr",
        [
            ("title", "réussit la première traversée", "1958"),
            ("title", "Claire Monnier fonde à Briançon une école de ski", "1966"),
            ("title", "Claire Monnier a été faite chevalier", "2004"),
            ("no-title", "Marchal fonde"),
        ],
    ),
    (  # "Le Bihan" is Paul Le Bihan; "son ancien élève, le pianiste Marc Tanguy" his pupil
        FR_PIANIST,
        "fr",
        [
            ("title", "Le Bihan reçoit le grand prix de la ville", "1984"),
            ("title", "épouse la chanteuse Anne Kervella", "1956"),
            ("no-title", "Tanguy reçoit"),
        ],
    ),
    (  # places after "de" and "a" are no one: the verbs' ending is the teacher
        ES_TEACHER,
        "es",
        [
            ("title", "Mamaní nació en Maimará", "1931"),
            ("title", "Mamaní llegó como maestra", "1953"),
            ("title", "Mamaní recibió el premio provincial", "1990"),
            ("no-title", "Villa Rosa regresó"),
            ("title", "Se inauguró el museo de la escuela", "2019"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "language", "checks"), CASES)
def test_a_lifes_pronoun_or_dropped_subject_passes_over_kin_and_places(
    body: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    document = Document("/t.txt", "", body, "2023-03-15T10:00", "header", "h", language=language)
    check_events(extract_events(document), checks)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("Hier, Paul Le Bihan joue. À Brest, Le Bihan chante.", "Le Bihan", "Paul Le Bihan"),
        ("Ana de la Cruz llegó. Ayer, De la Cruz habló.", "De la Cruz", "Ana de la Cruz"),
    ],
)
def test_a_surname_with_its_particles_is_the_person_named_in_full(
    text: str, short: str, full: str
) -> None:
    language = "fr" if "joue" in text else "es"
    names = {m.text: m.name for m in find_mentions(text, 0, language=language)}
    assert names[short] == full, names


FR_SENTENCE_CASES = [
    (  # "de 180 postes." ends the sentence before: no baseline for the date opening this one
        "En février 1980, la direction a annoncé la suppression de 180 postes. Le 14 mars, "
        "les salariés ont occupé les ateliers.",
        [("title", "Les salariés ont occupé les ateliers", "1980-03-14")],
    ),
    (
        "Les parents ont signé une pétition de 400 noms. Lundi, une délégation a été reçue "
        "par le recteur.",
        [("title", "Une délégation a été reçue par le recteur", "2023-03-13")],
    ),
]


@pytest.mark.parametrize(("body", "checks"), FR_SENTENCE_CASES)
def test_a_french_date_opening_its_sentence_is_read_without_the_sentence_before(
    body: str, checks: list[tuple[str, ...]]
) -> None:
    text = f"Grève à l'usine\n\n{body}"
    document = Document("/t.txt", "", text, "2023-03-15T10:00", "header", "h", language="fr")
    check_events(extract_events(document), checks)


IN_SENTENCE_CASES = [
    (  # her friend, named in the pronoun's own sentence, is not "elle"
        "Mort de Claire Monnier, pionnière de l'escalade\n\n"
        "L'alpiniste Claire Monnier est morte lundi à Briançon, à l'âge de 88 ans.\n\n"
        "En 1958, avec son amie Lucie Marchal, elle réussit la première traversée féminine "
        "de la Meije.",
        [("title", "Claire Monnier", "1958"), ("no-title", "Marchal")],
    ),
    (  # "Son Rolleiflex": a name only ever written after a possessive is a thing of hers
        "Mort de Louise Perrin, photographe des mines\n\n"
        "La photographe Louise Perrin est morte lundi à Nancy, à l'âge de 95 ans.\n\n"
        "Son Rolleiflex, un modèle racheté à un voisin, est exposé au musée. De 1950 à 1970, "
        "elle photographie les mineurs de Lorraine.",
        [("title", "Louise Perrin photographie les mineurs", "1950"), ("no-title", "Rolleiflex")],
    ),
]


@pytest.mark.parametrize(("text", "checks"), IN_SENTENCE_CASES)
def test_a_pronoun_passes_over_kin_named_in_its_own_sentence(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    document = Document("/t.txt", "", text, "2023-03-15T10:00", "header", "h", language="fr")
    check_events(extract_events(document), checks)
