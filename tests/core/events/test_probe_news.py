"""Hard-news probes (crime, courts, politics, disasters, transport, weather): short sentences
of our own in the shapes reporters use, each with the events an editor would accept, published
on a Thursday (``PUBLISHED``). ``FIXED`` holds the classes this probe round mended; ``GUARDS``
the probes that already read right, kept so that a later rule does not break them. Checks as
in ``articles.check_events``."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from tests.core.events.articles import article, check_events

PUBLISHED = "2024-03-14T18:00"  # a Thursday: Monday the 11th, Wednesday the 13th

FIXED = [
    # a past leave or order before an infinitive: the day is the one gone by, not the next
    (
        "Residents were allowed to return home on Wednesday.",
        [("title", "Residents were allowed to return home", "2024-03-13"), ("not", "2024-03-20")],
    ),
    (
        "Villagers were allowed to go back on Tuesday.",
        [("title", "allowed to go back", "2024-03-12"), ("not", "2024-03-19")],
    ),
    (
        "Residents were told to leave on Monday.",
        [("title", "told to leave", "2024-03-11"), ("not", "2024-03-18")],
    ),
    (
        "He was able to return on Monday.",
        [("title", "able to return", "2024-03-11")],
    ),
    # ... but a leave still to come keeps its day ahead
    (
        "Residents will be allowed to return home on Monday.",
        [("title", "allowed to return", "2024-03-18")],
    ),
    (
        "The team is to go to Paris on Monday.",
        [("title", "go to Paris", "2024-03-18")],
    ),
    # "their" of a plural in -s: the apostrophe alone
    (
        "The workers were injured when their scaffold collapsed on Tuesday.",
        [("title", "The workers' scaffold collapsed", "2024-03-12"), ("no-title", "workers's")],
    ),
    (
        "Four officers were hurt on Monday when their car crashed.",
        [("title", "Four officers were hurt", "2024-03-11"), ("no-title", "officers's")],
    ),
    (
        "The bus crashed on Monday when its brakes failed.",
        [("title", "The bus's brakes failed", "2024-03-11")],
    ),
    # a participle aside of an agreement, dated in/on a day: the agreement's own happening
    (
        "The ceasefire, agreed on Sunday, was broken within hours.",
        [("title", "The ceasefire was agreed", "2024-03-10")],
    ),
    (
        "The deal, agreed in 2019, was scrapped on Tuesday.",
        [("title", "The deal was agreed", "2019"), ("title", "scrapped", "2024-03-12")],
    ),
    # ... not a plan's date after "for"
    (
        "The vote, agreed for June, was cancelled on Tuesday.",
        [("title", "The vote was cancelled", "2024-03-12"), ("not-title", "The vote was agreed")],
    ),
    # "go ahead" ends a title whole
    (
        "The march went ahead on Saturday despite the ban.",
        [("title", "The march went ahead", "2024-03-09")],
    ),
    (
        "Speaking to reporters on Tuesday, the minister said the plan would go ahead.",
        [("title", "the plan would go ahead", "2024-03-12")],
    ),
    (
        "The race will go ahead on Sunday.",
        [("title", "The race will go ahead", "2024-03-17")],
    ),
    # a participle written as its lemma ("set", "shut", "cast") opens an aside as "built" does:
    # the clause's own verb comes after it
    (
        "The inquiry, set up in 2021, will publish its findings next month.",
        [("title", "The inquiry will publish its findings", "2024-04"), ("not", "2021")],
    ),
    (
        "The road, shut in 2021, will reopen next month.",
        [("title", "The road will reopen", "2024-04"), ("title", "The road was shut", "2021")],
    ),
    (
        "The firm, based in Leeds, cut 200 jobs on Monday.",
        [("title", "The firm cut 200 jobs", "2024-03-11")],
    ),
    (
        "The bell, cast in Leeds in 1901, arrived by cart in May 1903.",
        [("title", "The bell was cast", "1901"), ("title", "The bell arrived by cart", "1903-05")],
    ),
    # "by" a way of going is no agent of a participle
    (
        "The minister arrived by helicopter on Tuesday.",
        [("title", "The minister arrived by helicopter", "2024-03-12")],
    ),
    (
        "The report published by the council on Monday was damning.",
        [("no-title", "published by")],
    ),
    # a speaking aside dates its speaker's clause, on the day gone by
    (
        "The senator, speaking in Ohio on Wednesday, promised to cut taxes.",
        [("title", "The senator promised to cut taxes", "2024-03-13"), ("not", "2024-03-20")],
    ),
    (
        "Speaking on Tuesday, the minister vowed to fight on.",
        [("title", "vowed to fight on", "2024-03-12")],
    ),
    (
        "The senator will be speaking in Ohio on Wednesday.",
        [("has", "2024-03-20")],
    ),
    # the small hours told after a late clock time are the next day's
    (
        "The fire service was called at 11.40pm on Tuesday and the blaze was put out by 3am.",
        [
            ("title", "The fire service was called", "2024-03-12T23:40"),
            ("title", "The blaze was put out", "2024-03-13T03:00"),
        ],
    ),
    (
        "The shop closed at 9pm on Monday.",
        [("title", "The shop closed", "2024-03-11T21:00")],
    ),
    # a verb after a subject's aside is the clause's, not an attribution
    (
        "A panel, formed in May 2019, reported in June 2020.",
        [("title", "A panel reported", "2020-06"), ("title", "A panel was formed", "2019-05")],
    ),
    (
        "Prices rose sharply, the ministry said on Friday.",
        [("title", "Prices rose sharply", "2024-03-08")],
    ),
    # a plural's bare present before "on" and a weekday is its verb, whatever past follows
    (
        "The talks end on Friday and a deal is expected on Monday.",
        [("title", "The talks end", "2024-03-15"), ("title", "A deal is expected", "2024-03-18")],
    ),
    (
        "Polls close on Sunday and results are published on Monday.",
        [("title", "Polls close", "2024-03-17"), ("no-title", "Polls close and")],
    ),
]

GUARDS = [
    (
        "Police arrested a 34-year-old man on Tuesday after a stabbing outside a bar in Dunmore.",
        [("title", "Police arrested a 34-year-old", "2024-03-12")],
    ),
    (
        "A 19-year-old woman was charged on Wednesday with arson over a fire at a warehouse in Keswick.",
        [("title", "A 19-year-old woman was", "2024-03-13")],
    ),
    (
        "The suspect, who was detained on Sunday, will appear in court on Friday.",
        [
            ("title", "The suspect was detained", "2024-03-10"),
            ("title", "The suspect will appear", "2024-03-15"),
        ],
    ),
    (
        "Detectives said on Monday that the body was found in a field near Harlow on Saturday.",
        [
            ("title", "Detectives said the body", "2024-03-11"),
            ("title", "The body was found", "2024-03-09"),
        ],
    ),
    (
        "Two men were jailed for eight years on Tuesday for smuggling cocaine through Felixstowe.",
        [("title", "Two men were jailed", "2024-03-12")],
    ),
    (
        "A jury at Carrick Crown Court found Darren Pell guilty of murder on Wednesday.",
        [("title", "A jury at Carrick", "2024-03-13")],
    ),
    (
        "Pell, 41, will be sentenced on April 2.",
        [("title", "Pell will be sentenced", "2024-04-02")],
    ),
    (
        "The trial, which began in January, is expected to last six weeks.",
        [("title", "The trial began", "2024-01")],
    ),
    (
        "The judge dismissed the case on Tuesday, citing a lack of evidence.",
        [("title", "The judge dismissed the", "2024-03-12")],
    ),
    (
        "After a two-day hearing, the court ruled on Wednesday that the ban was unlawful.",
        [("title", "The court ruled the", "2024-03-13")],
    ),
    ("The appeal will be heard in June.", [("title", "The appeal will be", "2024-06")]),
    (
        "Prosecutors dropped the charges last week.",
        [("title", "Prosecutors dropped the charges", "2024-W10")],
    ),
    (
        "The former minister denied the allegations when he was questioned by police in 2021.",
        [
            ("title", "The former minister denied", "2021"),
            ("title", "The former minister was", "2021"),
        ],
    ),
    (
        "Officers were called to the house at about 10pm on Saturday.",
        [("title", "Officers were called to", "2024-03-09T22:00")],
    ),
    (
        "The victim died in hospital on Sunday morning.",
        [("title", "The victim died in", "2024-03-10TMO")],
    ),
    (
        "A second man was arrested on Wednesday in connection with the shooting.",
        [("title", "A second man was", "2024-03-13")],
    ),
    (
        "Charged with fraud in 2019, Milner was acquitted two years later.",
        [("title", "Milner was acquitted", "2021"), ("title", "Milner was charged with", "2019")],
    ),
    (
        "The company was fined £2m on Tuesday after a worker died at its plant in 2021.",
        [("title", "The company was fined", "2024-03-12"), ("title", "A worker died at", "2021")],
    ),
    (
        "The boy, who went missing on Monday, was found safe on Tuesday evening.",
        [
            ("title", "The boy went missing", "2024-03-11"),
            ("title", "The boy was found", "2024-03-12TEV"),
        ],
    ),
    (
        "The inquest into her death opened on Wednesday and was adjourned.",
        [("title", "The inquest into her", "2024-03-13")],
    ),
    (
        "The Supreme Court will rule on the case next week.",
        [("title", "The Supreme Court will", "2024-W12")],
    ),
    (
        "The gang stole jewellery worth £400,000 from a shop in Bexley on March 2.",
        [("title", "The gang stole jewellery", "2024-03-02")],
    ),
    (
        "A warrant for his arrest was issued on Wednesday.",
        [("title", "A warrant for his", "2024-03-13")],
    ),
    (
        "He pleaded not guilty to all charges at a hearing on Monday.",
        [("title", "He pleaded not guilty", "2024-03-11")],
    ),
    (
        "The prime minister announced on Wednesday that the election would be held on May 23.",
        [
            ("title", "The prime minister announced", "2024-03-13"),
            ("title", "The election would be", "2024-05-23"),
        ],
    ),
    ("Voters go to the polls on Sunday.", [("title", "Voters go to the", "2024-03-17")]),
    (
        "The bill passed the Senate on Tuesday by 54 votes to 46.",
        [("title", "The bill passed the", "2024-03-12")],
    ),
    (
        "Lawmakers approved the budget on Wednesday after weeks of talks.",
        [("title", "Lawmakers approved the budget", "2024-03-13")],
    ),
    (
        "The premier, who won office in 2021, will fly to Brussels next month.",
        [
            ("title", "The premier won office", "2021"),
            ("title", "The premier will fly", "2024-04"),
        ],
    ),
    (
        "The governor vetoed the bill on Tuesday, saying it was too costly.",
        [("title", "The governor vetoed the", "2024-03-12")],
    ),
    (
        "Parliament will be dissolved on April 8.",
        [("title", "Parliament will be dissolved", "2024-04-08")],
    ),
    (
        "Before the vote on Tuesday, the opposition leader called for calm.",
        [("title", "The opposition leader called", "2024-03-12")],
    ),
    (
        "The party elected a new leader on Saturday, replacing Tom Hale, who stepped down in January.",
        [
            ("title", "The party elected a", "2024-03-09"),
            ("title", "Tom Hale stepped down", "2024-01"),
        ],
    ),
    (
        "The summit, which ends on Friday, is the first since 2019.",
        [("title", "The summit ends", "2024-03-15")],
    ),
    ("The law comes into force on July 1.", [("title", "The law comes into", "2024-07-01")]),
    (
        "The senator said on Wednesday she would not seek re-election in November.",
        [
            ("title", "The senator said she", "2024-03-13"),
            ("title", "The senator would not", "2024-11"),
        ],
    ),
    (
        "Talks broke down on Tuesday and will resume next week.",
        [("title", "Talks broke down", "2024-03-12"), ("title", "Talks will resume", "2024-W12")],
    ),
    (
        "The cabinet met on Wednesday to discuss the crisis.",
        [("title", "The cabinet met to", "2024-03-13")],
    ),
    (
        "Elected in 2020, the mayor faces a recall vote on April 14.",
        [("title", "The mayor faces a", "2024-04-14"), ("title", "The mayor was elected", "2020")],
    ),
    (
        "The referendum was held on Sunday, and turnout was 61 percent.",
        [("title", "The referendum was held", "2024-03-10")],
    ),
    (
        "Opposition lawmakers walked out of the chamber on Tuesday in protest.",
        [("title", "Opposition lawmakers walked out", "2024-03-12")],
    ),
    (
        "The foreign minister met his Chinese counterpart in Beijing on Wednesday.",
        [("title", "The foreign minister met", "2024-03-13")],
    ),
    (
        "The ministry said on Monday it had expelled two diplomats.",
        [("title", "The ministry said it", "2024-03-11")],
    ),
    (
        "The coalition collapsed last week after the finance minister quit.",
        [("title", "The coalition collapsed", "2024-W10")],
    ),
    (
        "The council will vote on the plan on March 20.",
        [("title", "The council will vote", "2024-03-20")],
    ),
    (
        "An earthquake of magnitude 6.2 struck the north of the island on Wednesday, killing at least 12 people.",
        [("title", "An earthquake of magnitude", "2024-03-13")],
    ),
    (
        "The fire, which broke out on Sunday, has burned more than 3,000 hectares.",
        [("title", "The fire broke out", "2024-03-10")],
    ),
    (
        "Firefighters brought the blaze under control on Tuesday.",
        [("title", "Firefighters brought the blaze", "2024-03-12")],
    ),
    (
        "Flooding forced hundreds of families from their homes on Monday.",
        [("title", "Flooding forced hundreds of", "2024-03-11")],
    ),
    (
        "The hurricane should reach the coast on Saturday.",
        [("title", "The hurricane should reach", "2024-03-16")],
    ),
    (
        "The volcano erupted on Tuesday night, sending ash 5 km into the air.",
        [("title", "The volcano erupted", "2024-03-12TNI")],
    ),
    (
        "Rescuers pulled three survivors from the rubble on Wednesday.",
        [("title", "Rescuers pulled three survivors", "2024-03-13")],
    ),
    ("The death toll rose to 40 on Thursday.", [("title", "The death toll rose", "2024-03-14")]),
    (
        "A landslide buried a village in the region on Monday, officials said.",
        [("title", "A landslide buried a", "2024-03-11")],
    ),
    (
        "The dam burst early on Sunday, flooding several villages.",
        [("title", "The dam burst", "2024-03-10")],
    ),
    (
        "The cyclone, which hit the coast on Monday, weakened to a tropical storm on Tuesday.",
        [
            ("title", "The cyclone hit the", "2024-03-11"),
            ("title", "The cyclone weakened to", "2024-03-12"),
        ],
    ),
    (
        "Emergency services were alerted at 3.15am on Saturday.",
        [("title", "Emergency services were alerted", "2024-03-09T03:15")],
    ),
    (
        "A train derailed near Pellham on Tuesday, injuring 15 passengers.",
        [("title", "A train derailed near", "2024-03-12")],
    ),
    (
        "The airline cancelled 200 flights on Wednesday because of a strike.",
        [("title", "The airline cancelled 200", "2024-03-13")],
    ),
    (
        "A bus carrying 40 students overturned on a mountain road on Sunday.",
        [("title", "A bus carrying 40", "2024-03-10")],
    ),
    (
        "Flights resumed on Tuesday after the airport was shut for two days.",
        [("title", "Flights resumed", "2024-03-12")],
    ),
    ("The new motorway is due to open in 2026.", [("title", "The new motorway is", "2026")]),
    (
        "The ferry ran aground on Monday with 300 people on board.",
        [("title", "The ferry ran aground", "2024-03-11")],
    ),
    (
        "The pilot, who had flown for the airline since 2009, was suspended on Wednesday.",
        [("title", "The pilot was suspended", "2024-03-13")],
    ),
    (
        "Investigators will publish their final report next year.",
        [("title", "Investigators will publish their", "2025")],
    ),
    (
        "A cyclist was killed in a collision with a lorry on Tuesday morning.",
        [("title", "A cyclist was killed", "2024-03-12TMO")],
    ),
    (
        "The strike, which began on Monday, is set to last until Friday.",
        [("title", "The strike began", "2024-03-11")],
    ),
    (
        "Services were suspended for three hours on Wednesday after a signal failure.",
        [("title", "Services were suspended for", "2024-03-13")],
    ),
    (
        "Heavy snow closed schools across the region on Tuesday.",
        [("title", "Heavy snow closed schools", "2024-03-12")],
    ),
    (
        "Temperatures are forecast to reach 30C on Saturday.",
        [("title", "Temperatures are forecast to", "2024-03-16")],
    ),
    (
        "The Met Office issued a yellow warning for wind on Monday.",
        [("title", "The Met Office issued", "2024-03-11")],
    ),
    (
        "Forecasters expect the heatwave to end on Sunday.",
        [("title", "Forecasters expect the heatwave", "2024-03-17")],
    ),
    (
        "Rain will spread from the west on Friday.",
        [("title", "Rain will spread from", "2024-03-15")],
    ),
    (
        "The temperature fell to minus 20C on Monday night.",
        [("title", "The temperature fell to", "2024-03-11TNI")],
    ),
    (
        "The protest, which drew thousands, passed off peacefully on Saturday.",
        [("title", "The protest passed off", "2024-03-09")],
    ),
    (
        "Police fired tear gas at protesters on Tuesday.",
        [("title", "Police fired tear gas", "2024-03-12")],
    ),
    (
        "Police said on Wednesday they had arrested 23 people during Saturday's march.",
        [
            ("title", "Police said they had", "2024-03-13"),
            ("title", "Police had arrested 23", "2024-03-09"),
        ],
    ),
    (
        "The hostages were freed on Tuesday after 40 days in captivity.",
        [("title", "The hostages were freed", "2024-03-12")],
    ),
    (
        "The rebels seized the town on Wednesday, residents said.",
        [("title", "The rebels seized the", "2024-03-13")],
    ),
    (
        "The army said it had withdrawn from the city on Monday.",
        [("title", "The army had withdrawn", "2024-03-11")],
    ),
    (
        "An investigation was launched on Wednesday into the cause of the blast.",
        [("title", "An investigation was launched", "2024-03-13")],
    ),
    (
        "The factory had been inspected in October and no faults were found.",
        [("title", "The factory had been", "2023-10")],
    ),
    (
        "The school was evacuated on Wednesday after a bomb threat.",
        [("title", "The school was evacuated", "2024-03-13")],
    ),
    (
        "The minister will answer questions from the inquiry on March 27.",
        [("title", "The minister will answer", "2024-03-27")],
    ),
    (
        "Police had warned residents about the gang in January but no arrests were made.",
        [("title", "Police had warned residents", "2024-01")],
    ),
    (
        "The prisoner escaped from the jail on Sunday and was recaptured on Tuesday.",
        [
            ("title", "The prisoner escaped from", "2024-03-10"),
            ("title", "The prisoner was recaptured", "2024-03-12"),
        ],
    ),
    (
        "The sentence was cut to four years on appeal on Wednesday.",
        [("title", "The sentence was cut", "2024-03-13")],
    ),
    (
        "The ban, first imposed in 2015, was lifted on Monday.",
        [("title", "The ban was lifted", "2024-03-11"), ("title", "The ban was imposed", "2015")],
    ),
    (
        "Three people were rescued from the sea off Whitby on Tuesday after their boat capsized.",
        [("title", "Three people were rescued", "2024-03-12")],
    ),
    (
        "The court heard that the attack took place on June 5 last year.",
        [("title", "The attack took place", "2023-06-05")],
    ),
    (
        "The governor declared an emergency in three counties on Tuesday as the river rose.",
        [("title", "The governor declared an emergency", "2024-03-12")],
    ),
    (
        "The decision to close the road was taken on Monday, a spokesman said.",
        [("title", "The decision to close", "2024-03-11")],
    ),
]


@pytest.mark.parametrize(("sentence", "checks"), FIXED, ids=[s[:40] for s, _ in FIXED])
def test_fixed(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(sentence, PUBLISHED)), checks)


@pytest.mark.parametrize(("sentence", "checks"), GUARDS, ids=[s[:40] for s, _ in GUARDS])
def test_guard(sentence: str, checks: list[tuple[str, ...]]) -> None:
    check_events(extract_events(article(sentence, PUBLISHED)), checks)
