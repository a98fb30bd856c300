"""Titles that keep every person of a subject's list (session 34, en-titles2), in sentences of
our own: a role dropped before a later item's name leaves the item before it ("Ana Ruiz,
[Health Minister] Tomas Lind and …" keeps Ruiz), and two people each with the place they are
of lose the places, not the second person ("Presidents Ana Berg [of Norway] and Piet Vos [of
Belgium]"); a verb whose object needs a phrase after it keeps that phrase when a title a
little longer holds it ("placed the old warehouse | on the list"); wire copy's capital
auxiliary after a state's short form is still the verb ("Dover, Del., Was closed").

Each case: a body, and what must hold of its events (``check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2023-03-10"
CASES = [
    # a list of titled people: each role goes, each person stays
    ("roles-listed", "Finance Minister Carla Ruiz, Health Minister Tomas Lind and Interior Minister Ola Brandt all voted against the bill on Friday.", [("title", "Ruiz, Lind and Brandt voted against the bill", "2023-03-10")]),
    ("role-second-item", "Carla Ruiz, Health Minister Tomas Lind and Ola Brandt left the cabinet meeting early on Wednesday.", [("title", "Carla Ruiz, Lind and Ola Brandt left the cabinet meeting", "2023-03-08")]),
    # ... a role apposed to another role still goes whole
    ("role-apposed-role", "Nordbank's chairman, Finance Director Per Holm, resigned on Friday.", [("title", "Holm resigned", "2023-03-10")]),
    ("role-apposed-name", "The bakery's owner, Maria Olsen, sold the shop on Tuesday.", [("title", "Olsen sold the shop", "2023-03-07")]),
    # two people each of a place: the places go, both people stay
    ("paired-places", "Presidents Anna Berg of Norway and Piet Vos of Belgium signed a fisheries agreement on Friday.", [("title", "Presidents Anna Berg and Piet Vos signed a fisheries agreement", "2023-03-10")]),
    ("paired-places-article", "Mayors Lars Eide of Tromso and Kari Dahl of the Lofoten Islands opened the new ferry route on Monday.", [("title", "Mayors Lars Eide and Kari Dahl opened the new ferry route", "2023-03-06")]),
    # ... not banks or offices, whose place says which one
    ("paired-banks", "The Central Bank of Norway and the National Bank of Sweden cut their rates on Friday after a long meeting.", [("no-title-with", "The Central Bank and"), ("has", "2023-03-10")]),
    # ... nor one person of two places
    ("one-of-two-places", "The mayor of Oslo and Bergen opened the new ferry line on Friday with a speech.", [("no-title-with", "The mayor and"), ("has", "2023-03-10")]),
    # a verb's object and the phrase it needs stay together
    ("placed-on-list", "The council on Monday placed the old harbour warehouse and the disused rail yard on the list of protected sites.", [("title", "The council placed the old harbour warehouse and the disused rail yard on the list", "2023-03-06")]),
    ("described-as", "A union leader on Monday described the factory as a museum of broken promises and rusty old machines.", [("title", "A union leader described the factory as a museum", "2023-03-06")]),
    ("placed-on-list-short", "The council on Monday placed the old harbour warehouse on the list of protected sites in the northern region.", [("title", "The council placed the old harbour warehouse on the list of protected sites", "2023-03-06")]),
    ("turned-into", "The town hall turned the old fire station into a youth centre with a cinema and a library last year.", [("title", "The town hall turned the old fire station into a youth centre", "2022")]),
    # an auxiliary capitalised after a state's short form stays the verb's
    ("capital-aux-state", "The Harwick Savings Bank of Dover, Del., Was closed by state regulators on Thursday after a run on its deposits.", [("title", "The Harwick Savings Bank of Dover was closed by state regulators", "2023-03-09")]),
    ("capital-aux-city", "The levy proposed by the mayor of Salem, Ore., Was rejected on Tuesday by the council.", [("title", "The levy proposed by the mayor of Salem was rejected by the council", "2023-03-07")]),
    # ... a phrase that is no such complement may still go
    ("added-staff", "The bakery added 40 new staff in March to cope with the demand for its famous rye bread loaves.", [("title", "The bakery added 40 new staff to cope with the demand", "2023-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_listed_names_titles(name, body, checks):
    check_events(extract_events(article(body, PUBLISHED, "en")), checks)


def test_paired_places_whole_predicate():
    """Both people stay when the title, with both, needs a little more room."""
    body = "Presidents Arno Lindqvist of Finland and Boris Petrenko of Estonia signed a joint fisheries accord on Friday."
    check_events(extract_events(article(body, PUBLISHED, "en")), [("title", "Presidents Arno Lindqvist and Boris Petrenko signed a joint fisheries accord", "2023-03-10")])  # fmt: skip
