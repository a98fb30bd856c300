"""Shapes of real Spanish, French and German press text that our own sets lacked: a German
quote attributed with the day before the speaker, French "a dû" with the verb it governs, a
German list of subjects after a comma (no relative), suspended-hyphen compounds, a reported
clause resumed inside a relative with no comma, and a date that names the opening noun."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_PUBLISHED = "2019-03-15"  # a Friday


def _check(text: str, language: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, language, _PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the day stands before the speaker, with no article, and "dazu" may follow it
        (
            "„Wir prüfen die Pläne der Stadtwerke noch“, sagte gestern Sprecherin Greta Imhof.",
            [
                ("title", "Imhof: „Wir prüfen die Pläne der Stadtwerke noch“"),
                ("dated", "2019-03-14"),
            ],
        ),
        (
            "„Zu laufenden Verfahren äußern wir uns nicht“, erklärte am Mittwoch dazu "
            "Anwalt Tobias Wendler.",
            [("title", "Tobias Wendler", "2019-03-13"), ("dated", "2019-03-13")],
        ),
        (
            "„Die Brücke bleibt bis Ostern gesperrt“, sagte gestern die Bürgermeisterin "
            "Carla Stein.",
            [("title", "Stein: „Die Brücke bleibt bis Ostern gesperrt“", "2019-03-14")],
        ),
        # (guard) no one named: nobody a reader can place
        ("„Wir prüfen die Pläne der Stadtwerke noch“, sagte gestern ein Sprecher.", [("none",)]),
    ],
)
def test_german_quote_with_the_day_before_the_speaker(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, "de", checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "a dû" + a verb: it had to happen, and did
        (
            "Le maire de Vescourt a dû être évacué mardi après un malaise.",
            [("title", "Le maire de Vescourt a dû être évacué", "2019-03-12")],
        ),
        (
            "La fromagerie de Lanvic a dû fermer ses portes jeudi.",
            [("title", "La fromagerie de Lanvic a dû fermer ses portes", "2019-03-14")],
        ),
        # (guard) "devoir" with a sum is owing: a state
        ("La commune a dû 40 000 euros à la banque en 2018.", [("none",)]),
    ],
)
def test_french_modal_participle_then_verb(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, "fr", checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "die" after the comma opens the list's next item, not a relative: the verb stands
        # second with words after it
        (
            "Die neue Mensa, die Turnhalle und der Sportplatz wurden am Dienstag eingeweiht.",
            [
                ("title", "Die neue Mensa, die Turnhalle und der Sportplatz wurden eingeweiht"),
                ("dated", "2019-03-12"),
            ],
        ),
        # (guard) a relative ends on its verbs: its date is the relative's own
        (
            "Die Halle, die Lena und Jakob am Montag besichtigt hatten, wurde verkauft.",
            [("title", "Lena und Jakob", "2019-03-11"), ("no-title-with", "verkauft")],
        ),
    ],
)
def test_german_list_of_subjects_is_no_relative(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, "de", checks)


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        (
            "Im Februar wurde die Rad- und Fußgängerbrücke über die Ilm eröffnet.",
            "de",
            [("title", "Die Rad- und Fußgängerbrücke", "2019-02")],
        ),
        (
            "2017 wurde die Sanierung des Umkleide- und Duschbereiches in Angriff genommen.",
            "de",
            [("has", "2017"), ("no-title-with", " - ")],
        ),
        (
            "Pre- and post-season checks on the ferry were completed on Monday.",
            "en",
            [("title", "Pre- and post-season checks on the ferry were completed", "2019-03-11")],
        ),
    ],
)
def test_suspended_hyphen_is_part_of_the_word(
    text: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, language, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Marta Olivar aseguró ayer que la gira que hará su orquesta será breve.",
            [
                (
                    "title",
                    "Marta Olivar aseguró que la gira que hará su orquesta será breve",
                    "2019-03-14",
                )
            ],
        ),
        # (guard) a relative with a second verb of its own after "y": no reported verb found
        (
            "Marta Olivar aseguró ayer que la gira que hará su orquesta y financia será breve.",
            [("no-title-with", "financia será")],
        ),
    ],
)
def test_reported_clause_resumed_inside_a_relative(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, "es", checks)


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        (
            "L'inondation de la nuit de lundi à mardi a été évoquée hier au conseil municipal.",
            "fr",
            [("dated", "2019-03-14")],
        ),
        (
            "La tempête de dimanche a été au centre du conseil municipal hier soir.",
            "fr",
            [("not", "2019-03-10")],
        ),
        (
            "El apagón del martes por la tarde fue investigado ayer por la compañía.",
            "es",
            [("dated", "2019-03-14")],
        ),
        (
            "The blaze of Tuesday night was brought under control yesterday.",
            "en",
            [("dated", "2019-03-14")],
        ),
        # (guard) German "vom Dienstag" read so already
        (
            "Der Stromausfall vom Dienstag wurde gestern vom Netzbetreiber erklärt.",
            "de",
            [("dated", "2019-03-14")],
        ),
        # (guards) a range keeps its start; a date with no other date dates the clause
        ("El congreso se celebró del 4 al 8 de marzo.", "es", [("has", "2019-03-04")]),
        ("The storm of Tuesday night flooded the station.", "en", [("has", "2019-03-12TNI")]),
        ("La tempête de mardi soir a inondé la gare.", "fr", [("has", "2019-03-12TEV")]),
    ],
)
def test_date_of_the_opening_noun_gives_way_to_the_clause_date(
    text: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, language, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the verb's number belies the noun before it: the noun phrase after it is the subject
        (
            "El alcalde celebró el convenio que firmaron ayer las dos cooperativas.",
            [("title", "Las dos cooperativas firmaron el convenio", "2019-03-14")],
        ),
        # a person's name after the verb, no personal "a": the name is who did it
        (
            "Dicen que el pequeño sello que fundó Irene Salcedo en 2004 sigue activo.",
            [("title", "Irene Salcedo fundó el pequeño sello", "2004")],
        ),
        # (guards) the subject before the verb, as written; a subject relative
        (
            "El alcalde celebró el convenio que las dos cooperativas firmaron ayer.",
            [("title", "Las dos cooperativas firmaron el convenio", "2019-03-14")],
        ),
        (
            "La jueza que condenó ayer a los dos acusados preside la sala.",
            [("title", "La jueza condenó a los dos acusados", "2019-03-14")],
        ),
    ],
)
def test_spanish_relative_with_its_subject_after_the_verb(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, "es", checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a relative with no comma runs on into the main clause's verb: the title stops there
        (
            "Los socios que votaron ayer en la asamblea serán informados.",
            [
                ("title", "Los socios votaron en la asamblea", "2019-03-14"),
                ("no-title-with", "informados"),
            ],
        ),
        (
            "El guía que acompañó ayer a los turistas es biólogo.",
            [("title", "El guía acompañó a los turistas", "2019-03-14")],
        ),
        # (guard) a verb after "si" is the condition's, not the main clause's
        (
            "Las gradas que el club espera cubrir si la junta aprueba el gasto el 2 de abril.",
            [("no-title-ending", "junta")],
        ),
    ],
)
def test_spanish_relative_stops_before_the_main_verb(
    text: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, "es", checks)


@pytest.mark.parametrize(
    ("text", "language", "checks"),
    [
        # a relative with no comma inside the subject keeps its date: the main clause resumes
        # at the relative's second verb with its own date
        (
            "Le trésorier qui a quitté le club en janvier a été remplacé mardi.",
            "fr",
            [
                ("title", "Le trésorier a été remplacé", "2019-03-12"),
                ("title", "Le trésorier a quitté le club", "2019-01"),
            ],
        ),
        (
            "La directora que renunció en enero fue sustituida el martes.",
            "es",
            [("title", "La directora fue sustituida", "2019-03-12"), ("not", "2019-01")],
        ),
        # (guard) a clause before "que": what was said, no subject's relative
        (
            "El club anunció el martes que el estadio será ampliado.",
            "es",
            [("title", "El club anunció que el estadio será ampliado", "2019-03-12")],
        ),
    ],
)
def test_subject_relative_with_no_comma_leaves_the_main_clause_its_date(
    text: str, language: str, checks: list[tuple[str, ...]]
) -> None:
    _check(text, language, checks)
