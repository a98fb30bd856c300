"""A wire story's relatives: one inside the subject whose noun is followed by a person's name set
off by commas ("The audit which was done in May by a retired judge, Ada Voss, found …"); one
after a list's item ("new ferries, including the Norse line's ASTER, which sailed today"); one
after the object of a plural's present ("Sponsors include Kell Ltd, which joined on Monday")."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # a person's name set off after the relative's last noun, right before the main verb
    (
        "Ines Moro said that the audit which was done in May by a retired judge, Ada Voss, "
        "found gaps in the ledgers.",
        [("title", "The audit was done by a retired judge", "1987-05"), ("no-title", "found")],
    ),
    (
        "The census which was taken in February by a former clerk, Piet Arends, showed a rise.",
        [("title", "The census was taken by a former clerk", "1987-02")],
    ),
    # no name between the commas: no relative told, no date
    (
        "The audit which was done in May by a retired judge, and by others, found gaps.",
        [("not", "1987-05")],
    ),
    # a list's item before the relative
    (
        "Pressure may also come from new ferries, including the Norse line's ASTER, which "
        "sailed today.",
        [("title", "line's ASTER sailed", "1987-06-10")],
    ),
    (
        "Buyers can pick other models, including the VELA, which went on sale today.",
        [("title", "The VELA went on sale", "1987-06-10")],
    ),
    (
        "Buyers can pick other models, including a cheaper van, which went on sale today.",
        [("title", "A cheaper van went on sale", "1987-06-10")],
    ),
    # a plural's present before a name, the relative the name's
    (
        "Sponsors include KELL, which joined the scheme today.",
        [("title", "KELL joined the scheme", "1987-06-10"), ("no-title", "include")],
    ),
    (
        "Its rivals include Brio Foods, which cut prices today.",
        [("title", "Brio Foods cut prices", "1987-06-10"), ("no-title", "include")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), CASES)
def test_a_wire_relative_has_its_own_happening(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-06-10"), checks)


LEVELS = [
    # a month's closing level after the month the verb takes: a quote, no happening in February
    ("Timber stocks closed out March at a market value of 2.1 times earnings.", [("none",)]),
    ("Timber stocks closed out March at 2.1 times earnings.", [("none",)]),
    ("Rail stocks ended February at 14.2 times earnings.", [("none",)]),
    # a cost after the date is no level: the closing stays
    ("The plant closed in February at a cost of 200 jobs.", [("has", "1987-02")]),
]


@pytest.mark.parametrize(("sentence", "checks"), LEVELS)
def test_a_level_after_the_verbs_date_is_a_quote(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-03-19"), checks)


def test_a_noun_read_as_a_verb_governs_no_relative():
    # "walks" is a noun here: the relative is the walks', not the hill's
    text = (
        "A headline\n\nGuided walks on the hill, which were run from 1990 until 2015, ended then."
    )
    check_events(events_of(text, "en", "2020-01-10"), [("no-title", "The hill")])
