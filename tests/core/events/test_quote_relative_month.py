"""A quote and its attribution tell no happening of their own, but a relative after the
speaker's name does, dated by a day or, now, a month ("…», señaló el capitán, Tomás Vidal,
que asumió la capitanía en marzo"); a bare year still only describes ("…, que ganó el
torneo de 1999")."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-04-10"


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        (
            "es",
            "«El equipo respondió», señaló el capitán, Tomás Vidal, que asumió la capitanía en"
            " marzo.",
            [("title", "Vidal asumió la capitanía", "2022-03")],
        ),
        (
            "es",
            "«Seguiremos en la calle», avisó la portavoz vecinal, Marta Esteve, que organizó la"
            " primera sentada en febrero.",
            [("title", "Marta Esteve organizó la primera sentada", "2022-02")],
        ),
        (
            "fr",
            "« Nous avons tenu bon », a déclaré le syndicaliste Luc Morel, qui avait lancé la"
            " grève en février.",
            [("title", "Luc Morel avait lancé la grève", "2022-02")],
        ),
        ("es", "«Fue un día largo», dijo Ana Ruiz, que ganó el torneo de 1999.", [("none",)]),
    ],
)
def test_a_relative_after_a_quotes_speaker_dated_by_a_month(language, text, checks):
    check_events(events_of(text, language, PUBLISHED), checks)
