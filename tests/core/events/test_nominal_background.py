"""A happening a news story names by a noun with its own date, in a clause that tells
something else: "was indicted in the March 4, 2016, shooting of …", "in hiding since the
June 2020 bombing of …", "including the 2019 Riverside bombing", "details regarding
Sunday's fire at …". The noun phrase is the event, on the noun's date; the clause (an indictment, a
flight, an inquiry) does not take that date. A record's yardstick ("the weakest since the
2008 crash") and a thing's year ("since the 2015 budget") give nothing; a dated noun that is
the clause's subject, or the happening the clause's subject took part in, still dates it.

Every sentence is our own; the article is published on Friday 4 February 2022.
"""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2022-02-04T20:00"


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        # a charge "in" the happening: the charge is not of that day
        ("Two men were indicted in the March 4, 2016, shooting of a bus driver in Leeds.",
         [("title", "Shooting of a bus driver in Leeds", "2016-03-04"),
          ("title-not", "indicted", "2016-03-04")]),
        # a happening's noun in "-ing" after "for"
        ("The guard was sentenced for the 2017 shooting of a cashier in Tulsa.",
         [("title", "Shooting of a cashier in Tulsa", "2017"), ("title-not", "guard", "2017")]),
        ("Counsel for the port prepared for the March 3 hearing on the tariff.",
         [("title", "Hearing on the tariff", "2022-03-03"), ("title-not", "Counsel", "2022-03-03")]),
        ("The mayor testified at the January 12 hearing on the tariff.",
         [("title", "The mayor testified at the hearing on the tariff", "2022-01-12")]),
        # names between the date and its noun, after "including"
        ("She is charged in four arson cases, including the 2019 Riverside bombing that injured two guards.",
         [("title", "Riverside bombing", "2019")]),
        # a "since" phrase names the happening that started the span
        ("The gunman has been in hiding since the June 2020 bombing of a depot in Oslo.",
         [("title", "Bombing of a depot in Oslo", "2020-06"), ("title-not", "gunman", "2020-06")]),
        # a place's state set off by commas inside the phrase (wire style)
        ("Ivo Lenz has been at large since the June 2020 bombing of a Tulsa, Okla., fuel depot that injured a guard.",
         [("title", "Bombing of a Tulsa fuel depot", "2020-06")]),
        ("Two men were indicted in the March 4, 2016, shooting of a bus driver in Mesa, Ariz., on a crowded route.",
         [("title", "Shooting of a bus driver in Mesa", "2016-03-04")]),
        # a phrase of time whose noun has its date straight after it
        ("Support for the levy rose after a heated debate last Thursday, in which the mayor struggled.",
         [("title", "Heated debate", "2022-02-03"), ("title-not", "Support", "2022-02-03")]),
        # nouns real news dates: a slaying, an announcement
        ("Police have made no arrest since the Oct. 3 slaying of a jeweller in Derby.",
         [("title", "Slaying of a jeweller in Derby", "2021-10-03")]),
        ("The senator spoke after Tuesday's announcement by the ministry.",
         [("title", "Announcement by the ministry", "2022-02-01")]),
        # a possessive day after "regarding": the fire's day, not the statement's
        ("Investigators released few details regarding Sunday's fire at a paint warehouse.",
         [("title", "Fire at a paint warehouse", "2022-01-30"),
          ("title-not", "Investigators", "2022-01-30")]),
        # an owner before the date ("its", "Zembla's"); the phrase ends before "until"
        ("Trade curbs were imposed on Zembla after its 2003 invasion of Rivonia until monitors left.",
         [("title", "Invasion of Rivonia", "2003")]),
        ("Talks resumed after Zembla's 2003 invasion of Rivonia.",
         [("title", "Invasion of Rivonia", "2003")]),
        # who signed an agreement is part of its title
        ("Monitors may visit the depots, as set out in the Jan. 12 accord signed by Premier Ana Voss and Governor Li Tam.",
         [("title", "Accord signed by Voss and Tam", "2022-01-12")]),
        # a capital "Am" inside a name is no verb of the title
        ("Three agents were charged in the May 2, 2001, bombing of a Sky Am cargo plane over the sea.",
         [("title", "Bombing of a Sky Am cargo plane over the sea", "2001-05-02")]),
        ("Under Tuesday's agreement, the airline will lease four jets to the carrier.",
         [("title-not", "airline", "2022-02-01")]),
    ],
)  # fmt: skip
def test_a_dated_noun_in_another_clause_is_its_own_happening(body, checks):
    check_events(events_of(body, "en", PUBLISHED), checks)


@pytest.mark.parametrize(
    ("body", "checks"),
    [
        # a record's yardstick and a thing's year: no happening of theirs
        ("Car sales in the region are now the weakest since the 2008 crash of the property market.",
         [("not", "2008")]),
        ("Turnout was the best of any city poll since the 2009 transit referendum.",
         [("not", "2009")]),
        ("Bus fares have barely moved since the 2015 budget.", [("not", "2015")]),
        ("Bankers said the new loan deal marked a small drop from its 2015 debt agreement.",
         [("not", "2015")]),
        # a bare date after a noun whose phrase names a body first: no title of it
        ("The bill, which is before the Senate for a vote today, faces a veto.",
         [("no-title-with", "Senate for a vote")]),
        # a noun of no one happening ("offering") leaves its date to the clause
        ("Nomura ran the books for a January 11 offering of 300 million dollars of notes.",
         [("title", "Nomura ran the books", "2022-01-11")]),
        # the dated noun is the subject, or what the subject took part in: the clause's date
        ("The Jan. 20, 2021, blast killed six miners in the shaft.",
         [("title", "killed six miners", "2021-01-20")]),
        ("The Greens won 12 seats in the January 16 election.",
         [("title", "won 12 seats", "2022-01-16")]),
        # back from a meeting: that day's, the clause's own
        ("The delegates came away from the Tuesday meeting with a draft budget.",
         [("title", "delegates came away", "2022-02-01"), ("no-title-with", "Meeting with")]),
    ],
)  # fmt: skip
def test_guards_of_dated_nouns(body, checks):
    check_events(events_of(body, "en", PUBLISHED), checks)
