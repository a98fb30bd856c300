"""The person a profile's or an obituary's "er"/"sie", "il"/"elle", "él"/"ella", "он"/"она",
"він"/"вона" stands for, when the headline and a byline name others first: the one the lead
names, also after the verb; German "sie" only when its verb is singular."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document


def _events(text: str, language: str, pub: str = "2020-05-04") -> list[tuple[str, str]]:
    doc = Document("t.txt", "", text, pub, "header", "t", 0, "", language)
    return [(e.start, e.title) for e in extract_events(doc) if not e.undated]


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "de",
            "Montag, 4. Mai 2020\n\nEin Leben für den Stein\n\nVon Anna Kraus\n\n"
            "Am Sonntag ist Paul Oberhuber im Alter von 88 Jahren in Graz gestorben.\n\n"
            "Er wuchs in Linz auf. 1962 gründete er eine Werkstatt in Wien.",
            "Paul Oberhuber gründete eine Werkstatt in Wien",
        ),
        (
            "de",
            "Montag, 4. Mai 2020\n\nEin Leben in Farben\n\nVon Karl Brenner\n\n"
            "Am Sonntag ist Greta Lindholm im Alter von 91 Jahren in Bremen gestorben.\n\n"
            "Sie wuchs in Kiel auf. 1962 gründete sie eine Werkstatt in Hamburg.",
            "Greta Lindholm gründete eine Werkstatt in Hamburg",
        ),
        (
            "fr",
            "Lundi 4 mai 2020\n\nLa mort de Claire Vasseur\n\nPar Marc Delorme\n\n"
            "Dimanche est morte à Nantes la peintre Claire Vasseur.\n\n"
            "Elle a grandi à Brest. En 1962, elle a fondé un atelier à Rennes.",
            "Claire Vasseur a fondé un atelier à Rennes",
        ),
        (
            "es",
            "Muere Lucía Ferrer\n\nPor Andrés Gil\n\n"
            "El domingo murió en Valencia la pintora Lucía Ferrer.\n\n"
            "Ella creció en Alicante. En 1962 ella fundó un taller en Valencia.",
            "Lucía Ferrer fundó un taller en Valencia",
        ),
    ],
)
def test_the_pronoun_stands_for_the_person_the_piece_is_about(language, text, title):
    assert ("1962", title) in _events(text, language)


def test_german_sie_with_a_plural_verb_is_no_one_woman():
    text = (
        "Montag, 4. Mai 2020\n\nEin Leben in Farben\n\nVon Karl Brenner\n\n"
        "Am Sonntag ist Greta Lindholm im Alter von 91 Jahren in Bremen gestorben.\n\n"
        "Sie wuchs in Kiel auf. 1962 gründeten sie eine Werkstatt in Hamburg."
    )
    titles = [title for _, title in _events(text, "de")]
    assert not any(t.startswith("Greta Lindholm gründete") for t in titles)
