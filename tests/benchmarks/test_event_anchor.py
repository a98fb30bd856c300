"""The event-anchoring benchmark's scorer, on a TimeML document of our own (no ../shared)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.event_anchor import (
    Bare,
    Scores,
    filled,
    loose_match,
    normalise_value,
    parse_timeml,
    run,
    score_document,
)
from core.model import Document
from core.reading.readers import read_documents

# Friday 12 March 2021. A ferry sinks on Tuesday (reported Thursday); bonds due 2030 are
# repaid on Wednesday (2030 dates nothing that happened); ticket sales rise against a year
# earlier (the baseline is no date of the rise, which the gold puts at the creation time).
FERRY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ferry_001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-12" functionInDocument="CREATION_TIME">2021-03-12</TIMEX3></DCT>
<TEXT>
The harbour ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-03-09">Tuesday</TIMEX3>, its owners <EVENT eid="e2" class="REPORTING">said</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2021-03-11">Thursday</TIMEX3>.

The Bay &amp; Sound company <EVENT eid="e3" class="OCCURRENCE">repaid</EVENT> its bonds due <TIMEX3 tid="t3" type="DATE" value="2030">2030</TIMEX3> on <TIMEX3 tid="t4" type="DATE" value="2021-03-10">Wednesday</TIMEX3>.

Ticket sales <EVENT eid="e4" class="OCCURRENCE">rose</EVENT> 5% from <TIMEX3 tid="t5" type="DATE" value="2020">a year earlier</TIMEX3> after <TIMEX3 tid="t6" type="DURATION" value="P3W">three weeks</TIMEX3> of <EVENT eid="e5" class="OCCURRENCE">repairs</EVENT>.
</TEXT>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" />
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" />
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="NONE" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t4" />
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t3" />
<TLINK lid="l5" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei4" />
<TLINK lid="l6" relType="DURING" eventInstanceID="ei5" relatedToTime="t6" />
<TLINK lid="l7" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2" />
</TimeML>
"""


@dataclass
class Ours:
    """Just the fields of core.model.Event that the scorer reads."""

    title: str
    start: str
    undated: bool
    char_start: int
    char_end: int


@pytest.fixture
def gold():
    return parse_timeml(FERRY)


def _sentence(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, text.index(".", start + len(words)) + 1


def test_text_and_offsets_are_the_tag_free_text(gold) -> None:
    assert gold.doc_id == "ferry_001"
    assert "<" not in gold.text
    assert "The Bay & Sound company repaid" in gold.text
    spans = {t.tid: gold.text[t.start : t.end] for t in gold.timexes.values() if t.tid != "t0"}
    assert spans == {
        "t1": "Tuesday",
        "t2": "Thursday",
        "t3": "2030",
        "t4": "Wednesday",
        "t5": "a year earlier",
        "t6": "three weeks",
    }
    assert [gold.text[e.start : e.end] for e in gold.events.values()] == [
        "sank",
        "said",
        "repaid",
        "rose",
        "repairs",
    ]


def test_anchors_are_the_times_an_event_shares(gold) -> None:
    values = {eid: gold.anchor_values(e) for eid, e in gold.events.items()}
    assert values["e1"] == [("2021-03-09", True, "IS_INCLUDED")]
    assert values["e2"] == [("2021-03-11", True, "IS_INCLUDED")]  # timex-first link, turned
    assert values["e3"] == [("2021-03-10", True, "IS_INCLUDED")]  # BEFORE 2030 is no anchor
    assert values["e4"] == [("2021-03-12", False, "IS_INCLUDED")]  # the creation time
    assert values["e5"] == []  # a duration is no date


def test_scores_on_hand_made_events(gold) -> None:
    text = gold.text
    first = _sentence(text, "The harbour ferry")
    second = _sentence(text, "The Bay")
    third = _sentence(text, "Ticket sales")
    ours = [
        Ours("Harbour ferry sinks", "2021-03-09", False, *first),
        Ours("Owners say", "2021-03", False, *first),  # loose only
        Ours("Company repays bonds", "2030", False, *second),  # trap: a maturity
        Ours("Ticket sales rise", "2020", False, *third),  # trap: a comparison baseline
        Ours("Repairs", "2021-03-12", True, *third),
    ]
    scores = Scores()
    score_document(gold, ours, scores)
    assert (scores.documents, scores.gold_events) == (1, 5)
    assert (scores.gold_in_text, scores.gold_dct_only) == (3, 1)
    assert (scores.ours_dated, scores.ours_undated, scores.ours_unscored) == (4, 1, 0)
    assert (scores.precision_total, scores.precision_strict, scores.precision_loose) == (4, 1, 2)
    assert (scores.intext_total, scores.intext_strict, scores.intext_loose) == (3, 1, 2)
    # Units: (first, Tuesday), (first, Thursday), (second, Wednesday); the DCT makes none.
    assert (scores.recall_total, scores.recall_strict, scores.recall_loose) == (3, 1, 2)
    assert [(t.date, t.timex, t.approximate, t.gold) for t in scores.traps] == [
        ("2030", "2030", False, ["2021-03-10"]),
        ("2020", "a year earlier", False, ["2021-03-12"]),
    ]
    assert scores.wrong == []


def test_a_wrong_date_that_is_no_trap_is_listed_apart(gold) -> None:
    ours = [Ours("Ferry sinks", "2021-02-01", False, *_sentence(gold.text, "The harbour"))]
    scores = Scores()
    score_document(gold, ours, scores)
    assert scores.traps == []
    assert [(w.date, w.gold) for w in scores.wrong] == [
        ("2021-02-01", ["2021-03-09", "2021-03-11"])
    ]


@pytest.mark.parametrize(
    ("ours", "gold", "loose"),
    [
        ("1998-01", "1998-01-08", True),
        ("1998-01-08", "1998-01", True),
        ("1989-11", "1989-Q4", True),
        ("1989-Q3", "1989-QX", True),
        ("1989-10-02", "1989-QX", True),
        ("1990-Q3", "1989-QX", False),
        ("1988", "1989", False),
        ("2021-03-09", "2021-03-10", False),
        ("2021-03-09", "PAST_REF", False),
    ],
)
def test_loose_match(ours: str, gold: str, loose: bool) -> None:
    assert loose_match(ours, gold) is loose


def test_an_approximate_reading_of_a_baseline_is_a_trap(gold) -> None:
    ours = [Ours("Ticket sales rise", "2020-03", False, *_sentence(gold.text, "Ticket sales"))]
    scores = Scores()
    score_document(gold, ours, scores)
    assert [(t.date, t.value, t.approximate) for t in scores.traps] == [("2020-03", "2020", True)]


def test_week_values_have_two_digits() -> None:
    assert normalise_value("2000-W7") == "2000-W07"
    assert normalise_value("2000-W7-WE") == "2000-W07-WE"
    assert normalise_value("2000-W17") == "2000-W17"


def test_the_app_reads_the_same_text_and_the_run_scores_it(tmp_path: Path) -> None:
    (tmp_path / "TimeBank").mkdir()
    path = tmp_path / "TimeBank" / "ferry_001.tml"
    path.write_text(FERRY, encoding="utf-8")
    assert read_documents(path)[0].text == parse_timeml(FERRY).text
    scores = run(tmp_path)
    assert (scores.documents, scores.gold_events, scores.gold_in_text) == (1, 5, 3)


# Friday 12 March 2021: a lone day in the first sentence, two years in the second.
DATES = "The ferry service resumed on Tuesday. Fares rose from 2019 to 2020."


@pytest.mark.parametrize(
    ("fill", "starts"),
    [
        ("day", ["2021-03-09"]),  # a lone day only: not the sentence of two years
        ("first", ["2021-03-09", "2019"]),
        ("all", ["2021-03-09", "2019", "2020"]),
    ],
)
def test_the_fill_yardstick_dates_silent_sentences(fill: str, starts: list[str]) -> None:
    document = Document("d.txt", "", DATES, "2021-03-12", "header", "x")
    assert [e.start for e in filled(document, [], fill)] == starts


def test_the_fill_yardstick_leaves_a_sentence_that_gave_an_event() -> None:
    document = Document("d.txt", "", DATES, "2021-03-12", "header", "x")
    ours = Bare("Service resumed", "2021-03-09", False, 0, 37)
    assert [e.start for e in filled(document, [ours], "all")] == ["2021-03-09", "2019", "2020"]
    assert filled(document, [ours], "all")[0] is ours
