"""German "die" and "das" relatives as their clause's object. After the pronoun a subject
opening on "der" (a masculine nominative) makes the pronoun the object: "die Ernennungen, die
der Landtag am Montag vornahm" is told as "Der Landtag nahm die Ernennungen vor", on Monday.
Where the pronoun may as well be the subject ("die das Problem … geerbt hatte", "die die
Firma … gekauft hatte"), a passive closes the clause ("die der Gemeinde … vorgeschlagen
wurde": a dative) or an accusative of its own follows ("die der Polizei … den Täter nannte"),
nothing is read. A separable verb's particle closes the main clause before its relative, whose
antecedent it does not hide: "lehnt das Gesetz ab, das …"."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-03-16"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Umstritten bleiben die Ernennungen, die der Kreistag gestern nach langer Debatte"
            " vornahm.",
            [("title", "Der Kreistag nahm die Ernennungen nach langer Debatte vor", "2022-03-15")],
        ),
        (
            "Die Ermittler fanden die Tasche, die der Einbrecher am Montag im Park versteckte.",
            [("title", "Der Einbrecher versteckte die Tasche im Park", "2022-03-14")],
        ),
        (
            "Die Bürger kritisieren das Verbot, das der Stadtrat am Montag beschlossen hatte.",
            [("title", "Der Stadtrat hatte das Verbot beschlossen", "2022-03-14")],
        ),
    ],
)
def test_a_die_or_das_relative_before_a_masculine_subject_is_its_object(text, checks):
    check_events(events_of(text, "de", PUBLISHED), checks)


@pytest.mark.parametrize(
    "text",
    [
        "Lob gab es für eine Idee, die der Schule am Montag vorgeschlagen wurde.",
        "Die Nachbarin, die der Feuerwehr am Montag den Brand meldete, ist Zeugin.",
        "Die Kellerei, die das Weingut im Jahr 2009 geerbt hatte, baut nun aus.",
        "Die Halle, die die Gemeinde im Mai gekauft hatte, steht leer.",
    ],
)
def test_a_pronoun_that_may_be_the_subject_gives_no_object_reading(text):
    titles = [e.title for e in events_of(text, "de", PUBLISHED)]
    assert not [
        t
        for t in titles
        if t.startswith(("Der Schule", "Der Feuerwehr", "Das Weingut", "Die Gemeinde"))
    ], titles


def test_a_separable_particle_before_the_relative_leaves_its_antecedent():
    check_events(
        events_of(
            "Die Gemeinde lehnt das Verbot ab, das der Stadtrat im Januar beschlossen hatte.",
            "de",
            PUBLISHED,
        ),
        [("title", "Der Stadtrat hatte das Verbot beschlossen", "2022-01")],
    )
