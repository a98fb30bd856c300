"""The kind of happening a clause reports: what colours and filters an event on the timeline."""

from __future__ import annotations

import pytest

from core import lang
from core.events.kinds import (
    KINDS,
    NO_KIND,
    kind_of,
    kinds_in,
    sure_kind,
    sure_word_kind,
    trigger_kind,
)


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


@pytest.mark.parametrize(
    ("verb", "predicate", "sentence", "kind"),
    [
        # the verb names the kind
        ("clashed", "clashed with police", "Miners clashed with police", "violence"),
        ("signed", "signed a pact", "The two ports signed a pact", "agreement"),
        # a noun names it after a verb that stages or enacts it
        ("held", "held rallies in the capital", "Opposition supporters held rallies", "protest"),
        ("imposed", "imposed sanctions on the regime", "Ruritania imposed sanctions", "sanction"),
        # a plain reporting verb names no kind; a speech act does
        ("said", "said profits rose", "The bakery said profits rose", NO_KIND),
        ("reported", "reported a loss", "The mill reported a loss", NO_KIND),
        ("warned", "warned of shortages", "The mayor warned of shortages", "statement"),
        # words used as often in another sense need their kind's context
        ("rallied", "rallied back", "Tin prices rallied back", NO_KIND),
        ("rallied", "rallied outside parliament", "Students rallied outside parliament", "protest"),
        ("voted", "voted to close the plant", "The board voted to close the plant", NO_KIND),
        ("met", "met its sales target", "The firm met its sales target", NO_KIND),
        ("met", "met in Oslo", "The two prime ministers met in Oslo", "meeting"),
        ("agreed", "agreed that rates will fall", "Traders agreed that rates will fall", NO_KIND),
        ("cut", "cut the exercise price", "The firm cut the exercise price of warrants", NO_KIND),
        # a noun elsewhere in the clause is not the clause's happening
        ("rose", "rose on hopes of a trade deal", "Shares rose on hopes of a trade deal", NO_KIND),
    ],
)
def test_a_kind_is_given_only_when_sure(verb, predicate, sentence, kind):
    assert sure_kind(verb, predicate, sentence) == kind


def test_an_ambiguous_word_is_not_its_own_context():
    assert sure_word_kind("strike", "A strike is possible") == NO_KIND
    assert sure_word_kind("strike", "Dock workers began a strike") == "protest"
