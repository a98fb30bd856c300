"""Object relatives told as events with their noun put back after the verb, in our own
sentences: "the toll, which the county board approved in May," → "The county board approved the
toll"; French "la redevance que la commune a votée en avril" → "La commune a voté la
redevance". Kept as no event: a relative whose date is the main clause's, one after a verb's
"que" that is no relative, one whose end is not sure. Also a plural noun inside a phrase ("the
Dunmore sports hall") that is no verb making a past a bare participle.

Checks as in ``tests.core.events.articles.check_events``.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events, events_of

# Wednesday 14 October 2026: "last spring" is spring 2026, "in May" May 2026.
EN = [
    # the relative's closing comma and an adverb before its date leave its verb no object
    ("closing-comma", "2026-10-14", "A new parking toll, which the county board approved in May, will start in January.", [("title", "The county board approved a new parking toll", "2026-05")]),
    ("adverb-before-date", "2026-10-14", "Travellers will lose the ferry link to Tromsø, which the operator launched only in April.", [("title", "The operator launched the ferry link to Tromsø", "2026-04")]),
    # a possessive opens the noun it stands for
    ("possessive-noun", "2026-10-14", "The brewer kept its spending plan, which it unveiled in March, of about 30 million euros.", [("title", "unveiled its spending plan", "2026-03")]),
    # "that" after a noun, its verb followed by its date and a comma
    ("that-then-comma", "2026-10-14", "Drivers blamed a parking freeze that the mayor imposed in April 2025, which the garages opposed.", [("title", "The mayor imposed a parking freeze", "2025-04")]),
    # the noun goes back before the verb's own phrase, not after its preposition
    ("before-own-phrase", "2026-10-14", "Ruiz said the lease, which the port awarded to Kestrel Marine in June, runs for ten years.", [("title", "The port awarded the lease to Kestrel Marine", "2026-06")]),
    # a sentence-initial article of the noun put back is no capital in the middle of the title
    ("initial-article", "2026-10-14", "The audit, which the district council ordered in February, found no fraud.", [("title", "The district council ordered the audit", "2026-02")]),
    # the main clause's date is no date of the relative
    ("main-clause-date", "2026-10-14", "A new timetable, which the rail board agreed in July, lets trams run after 11 p.m.", [("title", "The rail board agreed a new timetable", "2026-07"), ("no-title-with", "agreed a new timetable in July")]),
    # the object of an infinitive after a past deed goes after the infinitive's verb
    ("infinitive-deed", "2026-03-10", "The levy will pay for a flour mill, which the trust agreed to acquire in February.", [("title", "The trust agreed to acquire a flour mill", "2026-02")]),
    # ... but after a plan's verb it stays no event
    ("infinitive-plan", "2026-10-14", "The group will finance the new kiln, which it hoped to open in May.", [("no-title-with", "hoped to open")]),
    # a relative told in the future before a comma is a forecast's figure, no deed
    ("future-relative", "2026-10-14", "Bonds will cover the fees that the port will save in 2027, as harbour dues fall.", [("no-title-with", "will save the fees")]),
    # a relative whose end is not sure ("…, and test …") stays no event
    ("coordinated-after-comma", "2026-10-14", "Crews will now replace the pump, which a contractor fitted in 2019, and check the pipes before May.", [("no-title-with", "fitted the pump")]),
    # a perfect in English stays no event: which noun the relative stands for is not sure
    ("perfect-of-noun", "2026-10-14", "In 2025 the league lifted the ban on the Aldport club, which the board had ordered the year before over debts.", [("no-title-with", "ordered the Aldport club")]),
    # an "it" the parse took for a subject across another clause names no one sure
    ("it-across-clauses", "2026-10-14", "The Danish envoy said the gap is partly due to Chile's inexperience in the carbon markets, which it joined only in the 2010s.", [("no-title-with", "envoy joined")]),
    # a plural noun inside a phrase is no verb after a bare participle
    ("sports-hall", "2026-10-14", "A rest centre opened at the Dunmore sports hall on Tuesday night.", [("title", "A rest centre opened at the Dunmore sports hall", "2026-10-13TNI")]),
    ("parts-supplier", "2026-10-14", "A new warehouse opened on Monday for a parts supplier from Graz.", [("title", "A new warehouse opened for a parts supplier from Graz", "2026-10-12")]),
    # ... while a bare participle before the real verb stays the subject's description
    ("reduced-relative-kept", "2026-10-14", "The four charged with theft on Monday included a nurse.", [("no-title-with", "The four charged")]),
]  # fmt: skip

# Mercredi 14 octobre 2026.
FR = [
    # "que" after a noun phrase: the object put back, the participle's agreement dropped
    ("que-object", "2026-10-14", "La redevance que la commune a votée en avril entre en vigueur.", [("title", "La commune a voté la redevance", "2026-04")]),
    ("que-object-pluperfect", "2026-10-14", "Le club a rénové la salle que la mairie avait achetée en 2019.", [("title", "La mairie avait acheté la salle", "2019")]),
    # ... a date after another verb is the main clause's, not the relative's
    ("que-main-date", "2026-10-14", "La redevance que la commune a votée entre en vigueur le 3 novembre.", [("no-title-with", "a voté")]),
    # "que" after a conjunction or a verb is no relative: the clause's own happening
    ("alors-que", "2026-10-14", "Alors que les travaux ont commencé lundi, les riverains se plaignent déjà.", [("title", "Les travaux ont commencé", "2026-10-12")]),
    ("annonce-que", "2026-10-14", "Le maire a annoncé que la patinoire fermera le 3 mai.", [("title", "La patinoire fermera", "2027-05-03")]),
    # "ne … que" is "only": no clause cut inside the title
    ("ne-que", "2026-10-14", "Selon la société, les fouilles commenceront en novembre et ne dureront que deux semaines.", [("no-title-ending", "dureront")]),
]  # fmt: skip

ES = [
    # "por lo que" and a "que" after a noun of a set phrase open no relative
    ("por-lo-que", "2026-10-14", "La grada sigue cerrada por obras, por lo que el derbi se jugará el 8 de noviembre.", [("title", "El derbi se jugará", "2026-11-08")]),
]  # fmt: skip

UK = [
    # a pronoun that can only be the object, after a noun phrase in its case: put back
    ("yaku-object", "2026-10-14", "Учні їздили через нову пішохідну кладку, яку рятувальники встановили навесні 2025 року.", [("title", "Рятувальники встановили нову пішохідну кладку", "2025-SP")]),
    # a relative pronoun that reads as subject or object, with no subject of its own: its noun
    ("yaki-subject", "2026-10-14", "Гравці, які торік вилетіли з другої ліги, почали сезон активніше.", [("title", "Гравці вилетіли з другої ліги", "2025")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "published", "body", "checks"), EN, ids=[c[0] for c in EN])
def test_an_english_object_relative_gets_its_noun(name, published, body, checks):
    check_events(extract_events(article(body, published)), checks)


RU = [
    # ... not after a noun in another case ("по дороге": the dative)
    ("kotoruyu-other-case", "2026-10-14", "Автобусы пошли по новой дороге, которую область построила в 2024 году.", [("no-title-with", "построила новой дороге")]),
    ("kotoruyu-object", "2026-10-14", "Автобусы пошли через новую эстакаду, которую область построила в 2024 году.", [("title", "Область построила новую эстакаду", "2024")]),
]  # fmt: skip

FOREIGN = (
    [("ru", *c) for c in RU]
    + [("fr", *c) for c in FR]
    + [("es", *c) for c in ES]
    + [("uk", *c) for c in UK]
)


@pytest.mark.parametrize(
    ("language", "name", "published", "body", "checks"), FOREIGN, ids=[c[1] for c in FOREIGN]
)
def test_a_foreign_object_relative_or_que_clause(language, name, published, body, checks):
    check_events(events_of(body, language, published), checks)
