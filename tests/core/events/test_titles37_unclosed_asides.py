"""A subject after a comma that no comma closes before the verb is the subject, not an aside
of what stands before the comma, when that is what is left of a fronted phrase: its opening
cut ("According to the agency, Valtor, the rebels blew up …"; "as a rule, …") or its date
dropped ("Only in the spring of 2021, the two mills shipped …"). A subject that opens its
clause keeps its aside as before. Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("body", "language", "checks"),
    [
        ("According to the grid operator, Valtor, the rebels blew up four pylons in 2019.", "en",
         [("title", "The rebels blew up four pylons", "2019"), ("no-title", "Valtor")]),
        ("Mr Dunmore said that, as a matter of course, a new lease must be signed by March 2022.",
         "en", [("title", "A new lease must be signed", "2022-03")]),
        ("Only in the spring of 2019, the two mills shipped more oak than in any year before.",
         "en", [("no-title", "Only")]),
        ("Solo durante el primer trimestre de 2019, las dos fábricas enviaron 300 toneladas de "
         "roble a Noruega.", "es",
         [("title", "Las dos fábricas enviaron 300 toneladas de roble a Noruega", "2019-Q1")]),
        ("Et notamment entre le 3 janvier et le 20 février, la patinoire affiche complet.",
         "fr", [("title", "La patinoire affiche complet", "2022-01-03")]),
        # an aside closed by its comma, and a subject opening its clause: as before
        ("Orlen Mills, the oldest weaver in Tarn, closed its doors on Monday.", "en",
         [("title", "Orlen Mills closed its doors", "2022-01-31")]),
        ("Marek Holt, the harbour master who ran the port for years, retired on Monday.", "en",
         [("title", "Marek Holt retired", "2022-01-31")]),
        # an object pronoun after the comma, the doers after the verb: no subject
        ("Торік, попри негоду, її відвідали понад 20 тисяч туристів.", "uk",
         [("no-title", "Її")]),
    ],
)  # fmt: skip
def test_the_subject_after_a_fronted_phrase(body, language, checks):
    check_events(events_of(body, language, "2022-02-04"), checks)
