"""The kind of happening a clause reports: what colours and filters an event on the timeline."""

from __future__ import annotations

import pytest

from core import lang
from core.events.kinds import KINDS, kind_of, kinds_in, trigger_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two leaders signed a trade deal", "agreement"),
        ("Police fired tear gas at protesters", "protest"),
        ("Troops were deployed to the border", "military"),
        ("Voters go to the polls", "election"),
        ("Bombs exploded in the market", "violence"),
        ("Sanctions were imposed", "sanction"),
        ("The minister said nothing", "statement"),
        ("The weather was mild", "other"),
        # idioms and nouns with another sense name no happening
        ("The union will strike a balance", "other"),
        ("There are signs of cooling", "other"),
    ],
)
def test_kind_of_a_clause(text, kind):
    assert kind_of(text) == kind


def test_an_earlier_kind_wins_a_tie():
    assert kinds_in("Troops said they would stay") == ["military", "statement"]
    assert kind_of("Troops said they would stay") == "military"


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("visited", "meeting"),
        ("signed", "agreement"),
        ("shelled", "violence"),
        ("protesters", "protest"),
        ("elected", "election"),
        ("tariffs", "sanction"),
        ("weather", None),
    ],
)
def test_trigger_kind_of_a_word_in_any_form(word, kind):
    assert trigger_kind(word) == kind


@pytest.mark.parametrize("code", lang.languages())
def test_every_language_names_only_the_engines_kinds(code):
    assert set(lang.words(code, "events").TRIGGERS) <= set(KINDS) - {"other"}
