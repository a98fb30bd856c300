"""Hand chronologies of the English articles under ``tests/fixtures/articles_en`` (our own
words), and how an article's events are scored against one.

An entry is (dates, words): it is found when an event starting at one of the dates (``|``
between alternatives; a day read with a clock time or a part of the day is still that day)
has a title holding every word (lower case). A trap is (date, words): no event may start at
that date (or at a time of it, or hold it as written, e.g. ``T14:26``) with a title holding
the words; traps are the dates a reader would call wrong.

>>> _dated("2024-11-05T23:40", "2024-11-05"), _dated("2024-11", "2024-11-05")
(True, False)
"""

from __future__ import annotations

from pathlib import Path

from core.events.extract import extract_events
from core.reading.readers import read_article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles_en"

Entry = tuple[str, tuple[str, ...]]

CHRONOLOGY: dict[str, list[Entry]] = {
    "storm-forecast.txt": [
        ("2025-09-11", ("strengthened",)),
        ("2025-09-14", ("landfall",)),
        ("2025-09-11", ("declared",)),
        ("2025-09-06", ("formed",)),
        ("2025-09-10", ("crossed",)),
        ("2025-09-15", ("weaken",)),
        ("2018", ("michael",)),
    ],
    "court-bribery.txt": [
        ("2024-03-13", ("sentenced to four years",)),
        ("2023-11", ("convicted",)),
        ("2021-06", ("arrested",)),
        ("2024-01-09", ("suspended sentence",)),
        ("2023", ("pleaded guilty",)),
        ("2024-04-22", ("will be sentenced",)),
    ],
    "election-night.txt": [
        ("2024-11-05", ("moreno won",)),
        ("2024-11-05", ("conceded",)),
        ("2016", ("ran for the seat",)),
        ("2024-11-19", ("certified",)),
        ("2025-01-08", ("sworn in",)),
    ],
    "athletics-oslo.txt": [
        ("2025-06-12", ("kiplagat won",)),
        ("2025-05-30", ("pulled out",)),
        ("2025-06-20", ("paris",)),
    ],
    "obituary-scientist.txt": [
        ("2023-02-01", ("hollis died",)),
        ("1958", ("joined",)),
        ("1964", ("expedition",)),
        ("1985", ("published",)),
        ("1990", ("appointed",)),
        ("1998", ("retired",)),
        ("2004", ("dame",)),
        ("2011", ("husband",)),
        ("2023-03-18", ("memorial",)),
    ],
    "company-fiscal.txt": [
        ("2024-Q2|2024-06-30|2024-04/2024-06|2024-06", ("profit fell",)),
        ("2024-03", ("closed two plants",)),
        ("2024-10-01", ("dividend",)),
        ("2024-08-20", ("shares fell",)),
    ],
    "council-charge.txt": [
        ("2025-10-08", ("voted",)),
        ("2026-07-01", ("will pay",)),
        ("2026-05", ("trial",)),
        ("2022", ("proposed",)),
        ("2025-SP", ("consultation",)),
        ("2025-10-21", ("will meet",)),
    ],
    "bridge-backgrounder.txt": [
        ("1967", ("opened",)),
        ("2019", ("cracks",)),
        ("2020", ("weight limit",)),
        ("2023-09", ("concluded",)),
        ("2024-01-14", ("closed the bridge",)),
        ("2025-03", ("approved",)),
        ("2029", ("expected to open",)),
        ("2026", ("demolition",)),
    ],
    # written after the fixes and measured once, untuned: the unseen check
    "flood-river.txt": [
        ("2025-02-17", ("told to leave",)),
        ("2025-02-19", ("peak",)),
        ("2025-02-16", ("barrier",)),
        ("2025-02-15", ("rain started",)),
        ("2025-02-18", ("ease",)),
        ("2019-11", ("burst",)),
        ("2025-02-20", ("emergency meeting",)),
    ],
    "football-coach.txt": [
        ("2025-03-09", ("dismissed",)),
        ("2025-03-08", ("defeat",)),
        ("2023-06", ("appointed",)),
        ("2025-03-15", ("take charge",)),
        ("2021", ("bought",)),
    ],
    "minister-resigns.txt": [
        ("2025-10-15", ("resigned",)),
        ("2015", ("entered parliament",)),
        ("2025-09", ("inquiry",)),
        ("2025-10-21", ("debate",)),
    ],
    # round 2 (#14): the development set of the second round, written before its fixes
    "anniversary-colliery.txt": [
        ("2004-10-14", ("explosion",)),
        ("2004-10-16", ("reached",)),
        ("2004-10-17", ("brought",)),
        ("2005-01-03", ("inquiry",)),
        ("2007", ("pit closed",)),
        ("2024-10-19", ("gather",)),
    ],
    "wire-merger.txt": [
        ("2025-03-04", ("blocked",)),
        ("2025-03-18", ("challenge",)),
        ("2025-03-03", ("backed",)),
        ("2024-09", ("investigation",)),
        ("2024-07", ("announced",)),
        ("2025-03-04", ("shares fell",)),
    ],
    "heatwave-forecast.txt": [
        ("2025-07-17", ("thunderstorms",)),
        ("2025-07-13", ("issued",)),
        ("2025-07-14", ("extended",)),
        ("2025-07-18", ("rain",)),
    ],
    "retailer-quarter.txt": [
        ("2024-Q3|2024-07/2024-09", ("profit rose",)),
        ("2024-07-15/2024-10-06", ("sales grew",)),
        ("2024-01", ("took over",)),
        ("2025", ("20 new stores",)),
        ("2025-03-06", ("results",)),
    ],
    "arrest-sequence.txt": [
        ("2025-06-12", ("retired",)),
        ("2023-05-02", ("arrested",)),
        ("2023-05-03", ("charged",)),
        ("2023-05-06", ("released",)),
        ("2025-06-02", ("opened",)),
    ],
    "library-reopens.txt": [
        ("2025-06-10", ("reopened",)),
        ("2024-02-03", ("closed",)),
        ("2025-03", ("approved",)),
        ("2025-05", ("finished",)),
        ("2025-FA|2025-AU", ("festival",)),
    ],
    # round 2: written after its fixes and measured once, untuned (its unseen check)
    "festival-cancelled.txt": [
        ("2025-04-24", ("cancelled",)),
        ("2025-04-17", ("withdrew",)),
        ("1994", ("held",)),
        ("2025-06-20", ("open",)),
        ("2025-04-21", ("approved",)),
        ("2020", ("break",)),
    ],
    "strike-talks.txt": [
        ("2024-11-26", ("voted",)),
        ("2024-11-04", ("walked out",)),
        ("2024-11-18", ("raised",)),
        ("2024-11-25", ("rejected",)),
        ("2024-12-03", ("resume",)),
        ("2019", ("took over",)),
    ],
    "marathon-result.txt": [
        ("2025-09-21", ("osei won",)),
        ("2025-03", ("finished second",)),
        ("2025-09-14", ("cleared",)),
        ("2025-12-07", ("valencia",)),
    ],
    # round 3 (#14, dates and recall): the development set, written before its fixes
    "central-bank.txt": [
        ("2025-11-06", ("raised",)),
        ("2025-11-05", ("six votes",)),
        ("2024-03|2024-03/2025-06", ("cut rates",)),
        ("2025-12-01", ("raise their variable",)),
        ("2024-01", ("took over",)),
        ("2025-12-18", ("decision",)),
    ],
    "court-appeal.txt": [
        ("2026-03-10", ("will hear",)),
        ("2026-01-20", ("ruled",)),
        ("2024-10", ("convicted",)),
        ("2024-11", ("jailed",)),
        ("2025-12", ("bail",)),
        ("2012|2012/2020", ("served",)),
        ("2026-04-27", ("claim",)),
    ],
    "league-season.txt": [
        ("2025-05-03", ("won the northern league",)),
        ("1998", ("reilly",)),
        ("2024-09", ("replaced",)),
        ("2025-02-15", ("defeat",)),
        ("2025-05-03", ("scored",)),
        ("2025-05-17", ("presented",)),
        ("2025-05-18", ("parade",)),
    ],
    "product-launch.txt": [
        ("2025-10-15", ("began selling",)),
        ("2024-01", ("unveiled",)),
        ("2024-06", ("pushed",)),
        ("2024-12", ("delayed",)),
        ("2025-10-14", ("shares rose",)),
        ("2026-SP", ("model",)),
        ("2025-10-17", ("ship",)),
    ],
    "profile-engineer.txt": [
        ("1979", ("arrived",)),
        ("1980", ("joined",)),
        ("1992", ("voted",)),
        ("1992", ("wrote",)),
        ("2003", ("study",)),
        ("2011-09", ("opened",)),
        ("2019", ("retired",)),
        ("2020", ("obe",)),
        ("2025-03-24", ("plaque",)),
    ],
    "wire-ferry.txt": [
        ("2025-07-08", ("suspended",)),
        ("2025-07-07", ("fire",)),
        ("2025-07-07|2025-07-08", ("evacuated",)),
        ("2025-07-08", ("investigation",)),
        ("1997", ("built",)),
        ("2021", ("refitted",)),
        ("2025-07-10", ("resume",)),
        ("2025-07-08", ("shares fell",)),
    ],
    "election-count.txt": [
        ("2026-05-08|2026-05-07", ("won",)),
        ("2026-05-07", ("polls closed",)),
        ("2026-05-07", ("counting began",)),
        ("2026-05-08", ("demanded a recount",)),
        ("2026-05-08", ("conceded",)),
        ("2019", ("stood",)),
        ("2026-05-18", ("take her seat",)),
    ],
    "lander-launch.txt": [
        ("2026-02-04", ("called off",)),
        ("2026-02-07", ("launch",)),
        ("2026-02-02", ("scrubbed",)),
        ("2026-02-14", ("landing",)),
        ("1972-12", ("landed",)),
    ],
    # round 3: written after its fixes and measured once, untuned (its unseen check)
    "museum-theft.txt": [
        ("2025-04-08", ("recovered",)),
        ("2025-04-08", ("arrested",)),
        ("2025-04-09", ("bail",)),
        ("1962", ("bought",)),
        ("2024-05-03", ("cut",)),
        ("2025-06", ("display",)),
        ("2024-10", ("offered",)),
    ],
    "trade-deal.txt": [
        ("2025-11-27", ("signed",)),
        ("2021", ("raised",)),
        ("2026-01-01", ("fall",)),
        ("2026-02", ("vote",)),
        ("2026-03", ("ratify",)),
        ("2025-11-14", ("draft",)),
        ("2025-07", ("walked out",)),
        ("2022", ("fell",)),
        ("2025-05", ("took office",)),
    ],
    "quake-aid.txt": [
        ("2026-03-13", ("reached",)),
        ("2026-03-09", ("struck",)),
        ("2026-03-10", ("aftershock",)),
        ("2026-03-13", ("toll",)),
        ("2026-03-12", ("cleared",)),
        ("2026-03-11", ("mourning",)),
        ("2026-03-20", ("conference",)),
        ("1979", ("hit",)),
    ],
    # round 4 (#14, dates): the development set, written before its fixes
    "crop-harvest.txt": [
        ("2025-11-12", ("cut its forecast",)),
        ("2024/2025", ("reached",)),
        ("2025-W45", ("began harvesting",)),
        ("2025-02", ("rain fell",)),
        ("2025-10", ("exports",)),
        ("2025-12-09", ("publish",)),
    ],
    "heat-record.txt": [
        ("2025-06-26", ("reached",)),
        ("2025-06-28", ("peak",)),
        ("2025-06-30", ("thunderstorms",)),
        ("2025-06-24", ("issued",)),
        ("2022-08", ("hosepipe",)),
    ],
    "wildfire-evacuation.txt": [
        ("2025-08-17", ("leave",)),
        ("2025-08-14", ("started",)),
        ("2025-08-16", ("destroyed",)),
        ("2025-08-17", ("reached",)),
        ("2025-08-18", ("fighting",)),
        ("2025-08-16", ("arrested",)),
        ("2025-08-20", ("court",)),
        ("2017-10", ("killed",)),
        ("2025-07", ("calamity",)),
    ],
    "airport-outage.txt": [
        ("2025-03-03", ("restored",)),
        ("2025-03-01", ("began",)),
        ("2025-03-01|2025-03-01/2025-03-02", ("cancellation",)),
        ("2023-12", ("lasted",)),
        ("2025-02", ("rose",)),
        ("2025-03-02", ("visited",)),
        ("2025-03-06", ("meet",)),
    ],
    "border-talks.txt": [
        ("2026-01-15", ("agreed",)),
        ("2026-02-01", ("will reopen",)),
        ("2025-02", ("began",)),
        ("2025-SU", ("stalled",)),
        ("2026-01-19", ("visit",)),
        ("2025", ("rose",)),
        ("1998", ("signed",)),
        ("1991", ("independence",)),
    ],
    "housing-market.txt": [
        ("2025-09", ("fell",)),
        ("2025-06", ("peaked",)),
        ("2024-08", ("cutting",)),
        ("2025-08", ("dropped",)),
        ("2021-12/2023-08", ("raised",)),
        ("2025-11-06", ("announce",)),
        ("2026", ("stabilise",)),
    ],
    # round 4: written after its fixes and measured once, untuned (its unseen check)
    "hospital-cyberattack.txt": [
        ("2025-10-22", ("restored",)),
        ("2025-10-14", ("detected",)),
        ("2025-10-13|2025-10-14", ("forced",)),
        ("2025-W42|2025-W43", ("postponed",)),
        ("2025-10-17", ("claimed",)),
        ("2023-03", ("suffered",)),
        ("2025-11-05", ("present",)),
    ],
    "transfer-record.txt": [
        ("2026-02-05", ("completed",)),
        ("2023-08", ("joined",)),
        ("2021-07", ("paid",)),
        ("2022-07|2022", ("left",)),
        ("2026-02-07", ("eastfield",)),
        ("2026-02-14", ("debut",)),
    ],
    "rail-timetable.txt": [
        ("2025-12-14", ("cut",)),
        ("2025-11-24|2025-W48", ("regulator", "fined")),
        ("2023", ("1.1 million",)),
        ("2025-SU", ("strikes",)),
        ("2025-12-04", ("meet",)),
    ],
    # round 5 (#14, recall): the development set, written before its fixes
    "plane-crash-inquiry.txt": [
        ("2025-03-04", ("crash",)),
        ("2025-03-05", ("sensor",)),
        ("2013", ("delivered",)),
        ("2025-02-20", ("inspected",)),
        ("2025-03-05", ("grounded",)),
        ("2025-03-15", ("return",)),
        ("2025-03-18", ("hearing",)),
        ("2025-04", ("report",)),
        ("2019", ("joined",)),
        ("2025-03-05", ("released",)),
        ("2023-11", ("emergency landing",)),
    ],
    "senate-vote.txt": [
        ("2025-05-15", ("approved",)),
        ("2025-06-03", ("vote",)),
        ("2025-05-12", ("cancelled",)),
        ("2025-04-02", ("nominated",)),
        ("2025-04-29", ("hearing",)),
        ("2017", ("appointed",)),
        ("2021", ("left",)),
        ("2020-03", ("collapsed",)),
        ("2025-06-10", ("sworn",)),
        ("2025-06-17", ("meeting",)),
        ("2025-05-13", ("met",)),
    ],
    "drug-recall.txt": [
        ("2025-09-08", ("recalled",)),
        ("2025-08-28", ("discovered",)),
        ("2016", ("approved",)),
        ("2025-06-02|2025-06-02/2025-06-20", ("made",)),
        ("2025-07", ("shipped",)),
        ("2025-09-30", ("findings",)),
        ("2025-10", ("review",)),
        ("2025-09-08", ("shares fell",)),
        ("2019", ("bought",)),
    ],
    "wildfire-highway.txt": [
        ("2025-08-02", ("ordered",)),
        ("2025-08-02", ("jumped",)),
        ("2025-07-29", ("started",)),
        ("2025-08-01", ("alberta",)),
        ("2025-08-03", ("joined",)),
        ("2025-08-05", ("decide",)),
        ("2003", ("destroyed",)),
        ("2025-06", ("left",)),
        ("2025-07-31", ("declared",)),
        ("2025-08-04", ("news conference",)),
    ],
    "tour-cancelled.txt": [
        ("2025-01-20", ("surgery",)),
        ("2025-02-08", ("lisbon",)),
        ("2025-02-11|2025-02-11/2025-02-12", ("paris",)),
        ("2025-01-27", ("refunded",)),
        ("2025-01-09", ("opened",)),
        ("2025-01-18", ("lost her voice",)),
        ("2025-01-18", ("stopped",)),
        ("2025-01-19", ("flew",)),
        ("2025-05", ("return",)),
        ("2025-05-20", ("toronto",)),
        ("2012", ("album",)),
        ("2019", ("grammy",)),
    ],
    "transit-fares.txt": [
        ("2026-01-05", ("rise",)),
        ("2025-11-11", ("approved",)),
        ("2025-08", ("proposed",)),
        ("2025-10-31", ("consultation",)),
        ("2025-11-08", ("protest",)),
        ("2023", ("raised",)),
        ("2020|2020/2021", ("frozen",)),
        ("2026-03", ("arrive",)),
        ("2025-09-02", ("derailment",)),
        ("2025-12-01", ("reopen",)),
        ("2025-11-27", ("vote",)),
        ("2026-09", ("pass",)),
    ],
    # round 5: written after its fixes and measured once, untuned (its unseen check)
    "outbreak-school.txt": [
        ("2025-10-15", ("closed",)),
        ("2025-10-13", ("served",)),
        ("2025-01", ("took over",)),
        ("2025-10-14", ("hospital",)),
        ("2025-10-15", ("sent home",)),
        ("2025-10-15", ("visited",)),
        ("2024-05", ("inspected",)),
        ("2025-10-20", ("reopen",)),
        ("2025-10-17", ("meeting",)),
        ("2022", ("residents",)),
    ],
    "rescue-mountain.txt": [
        ("2025-03-09", ("airlifted",)),
        ("2025-03-07", ("set off",)),
        ("2025-03-07", ("caught",)),
        ("2025-03-07", ("alarm",)),
        ("2025-03-08", ("abandoned",)),
        ("2025-03-09", ("reached",)),
        ("2025-03-09", ("discharged",)),
        ("2019-02", ("died",)),
        ("2025-06", ("unveiled",)),
    ],
    "auction-painting.txt": [
        ("2025-11-18", ("sold",)),
        ("1802", ("painted",)),
        ("2025-11-18", ("bought",)),
        ("2025-03", ("found",)),
        ("2025-07", ("confirmed",)),
        ("1879", ("merchant",)),
        ("2025-12-04", ("display",)),
        ("2010", ("rome",)),
    ],
    # round 6 (#14, dates; en20d): the development set, written before its fixes
    "en20d-factory-fire.txt": [
        ("2025-06-11", ("evacuated",)),
        ("2025-06-11", ("started",)),
        ("2019", ("bought",)),
        # (families "could return" on Saturday if tests allow: a possibility, no event)
        ("2022-03", ("fined",)),
        ("2025-W25", ("visit",)),
        ("2025-06-16", ("raise",)),
        ("2021", ("campaigned",)),
    ],
    "en20d-bank-chief.txt": [
        ("2025-11-04", ("named",)),
        ("2025-05", ("announced",)),
        ("2020", ("joined",)),
        ("2026-01-01", ("take over",)),
        ("2025-11-04|2025-Q3|2025-07/2025-09|2025-09|2025-09-30", ("profit",)),
        ("2025-11-04", ("rose",)),
        ("2018", ("oversaw",)),
        ("2025-Q3", ("set aside",)),
        ("2026-SU", ("finish",)),
    ],
    "en20d-nurse-appeal.txt": [
        ("2026-02-20", ("postponed",)),
        ("2025-08", ("deported",)),
        ("2026-02-18", ("filed",)),
        ("2011", ("came",)),
        ("2025-FA|2025-AU", ("collected",)),
        ("2026-02-20", ("rallied",)),
        ("2017", ("expired",)),
        ("2026-02-22", ("vigil",)),
    ],
    "en20d-telescope-repair.txt": [
        ("2025-10-12", ("returned",)),
        ("2025-03-09", ("found",)),
        ("2025-08", ("arrived",)),
        ("2025-10-15", ("observations",)),
        ("2025-11", ("toronto",)),
        ("2027", ("replace",)),
        ("2024", ("cut",)),
    ],
    # round 6: written after its fixes and measured once, untuned (its unseen check)
    "en20d-ferry-strike.txt": [
        ("2025-03-06", ("cancelled",)),
        ("2025-03-06", ("walked out",)),
        ("2025-03-06", ("began",)),
        ("2025-03-04", ("broke down",)),
        ("2021", ("took over",)),
        ("2025-W11", ("publish",)),
        ("2025-01", ("chartered",)),
        ("2023-08", ("held",)),
        ("2023-08", ("halted",)),
        ("2025-03-10", ("meet",)),
    ],
    "en20d-charity-fraud.txt": [
        ("2025-11-19", ("jailed",)),
        ("2025-09", ("convicted",)),
        ("2019", ("bought",)),
        ("2024", ("closed",)),
        ("2022-03", ("investigating",)),
        ("2022-03", ("resigned",)),
        ("2026-SP", ("reopen",)),
        ("2026-01-12", ("hearing",)),
    ],
    # round 7 (#14, recall, en20r): the development set, written before its fixes
    "en20r-chemical-spill.txt": [
        ("2025-10-15", ("fined",)),
        ("2025-07", ("admitted",)),
        ("2023-09-03", ("leaked",)),
        ("2023-09-04", ("found",)),
        ("2023-09-06", ("closed",)),
        ("2022-05", ("ignored",)),
        ("2024", ("spent",)),
        ("2026-03", ("restocking",)),
        ("2026-04", ("lifted",)),
        ("2025-10-28", ("meeting",)),
    ],
    "en20r-university-merger.txt": [
        ("2026", ("merge",)),
        ("2025-W22|2025-05-28|2025-05-30", ("approved",)),
        ("2025-09|2025-09-30", ("rule",)),
        ("2023-FA|2023", ("began",)),
        ("2025-01", ("rejected",)),
        ("2021", ("took office",)),
        ("2026-08-01", ("step down",)),
        ("2025-06-12", ("meeting",)),
    ],
    "en20r-shipyard-order.txt": [
        ("2025-11-11|2025-11-10", ("won",)),
        ("2025-11-10", ("signed",)),
        ("2026-02", ("steel",)),
        ("2028-SP|2028", ("enter service",)),
        ("2019", ("rescued",)),
        ("2025-03", ("cut 300 jobs",)),
        ("2025-11-11", ("rose 14 percent",)),
        ("2025-08", ("retired",)),
        ("2025-07-19", ("fire",)),
    ],
    "en20r-embassy-talks.txt": [
        ("2026-02-12", ("meet",)),
        ("2026-02-06", ("killed",)),
        ("2026-02-06", ("flew",)),
        ("2026-02-11", ("travel",)),
        ("2026-02-12", ("arrive",)),
        ("2025-11-21", ("signed",)),
        ("2025-09", ("began",)),
        ("2026-01-30", ("exchanged",)),
        ("2025-12", ("approved",)),
        ("2026-01", ("deployed",)),
        ("2026-02-16", ("brief",)),
    ],
    # round 7: written after its fixes and measured once, untuned (its unseen check)
    "en20r-landslide-road.txt": [
        ("2025-11-11", ("swept",)),
        ("2025-11-12", ("engineers",)),
        ("2024-01", ("closed",)),
        ("2025-W47", ("footpath",)),
        ("2025-11-17", ("shuttle",)),
        ("2025-12-03", ("decide",)),
        ("1931", ("built",)),
    ],
    "en20r-orchestra-tour.txt": [
        ("2026-05-08", ("begin",)),
        ("2026-04-18", ("collapsed",)),
        ("2026-04-20", ("surgery",)),
        ("2026-04-21", ("recovering",)),
        ("2026-W16-WE|2026-04-18|2026-04-19", ("hospital",)),
        ("2019", ("toured",)),
        ("2017", ("became",)),
        ("2026-06-20", ("performance",)),
        ("2026-05", ("board",)),
    ],
}  # fmt: skip

# The articles written after the fixes (the rest were the development set).
UNSEEN = ("flood-river.txt", "football-coach.txt", "minister-resigns.txt")
# Round 2's development set (the first six) and its unseen check (written after its fixes).
ROUND2 = ("anniversary-colliery.txt", "wire-merger.txt", "heatwave-forecast.txt", "retailer-quarter.txt", "arrest-sequence.txt", "library-reopens.txt")  # fmt: skip
ROUND2_UNSEEN = ("festival-cancelled.txt", "strike-talks.txt", "marathon-result.txt")
# Round 3's development set (dates and recall) and its unseen check (written after its fixes).
ROUND3 = ("central-bank.txt", "court-appeal.txt", "league-season.txt", "product-launch.txt", "profile-engineer.txt", "wire-ferry.txt", "election-count.txt", "lander-launch.txt")  # fmt: skip
ROUND3_UNSEEN = ("museum-theft.txt", "trade-deal.txt", "quake-aid.txt")
# Round 4's development set (dates) and its unseen check (written after its fixes).
ROUND4 = ("crop-harvest.txt", "heat-record.txt", "wildfire-evacuation.txt", "airport-outage.txt", "border-talks.txt", "housing-market.txt")  # fmt: skip
ROUND4_UNSEEN = ("hospital-cyberattack.txt", "transfer-record.txt", "rail-timetable.txt")
# Round 5's development set (recall: nominal, passive, scheduled happenings, "it"/"they").
ROUND5 = ("plane-crash-inquiry.txt", "senate-vote.txt", "drug-recall.txt", "wildfire-highway.txt", "tour-cancelled.txt", "transit-fares.txt")  # fmt: skip
ROUND5_UNSEEN = ("outbreak-school.txt", "rescue-mountain.txt", "auction-painting.txt")
# Round 6's development set (dates: what a date attaches to; en20d) and its unseen check.
ROUND6 = ("en20d-factory-fire.txt", "en20d-bank-chief.txt", "en20d-nurse-appeal.txt", "en20d-telescope-repair.txt")  # fmt: skip
ROUND6_UNSEEN = ("en20d-ferry-strike.txt", "en20d-charity-fraud.txt")
# Round 7's development set (recall on unseen English, en20r) and its unseen check.
ROUND7 = ("en20r-chemical-spill.txt", "en20r-university-merger.txt", "en20r-shipyard-order.txt", "en20r-embassy-talks.txt")  # fmt: skip
ROUND7_UNSEEN = ("en20r-landslide-road.txt", "en20r-orchestra-tour.txt")

TRAPS: dict[str, list[Entry]] = {
    "storm-forecast.txt": [("2025-09-07", ()), ("2025-09-08", ()), ("2025-09-09", ())],
    "court-bribery.txt": [("2016", ()), ("2019", ()), ("2025-01-09", ()), ("2024-04-22", ("sentenced to four",))],
    "election-night.txt": [("2020", ()), ("2024-11-06T23:40", ()), ("2024-11-06T21", ())],
    "athletics-oslo.txt": [("2008", ()), ("T14:26", ()), ("T14:30", ()), ("2024-08", ("lund",))],
    "obituary-scientist.txt": [("1979", ()), ("1950", ()), ("195", ()), ("2023-02-08", ())],
    "company-fiscal.txt": [("2023", ("profit",)), ("2024-Q4", ()), ("2023-08", ())],
    "council-charge.txt": [("2025-05", ()), ("2026-SP", ())],
    "bridge-backgrounder.txt": [("199", ()), ("2024-03", ()), ("2033", ()), ("2035", ())],
    "flood-river.txt": [("2007", ()), ("2025-02-12", ()), ("2025-02-11", ()), ("2025-02-13", ())],
    "football-coach.txt": [("2025-01-18", ()), ("2025-03-08", ("dismissed",)), ("2025-03-08", ("take charge",))],
    "minister-resigns.txt": [("2015", ("resigned",)), ("2025-10-14", ()), ("2025-10-16T", ())],
    "anniversary-colliery.txt": [("2024-10-16", ()), ("2024-10-17", ()), ("2026", ()), ("2024-10-14", ("explosion",)), ("2024-10-12", ())],
    "wire-merger.txt": [("2025-03-18", ("blocked",)), ("2024-09", ("announced",)), ("2025-03-10", ()), ("2025", ("saved",))],
    "heatwave-forecast.txt": [("2025-07-09", ()), ("2025-07-10", ()), ("2025-07-11", ()), ("2025-07-20", ()), ("2024-FA", ()), ("2024-AU", ())],
    "retailer-quarter.txt": [("2024-09-30", ("profit",)), ("2024-10-06", ("sales",)), ("2027", ()), ("2024", ("higher",)), ("2024-03-06", ())],
    "arrest-sequence.txt": [("2025-06-09", ()), ("2025-06-13", ()), ("2025-05", ()), ("2023-05-05", ())],
    "library-reopens.txt": [("1972", ("opened",)), ("2024-03", ()), ("2024-05", ()), ("2024-FA", ()), ("2024-AU", ())],
    "festival-cancelled.txt": [("2025-04-18", ()), ("2025-04-28", ()), ("2024-06-20", ()), ("2025-SU", ()), ("2024-SU", ())],
    "strike-talks.txt": [("2024-11-26", ("resume",)), ("2025", ()), ("2026", ()), ("2024-12-02", ()), ("2024-11-18", ("walked",))],
    "marathon-result.txt": [("T02:21", ()), ("T02:08", ()), ("T21:09", ()), ("2024-03", ()), ("2024-12-07", ()), ("2017", ("osei",)), ("2024", ("dropped",))],
    "central-bank.txt": [("2023-08", ()), ("2026", ()), ("2025-08", ()), ("2025-10", ("prices",))],
    "court-appeal.txt": [("2019", ()), ("2025-11", ()), ("2020", ()), ("2026-03-10", ("ruled",))],
    "league-season.txt": [("1965", ()), ("1998", ("won the northern",)), ("2024-11", ("replaced",)), ("2025-05-10", ()), ("2025-05-11", ())],
    "product-launch.txt": [("2026", ("sell",)), ("2024-SU", ()), ("2025-01", ()), ("2025-10-10", ()), ("2025-10-01", ())],
    "profile-engineer.txt": [("2025-03-17", ()), ("1988", ("joined",)), ("2013", ()), ("2014", ()), ("1955", ())],
    "wire-ferry.txt": [("2025-07-03", ()), ("2025-07-14", ()), ("2025-08", ()), ("1997", ("suspended",))],
    "election-count.txt": [("2024", ()), ("2026-05-07T01", ()), ("2026-05-07T04", ()), ("2026-05-09", ()), ("2026-05-08T22", ())],
    "lander-launch.txt": [("2026-01-31", ()), ("2026-02-01", ()), ("2026-02-09", ()), ("2025-11", ()), ("2026-02-09", ())],
    "museum-theft.txt": [("2025-05-03", ()), ("2025-05", ()), ("2024-06", ()), ("2025-10", ()), ("1962", ("recovered",))],
    "trade-deal.txt": [("2030", ()), ("2024-11-14", ()), ("2024-07", ()), ("2025-02", ()), ("2025-03", ()), ("2025-01-01", ()), ("2021", ("signed",))],
    "quake-aid.txt": [("2026-03-16", ()), ("2026-03-07", ()), ("2026-03-06", ()), ("2026-03-14T02:17", ()), ("2026-03-17", ()), ("2026-03-18", ()), ("2025-03-20", ())],
    "crop-harvest.txt": [("2024-10", ()), ("2022-03", ()), ("2024-02", ()), ("2026", ()), ("2025-11-11", ("exports",)), ("2025-09", ("cut",))],
    "heat-record.txt": [("1976", ()), ("2022-07-19", ("threatened",)), ("2025-06-21", ()), ("2025-06-23", ()), ("2025-07-01", ()), ("2024", ("demand",))],
    "wildfire-evacuation.txt": [("1932", ()), ("2025-08-11", ()), ("2025-08-13", ()), ("2025-08-21", ()), ("2025-09", ("banned",)), ("2025-08-15", ("fighting",))],
    "airport-outage.txt": [("2024-02", ()), ("2025-03-14", ("asked",)), ("2025-02-27", ()), ("2025-02-22", ()), ("2025-03-08", ()), ("2025-03-09", ()), ("2023-12", ("restored",))],
    "border-talks.txt": [("2026-02", ("began",)), ("2026-SU", ()), ("2026-01-12", ()), ("1998", ("independence",)), ("2026-04", ("sign",)), ("2026", ("rose",)), ("2026-01-13", ("rose",))],
    "housing-market.txt": [("2024-09", ()), ("2024-01", ()), ("2025-07", ()), ("2023-08", ("announce",)), ("2025-W40", ("dropped",)), ("2024-10", ())],
    "hospital-cyberattack.txt": [("2019", ("formed",)), ("2025-10-24", ()), ("2025-10-29", ()), ("2025-10-21", ()), ("2024-11-05", ()), ("2019", ("suffered",)), ("2025-10-31", ())],
    "transfer-record.txt": [("2026-01-31", ()), ("2026-02-12", ()), ("2021-07", ("completed",)), ("2025-02-14", ()), ("2021", ("left",)), ("2023-08", ("completed",))],
    "rail-timetable.txt": [("2025-04", ()), ("2025-09", ()), ("2026-03", ()), ("2025-01", ()), ("2025-11-27", ()), ("2024-SU", ())],
    "plane-crash-inquiry.txt": [("2025-03-11", ()), ("2025-03-12", ()), ("2024-04", ()), ("2024-03-18", ()), ("2026-04", ())],
    "senate-vote.txt": [("2025-05-19", ()), ("2025-05-20", ()), ("2024-04-02", ()), ("2024-06-03", ()), ("2025-05-22", ())],
    "drug-recall.txt": [("1921", ("founded",)), ("2025-09-15", ()), ("2024-08-28", ()), ("2026-09-30", ()), ("2024", ("best-selling",)), ("2024-07", ())],
    "wildfire-highway.txt": [("2025-08-09", ()), ("2025-07-28", ()), ("2025-07-27", ()), ("2024-07-29", ()), ("2025-08-07", ())],
    "tour-cancelled.txt": [("2025-01-25", ()), ("2025-01-27", ("surgery",)), ("2024-05", ()), ("2024-02-08", ()), ("2025-03-02", ("opened",))],
    "transit-fares.txt": [("2024-10-31", ()), ("2025-01-05", ()), ("2026-11-27", ()), ("2025-11-15", ()), ("2025-11-18", ()), ("2025-03", ())],
    "outbreak-school.txt": [("2025-10-22", ()), ("2025-10-21", ()), ("2025-10-10", ()), ("2024-10-20", ()), ("2025-05", ())],
    "rescue-mountain.txt": [("1968", ("founded",)), ("2025-03-14", ()), ("2025-03-15", ()), ("2025-03-16", ()), ("2025-03-10T19:40", ()), ("2024-06", ())],
    "auction-painting.txt": [("2025-11-25", ()), ("2024-03", ()), ("2024-07", ()), ("2024-12-04", ()), ("2025-11-11", ())],
    "en20d-factory-fire.txt": [("1995", ()), ("2024-10", ("reviewing",)), ("2025-06-12T21", ()), ("2019", ("spread",)), ("2025-06-07", ()), ("2025-06-09", ()), ("2021", ("raise",))],
    "en20d-bank-chief.txt": [("2024", ()), ("2016", ("paying",)), ("2025-01", ()), ("2025-05", ("named",)), ("2014", ()), ("2025-11-04", ("oversaw",))],
    "en20d-nurse-appeal.txt": [("2026-03-06", ("postponed",)), ("2025-08", ("postponed",)), ("2017", ("says",)), ("2026-02-15", ()), ("2026-02-25", ()), ("2026-02-19", ("filed",)), ("2025-FA", ("rallied",)), ("2025-AU", ("rallied",))],
    "en20d-ferry-strike.txt": [("2025-03-06", ("took over",)), ("2021", ("losing",)), ("2025-01", ("relying",)), ("2025-03-03", ()), ("2025-03-11", ()), ("2025-03-05T06", ()), ("2023-08", ("due",))],
    "en20d-charity-fraud.txt": [("1968", ("founded",)), ("2017", ("jailed",)), ("2025-09", ("jailed",)), ("2019", ("spent",)), ("1968", ("closed",)), ("2025-SP", ()), ("2025-01-12", ()), ("2024", ("rebuilding",)), ("2025-11-12", ())],
    "en20d-telescope-repair.txt": [("1987", ("built",)), ("2025-10-05", ()), ("2025-10-08", ()), ("1987", ("largest",)), ("2024", ("toronto",)), ("2025-03-09", ("returned",)), ("2024", ("seeking",)), ("2025-10-13", ("returned",))],
    "en20r-chemical-spill.txt": [("1961", ()), ("2025-03", ()), ("2025-04", ()), ("2024-10-28", ()), ("2022-05", ("replaced",)), ("2025-10-08", ())],
    "en20r-university-merger.txt": [("2025-01", ("merge",)), ("2024-06-12", ()), ("2024-09", ()), ("2025-06-09", ()), ("2025-W24", ())],
    "en20r-shipyard-order.txt": [("2025-11-04", ()), ("2025-11-03", ()), ("2025-02", ()), ("2028", ("signed",)), ("2025-07-19", ("retired",))],
    "en20r-embassy-talks.txt": [("2026-02-05", ()), ("2026-02-04", ()), ("2026-11", ()), ("2026-09", ()), ("2026-12", ()), ("2025-02-16", ())],
    "en20r-landslide-road.txt": [("2025-11-04", ()), ("2025-11-10", ()), ("2025-03", ()), ("2024-12-03", ()), ("2025-11-18", ()), ("2025-W45", ())],
    "en20r-orchestra-tour.txt": [("2025-05-08", ()), ("2026-04-25", ()), ("2026-04-27", ()), ("2026-04-28", ()), ("2027", ("toured",)), ("2026-06-20", ("collapsed",)), ("2025-06-20", ())],
}  # fmt: skip


def _dated(start: str, dates: str) -> bool:
    """``start`` is an event's start, or "start/end" for a span: an alternative written as a
    span ("2024-07/2024-09") needs that span, any other the span's start."""
    first = start.split("/")[0]
    return any(
        start == d if "/" in d else (first == d or first.startswith(d + "T"))
        for d in dates.split("|")
    )


def _holds(title: str, words: tuple[str, ...]) -> bool:
    return all(w in title.lower() for w in words)


def _trapped(start: str, date: str) -> bool:
    """ "T14:26": any day at that clock time; "2024-11-06T21": that hour; "195": the decade
    itself, not 1958; "2024-08": that month or a day in it."""
    start = start.split("/")[0]  # a span is trapped by where it starts
    if date.startswith("T") or "T" in date:
        return date in start
    return start == date or start.startswith((date + "-", date + "T"))


def events(name: str) -> list[tuple[str, str]]:
    document = read_article(FIXTURES / name)
    return [
        (e.start + (f"/{e.end}" if e.end else ""), e.title)
        for e in extract_events(document)
        if not e.undated
    ]


def score(name: str) -> tuple[list[Entry], list[str], list[str]]:
    """The entries found, the events carrying an entry's words under no listed date, and the
    events caught by a trap (each "date | title")."""
    got = events(name)
    chronology = CHRONOLOGY[name]
    found = [(d, w) for d, w in chronology if any(_dated(s, d) and _holds(t, w) for s, t in got)]
    wrong = [
        f"{s} | {t}"
        for s, t in got
        if any(_holds(t, w) for _, w in chronology)
        and not any(_dated(s, d) and _holds(t, w) for d, w in chronology)
    ]
    trapped = [
        f"{s} | {t}" for s, t in got for d, w in TRAPS[name] if _trapped(s, d) and _holds(t, w)
    ]
    return found, wrong, trapped


if (
    __name__ == "__main__"
):  # uv run python -m tests.core.events.chronology_en [--round2|…|--round7] [--unseen]
    import sys

    unseen = "--unseen" in sys.argv
    rounds = {
        "--round2": (ROUND2, ROUND2_UNSEEN),
        "--round3": (ROUND3, ROUND3_UNSEEN),
        "--round4": (ROUND4, ROUND4_UNSEEN),
        "--round5": (ROUND5, ROUND5_UNSEEN),
        "--round6": (ROUND6, ROUND6_UNSEEN),
        "--round7": (ROUND7, ROUND7_UNSEEN),
    }
    chosen = next((r for flag, r in rounds.items() if flag in sys.argv), None)
    later = {n for dev, held in rounds.values() for n in dev + held}
    total = hits = traps = 0
    for name in [
        n
        for n in CHRONOLOGY
        if (n in sum(chosen, ()) if chosen else n not in later)
        and (n in (chosen[1] if chosen else UNSEEN)) == unseen
    ]:
        found, wrong, trapped = score(name)
        total, hits, traps = total + len(CHRONOLOGY[name]), hits + len(found), traps + len(trapped)
        print(f"{name}: {len(found)}/{len(CHRONOLOGY[name])}, traps {len(trapped)}")
        for d, w in CHRONOLOGY[name]:
            if (d, w) not in found:
                print(f"   missed {d} {' '.join(w)}")
        for line in wrong:
            print(f"   other date: {line}")
        for line in trapped:
            print(f"   TRAP: {line}")
        for s, t in events(name):
            print(f"      {s:<18} {t}")
    print(f"\n{hits}/{total} ({hits / total:.0%}) with the right date, {traps} trap dates")
