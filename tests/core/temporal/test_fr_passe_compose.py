"""French tells a story in the passé composé: "avoir" before a participle is a past, not the
present "a" ("Le feu a pris vers minuit"), while "a" before a noun or "lieu" stays present.
Every sentence here is our own."""

from __future__ import annotations

import pytest

from core.temporal.tense import tells_past


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
