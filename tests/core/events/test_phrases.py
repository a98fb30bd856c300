"""The shallow grammar behind titles: where clauses start, which word is the verb, how far a
noun phrase reaches, and how a person is named in a headline."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.finite import finite_verb
from core.events.phrases import clauses
from core.events.tokens import tokenize
from core.events.wording import cut_coordination, noun_phrase, reduce_names


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


def _clauses(text: str) -> list[tuple[str, str, str | None]]:
    """(opener, body, verb) of each clause."""
    tokens = tokenize(text, 0, len(text))
    return [
        (
            c.opener,
            " ".join(t.text for t in tokens[c.body : c.end]),
            tokens[c.verb].text if c.verb is not None else None,
        )
        for c in clauses(tokens)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted adverbial is no part of the subject
        (
            "During his visit on Thursday, Brandt met the mayor.",
            [("", "Brandt met the mayor .", "met")],
        ),
        # a reported clause without its "that"; ", adding that" opens another
        (
            "The minister said he would visit Lima, adding that talks would resume.",
            [
                ("", "The minister said", "said"),
                ("that", "he would visit Lima ,", "would"),
                ("adding", "", None),
                ("that", "talks would resume .", "would"),
            ],
        ),
        # after ", which … ," the main clause resumes at its verb
        (
            "The port, which closed in 2019, reopened when the storm passed.",
            [
                ("", "The port ,", None),
                ("which", "closed in 2019 ,", "closed"),
                ("reopened", "reopened", "reopened"),
                ("when", "the storm passed .", "passed"),
            ],
        ),
    ],
)
def test_clauses_open_at_openers_and_skip_fronted_words(text, expected):
    assert _clauses(text) == expected


def test_a_participle_modifying_the_subject_is_not_the_verb():
    tokens = tokenize(text := "The document released by Oslo lays out the plan.", 0, len(text))
    assert tokens[finite_verb(tokens, 0, len(tokens))].text == "lays"


def test_a_predicate_stops_before_a_second_verb():
    text = "Rebels seized the town and burned the market"
    tokens = tokenize(text, 0, len(text))
    assert _words(text)[1 : cut_coordination(tokens, 1, len(tokens))] == ["seized", "the", "town"]


def test_a_noun_phrase_grows_around_its_trigger():
    text = "Unease grew over plans for joint naval drills between Norway and Finland, aides said"
    tokens = tokenize(text, 0, len(text))
    a, b = noun_phrase(tokens, _words(text).index("drills"), 0, len(tokens))
    assert " ".join(_words(text)[a:b]) == "plans for joint naval drills between Norway and Finland"


def test_a_person_is_named_by_surname_without_title():
    text = "Foreign Minister Ines Duarte's visit to Lima"
    tokens = tokenize(text, 0, len(text))
    assert (
        reduce_names(text, tokens, 0, len(tokens), find_mentions(text)) == "Duarte's visit to Lima"
    )
