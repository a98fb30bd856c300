"""English articles of our own in the genres news readers bring (a storm forecast, a
court case, an election night, a race, an obituary, a company report, a council decision, a
backgrounder, a flood, a football club, a resignation; in round 2 an anniversary, a wire
story, a heat forecast, a retailer's quarter, an arrest and trial, a reopening; in round 3 a
central bank, an appeal's schedule, a league season, a delayed product, a profile, a wire
report with a dateline, an overnight count, a launch; in round 4 a crop estimate, a heat
record, a wildfire, an airport outage, border talks, house prices, and after its fixes a
cyberattack, a transfer, a timetable cut; in round 5 a crash inquiry, a confirmation vote, a
recall, a wildfire, a cancelled tour, a fare rise, and after its fixes an outbreak, a mountain
rescue, an auction; in round 6 a factory fire, a bank's new chief, a nurse's appeal, a
telescope repair, and after its fixes a ferry strike, a charity fraud; in round 7 a chemical
spill, a university merger, a shipyard order, ceasefire talks, and after its fixes a
landslide, a cancelled tour), each with a
chronology written by hand (``chronology_en``): every listed event comes out with its date,
and no event takes a date a reader would call wrong. Each round's last three articles were
written after its fixes and measured once, untuned (``UNSEEN``, ``ROUND2_UNSEEN``,
``ROUND3_UNSEEN``, ``ROUND4_UNSEEN``, ``ROUND5_UNSEEN``, ``ROUND6_UNSEEN``, ``ROUND7_UNSEEN``).

Entries still missed are marked ``xfail`` (strict, so a fix shows)."""

from __future__ import annotations

import pytest

from tests.core.events.chronology_en import CHRONOLOGY, TRAPS, score

# Listed events not found yet, by article and entry date.
MISSED = {
    ("storm-forecast.txt", "2025-09-15", "weaken"),
    ("bridge-backgrounder.txt", "2023-09", "concluded"),
    ("football-coach.txt", "2025-03-15", "take charge"),
    # round 2's unseen check
    ("strike-talks.txt", "2024-11-18", "raised"),
    ("strike-talks.txt", "2024-11-25", "rejected"),
    ("marathon-result.txt", "2025-09-14", "cleared"),
    # round 3's development set (dates and recall)
    ("court-appeal.txt", "2026-01-20", "ruled"),
    ("league-season.txt", "1998", "reilly"),
    ("league-season.txt", "2025-02-15", "defeat"),
    ("league-season.txt", "2025-05-17", "presented"),
    ("product-launch.txt", "2024-12", "delayed"),
    ("product-launch.txt", "2025-10-17", "ship"),
    ("profile-engineer.txt", "2003", "study"),
    ("wire-ferry.txt", "2025-07-08", "investigation"),
    ("election-count.txt", "2026-05-18", "take her seat"),
    # round 3's unseen check
    ("museum-theft.txt", "2025-04-08", "arrested"),
    ("quake-aid.txt", "2026-03-11", "mourning"),
    # round 4's development set (dates)
    ("heat-record.txt", "2025-06-30", "thunderstorms"),
    ("wildfire-evacuation.txt", "2017-10", "killed"),
    ("border-talks.txt", "2025-SU", "stalled"),
    ("border-talks.txt", "1991", "independence"),
    ("housing-market.txt", "2026", "stabilise"),
    # round 4's unseen check
    ("transfer-record.txt", "2026-02-05", "completed"),
    ("transfer-record.txt", "2026-02-07", "eastfield"),
    # round 5's development set (recall)
    ("plane-crash-inquiry.txt", "2025-04", "report"),
    ("senate-vote.txt", "2025-05-15", "approved"),
    ("senate-vote.txt", "2025-06-10", "sworn"),
    ("senate-vote.txt", "2025-06-17", "meeting"),
    ("wildfire-highway.txt", "2025-08-02", "jumped"),
    ("tour-cancelled.txt", "2025-02-11|2025-02-11/2025-02-12", "paris"),
    ("tour-cancelled.txt", "2025-01-18", "stopped"),
    ("transit-fares.txt", "2026-03", "arrive"),
    ("transit-fares.txt", "2025-09-02", "derailment"),
    # round 5's unseen check
    ("rescue-mountain.txt", "2019-02", "died"),  # lost at the merge (a relative's own date)
    ("outbreak-school.txt", "2024-05", "inspected"),
    ("auction-painting.txt", "2025-11-18", "bought"),
    # round 6's development set (dates; en20d)
    # session 9 (enT): it came out as "Shortly bought from a rival", the adverb of another
    # clause for its subject; refused until the relative's own subject is found
    ("en20d-factory-fire.txt", "2019", "bought"),
    ("en20d-nurse-appeal.txt", "2025-08", "deported"),
    ("en20d-nurse-appeal.txt", "2026-02-18", "filed"),
    ("en20d-nurse-appeal.txt", "2017", "expired"),
    ("en20d-telescope-repair.txt", "2025-08", "arrived"),
    ("en20d-telescope-repair.txt", "2024", "cut"),
    # round 6's unseen check
    ("en20d-ferry-strike.txt", "2025-03-06", "walked out"),
    ("en20d-charity-fraud.txt", "2026-SP", "reopen"),
    # round 7's development set (recall, en20r)
    ("en20r-university-merger.txt", "2025-09|2025-09-30", "rule"),
    ("en20r-university-merger.txt", "2025-01", "rejected"),
    ("en20r-shipyard-order.txt", "2019", "rescued"),
    ("en20r-shipyard-order.txt", "2025-07-19", "fire"),
    ("en20r-embassy-talks.txt", "2026-02-06", "killed"),
    ("en20r-embassy-talks.txt", "2025-09", "began"),
    # round 7's unseen check
    ("en20r-landslide-road.txt", "1931", "built"),
    ("en20r-orchestra-tour.txt", "2026-05-08", "begin"),
    ("en20r-orchestra-tour.txt", "2026-W16-WE|2026-04-18|2026-04-19", "hospital"),
    ("en20r-orchestra-tour.txt", "2026-06-20", "performance"),
}
# "hope to return next summer" read as this summer (round 2's unseen check; its other trap,
# "Last year's winner … dropped out" dated last year, was fixed after the measurement)
# ... and "fined the company for poor punctuality between April and September" dated by the
# offence's months (round 4's unseen check; fixed in session 32, "The cuts come a week after
# the regulator fined …" counted back from publication; its other trap, "will run until at
# least March", was fixed after the measurement); "approved the nomination of X to lead the Federal Reserve
# on Thursday" read ahead (round 5's development set: an infinitive after a noun puts the
# weekday ahead)
# ... and round 6's development set (en20d): "has made paint at the site for the past 30 years"
# dated as the span 1995/2025 (its other trap, "is reviewing an inspection report from last
# October" dated by the report's month, was fixed: a clause told in the present takes no date
# gone by)
# (senate-vote's trap fixed in session 34: a past clause takes no day ahead from an infinitive
# that is not its own complement)
TRAPPED = {
    "festival-cancelled.txt",
    "en20d-factory-fire.txt",
}


def _entry(name: str, date: str, words: tuple[str, ...]):
    mark = (
        [pytest.mark.xfail(strict=True, reason="missed")]
        if (name, date, words[0]) in MISSED
        else []
    )
    return pytest.param(name, date, words, marks=mark, id=f"{name}:{date}:{words[0]}")


@pytest.mark.parametrize(
    ("name", "date", "words"),
    [_entry(name, d, w) for name, entries in CHRONOLOGY.items() for d, w in entries],
)
def test_a_listed_event_comes_out_with_its_date(name: str, date: str, words: tuple[str, ...]):
    found, _, _ = score(name)
    assert (date, words) in found


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n, marks=[pytest.mark.xfail(strict=True, reason="a trap")] if n in TRAPPED else []
        )
        for n in TRAPS
    ],
)
def test_no_event_takes_a_date_a_reader_would_call_wrong(name: str) -> None:
    _, _, trapped = score(name)
    assert not trapped
