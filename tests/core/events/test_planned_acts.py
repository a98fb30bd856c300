"""An act that sets or calls off a happening for a date (``core.events.awaited_objects``):
the date is the planned happening's, not the act's. "The guild scheduled its fair for May 9"
dates the fair ("The fair was scheduled"); "The guild cancelled the fair planned for May 9"
dates nothing, since the fair will not be. In sentences of our own.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1994-03-10"  # a Thursday
CASES = [
    # a scheduling verb with "for" before the date: the happening set, titled by it
    ("scheduled-owner", "The rowing club scheduled its spring regatta for April 23.", [("title", "The spring regatta was scheduled", "1994-04-23"), ("no-title-with", "club scheduled")]),
    ("called-election", "The governor called a by-election for May 19.", [("title", "A by-election was called", "1994-05-19")]),
    ("scheduled-hearing", "The tribunal scheduled the hearing for June 7.", [("title", "The hearing was scheduled", "1994-06-07")]),
    ("have-called-meeting", "Residents of Tolby have called a crisis meeting for next Tuesday.", [("title", "A crisis meeting was called", "1994-03-15")]),
    ("set-sentencing", "Judge Ann Bell set sentencing for May 2.", [("title", "Sentencing was scheduled", "1994-05-02"), ("no-title-with", "Bell set")]),
    ("set-vote", "The board set a vote for June 9.", [("title", "A vote was scheduled", "1994-06-09")]),
    # a summoning to do a thing on a date: the thing done, by the one summoned
    ("summoned-to", "The inquiry has summoned Rhoda Pike to testify on June 4.", [("title", "Rhoda Pike is to testify", "1994-06-04")]),
    ("summoned-noun", "The senate committee has summoned the port director to give evidence on May 30.", [("title", "The port director is to give evidence", "1994-05-30")]),
    ("summoned-pronoun-stays", "The panel summoned him to testify on June 4.", [("no-title-with", "Him is")]),
    ("summoned-past-stays", "The panel summoned Ann Pike to give evidence on May 30.", [("title", "The panel summoned Ann Pike to give evidence", "1994-05-30")]),
    ("summoned-on-stays", "The inquiry summoned Pike on Monday.", [("title", "The inquiry summoned Pike", "1994-03-07")]),
    # no happening's noun, or no "for": the act keeps its own date
    ("set-record-stays", "The sprinter set a national record on Tuesday.", [("title", "The sprinter set a national record", "1994-03-08")]),
    ("fixed-prices-stays", "The bakers fixed their prices for April.", [("no-title-with", "is fixed")]),
    # a verb of calling off with the plan's date: no event on the abandoned date
    ("cancelled-planned", "The guild cancelled the craft fair planned for May 9.", [("not", "1994-05-09")]),
    ("called-off-set", "Dockers called off the stoppage set for April 2.", [("not", "1994-04-02")]),
    ("scrapped-for", "The ministry scrapped the auction for June 30.", [("not", "1994-06-30")]),
    # the cancelling's own date stays
    ("cancelled-on-stays", "The ferry line cancelled 12 sailings on Tuesday.", [("title", "The ferry line cancelled 12 sailings", "1994-03-08")]),
    ("called-stays", "The mayor called the fire chief on Tuesday.", [("has", "1994-03-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_planned_acts(name, body, checks):
    check_events(extract_events(article(body, PUBLISHED)), checks)
