"""Titles and non-events seen on unseen English (#14, round 3), each class in sentences of our own.

Each case: a body, and what must hold of its events: ("title", T) some event has exactly
the title T; ("no-title-with", W) no title holds W; ("no-title-ending", W) no title ends
on W; ("none",) no event at all.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.events.titles import headline, noun_headline
from tests.core.events.articles import article

PUBLISHED = "1987-04-08"
CASES = [
    # what did not happen is no event; a decision not to act is news
    ("did-not", "Halvard and Brisk Ltd did not disclose the price on Tuesday.", [("none",)]),
    ("had-not", "As of Tuesday evening, the uncle had not signed the papers.", [("none",)]),
    ("would-not-stays", "The cabinet would not withdraw the levy, Ruiz said on Monday.", [("title", "The cabinet would not withdraw the levy")]),
    # a possibility, a term of a bond, what might have been
    ("may-be", "The notes may be exchanged for ordinary shares through May 30.", [("none",)]),
    ("could-have", "On Friday, detectives wondered how the thief could have left the yard unseen.", [("no-title-with", "Detectives could have"), ("no-title-with", "The thief could have")]),
    ("may-goes", "Reyes may resign on Friday, aides said.", [("none",)]),
    # a market's quote is a measure, not a happening; a move of it stays
    ("closed-at", "August cocoa closed at 1,412 stg on Tuesday.", [("none",)]),
    ("opened-at", "The krone opened at around 6.81 to the dollar on Monday.", [("none",)]),
    ("closed-higher-stays", "Copper closed sharply higher in London yesterday, dealers noted.", [("title", "Copper closed sharply higher in London")]),
    ("move-stays", "The index fell 120 points on Monday.", [("title", "The index fell 120 points")]),
    ("closed-a-plant", "The firm closed its Leeds plant on Monday.", [("title", "The firm closed its Leeds plant")]),
    # a name is not cut short while the predicate can be
    ("name-whole", "The Bank of Ruritania finally agreed to a quarter point rise in the lenders' key deposit rates earlier today.", [("title", "The Bank of Ruritania agreed to a quarter point rise")]),
    # the words that lead a date go with it
    ("early-on", "A mudslide buried part of the hill town of Varnok early on Monday, police said.", [("title", "A mudslide buried part of the hill town of Varnok")]),
    ("at-least", "The rover is expected to keep driving through at least 2030.", [("title", "The rover is expected to keep driving")]),
    # a date between an adjective and its noun: the phrase reads whole without it
    ("date-inside-phrase", "The rebels launched a fierce overnight attack on two border posts, the army said.", [("title", "The rebels launched a fierce attack on two border posts")]),
    # (told in the past: "are now watching" the February figures takes no date gone by, en20d)
    ("date-after-name", "Brokers said they were watching U.S. February retail figures.", [("title", "Brokers were watching U.S. retail figures")]),
    # a fronted gerund or adverb phrase is no subject
    ("fronted-gerund", "Looking a little further ahead, dealers are awaiting the May payroll data, due on April 10.", [("no-title-with", "Looking")]),
    ("fronted-adverbs", "Further out, brokers are watching for U.S. February retail figures, due on April 14.", [("no-title-with", "Further")]),
    # commas that are no cut: a place's state, coordinate adjectives
    ("place-state", "The van was found abandoned at the Dover, Del., bus depot in June.", [("title", "The van was found abandoned at the Dover bus depot")]),
    ("coordinate-adjectives", "The probe will make a third, lower pass on 12 July.", [("title", "The probe will make a third, lower pass")]),
    ("adjectives-then-cut", "Tied to a post, the boat was found during a sweep of a thickly wooded, two-mile stretch on Friday.", [("title", "The boat was found during a sweep of a thickly wooded, two-mile stretch")]),
    # verbs sharing an object, "both … and", a particle after "to <verb>"
    ("shot-and-killed", "A gunman shot and killed a Dayton, Ohio, shopkeeper on Friday.", [("title", "A gunman shot and killed a Dayton shopkeeper")]),
    ("both-and", "Mills said in the survey that firms this year planned to cut both raw stock and finished goods stocks.", [("title", "Firms planned to cut both raw stock and finished goods stocks")]),
    ("take-over", "Harlan, who made a failed attempt to take over the Denver-based Corbin Tools Inc last winter, is bidding again.", [("no-title-ending", "to take"), ("title", "Harlan made a failed attempt to take over the Denver-based Corbin Tools Inc")]),
    # a participle's agent, half a pair: cut before them, not inside
    ("participle-agent", "Yesterday the army sent hundreds of soldiers backed in many places by armoured cars to guard nine depots.", [("no-title-with", "backed in many places")]),
    ("half-a-pair", "Meadowbrook Greeting Cards Inc said it expects a recovery in earnings and a rise in turnover in 1987 as costs start to ease.", [("no-title-with", "and a rise")]),
    # a dropped role takes its adjectives and owner
    ("role-adjectives", "The provincial governor, Ilse Norberg, toured the flooded area on Monday.", [("title", "Norberg toured the flooded area")]),
    ("role-owner", "Chile's deputy mining minister Ramon Ibarra arrived in Lima on Tuesday.", [("title", "Ibarra arrived in Lima")]),
    # a fronted participle phrase is no subject
    ("fronted-participle", "Hidden a metre under the sand, the chest was dug up during a search on Thursday.", [("title", "The chest was dug up during a search")]),
    ("based-on", "Based on the records _ including a letter found in March _ the officers decided to reopen the case.", [("no-title-with", "Based")]),
    # a title of only the time it took
    ("only-the-time", "Police found the boy after two weeks of searching.", [("no-title-with", "Two weeks")]),
    # the speaker's second verb of saying is no follow-on of what was said
    ("told-after-that", "The coastguard warned on Tuesday that high seas were expected on Thursday and Friday, and told boats to stay in port.", [("no-title-with", "seas told")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    got = [(e.start, e.title) for e in events]
    for check in checks:
        if check[0] == "title":
            assert check[1] in [e.title for e in events], got
        elif check[0] == "no-title-with":
            assert not [e for e in events if check[1] in e.title], got
        elif check[0] == "none":
            assert not events, got
        elif check[0] == "no-title-ending":
            assert not [e for e in events if e.title.endswith(check[1])], got


def test_a_participle_with_its_agent_is_no_predicate():
    assert headline("The report", "published by the trade weekly") == ""
    assert headline("Prices", "were pushed up by demand") == "Prices were pushed up by demand"


CASES_MORE = [
    # a possessive after brackets, as the tokens split it
    ("bracket-possessive", "The deal followed the World Trade Body (WTB)'s ruling on May 5 of last year.", [("no-title-with", " s ruling")]),
    # a line of a table, a dash's aside: no subject
    ("table-code", "Y-1985 yields.", [("none",)]),
    ("dash-aside", "The group plans to air a film _ shot last month, before Ortiz died _ showing the clinic.", [("no-title-with", "_")]),
    # a figure put on a thing is a measure; a state joined to another clause is still a state
    ("projected-at", "The number of working mines in the region for 1988 is projected at 412, an official said.", [("none",)]),
    ("estimated-at", "She estimated total wool output this year at 1.2 mln tonnes, up from 1.1 mln last year.", [("none",)]),
    ("state-and-clause", "Stocks of heating oil were still ample in early May and buyers had no reason to hurry.", [("no-title-with", "ample")]),
    # a date's link word goes with it; a verb group of only its auxiliary and adverb is none
    ("beginning-in", "It said the savings are expected to have a marked effect beginning in the third quarter.", [("title", "The savings are expected to have a marked effect")]),
    ("aux-adverb", "This fed the belief that the board had actually approved the sale of 200 tonnes during May at last week's meeting.", [("no-title-with", "had actually")]),
    # an adverb before a fronted gerund phrase; a company before its officer's role
    ("adverb-gerund", "Partly offsetting these payments, tax receipts will add some 400 mln stg to the market today.", [("title", "Tax receipts will add some 400 mln stg to the market")]),
    ("company-role", "On Friday, Hollis vice chairman Ed R. Hollis and Barrow Capital Inc offered to buy Hollis for 90 dlrs per share.", [("no-title-with", "vice")]),
    # a nationality before a noun: the noun is no verb
    ("nationality-noun", "The share of Asian imports to Chile shipped by air in 1986 rose sharply, the study said.", [("no-title-with", "Asian imports to Chile shipped")]),
    # a date's phrase between an infinitive and its object: the object stays
    ("infinitive-date-object", "Lomax Corp plans to release in June a new version of its software.", [("title", "Lomax Corp plans to release a new version of its software")]),
    ("infinitive-date-object-2", "The firm said it hopes to finish by mid-October the building of a 40-room inn.", [("title", "The firm hopes to finish the building of a 40-room inn")]),
    # a fixed aside between commas goes; a range's first end goes with its date
    ("fixed-aside", "Ruiz told the senate last week the Basel pact called, in effect, for steady rates for a year.", [("title", "The Basel pact called for steady rates for a year")]),
    ("range-to-date", "Two analysts said on Monday that Ortiz was likely to be replaced in two to three years.", [("no-title-ending", "in two")]),
    # an object's infinitive carries the news: no cut before it while another fits
    ("object-infinitive", "Several dealers had expected the Bank of Ruritania to unveil fresh sales of inflation-linked notes today.", [("no-title-ending", "Ruritania")]),
    # a noun title opening on a possessive pronoun cannot say whose
    ("possessive-noun-title", "Mayor Lind was ready to sue the firm for breaking its cleaning contract with the city, aides said on Monday.", [("no-title-with", "Its cleaning contract")]),
    # a relative clause inside the subject is not the clause's verb; "whose" names its owner
    ("who-inside-subject", "In 40 states, the number of surgeons who performed the operation declined between 1980 and 1990.", [("title", "The number of surgeons declined")]),
    ("whose-owner", "Lomax Corp, whose chief executive resigned on Monday, said sales fell.", [("title", "Lomax Corp's chief executive resigned")]),
    ("whose-owner-bare", "Officials named the man whose car was found on Monday.", [("title", "The man's car was found")]),
    ("whose-no-owner", "Twice, nurses whose addresses leaked on the forum were attacked, most recently last May.", [("no-title-with", "Addresses leaked")]),
    # after an appositive with a relative and a "that" clause, the main verb resumes
    ("resumes-after-appositive", "Ed Moss, a joiner whose firm showed that clay roofs last, retired on Monday.", [("title", "Ed Moss retired")]),
    # a currency sign stays with its figure; a date's clock goes with it
    ("currency-sign", "The shares rose to $ 4.25 on Friday.", [("title", "The shares rose to $4.25")]),
    ("local-time", "The typhoon reached the coast late on Friday local time.", [("title", "The typhoon reached the coast")]),
    # "she" never stands for a man the words before his name say is one
    ("she-not-son", "Eva Berg died on Tuesday. Her son, Karl Berg, said she had been ill for years. In 1979 she found a rare orchid in the hills.", [("no-title-with", "Karl Berg found")]),
    ("she-stays", "Eva Berg died on Tuesday. In 1979 she found a rare orchid in the hills.", [("title", "Eva Berg found a rare orchid in the hills")]),
    # a fixed phrase of three words is no place to end
    ("with-the-result", "Exports in May and June beat last year's levels with the result that stocks fell sharply.", [("no-title-with", "with the result")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES_MORE, ids=[c[0] for c in CASES_MORE])
def test_each_title_class_more(name, body, checks):
    test_each_title_class(name, body, checks)


def test_a_noun_title_of_only_its_time_is_none():
    assert noun_headline("the first ten days of June") == ""
    assert noun_headline("plans for joint exercises") == "Plans for joint exercises"
