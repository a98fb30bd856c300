"""A plural pronoun ("ils", "elles", "вони") or a Spanish plural verb with its subject left out
that opens a sentence stands for the plural subject of the sentence before, when that
subject is sure (``core.events.plural_subject``); otherwise the clause keeps no subject. And
French "il"/"elle" after a subject set after a fronted phrase, or a lone noun with an elided
article (``core.events.phrase_antecedent``); German "sie" after a fronted time, through a
chain of the same pronoun, and in a subordinate clause by the numbers of the verbs
(``core.events.subjects``)."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    (  # Spanish: a plural verb with no subject after a fronted date
        "es",
        "Los guardas forestales cerraron la pista norte el 3 de mayo. "
        "Un día después consiguieron despejar el barranco.",
        [("title", "Los guardas forestales consiguieron despejar el barranco", "2023-05-04")],
    ),
    (  # a passive before: the ones cut off are the ones who came down
        "es",
        "Los excursionistas del albergue quedaron aislados el martes. "
        "Pudieron bajar al pueblo ayer por la mañana.",
        [("title", "Los excursionistas del albergue pudieron bajar", "2023-05-11TMO")],
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
        "Les infirmières occupent le hall de la clinique depuis lundi. Les brancardiers "
        "passent la nuit dans la cour. Le 9 mai, elles votent la grève.",
        [("no-title", "Les brancardiers votent")],
    ),
    (  # a chain of "elles" back to the noun phrase
        "fr",
        "Les infirmières occupent le hall de la clinique depuis lundi. Elles passent la nuit "
        "dans la cour. Le 9 mai, elles votent la grève.",
        [("title", "Les infirmières votent la grève", "2023-05-09")],
    ),
    (  # a date before the subject before: not taken for the subject
        "fr",
        "Le 2 mai, les infirmières occupent le hall de la clinique. Le 9 mai, elles votent "
        "la grève.",
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
        "Dès la rentrée, la chorale donnera des concerts dans la région. Elle sera accueillie "
        "à Nîmes le 6 octobre.",
        [("title", "La chorale sera accueillie à Nîmes", "2023-10-06")],
    ),
    (  # one noun with its article elided, its ending feminine as "elle"
        "fr",
        "L'usine est toujours ouverte. Elle avait été rachetée en 2011 par un groupe breton.",
        [("title", "L'usine avait été rachetée par un groupe breton", "2011")],
    ),
    (  # "l'" tells no gender and "État" is masculine: not what "elle" stands for
        "fr",
        "L'État a promis des aides. Elle a été votée en 2011.",
        [("no-title", "L'État")],
    ),
    (  # a person named in the sentence before: "elle" is her, not the body
        "fr",
        "L'association offrit à Julie Marchand la présidence du jury. Elle l'accepta en mars 2014.",
        [("no-title", "L'association")],
    ),
    (  # German: "sie" after a fronted year, as the "Sie" opening the sentence before
        "de",
        "Die Bildhauerin Karin Vogt wurde 1941 in Halle geboren. Sie lehrte in Dresden und zog "
        "1965 nach Rostock. 1982 eröffnete sie eine Galerie am Hafen.",
        [("title", "Die Bildhauerin Karin Vogt eröffnete eine Galerie am Hafen", "1982")],
    ),
    (  # German "sie" after "nachdem", both verbs plural: the main plural subject
        "de",
        "Die Kraniche erreichten im März den See, nachdem sie im Februar in Spanien beringt "
        "worden waren.",
        [("title", "Die Kraniche waren in Spanien beringt worden", "2023-02")],
    ),
    (  # the verbs differ in number: "sie" is the horses, not the club
        "de",
        "Der Verein kaufte die Pferde, nachdem sie im Herbst versteigert worden waren.",
        [("no-title", "Der Verein waren")],
    ),
    (  # after a semicolon "sie" puts its verb second: one thing, as before
        "de",
        "Die Lesung im Rathaus musste wegen Krankheit abgesagt werden; sie soll am 9. Juni "
        "nachgeholt werden.",
        [("title", "Die Lesung im Rathaus soll nachgeholt werden", "2023-06-09")],
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
