"""German relatives with their verb last. A participle before the past passive's auxiliary
("…, die am Samstag eröffnet wurde") is no present that puts the date ahead: the auxiliary
says it is past. A relative with nothing but its verb beside its date ("ein Turnier, das am
28. Dezember beginnt") tells its own happening, titled by its noun; a place's name after a
noun and a word of place ("beim Turnier in Riga, das …") is no sure antecedent."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2021-12-20"  # a Monday


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Die Bürger besuchten die Buchmesse, die am Samstag eröffnet wurde.",
            [("title", "Die Buchmesse wurde eröffnet", "2021-12-18"), ("not", "2021-12-25")],
        ),
        (
            "Die Stadt teilte mit, dass die Messe am Samstag eröffnet wurde.",
            [("title", "wurde eröffnet", "2021-12-18"), ("not", "2021-12-25")],
        ),
        (
            "Der Mann, der am Freitag verhaftet wurde, schweigt.",
            [("title", "wurde verhaftet", "2021-12-17")],
        ),
        # still ahead: the future passive, the scheduled present
        (
            "Die Bürger besuchten die Buchmesse, die am Samstag eröffnet wird.",
            [("has", "2021-12-25")],
        ),
        ("Die Messe eröffnet am Samstag.", [("has", "2021-12-25")]),
    ],
)
def test_a_participle_before_the_past_passive_auxiliary_is_past(text, checks):
    check_events(events_of(text, "de", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Danach spielt Klara Berg ein Pokalturnier, das am 28. Dezember beginnt.",
            [("title", "Ein Pokalturnier beginnt", "2021-12-28")],
        ),
        (
            "Die Polizei sucht den Mann, der am Freitag floh.",
            [("title", "Der Mann floh", "2021-12-17")],
        ),
        (
            "Danach spielt Klara Berg beim Pokalturnier in Riga, das am 28. Dezember beginnt.",
            [("no-title", "Riga beginnt")],
        ),
    ],
)
def test_a_relative_with_only_its_verb_tells_its_happening(text, checks):
    check_events(events_of(text, "de", PUBLISHED), checks)
