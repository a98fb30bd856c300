"""French tells a story in the passé composé: "avoir" before a participle is a past, not the
present "a" ("Le feu a pris vers minuit"), while "a" before a noun or "lieu" stays present;
the plus-que-parfait looks back from it. Every sentence here is our own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.lang import words
from core.temporal.narration import tells_past
from core.temporal.tagger import tag


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("Le feu a pris vers minuit.", True),
        ("La tempête a fait deux blessés.", True),
        ("Le gardien a dit non.", True),
        ("Les pompiers ont déjà maîtrisé les flammes.", True),
        ("La boulangère a ouvert sa boutique.", True),
        ("L'eau a atteint le premier étage.", True),
        ("Nous avons vu la fumée depuis le port.", True),
        ("La fête a lieu chaque été.", False),
        ("Le village a trois écoles.", False),
        ("Le musée a plus de visiteurs.", False),
        ("Le port a lui aussi ses habitudes.", False),
    ],
)
def test_the_passe_compose_tells_the_past(sentence: str, past: bool) -> None:
    assert tells_past(sentence, 0, 1, "fr") is past


FESTIVAL = date(2018, 7, 12)
NEWS = "Mardi soir, la troupe a joué devant deux mille personnes. "
LOOK_BACK = "En 2015, la metteuse en scène avait proposé le rôle au comédien ; il avait refusé. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a recent year told in the plus-que-parfait is a look back from the news: a month
        # told after it in the passé composé is the news's
        (NEWS + LOOK_BACK + "Les répétitions ont commencé en janvier.", "fr", "2018-01"),
        (
            "On Tuesday night the company played to a full house. In 2015 the director had"
            " offered the actor the role. Rehearsals began in January.",
            "en",
            "2018-01",
        ),
        # a text that reports no present: the story's year
        (LOOK_BACK + "Les répétitions ont commencé en janvier.", "fr", "2015-01"),
        # the year told in the passé composé: the story goes on there
        (
            NEWS + "En 2015, la metteuse en scène a proposé le rôle au comédien. Les"
            " répétitions ont commencé en janvier.",
            "fr",
            "2015-01",
        ),
        # the month told in the plus-que-parfait too: still the look back
        (NEWS + LOOK_BACK + "Les répétitions avaient commencé en janvier.", "fr", "2015-01"),
    ],
)
def test_a_month_after_a_look_back_in_the_past_perfect(text: str, lang: str, expected: str) -> None:
    month = {t.text: t.value for t in tag(text, FESTIVAL, lang)}
    assert month["janvier" if lang == "fr" else "January"] == expected


@pytest.mark.parametrize(
    ("sentence", "past_perfect"),
    [
        ("La mairie avait adressé deux lettres.", True),
        ("Elle était partie avant l'aube.", True),
        ("Le maire s'était installé à Brest.", True),
        ("Il avait 48 ans.", False),
        ("La route était fermée.", False),
        ("Le maire s'est installé à Brest.", False),
    ],
)
def test_the_plus_que_parfait(sentence: str, past_perfect: bool) -> None:
    cue = re.compile(words("fr", "cues").PAST_PERFECT, re.IGNORECASE)
    assert bool(cue.search(sentence)) is past_perfect


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # "a depuis racheté": what has happened since; the story has reached the present
        (" La commune a depuis racheté le terrain.", "2024-03"),
        ("", "2022-03"),
    ],
)
def test_a_depuis_brings_the_story_to_the_present(between: str, expected: str) -> None:
    text = (
        "Mardi, le maire a parlé. Les travaux ont débuté en janvier 2022."
        + between
        + " En mars, la commune a lancé un appel d'offres."
    )
    found = {t.text: t.value for t in tag(text, date(2024, 6, 20), "fr")}
    assert found["mars"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "au" after a participle of saying is the season's preposition, not a deferral's
        ("La commune a dévoilé au printemps une hausse de ses tarifs.", "2023-SP"),
        ("Le maire a signé au printemps un accord avec la région.", "2023-SP"),
        # a thing put off to a season still lies ahead
        ("Le vote a été reporté au printemps.", "2024-SP"),
    ],
)
def test_au_printemps_after_a_participle(text: str, expected: str) -> None:
    found = {t.text: t.value for t in tag(text, date(2023, 7, 20), "fr")}
    assert found["printemps"] == expected


def test_a_date_told_with_a_depuis_does_not_hold_the_story() -> None:
    text = (
        "Mardi, la troupe a joué. Elle a depuis pris la direction du théâtre, en janvier 2022."
        "\n\nLe budget dépend des dons, et la commune a dévoilé au printemps une"
        " hausse de ses tarifs."
    )
    found = {t.text: t.value for t in tag(text, date(2023, 7, 20), "fr")}
    assert found["printemps"] == "2023-SP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "se poursuit" before a weekday is a timetable's present: the coming day
        ("Le festival se poursuit vendredi avec un concert.", "2018-07-13"),
        ("Les négociations se poursuivent lundi.", "2018-07-16"),
        # "depuis" before it: the day gone by
        ("La grève se poursuit depuis mardi.", "2018-07-10"),
    ],
)
def test_se_poursuit_is_a_timetable(text: str, expected: str) -> None:
    found = [t.value for t in tag(text, date(2018, 7, 12), "fr")]
    assert found == [expected]
