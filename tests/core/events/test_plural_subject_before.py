"""A plural pronoun ("ils", "elles", "вони") or a Spanish plural verb with its subject left out
that opens a sentence stands for the plural subject of the sentence before, when that
subject is sure (``core.events.plural_subject``); otherwise the clause keeps no subject. And
French "il"/"elle" after a subject set after a fronted phrase, or a lone noun with an elided
article (``core.events.phrase_antecedent``); German "sie" after a fronted time, through a
chain of the same pronoun (``core.events.subjects``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (  # Spanish: a plural verb with no subject after a fronted date
        "es",
        "Los guardas forestales, llegados desde Teruel, cerraron la pista norte el 3 de mayo. "
        "Al día siguiente lograron despejar el barranco.",
        [("title", "Los guardas forestales lograron despejar el barranco", "2023-05-04")],
    ),
    (  # a passive before: the ones evacuated are the ones who came back
        "es",
        "Unos 80 campistas del valle fueron evacuados el martes. "
        "Pudieron volver a las tiendas ayer por la mañana.",
        [("title", "Unos 80 campistas del valle pudieron volver", "2023-05-11TMO")],
    ),
    (  # two plurals before: the guards or the poachers? no subject, no title with either
        "es",
        "Los guardas forestales denunciaron a los cazadores furtivos el lunes. "
        "Al día siguiente recurrieron la multa.",
        [("no-title", "Los guardas forestales recurrieron")],
    ),
    (  # one body, not a plural: the verb's plural is someone else's
        "es",
        "El comité de vecinos pidió una reunión el lunes. Al día siguiente cortaron la calle.",
        [("no-title", "El comité de vecinos cortaron")],
    ),
    (  # French: "ils" after a fronted date
        "fr",
        "Les apiculteurs du canton ont écrit au préfet. Jeudi, ils ont bloqué le rond-point.",
        [("title", "Les apiculteurs du canton ont bloqué le rond-point", "2023-05-11")],
    ),
    (  # "elles" does not stand for a masculine plural: the women are named earlier
        "fr",
        "Les couturières occupent l'atelier depuis lundi. Les livreurs passent la nuit dans la "
        "cour. Le 9 mai, elles votent la grève.",
        [("no-title", "Les livreurs votent")],
    ),
    (  # a chain of "elles" back to the noun phrase
        "fr",
        "Les couturières occupent l'atelier depuis lundi. Elles passent la nuit dans la cour. "
        "Le 9 mai, elles votent la grève.",
        [("title", "Les couturières votent la grève", "2023-05-09")],
    ),
    (  # a date before the subject before: not taken for the subject
        "fr",
        "Le 2 mai, les couturières occupent l'atelier. Le 9 mai, elles votent la grève.",
        [("no-title", "Le 2 mai votent")],
    ),
    (  # Ukrainian "вони", Russian "они": no gender in the plural, the verb plural before
        "uk",
        "Місцеві фермери протестували у вівторок. У суботу вони перекриють трасу на Київ.",
        [("title", "Місцеві фермери перекриють трасу на Київ", "2023-05-13")],
    ),
    (
        "ru",
        "Местные фермеры протестовали во вторник. В субботу они перекроют трассу на Киров.",
        [("title", "Местные фермеры перекроют трассу на Киров", "2023-05-13")],
    ),
    (  # another noun after the verb before: whose is "вони" is not sure, no subject
        "uk",
        "Місцеві фермери звернулися до обласної ради. У суботу вони перекриють трасу на Київ.",
        [("no-title", "фермери перекриють")],
    ),
    (  # the subject after a fronted phrase and its comma
        "fr",
        "Après Carnoux, la chorale partira en tournée à l'automne. Elle sera accueillie à "
        "Nîmes le 6 octobre.",
        [("title", "La chorale sera accueillie à Nîmes", "2023-10-06")],
    ),
    (  # one noun with its article elided, its ending feminine as "elle"
        "fr",
        "L'idée n'est pas neuve. Elle avait été proposée en 2011 par l'ancien directeur du port.",
        [("title", "L'idée avait été proposée par l'ancien directeur du port", "2011")],
    ),
    (  # "l'" tells no gender and "État" is masculine: not what "elle" stands for
        "fr",
        "L'État a promis des aides. Elle a été votée en 2011.",
        [("no-title", "L'État")],
    ),
    (  # a person named in the sentence before: "elle" is her, not the body
        "fr",
        "L'association proposa à Julie Marchand un poste à Brest. Elle devint ainsi, en mars "
        "2014, la première femme nommée.",
        [("no-title", "L'association")],
    ),
    (  # German: "sie" after a fronted year, as the "Sie" opening the sentence before
        "de",
        "Die Malerin Karin Vogt wurde 1941 in Halle geboren. Sie studierte in Dresden und zog "
        "1965 nach Rostock. 1979 stellte sie einen Antrag auf Ausreise.",
        [("title", "Die Malerin Karin Vogt stellte einen Antrag auf Ausreise", "1979")],
    ),
    (  # German "sie" after "nachdem", both verbs plural: the main plural subject
        "de",
        "Die Luchse kamen im Mai in den Harz, nachdem sie im April gefangen worden waren.",
        [("title", "Die Luchse waren gefangen worden", "2023-04")],
    ),
    (  # the verbs differ in number: "sie" is the lynxes, not the zoo
        "de",
        "Der Zoo kaufte die Luchse, nachdem sie im April gefangen worden waren.",
        [("no-title", "Der Zoo waren")],
    ),
    (  # after a semicolon "sie" puts its verb second: one thing, as before
        "de",
        "Eine Messe über den Bergbau ist für das Frühjahr geplant; sie soll am 14. März "
        "eröffnet werden.",
        [("title", "Eine Messe über den Bergbau soll eröffnet werden", "2023-03-14")],
    ),
    (  # a relative after a fronted phrase is no subject there ("Im Verfahren, das …")
        "de",
        "Im Verfahren, das am 4. April begonnen hatte, schwieg der Beschuldigte zunächst. "
        "Erst in der vergangenen Woche gab er die Taten zu.",
        [("no-title", "Der gab")],
    ),
]


@pytest.mark.parametrize(("language", "text", "checks"), CASES)
def test_plural_subject_before(language: str, text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, "2023-05-12"), checks)
