"""A clause told ahead takes no date from an infinitive after it that its verb does not take
and its title left out: "would look for ways around the board's ruling to sell the farm by
June 30" is not looking on June 30; the deadline is the selling's (session 34, deadline-inf:
real news hangs a ruling's deadline on its own infinitive). The verb's own complement ("will
vote to close", "plans to cut"), a passive note on the object ("a payout, to be paid on 20
June") and a later finite clause ("when he meets …") keep their dates, as before."""

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2026-03-11"  # a Wednesday

CASES = [
    # the deadline after an infinitive the clause does not take is that infinitive's
    ("ahead", "The mayor of Tarnby said the Holm family would look for means to get around Monday's ruling by the land court to sell their orchard by April 30.", [("not", "2026-04-30")]),
    ("gone-by", "The mayor of Tarnby said the Holm family would look for means to get around last week's ruling by the land court to vacate the orchard by March 6.", [("not", "2026-03-06")]),
    # guards: the verb's own infinitive, a passive note, a finite clause, a fronted purpose
    ("will-vote-to", "The parish council will vote to close the Ardley depot by April 2.", [("title", "vote to close", "2026-04-02")]),
    ("voted-to", "The parish council voted to close the Ardley depot by March 2.", [("has", "2026-03-02")]),
    ("to-be-paid", "Brellin Mills said it would hold its payout at 4p a share, to be paid on 20 April.", [("has", "2026-04-20")]),
    ("when-clause", "Minister Oskar Lund will resist calls for a fuel tax to cut the deficit when he meets union leaders next week.", [("has", "2026-W12")]),
    ("fronted", "To save money, the Pellworth ferry firm will close its ticket office by August.", [("has", "2026-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "checks"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_infinitive_keeps_its_own_deadline(body: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(body, PUBLISHED)), checks)
