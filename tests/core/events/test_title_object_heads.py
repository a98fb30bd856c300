"""A title never ends on an active verb whose object the cut took away: it reads on to the
object's noun ("was expected to supply roughly 15 pct"), past a phrase or a date between
them ("decided to defer until a later session a ruling", "to begin writing [next Tuesday]
a plan"); a verb that takes no object keeps its title alone (sentences of our own)."""

from __future__ import annotations

import pytest

from core import lang
from core.events.object_heads import object_head
from core.events.titles import headline
from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        (  # cut for length just after an infinitive: the figure it provides
            "The trading arm of the Lindqvist group",
            "was expected to supply roughly 15 pct of its consolidated sales this year",
            "The trading arm of the Lindqvist group was expected to supply roughly 15 pct",
        ),
        (  # a phrase between the verb and its object: the object after it
            "The harbour board of Tarrow Quay",
            "decided to defer until a later session a ruling on the dredging of the outer basin",
            "The harbour board of Tarrow Quay decided to defer until a later session a ruling",
        ),
        (  # a two-word hedge before the object's figure, no phrase of its own
            "The clinical trial of the new serum in Ostmark",
            "would include at least eight volunteers in a sealed wing",
            "The clinical trial of the new serum would include at least eight volunteers",
        ),
    ],
)
def test_a_length_cut_keeps_the_object_of_its_verb(
    subject: str, predicate: str, title: str
) -> None:
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("body", "start", "title"),
    [
        (
            "The Senate panel made plans to begin writing next Thursday a transport bill "
            "for the coastal districts.",
            "1987-03-12",
            "The Senate panel made plans to begin writing a transport bill",
        ),
        (
            "The Kelso yard was expected to begin building on Monday a new ferry for the "
            "island run.",
            "1987-03-09",
            "The Kelso yard was expected to begin building a new ferry",
        ),
        (  # a time after the gerund, no object: the title ends on it
            "The Kelso yard began operating on Monday, a week after the strike ended.",
            "1987-03-02",
            "The Kelso yard began operating",
        ),
    ],
)
def test_a_date_between_a_gerund_and_its_object_does_not_end_the_title(
    body: str, start: str, title: str
) -> None:
    assert (start, title) in starts_and_titles(body, "1987-03-05T12:00")


@pytest.mark.parametrize(
    ("kept", "rest", "head"),
    [
        ("The depot will hire", "over 150 staff by July", "over 150 staff"),
        ("The depot will hire", "more than 150 staff by July", "more than 150 staff"),
        ("The council agreed to sell", "the old quay to a rival", "the old quay"),
        ("The yard had hired", "a new manager, a former rival", "a new manager,"),
        # a verb that takes no object, a passive, a time: nothing added
        ("The index rose", "a record 14 points", ""),
        ("The old quay was sold", "a week later", ""),
        ("The old quay had been sold", "the same day", ""),
        ("The strike ended", "a week after it began", ""),
        # no object opens: a phrase, a clause
        ("The council agreed", "with the union on a pay rise", ""),
        ("The council decided", "that the quay would close", ""),
    ],
)
def test_the_object_head_after_a_cut(kept: str, rest: str, head: str) -> None:
    c = lang.words("en", "clauses")
    assert " ".join(object_head(kept.split(), rest.split(), 1, c)) == head


def test_a_date_after_a_plural_owner_stays_inside_the_object() -> None:
    events = starts_and_titles(
        "The new fund would surpass the islanders' 1986 vote of 40 mln dlrs for such "
        "programmes, officials said on Monday.",
        "1987-03-05T12:00",
    )
    assert ("1987-03-02", "The new fund would surpass the islanders' vote of 40 mln dlrs") in events
