"""The action on the right actor in English titles: an irregular participle's agent is no
subject ("Growers hit by the frost marched"), a pronoun of the sex of an owned kin noun
stands for the kin, not the owner ("Ivo Rask's widow said she would …"), and a fronted count
of occasions ("Three times, …") is how often, not who."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

_PUBLISHED = "2021-06-09"  # a Wednesday


def _check(text: str, checks: list[tuple[str, ...]]) -> None:
    check_events(events_of(text, "en", _PUBLISHED), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # an irregular participle and its agent modify the noun before them; the verb after
        # them is the clause's
        (
            "Growers hit by the late frost marched on the county hall on Monday.",
            [
                ("title", "Growers hit by the late frost marched on the county hall", "2021-06-07"),
                ("no-title", "was marched"),
            ],
        ),
        (
            "Tenants hurt by the rent rise picketed the housing office on Tuesday.",
            [("title", "Tenants hurt by the rent rise picketed the housing office", "2021-06-08")],
        ),
        (
            "Pia Laine, an advocate of loans for villages struck by landslides, on Monday"
            " repeated her plea for help.",
            [
                ("title", "Pia Laine repeated her plea for help", "2021-06-07"),
                ("no-title", "struck by landslides"),
            ],
        ),
        # (guard) the subject's own two verbs: "struck" is the raiders' deed
        (
            "The raiders struck by night on Monday and fled across the river.",
            [("no-title", "were struck")],
        ),
        # (guard) a passive keeps its agent
        (
            "Two barges were hit by drifting ice on Monday.",
            [("title", "Two barges were hit by drifting ice", "2021-06-07")],
        ),
    ],
)
def test_participle_agent(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the pronoun has the sex of the owned kin noun: the kin speaks of herself or himself
        (
            "Ivo Rask's widow said on Monday she would sue the clinic.",
            [
                ("title", "Ivo Rask's widow said she would sue the clinic", "2021-06-07"),
                ("no-title", "said Ivo Rask would"),
            ],
        ),
        (
            "Lotte Hamm's younger brother said on Tuesday he had sold the bakery.",
            [("no-title", "said Lotte Hamm had")],
        ),
        # (guard) the other sex: the owner, as before
        (
            "Ivo Rask's sister said on Monday that he had left the firm.",
            [("title", "Ivo Rask's sister said Ivo Rask had left the firm", "2021-06-07")],
        ),
    ],
)
def test_kin_pronoun(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        (
            "Three times, smugglers rammed the patrol boat on Monday and escaped.",
            [
                ("title", "Smugglers rammed the patrol boat", "2021-06-07"),
                ("no-title", "times"),
            ],
        ),
        (
            "Four times, clerks whose passes had expired were turned away, most recently last"
            " March when a courier was stopped at the gate.",
            [("title", "Clerks were turned away", "2021-03"), ("no-title", "times")],
        ),
        (
            "At least 12 times, the sluice gates jammed last winter.",
            [("title", "The sluice gates jammed"), ("no-title", "times")],
        ),
    ],
)
def test_fronted_occasions(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a role's field after "of" runs on across "and": the person is the run's last words
        (
            "Chile's Minister of Mining and Energy Paula Reyes Soto said on Monday the mine"
            " would reopen.",
            [("title", "Soto said the mine would reopen", "2021-06-07"), ("no-title", "Energy")],
        ),
        (
            "Minister of Inland Waters Tomas Vik opened the lock on Tuesday.",
            [("title", "Vik opened the lock", "2021-06-08"), ("no-title", "Waters")],
        ),
        # (guard) "of State" and one name: the role's own, the name after it
        (
            "Secretary of State Lindqvist flew to Lagos on Monday.",
            [("title", "Lindqvist flew to Lagos", "2021-06-07")],
        ),
    ],
)
def test_role_field(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)


def test_role_field_names() -> None:
    """The person after a role's field, not the field's last word with them."""
    from core.events.entities import find_mentions

    text = "The Minister of Farming and Rural Affairs Lea K. Moss met Minister of Ports Ari Dahl."
    people = [m.name for m in find_mentions(text, 0, language="en") if m.kind == "person"]
    assert people == ["Lea K. Moss", "Ari Dahl"]


def test_field_holder_then_a_second_person() -> None:
    """ "and" after the holder's name opens another name, not more of the field."""
    from core.events.entities import find_mentions

    text = "The loan was signed by Minister of Ports Ari Dahl and NORLAK chairman Eva Lind."
    names = [m.name for m in find_mentions(text, 0, language="en")]
    assert "Ari Dahl" in names and "NORLAK" in names


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the sentence before already called its subject "she" before the owner's name
        (
            "Ilse Varga, 31, has denied charges that she hid Tomas Brenn's plan to rob the"
            " bank. She testified for three hours on Monday in a Graz court.",
            [("title", "Ilse Varga testified for three hours", "2021-06-07")],
        ),
        # (guards) no pronoun before the owner, or a pronoun of the other person's sex
        (
            "Ilse Varga met Tomas Brenn's sister. She testified on Monday in a Graz court.",
            [("no-title", "Ilse Varga testified")],
        ),
        (
            "Ilse Varga said she had met Tomas Brenn's sister. He testified on Monday in Graz.",
            [("no-title", "Ilse Varga testified"), ("no-title", "Tomas Brenn testified")],
        ),
    ],
)
def test_subject_before_an_owner(text: str, checks: list[tuple[str, ...]]) -> None:
    _check(text, checks)
