"""Titles a reader can parse (titles5): the subject's noun read as the verb, a name's word
read as an auxiliary, an aside read as the object, a comparison's "from", a name cut short,
an aside taken for the subject, an expectation cut before what is expected, and two clauses
fused at "and".

Each case under "the rule" is one the code before these rules got wrong (checked against
16f2195b); each under "guard" it got right, and the rule must leave it so."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: a plural noun that is a verb's form as well, before a phrase, is the
        # subject's noun; a long subject is then cut before the phrase, not to the noun alone
        ("North Yemeni exports to the Gulf Cooperation Council states dropped below 200 mln "
         "riyals in April for the first time in a decade.",
         [("title", "North Yemeni exports dropped below 200 mln riyals", "1991-04"),
          ("not-title", "North Yemeni exports")]),
        # guard: a short one was whole before
        ("Irish exports to the United States fell sharply in April, officials said.",
         [("title", "Irish exports to the United States fell sharply", "1991-04")]),
        # the rule: "do" before a capital is a Portuguese name's word, no auxiliary
        ("The Rio do Sul daily, in a front-page note on Monday, urged calm.",
         [("no-title", "Rio do Sul daily")]),
        # the rule: a capital article straight after the verb opens an aside, not the object
        ("Lindqvist Marine posted revenue of 14.2 mln crowns in the six months to June 30, A 9 "
         "pct rise on the year before.",
         [("no-title", "posted A"), ("not", "1990"),
          ("title", "Lindqvist Marine posted revenue of 14.2 mln crowns")]),
        # guards: a class, a series and a rating written "A" are objects' words
        ("The brewer placed 3 mln of its Class A shares with investors on Monday.",
         [("title", "The brewer placed 3 mln of its Class A shares", "1991-05-13")]),
        ("The utility issued Series A bonds worth 40 mln dlrs on May 2.",
         [("title", "The utility issued Series A bonds worth 40 mln dlrs", "1991-05-02")]),
        ("An agency raised the port authority to A from BBB on Tuesday.",
         [("title", "An agency raised the port authority to A from BBB", "1991-05-14")]),
        # the rule: "from" after "to <figure>" is the figure a measure came from
        ("Membership of the rowing club climbed in April to 1,240 from 980 a year earlier.",
         [("title", "Membership of the rowing club climbed to 1,240", "1991-04"),
          ("no-title", "from 980")]),
        # guard: a year is no such figure, the move is the news
        ("Last month the archive moved its cut-off to 1950 from 1900.",
         [("title", "The archive moved its cut-off to 1950 from 1900", "1991-04")]),
        # the rule: a name's last word that looks like a participle does not dangle
        ("The charity sold the farm to Greenfield Partners United on Tuesday.",
         [("title", "The charity sold the farm to Greenfield Partners United", "1991-05-14")]),
        # the rule: an expectation's object and its infinitive are one thought, however long
        # the object
        ("The council expects the number of cars using the old ring road to halve in 2024.",
         [("title", "The council expects the number of cars using the old ring road to halve",
           "2024")]),
        ("Last week the union said it wants members of the night shift to vote on the pay deal.",
         [("no-title-ending", "night shift")]),
        # guard: an infinitive past another clause's verb is not the expectation's
        ("A vote on the new stadium is expected on Friday ahead of further talks about parking "
         "around the old market as the club wants to start building soon.",
         [("title", "A vote on the new stadium is expected ahead of further talks", "1991-05-17")]),
        # the rule: a second clause fused after "and": no title tells both; the title is the
        # clause that holds the date
        ("The school will lend a van and two drivers will load it with books on Saturday.",
         [("no-title", "and two drivers"), ("title", "Two drivers will load it", "1991-05-18")]),
        ("The bridge was closed and the tolls were refunded on Monday.",
         [("title", "The tolls were refunded"), ("no-title", "was closed")]),
        # guard: with a date of its own the second clause was cut off before
        ("The club raised its fees on Monday and its members will vote on the budget in June.",
         [("title", "The club raised its fees"), ("no-title", "and its members")]),
        # guard: two doers of one verb are one subject
        ("Ten buses and the night trains had been stopped by midnight on Friday.",
         [("title", "Ten buses and the night trains had been stopped")]),
    ],
)  # fmt: skip
def test_english_titles_parse(text, checks):
    check_events(events_of(text, "en", "1991-05-15"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # the rule: "Le reçu," is the subject (a noun that is a participle too), and the
        # aside after it, "d'un montant …", is no subject
        ("Le reçu, d'un montant de 40 euros, avait été remis en juin 2018 au client, alors "
         "que la caisse était fermée.",
         [("title", "Le reçu avait été remis au client", "2018-06"),
          ("no-title", "D'un montant")]),
        ("Le prévenu, d'une cinquantaine d'années, avait été interpellé en mai 2019 à Lyon, "
         "alors que deux complices avaient fui.",
         [("no-title", "D'une cinquantaine")]),
        # guard: a subject that is no participle kept its title
        ("Le chantier, d'un coût de deux millions d'euros, a été lancé en avril 2019 par le "
         "département.",
         [("title", "Le chantier a été lancé par le département", "2019-04")]),
    ],
)  # fmt: skip
def test_french_titles_parse(text, checks):
    check_events(events_of(text, "fr", "2021-03-15"), checks)


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # the rule: a figure the measure came to, then where it came from
        ("The fleet", "grew to 310 from 260 a year before", "The fleet grew to 310"),
        # the rule: an expectation is not cut inside its object
        ("The council", "expects the number of cars using the old ring road to halve",
         "The council expects the number of cars using the old ring road to halve"),
        # the rule: a second clause fused after "and"
        ("The market", "was shut and the traders were sent home", ""),
        # guard: an infinitive after the plural, it was the verb ("plans | to shut")
        ("The dairy", "plans to shut its two creameries", "The dairy plans to shut its two creameries"),
        # guard: a pronoun before it, the verb too ("He | exports to …")
        ("He", "exports to the growers he trained", "He exports to the growers"),
        # guard: the first infinitive is the verb's own; a purpose after it may go
        ("The museum", "expects to raise about 2 mln dlrs to restore the east "
         "wing of the old customs house", "The museum expects to raise about 2 mln dlrs"),
        # guard: two doers of one verb are one clause, not two fused
        ("The florist and her two sons", "have delivered 300 bouquets",
         "The florist and her two sons have delivered 300 bouquets"),
        # guard: a place it moved from is no figure
        ("The bakery", "moved its kitchen to 12 Mill Lane from Leeds",
         "The bakery moved its kitchen to 12 Mill Lane from Leeds"),
    ],
)  # fmt: skip
def test_english_headlines(subject, predicate, title):
    assert headline(subject, predicate) == title
