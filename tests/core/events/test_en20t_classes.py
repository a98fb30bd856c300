"""Titles a reader can parse, and no non-events, on unseen English (#14, session 20, helper
en20t): each class seen on Reuters and TimeBank text nobody had judged, told in sentences of
our own. A title is a clause with its subject and finite verb, nothing left dangling, the
verb's required complement kept; a sentence that states no happening gives no event.

Each case: a body, and what must hold of its events: ("title", T) some event has exactly the
title T; ("not-title", T) no event has exactly the title T; ("no-title-with", W) no title
holds W; ("no-title-ending", W) no title ends on W; ("none",) no event at all.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "1987-04-08"
CASES = [
    # the lead of a dropped date phrase goes with it ("sometime [in the autumn of 1987]")
    ("sometime-lead", "The council will cut fares sometime in the autumn of 1987.", [("title", "The council will cut fares")]),
    # a verb whose object follows a dropped date keeps its object, or gives no title
    ("object-after-date", "Harwick last raised capital when it placed on October 14, 1986, 180 mln dlrs of seven-year bonds priced to yield 8.6 pct.", [("not-title", "Harwick placed")]),
    ("object-after-date-short", "Lomax sold on March 3 two of its ferries to a rival.", [("title", "Lomax sold two of its ferries to a rival")]),
    ("object-after-full-date", "Lomax sold on March 3, 1987, two of its ferries to a rival.", [("title", "Lomax sold two of its ferries to a rival")]),
    ("aside-after-date-stays", "The plant closed on Monday, the last of its mills.", [("title", "The plant closed")]),
    ("said-after-date-stays", "Prices rose on Friday, the ministry said.", [("title", "Prices rose")]),
    # a preposition before "he", "she", "they" opens a clause: the title stops before it
    ("until-they", "The company said after May 6 the cost of the rights will revert to three dlrs until they lapse on May 28.", [("no-title-with", "until they"), ("title", "The cost of the rights will revert to three dlrs")]),
    # a participle between commas after an object is the object's aside, no verb of the subject
    ("aside-after-object", "Harwick posted first half fiscal 1987, ended Jan 31, earnings of 11.4 mln dlrs, up from 8.9 mln.", [("not-title", "Harwick ended"), ("not-title", "Harwick posted"), ("title", "Harwick posted earnings of 11.4 mln dlrs")]),
    ("aside-after-subject", "The drawings, released this week, show a park with a lake.", [("not-title", "The drawings released"), ("no-title-with", "show a park")]),
    # a noun that gathers or measures what its "of" names is never a title's last word
    ("aside-then-present", "The council said the route was popular, although early plans, released this week, show that it may close.", [("no-title-with", "plans released")]),
    ("aside-then-past-stays", "The plant, closed in May, reopened on Monday.", [("title", "The plant reopened")]),
    ("series-of", "Last week the county police joined state investigators to investigate a series of unexplained fires at farm buildings in the hills.", [("no-title-ending", "a series"), ("title", "The county police joined state investigators")]),
    ("collection-of", "One senior aide on Monday described the cabinet as \"a collection of tired ministers waiting for the vote.\"", [("no-title-ending", "a collection")]),
    ("leader-of", "A Dutch leader of an EU flood relief team resumed work in Malawi on Friday, six weeks after her team was halted.", [("no-title-with", "A Dutch leader resumed")]),
    ("part-of", "The tentative accord would settle part of a broad review of the Leeds-based lender in the past year.", [("title", "The tentative accord would settle part of a broad review of the Leeds-based lender")]),
    ("details-of-stays", "More details of the robbery emerged on Sunday.", [("title", "More details of the robbery emerged")]),
    ("noun-of-no-verb", "Key points of the revised merger proposal have not changed from the version submitted last October, the firm said.", [("no-title-with", "Key points of the revised")]),
    ("loss-of-figure-stays", "A special charge of 312,000 dlrs in 1986 arose from the closure of its depots.", [("title", "A special charge of 312,000 dlrs arose from the closure of its depots")]),
    ("the-value-of", "The value of Ruritanian wool and cotton exports rose 4 pct to 751 mln dlrs in February, the ministry said.", [("title", "The value of Ruritanian wool and cotton exports rose 4 pct")]),
    ("the-surplus-of", "The current account surplus of the Freedonian external accounts hit an estimated 8.2 billion marks last year.", [("title", "The current account surplus hit an estimated 8.2 billion marks")]),
    ("in-connection", "Police questioned a farmer from the hills above Lugo in connection with the thefts on Monday.", [("no-title-ending", "in connection"), ("title", "Police questioned a farmer from the hills above Lugo", "1987-04-06")]),
    ("meeting-of-stays", "The minister chaired a meeting of farm ministers from the north on Monday.", [("title", "The minister chaired a meeting of farm ministers from the north")]),
    # a verb that seeks or tries keeps its infinitive, even past a phrase between them
    ("sought-through", "Finance Minister Ann Roe said last week that flood-hit Ruritania sought through negotiations to delay all payments due to the banks in 1987 until next year.", [("no-title-ending", "through negotiations"), ("no-title-ending", "sought")]),
    ("plans-on-gerund-stays", "Harwick Corp said its refinery cost 2.1 billion dlrs. It plans on filing a tariff request with the regional energy commission of Utah to recoup the refinery costs later this year.", [("title", "Harwick Corp plans on filing a tariff request")]),
    # a fronted time phrase before a comma is no subject
    ("fronted-time", "This time next year, the bank will be selling bonds abroad.", [("no-title-with", "This time"), ("title", "The bank will be selling bonds abroad")]),
    ("fronted-subject-stays", "Sales in 1986, the firm said, rose 5 pct, and profits in 1986 doubled.", [("no-title-with", "The firm")]),
    # a bare plural after a name's comma is the subject after a fronted phrase, no apposition
    ("plural-after-name", "Under the plan unveiled today by Transport Minister Ann Roe, carmakers will be required to fit air bags from 1990.", [("title", "Carmakers will be required to fit air bags"), ("no-title-with", "Roe will")]),
    ("by-name-then-subject", "Under the aid scheme unveiled by Finance Minister Ann Roe, the government made the choice in 1985 that poor regions should expand.", [("title", "The government made the choice"), ("no-title-with", "Roe made")]),
    ("role-apposition-stays", "Ann Roe, chairman, said on Monday the firm would close.", [("title", "Ann Roe said the firm would close")]),
    # a place in a fronted phrase is not who "they" are
    ("they-not-place", "In Market Square, they put up a stage on Monday.", [("none",)]),
    ("it-company-stays", "Lomax Corp said on Monday it would close its plant in Leeds.", [("title", "Lomax Corp said it would close its plant in Leeds")]),
    # a comparative before its noun stays with it: "slower than planned removal" is not "planned removal"
    ("than-inside-subject", "The slower than planned removal of the debris is now expected to extend the work into 1988.", [("no-title-with", "The planned removal")]),
    # a date past the end of a relative's predicate, after a verb group of its own, is that
    # verb's: never the relative's (analyst's class C1)
    ("relative-then-main-verb", "Kask Foods, the grocer that grew from a market stall, will shut its 40 shops by the end of June.", [("no-title-with", "grew from")]),
    ("reported-date-stays", "Prices rose sharply, the ministry said on Friday.", [("title", "Prices rose sharply")]),
    ("aside-participle-date-stays", "The fire destroyed the Mill Inn, a hotel opened in 1932, late on Saturday.", [("title", "The fire destroyed the Mill Inn")]),
    # a verb agrees with the head of its subject, before the subject's "of" phrase
    ("head-before-of-stays", "The operators of the mine said they hope to reach full output by the end of 1987.", [("title", "The operators of the mine hope to reach full output")]),
    # a span fronted before the clause's comma sets its scene; the clause is the happening
    # (analyst's class C4: "Nearly a year of stop-start talks" was no event)
    ("fronted-span", "After nearly a year of stop-start talks, the deal was signed on Friday.", [("title", "The deal was signed"), ("no-title-with", "stop-start talks")]),
    ("fronted-span-year", "In 1984, after three months of hard talks, the government reached accords with seven exporters.", [("title", "The government reached accords with seven exporters")]),
    ("span-subject-stays", "Almost six years of feuding between the two clans have left the valley in poverty.", [("title", "Feuding between the two clans")]),
    # a preposition left at a title's end when its word went goes too
    ("preposition-left", "Ann Roe told them on Monday she would resign in May.", [("no-title-ending", " in")]),
    # a participle set off by commas with only adverbs before it remarks on a figure: no verb
    ("set-off-participle", "Deliveries of steel by Freedonian mills fell by 2.3 pct in March to 14 billion dlrs, seasonally adjusted, led by a drop in trucks, the bureau said.", [("no-title-with", "mills adjusted")]),
    # a subject never ends on an adjective before its noun: the noun was read as a verb
    ("adjective-subject", "Ruritania's economic output index, base 1980, registered 93.3 in March.", [("no-title-with", "economic output index")]),
    ("adjective-after-noun-stays", "A total of six of ten measures available contributed to the drop in the gauge in March.", [("title", "A total of six of ten measures available contributed to the drop")]),
    # a verb of telling with only who was told says nothing
    ("told-him", "Attorney General Ann Roe told him on November 25.", [("none",)]),
    ("told-that-stays", "Ann Roe told reporters on Monday that the plant closed on Friday.", [("title", "The plant closed")]),
    # a comparison's clause, a relative's bare verb and a passive's agent are not cut in half
    ("than-pronoun", "She said the council is receiving less tax revenue than it received in the same weeks of March.", [("no-title-ending", "than it")]),
    ("relative-bare-verb", "The health ministry on Tuesday published a detailed study that cautioned about growing dependence on imported vaccines at a time when local production is shrinking.", [("no-title-ending", "that cautioned"), ("title", "The health ministry published a detailed study")]),
    ("passive-agent", "Ann Roe said the growers' firm rejection of the price cuts on Monday was prompted by the anger of small farmers.", [("no-title-ending", "was prompted")]),
    # a figure's share or level is no happening
    ("share-of-sales", "Exports accounted for about 27 pct of sales in 1986.", [("none",)]),
    # a forecast level without its verb is no title
    ("projected-level", "Freedonia's projected coffee crop of 21,500 tonnes for 1987/88 was cut by frost in March, planters said.", [("no-title-with", "projected coffee crop of"), ("title", "Freedonia's projected coffee crop was cut by frost", "1987-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "checks"), CASES, ids=[c[0] for c in CASES])
def test_each_title_class(name, body, checks):
    events = extract_events(article(body, PUBLISHED))
    check_events(events, checks)
