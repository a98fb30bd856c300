"""Classes a reader found in #14's later rounds (dates and titles), each in our own sentences.

Checks as in ``test_wrong_date_classes``: ("has", V) some event starts at V; ("not", V) none
does; ("title", W, V) an event whose title holds W starts at V; ("title-not", W) no title
holds W; ("count", N) exactly N events.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

CASES = [
    # "she" stands for the person named before, never a sea, a gallery or a society
    ("she-not-a-sea", "2023-02-03", "Ruth Baines led her first climb on Mont Blanc in 1970. She was appointed head of the club in 1990 and retired in 1998.", [("title", "Baines was appointed", "1990"), ("title", "Baines retired", "1998"), ("title-not", "Blanc was")]),
    ("she-not-a-gallery", "2023-02-03", "Tomlin moved to the Ardent Gallery in 1977. She sold her first painting there in 1979.", [("title", "Tomlin sold", "1979"), ("title-not", "Gallery sold")]),
    ("her-not-a-society", "2023-02-03", "Irene Falk joined the Linnean Society in 1961. She left Oxford in 1975.", [("title", "Falk left Oxford", "1975"), ("title-not", "Society left")]),
    # a clock time later than the publication, on its day, in a past clause: the night before
    ("clock-past-night-before", "2024-11-06T07:15", "Pike won the mayoral race on Tuesday night. Crane conceded at 10:55 p.m., shortly after the polls closed.", [("title", "Crane conceded", "2024-11-05T22:55"), ("not", "2024-11-06T22:55")]),
    ("clock-future-stays", "2024-11-06T07:15", "The recount will start at 9:30 a.m.", [("not", "2024-11-05T09:30")]),
    ("clock-earlier-stays", "2024-11-06T17:00", "The polls closed at 8 a.m. after a night of counting.", [("not", "2024-11-05T08:00")]),
    # a bare weekday under a future verb is the coming one
    ("future-weekday", "2025-09-12", "Roads in Marlow County will stay closed until Tuesday, officials said.", [("not", "2025-09-09")]),
    ("said-then-future-weekday", "2022-03-09", "The council said on Tuesday that the bridge will reopen in spring.", [("has", "2022-03-08")]),
    # a participle's phrase that opens the sentence keeps its date to itself (its own
    # happening, told as a passive, takes it; the clause does not)
    ("fronted-born", "2023-02-03", "Born in Dover in 1940, Jenkins trained as a nurse in London.", [("title-not", "trained", "1940"), ("title", "was born", "1940")]),
    ("fronted-elected", "2023-02-03", "Elected in 2010, Marsh served two terms as mayor.", [("title-not", "served", "2010"), ("title", "was elected", "2010")]),
    ("fronted-date-alone-stays", "2023-02-03", "In 1940, Jenkins trained as a nurse in London.", [("has", "1940")]),
    # a second verb phrase after "and" takes the date that follows it
    ("and-second-verb", "2023-02-03", "Jenkins trained as a nurse and joined the army in 1962.", [("title", "Jenkins joined the army", "1962"), ("title-not", "trained")]),
    ("and-object-stays", "2023-02-03", "Jenkins bought bread and milk on Monday.", [("title", "bought bread", "2023-01-30")]),
    # a record's date, with the place it was set between
    ("record-set-in-place", "2025-06-13", "Ito jumped 8.21 metres to beat his own national record, set in Berlin last July.", [("not", "2024-07")]),
    # a cargo's window written as a range after "between"
    ("shipment-between", "1987-04-08", "The agency bought 30,000 tonnes of sugar for shipment between April and June.", [("not", "1987-04"), ("not", "1987-06")]),
    ("would-weekday-stays", "2000-01-07", "The families said they would look for ways around Wednesday's ruling.", [("not", "2000-01-12")]),
    ("predicted-weekday-stays", "2000-01-07", "Exiles will now fight the ruling, the ministry predicted Wednesday.", [("not", "2000-01-12")]),
    ("and-adjectives-not-a-verb", "1998-02-13", "Police found the burned and abandoned car on Friday.", [("title", "Police found", "1998-02-13")]),
    # "its" at a sentence's head stands for the company named before, a short name included
    ("its-company", "2024-08-21", "Orchard Mills said on Tuesday that sales rose. Its shares fell 4 percent on Tuesday.", [("title", "Orchard Mills's shares fell", "2024-08-20")]),
    ("its-short-name", "2024-08-21", "Harbin Foods reported higher sales. Harbin will pay a dividend on October 1. Its shares fell 4 percent on Tuesday.", [("title", "Harbin Foods's shares fell", "2024-08-20")]),
    # the last day of a fiscal year is not when a result was told
    ("year-ending-tomorrow", "1989-10-30", "Kanto Electric expects to post a loss for the year ending tomorrow.", [("not", "1989-10-31")]),
    ("year-ended-date", "1989-10-30", "Kanto Electric earned 3 billion yen for the year ended March 31.", [("not", "1989-03-31")]),
    # ", and" before a subject and its verb: a second happening with its own date
    ("and-own-subject", "2024-11-06", "The vote will be counted on November 12, and Pike will take office on January 2.", [("title", "The vote will be counted", "2024-11-12"), ("title", "Pike will take office", "2025-01-02")]),
    ("and-own-subject-past", "2024-11-06", "The polls closed on Monday, and the count began on Tuesday.", [("title", "The count began", "2024-11-05")]),
    ("and-relative-inside", "1999-06-07", "Rolf is a keen sailor, and the boats he has owned over the years have all been small.", [("title-not", "has owned have")]),
    # a bond named by its coupon and year is a thing, not a date
    ("bond-of-year", "1987-04-08", "The utility will redeem its bonds, including the 9.25s of 1992 and the 7.5s of 1994.", [("not", "1992"), ("not", "1994")]),
    # a condition's date is not the main clause's, and a condition is no title's
    ("condition-by", "1987-04-08", "The ban can be lifted if the ministers agree on new quotas by September.", [("not", "1986-09"), ("not", "1987-09")]),
    ("condition-after-date", "1987-04-08", "The plant will close in May unless a buyer is found.", [("title", "The plant will close", "1987-05"), ("title-not", "unless")]),
    ("asked-if-no-condition", "2000-04-14", "Asked on Friday if she agreed, the minister said she did not.", [("title-not", "If")]),
    # "former" goes with the role before a name
    ("former-role", "1987-04-08", "EU officials gave a similar warning to former Thai Commerce Minister Anan Chai in Brussels last week.", [("title", "warning to Chai", "1987-W14"), ("title-not", "former Chai")]),
    # a Korean name keeps its family name before the hyphenated given name
    ("korean-name", "1987-04-08", "South Korean Energy Minister Park Sun-ho met Chinese officials on Monday.", [("title", "Park Sun-ho met", "1987-04-06")]),
    # a present state is no happening a span counted back can date
    ("state-over-span", "1987-04-08", "Over the last 18 months, most of the kingdom's exports are priced in dollars.", [("count", 0)]),
    ("perfect-over-span-stays", "1987-04-08", "Prices have risen sharply over the past three weeks.", [("count", 1)]),
    # a scheduled thing with no verb of a sentence gives no title
    ("scheduled-fragment", "1987-04-08", "The talks scheduled in Geneva for next week.", [("count", 0)]),
    # "up to April 2" leaves nothing dangling
    ("up-to-date", "1987-04-08", "The board had invited tenders up to April 2.", [("title", "invited tenders", "1987-04-02"), ("title-not", "tenders up")]),
    # a verb of saying ("confirmed") whose object is followed by an attribution reports nothing
    ("confirmed-then-attribution", "1987-04-08", "The yen's sharp rise on Monday confirmed this view, economists said.", [("title", "The yen's sharp rise confirmed this view", "1987-04-06"), ("title-not", "view said")]),
    # a fronted apposition before "she" is no subject; "she" after a sentence naming only an
    # organisation stands for the person named before it
    ("apposition-then-she", "2023-02-03", "Ruth Baines retired in 1998. A trustee of the Walden Trust since 1985, she was awarded a medal in 2001. She died on Monday.", [("title", "Baines was awarded a medal", "2001"), ("title", "Baines died", "2023-01-30"), ("title-not", "trustee")]),
    # a possibility in the clause that names a happening is no undated event
    ("hypothetical-noun", "1990-08-13", "Speaking on television, the envoy argued that a blockade of Qatar could push the gulf into a recession.", [("count", 0)]),
    # "declared X and ordered Y": the declaring is no verb of saying with a clause after it
    ("declared-and-ordered", "2025-09-12", "Governor Ana Ruiz declared a state of emergency on Thursday and ordered schools to close.", [("title", "Ruiz declared a state of emergency", "2025-09-11"), ("title-not", "A state of emergency ordered")]),
    # a deadline set by an order is not when the order was given
    ("ordered-by-deadline", "2025-09-12", "The mayor ordered residents to leave the island by Saturday noon.", [("not", "2025-09-06T12:00"), ("not", "2025-09-13T12:00")]),
    # "from" after an amount starts a span unless a word of change makes it a comparison
    ("amount-from-span", "2025-10-09", "Drivers will pay 6 pounds to enter the zone from July 1, 2026.", [("has", "2026-07-01")]),
    ("change-from-baseline", "1987-06-02", "Hollins said its May output rose 5 pct to 12,400 from 11,810 a year ago.", [("not", "1986"), ("not", "1986-05")]),
    ("figure-comma-baseline", "1987-06-02", "The port is handling more grain, up 400,000 tonnes from last year, officials said.", [("not", "1986")]),
    # a month's day written out, and a passive's "on", go with the date
    ("month-day-in-words", "1987-05-02", "Closing of the sale is scheduled for June eight, Hartwell said.", [("title-not", "eight")]),
    ("passive-on-dangling", "1987-05-02", "The new shares will be issued on Thursday next week.", [("title-not", "issued on")]),
    # a quotation's opening is no subject; a noun phrase cut after "a" and a name is no title
    ("quote-open-subject", "2000-01-07", "Saying ``nothing is certain'' about the talks, the government urged citizens on Wednesday to keep rallying.", [("title-not", "``")]),
    ("cut-noun-phrase", "1999-05-07", "Pruitt has been in hiding since the January 1998 arson of a Tulsa, Oklahoma, warehouse that injured a janitor.", [("title-not", "of a Tulsa")]),
    # a possessive after an abbreviation's point stays with it
    ("abbreviation-possessive", "1989-11-02", "Halvard Corp.'s third-quarter operating profit climbed 14%, the company said on Monday.", [("title", "Halvard Corp.'s operating profit climbed 14%", "1989-Q3")]),
    ("abbreviation-possessive-noun", "1989-11-02", "Dunmore Inc.'s agreement to buy 51% of Kato Electric Co. proves that foreign firms can buy Japanese ones.", [("title-not", "S agreement")]),
    # a happening named in a "during" phrase is background, no undated event
    ("during-background", "1999-06-07", "She has been detained a dozen times during climate protests in four cities, but has no convictions.", [("count", 0)]),
    # a subordinator opens no subject
    ("subordinator-subject", "1987-06-02", "The bank announced that as from today the foreign borrowings would be frozen.", [("title-not", "As the")]),
    # a level after a figure and "to" is no year (found on unseen Reuters text, after measuring)
    ("figure-level-not-year", "1987-10-19", "The Harlow index fell 312 points (or 14 pct) to 1822 on Monday.", [("not", "1822"), ("has", "1987-10-19")]),
    # a name's "of" is no place to cut a subject; an auxiliary's verb group keeps its second verb
    ("name-of-kept", "1987-10-20", "In late September, Bank of Ostend bid 65 dlrs a share in cash for most of Kessler.", [("title", "Bank of Ostend bid", "1987-09")]),
    ("aux-and-verb", "1987-10-20", "The first ship will be built in Korea and delivered to Norway by late 1989.", [("title-not", "The first ship delivered")]),
    # the actor after a fronted place and its apposition; a prepositional aside is no clause
    ("fronted-place-apposition", "1998-02-19", "In July last year in Lome, Togo's capital, General Amadou Diallo staged a coup against the president.", [("title", "Diallo staged a coup", "1997-07"), ("title-not", "capital staged")]),
    ("fronted-day-aside-stays", "1998-02-19", "On Monday, Hiram Ltd, the previous owner, sold the plant.", [("title", "Hiram Ltd sold the plant", "1998-02-16")]),
    ("after-phrase-aside", "1998-02-19", "Lindqvist, after a 14-hour journey, is scheduled to spend three hours in Maputo on Tuesday.", [("title", "Lindqvist is scheduled", "1998-02-24"), ("title-not", "journey is scheduled")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_class_reads_as_a_reader_expects(name, published, body, checks):
    events = extract_events(article(body, published))
    got = [(e.start, e.undated, e.title) for e in events]
    starts = [e.start for e in events if not e.undated]
    for check in checks:
        if check[0] == "has":
            assert check[1] in starts, got
        elif check[0] == "not":
            assert check[1] not in starts, got
        elif check[0] == "title":
            assert [e for e in events if check[1] in e.title and e.start == check[2]], got
        elif check[0] == "title-not":
            assert not [e for e in events if check[1] in e.title], got
        elif check[0] == "count":
            assert len(events) == check[1], got
