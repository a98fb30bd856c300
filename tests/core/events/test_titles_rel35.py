"""Titles that pin a clause's act on the right actor and keep what makes the act news (session
35, helper titles-rel): shapes an audit of real news found, told in sentences of our own.

- a relative after "X of Y" whose verb's number fits only Y ("the nieces of the ferryman, who
  was rescued") is Y's act; when neither noun fits, no title;
- a second predicate after a preposition's object ("… before the robbery, and was found …") is
  the clause before's subject's act, not the object's;
- a past form after a name ends a dated noun's phrase ("the 1999 robbery in Selby | attended");
- a quoting verb with only who quoted ("was quoted by local radio") says nothing;
- a manner adverb before an infinitive goes before a long title is cut ("voted [unanimously]
  to merge …"), and a purpose infinitive an aside splits from its object ends no title;
- a plural noun before a past opens an object relative ("which engineers inspected"), a
  contact relative with its own subject keeps its words ("the tax the mayor introduced"), and
  a hedge before a fraction ("sold about one-third of …") keeps the verb's object.

Each case: a body, and what must hold of its events (``tests.core.events.articles.check_events``).
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2021-06-10"
CASES = [
    # the relative's verb number picks the noun after "of"
    ("of-singular-relative", "The nieces of the ferryman, who was rescued from the estuary on Friday, thanked the crew.", [("title", "The ferryman was rescued from the estuary"), ("no-title-with", "nieces of the ferryman was")]),
    ("of-plural-relative", "The skipper of the trawlers, which were seized off Vardo on Friday, spoke to reporters.", [("title", "The trawlers were seized off Vardo"), ("no-title-with", "skipper of the trawlers were")]),
    ("of-name-relative", "The sons of Mr. Okafor, who was detained at the border on Friday, hired a lawyer.", [("title", "Mr. Okafor was detained at the border"), ("no-title-with", "sons of")]),
    ("of-agreeing-stays", "The owners of the kiosks, who were fined on Friday, appealed.", [("title", "The owners of the kiosks were fined")]),
    ("of-unmarked-stays", "The leader of the rebels, who was captured on Friday, faces trial.", [("title", "The leader of the rebels was captured")]),
    ("possessive-disagrees", "The baker's cousins, who was seen at the fair on Friday, left town.", [("no-title-with", "cousins was")]),
    ("plain-relative-stays", "The new tram, which was tested in May, broke down on Friday.", [("title", "The new tram was tested"), ("title", "The new tram broke down")]),
    # a second predicate after a preposition's object is the clause before's subject's
    ("before-and-was", "Rosa Imbert's scooter was seen near the harbour in the days before the burglary, and was found dumped in a canal in February, police said.", [("title", "Rosa Imbert's scooter was found dumped in a canal"), ("no-title-with", "The burglary was")]),
    ("before-and-was-owner-unsure", "Their barge was moored near the lock in the weeks before the flood, and was found wrecked below the weir in April.", [("title", "Their barge was found wrecked below the weir"), ("no-title-with", "The flood was")]),
    ("after-and-was", "The conductor bowed after the overture, and was cheered for ten minutes on Saturday.", [("title", "The conductor was cheered for ten minutes"), ("no-title-with", "The overture was")]),
    ("after-but-no-comma-gives-none", "Director Lena Morrow said ticket sales fell by a half after the fire but began to recover last winter.", [("no-title-with", "Morrow began"), ("no-title-with", "fire but")]),
    # a past after a name ends the dated noun's phrase
    ("name-then-verb", "A porter who was badly hurt in the 2009 warehouse blaze in Tilbury attended the inquest.", [("no-title-with", "attended"), ("title", "Warehouse blaze in Tilbury")]),
    ("name-then-agent-stays", "Guests at the 2004 gala in Selby hosted by the mayor raised money.", [("no-title-with", "Selby raised")]),
    # a quoting verb with only who quoted
    ("quoted-by-only", "A port official was quoted by local radio on Monday as saying the ferry had run aground.", [("no-title-ending", "by local radio")]),
    ("quoted-by-name-only", "Petrov was quoted by Interfax on Monday as saying the ferry had run aground.", [("no-title-ending", "by Interfax")]),
    # a manner adverb before an infinitive goes before the title is cut
    ("adverb-before-infinitive", "A growers' cooperative voted overwhelmingly Friday to make the lower valley a nature reserve.", [("title", "A growers' cooperative voted to make the lower valley a nature reserve"), ("not-title", "A growers' cooperative voted overwhelmingly")]),
    ("short-keeps-adverb", "The board voted unanimously Friday to close the plant.", [("title", "The board voted unanimously to close the plant")]),
    # a purpose infinitive an aside splits from its object
    ("split-purpose", "Tomas Reyna resigned as treasurer last year to seek, without success, a seat on the council.", [("title", "Tomas Reyna resigned as treasurer"), ("no-title-ending", "to seek")]),
    ("split-purpose-preposition", "Ada Kell left the band in 2019 to run, as it turned out, for mayor.", [("title", "Ada Kell left the band"), ("no-title-ending", "to run")]),
    ("purpose-then-speaker-stays", "Ben Oduya retired in May to rest, his son said.", [("title", "Ben Oduya retired to rest")]),
    # a plural noun before a past opens an object relative: its subject, not its verb
    ("which-noun-past", "The viaduct, which surveyors inspected in April, was shut on Friday.", [("title", "Surveyors inspected the viaduct"), ("not-title", "The viaduct surveyors")]),
    ("which-present-stays", "The ferry firm, which owns four ships, said on Monday it would sell one.", [("title", "The ferry firm said it would sell one")]),
    # a relative with no "that" and a subject of its own keeps its words in order
    ("contact-relative", "Shopkeepers attacked the levy the council imposed in 2018.", [("title", "The levy the council imposed"), ("no-title-with", "council was imposed")]),
    ("participle-stays", "Tolls rose under an accord reached last July.", [("title", "An accord was reached")]),
    # a figure's hedge before a number word or a fraction is the object's: no bare verb
    ("hedge-fraction", "In March, the NWRA sold about two-thirds of its senior unsecured convertible bonds in Norvale to local banks.", [("title", "The NWRA sold about two-thirds of its senior unsecured convertible bonds in Norvale"), ("not-title", "The NWRA sold")]),
    # "result" never ends a title without what it resulted from or in
    ("resulted-from", "Harcourt said the 2.4 billion dlr first quarter write-down resulted from a pension accounting change made under new rules set by the state regulator.", [("no-title-ending", "resulted"), ("title", "The 2.4 billion dlr write-down resulted from a pension accounting change")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    check_events(events, checks)
