"""Titles a reader could not parse, seen on Reuters text, each class in sentences of our own.

Each case: a body, and what must hold of its events' titles: ("title", T) some event has
exactly the title T; ("no-title-with", W) no title holds W (a word left dangling, or a name
the words do not support); ("span", S, E) some event runs from S to E; ("start", S) some
event starts at S.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article

PUBLISHED = "1987-04-08"
CASES = [
    # a participle whose date went to the event goes with it
    ("participle-left", "The bank rejected the plan, but the offer made on Friday contains a revised schedule, bankers said.", [("no-title-with", "made contains")]),
    # "as soon as", "as early as" go whole with their date
    # (what only may happen by then is no event: "could leave … as soon as Tuesday")
    ("as-soon-as", "The group will leave for Madrid as soon as Tuesday, its lawyer said.", [("title", "The group will leave for Madrid")]),
    ("as-early-as", "Officials said the minister will call a vote as early as May 9.", [("no-title-with", "as early"), ("start", "1987-05-09")]),
    # wire copy's capital after an abbreviation is still the verb
    ("capital-after-abbreviation", "The resolution, tabled by the U.K., Was dropped last night.", [("title", "The resolution was dropped")]),
    # an aside closed before a verb in the present is no clause
    ("aside-then-present", "The ban, proposed by the ruling party, gives importers until late September to comply.", [("no-title-with", "The ban proposed")]),
    # a fronted participle phrase is no subject, nor what it coordinates
    ("fronted-participle", "Helped by lower rates, and the end of most controls, money has poured into the bourse since January.", [("no-title-with", "Helped"), ("no-title-with", "lifting")]),
    # an "it" before "be" stands for no one
    ("expletive-it", "Economist Rosa Imbert said it would be a mistake to read much into the March upturn.", [("no-title-with", "Imbert would be")]),
    ("it-stays-for-name", "Lumo Corp said on Monday it would be sold to a rival.", [("title", "Lumo Corp said it would be sold to a rival")]),
    # a title cut before its infinitive has lost its news
    ("cut-before-infinitive", "Harwell Cabinet Corp said it plans to build a 90,000 square foot door frame assembly plant in Tulsa, with opening expected in the autumn of 1988.", [("no-title-with", "Corp plans")]),
    # "said" with only a noun phrase after it
    ("said-noun-phrase", "He said last week's jump in money market rates was probably caused by window dressing.", [("no-title-with", "said last week")]),
    ("said-gerund-phrase", "The brokers said rising rents as well as a housing budget of two billion pesos in 1987 had fuelled a boom.", [("no-title-with", "brokers said rising")]),
    # "but" before a verb of the main subject's
    ("but-declined", "Governor Omar Sall said that the franc's value is right but declined to discuss rate moves this week.", [("no-title-with", "right but declined")]),
    # a dateline is no word of the subject
    ("dateline", "LISBON _ The central bank raised its key rate on Friday.", [("title", "The central bank raised its key rate")]),
    ("dateline-agency", "OPORTO, Portugal (AP)_ Dock workers walked out on Friday over pay.", [("title", "Dock workers walked out")]),
    # "The Avon, Conn., company": a place between commas qualifies the noun after it
    ("place-then-noun", "The Salem, Ore., maker of valves said on Tuesday it expects higher sales.", [("no-title-with", "The Salem expects")]),
    # a name before an aside is the subject, not the aside
    ("name-then-aside", "Kuzmenko, a former deputy minister of trade, is expected to visit Riga today.", [("title", "Kuzmenko is expected to visit Riga")]),
    # a list of names is the subject, all of it
    ("list-of-names", "Latvia, Estonia and Lithuania formally joined the union on Friday.", [("title", "Latvia, Estonia and Lithuania joined the union")]),
    ("contrary-to", "Contrary to other reports, the police said on Monday that the suspect had been freed.", [("no-title-with", "Contrary")]),
    # a "since" clause is a happening of its own, and its date is not the main clause's
    ("since-clause", "Pedro Ortiz has called his son five times since he arrived in Miami on April 6.", [("title", "Pedro Ortiz arrived in Miami"), ("no-title-with", "called")]),
    ("since-clause-it", "Five million units of the tractor have been sold since it went into production in June 1948.", [("no-title-with", "units of the tractor went")]),
    # a role with "of" in it goes whole before the name it titles
    ("role-with-of", "U.S. Secretary of State Helen Marsh flew to Nairobi on Tuesday.", [("title", "Marsh flew to Nairobi")]),
    ("role-keeps-company-name", "Service Corp. International said on Monday it expects a profit.", [("no-title-with", "Corp International")]),
    # "that" standing for a noun opens no reported clause
    ("that-pronoun", "So far this year, hiring at the firm is exceeding that in 1986, Veltra said.", [("no-title-with", "Veltra said")]),
    ("that-complementizer-stays", "The board said that in March the plant was closed.", [("title", "The plant was closed")]),
    # the rest of a clock time is no word of the clause
    ("clock-suffix", "The night shift will run from 7:00 to 11:00 P.M. Denver time, a manager said.", [("no-title-with", "run P.M.")]),
    # an aside closed before an adverb and the verb; a passive participle before the verb
    ("aside-then-adverb", "The council, founded in 1952 to oversee the sector, now licenses 65 pct of regional trucking.", [("no-title-with", "council founded")]),
    ("participle-by-then-verb", "He said a decision by the board last week to freeze accounts held by brokers was prompted by fraud.", [("no-title-with", "held by brokers")]),
    # a split year that only names a thing does not date the happening
    ("split-year-modifier", "The agency said its forecast of 1986/87 world grain trade was revised upwards.", [("no-title-with", "1986/")]),
    # a split year is a season, not its first year
    ("split-year", "Output in 1985/86 rose to 99.9 mln tonnes, the ministry said.", [("span", "1985", "1986")]),
    # a monthly index named by its month is no futures contract
    ("month-index", "The revised raw January index climbed 0.7 pct from a year earlier.", [("start", "1987-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class_reads_as_a_clause(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    got = [(e.start, e.end, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert check[1] in [e.title for e in events], got
        elif check[0] == "no-title-with":
            assert not [e for e in events if check[1] in e.title], got
        elif check[0] == "start":
            assert check[1] in [e.start for e in events], got
        elif check[0] == "span":
            assert [e for e in events if e.start == check[1] and e.end == check[2]], got
