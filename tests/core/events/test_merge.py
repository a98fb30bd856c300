"""One happening reported by several articles is one event: dates, names and wording decide."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from core.events.extract import extract_events
from core.events.merge import candidate_window, find_merge_target, happening_score, same_happening
from core.ingest import ingest
from core.model import Document, Entity, Event, to_seconds
from core.reading.readers import read_article
from core.store import open_store
from core.timeval import parse_value
from tests.conftest import SAMPLES

# A second report of the harbour bridge story in resources/samples, in other words, published
# the next day. Written by the team for this check.
SECOND_REPORT = (SAMPLES / "harbour-bridge-march-reopening.txt").read_text(encoding="utf-8")


def _event(title, value, names=(), kind="meeting", undated=False) -> Event:
    time = parse_value(value)
    assert time is not None
    people = tuple(Entity(n, "person") for n in names)
    return Event(title, value, None, time.precision, undated, kind, title, 0, len(title),
                 to_seconds(time.start), to_seconds(time.end), people)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # same day, same people, different words
        (_event("Lima and Ruiz meet in Quito", "2022-02-04", ["Lima", "Ruiz"]),
         _event("Ruiz hosts Lima for talks", "2022-02-04", ["Ruiz", "Lima"]), True),
        # same people, next day: another happening
        (_event("Lima and Ruiz meet in Quito", "2022-02-04", ["Lima", "Ruiz"]),
         _event("Lima and Ruiz meet in Quito", "2022-02-05", ["Lima", "Ruiz"]), False),
        # a day inside a month-precision report of the same visit
        (_event("Ruiz to visit Chile", "2022-03", ["Ruiz"]),
         _event("Ruiz to visit Chile", "2022-03-14", ["Ruiz"]), True),
        # same day, one shared name, unrelated wording
        (_event("Ruiz visits a school", "2022-02-04", ["Ruiz"]),
         _event("Ruiz signs a gas deal with Peru", "2022-02-04", ["Ruiz", "Peru"], "agreement"),
         False),
        # same day, no names, same wording
        (_event("Old bridge to reopen to traffic", "2022-03-21", kind="other"),
         _event("Old harbour bridge to reopen to traffic", "2022-03-21", kind="other"), True),
        # kinds that contradict each other
        (_event("Army and rebels clash in Gao", "2022-02-04", ["Gao"], "violence"),
         _event("Army and rebels sign truce in Gao", "2022-02-04", ["Gao"], "agreement"), False),
        # an undated report three days after a dated one
        (_event("Drills between Greece and Egypt", "2022-02-01", ["Greece", "Egypt"], "military"),
         _event("Plans for drills between Greece and Egypt", "2022-02-04", ["Greece", "Egypt"],
                "military", undated=True), True),
        # an undated report before the happening cannot be it
        (_event("Drills between Greece and Egypt", "2022-03-01", ["Greece", "Egypt"], "military"),
         _event("Drills between Greece and Egypt", "2022-02-04", ["Greece", "Egypt"],
                "military", undated=True), False),
    ],
)  # fmt: skip
def test_same_happening(a, b, same):
    assert same_happening(a, b) is same
    assert same_happening(b, a) is same


def test_the_best_candidate_wins():
    new = _event("Lima and Ruiz meet in Quito", "2022-02-04", ["Lima", "Ruiz"])
    weak = _event("Ruiz visits Quito", "2022-02-04", ["Ruiz"])
    strong = _event("Lima and Ruiz hold talks in Quito", "2022-02-04", ["Lima", "Ruiz"])
    other_day = _event("Lima and Ruiz meet in Quito", "2022-02-06", ["Lima", "Ruiz"])
    assert find_merge_target(new, [weak, other_day, strong]) is strong
    assert find_merge_target(new, [other_day]) is None
    assert happening_score(new, other_day) == 0.0


def _document(text: str, path: str) -> Document:
    body = text.index("\n\n", text.index("Published:")) + 2
    return Document(path, text.splitlines()[0], text, "2022-03-10T17:05", "header", path, body)


def test_two_reports_of_one_happening_merge(own_sample):
    first = extract_events(read_article(own_sample))
    second = extract_events(_document(SECOND_REPORT, "/second.txt"))
    merged = [(e, find_merge_target(e, first)) for e in second]
    reopening = [(e, target) for e, target in merged if e.start == "2022-03-21"]
    assert len(reopening) == 1 and reopening[0][1] is not None
    assert reopening[0][1].start == "2022-03-21"
    # the mayor's ceremony: same day, same person, other words
    ceremony = [(e, t) for e, t in merged if e.start == "2022-03-14"]
    assert len(ceremony) == 1 and ceremony[0][1] is not None
    # nothing from 2020 joins a happening of 2022
    assert all(t is None or t.start[:4] == e.start[:4] for e, t in merged)


def test_re_adding_an_article_finds_every_event_again(own_sample):
    events = extract_events(read_article(own_sample))
    assert [find_merge_target(e, events) for e in events] == events


def test_one_article_reporting_a_happening_twice_gives_one_event():
    text = (
        "Two leaders meet\n\nPublished: Fri 4 Feb 2022, 10:00\n\n"
        "The two presidents sealed a border deal on Friday. The deal came after a meeting "
        "between President Ana Ruiz and President Tomas Vidal in Lima. Officials said Ruiz "
        "and Vidal met in Lima on Friday for four hours."
    )
    doc = Document("/t.txt", "Two leaders meet", text, "2022-02-04T10:00", "header", "h",
                   text.index("The two"))  # fmt: skip
    meetings = [e for e in extract_events(doc) if e.kind == "meeting"]
    assert len(meetings) == 1


def test_undated_events_merge_only_backwards():
    dated = _event("Plans for drills near Gao", "2022-02-02", ["Gao"], "military")
    undated = replace(dated, undated=True, start="2022-02-04")
    undated = replace(undated, start_ts=dated.start_ts + 2 * 86400, end_ts=dated.end_ts + 2 * 86400)
    assert same_happening(dated, undated)


def test_candidate_window_holds_every_possible_match():
    new = _event("Drills between Greece and Egypt", "2022-02-01", ["Greece", "Egypt"], "military")
    lo, hi = candidate_window(new)
    for other in (
        _event("Drills between Greece and Egypt", "2022-02-01", ["Greece", "Egypt"], "military"),
        _event("Plans for drills between Greece and Egypt", "2022-02-04", ["Greece", "Egypt"],
               "military", undated=True),
        _event("Greece and Egypt hold drills", "2022-02", ["Greece", "Egypt"], "military"),
    ):  # fmt: skip
        assert same_happening(new, other)
        assert other.start_ts < hi and other.end_ts > lo


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # the same happening in other words, the same day
        (_event("Ferries to return to the island", "2022-05-02", kind="other"),
         _event("Ferry crossings to the island resume", "2022-05-02", kind="other"), True),
        # a day apart: two happenings
        (_event("Ferries to return to the island", "2022-05-02", kind="other"),
         _event("Ferry crossings to the island resume", "2022-05-03", kind="other"), False),
        # the same words about different people
        (_event("Ruiz resigns as minister", "2022-05-02", ["Ruiz"], "other"),
         _event("Vidal resigns as minister", "2022-05-02", ["Vidal"], "other"), False),
        # different figures
        (_event("Mill output rises 5 pct", "2022-05-02", kind="other"),
         _event("Mill output rises 7 pct", "2022-05-02", kind="other"), False),
    ],
)  # fmt: skip
def test_near_paraphrases_merge_on_the_same_day(a, b, same):
    assert same_happening(a, b) is same


def test_the_bus_reports_of_the_two_samples_are_one_event(tmp_path):
    store = open_store(tmp_path / "s.db")
    ingest(store, sorted(Path("resources/samples").glob("*.txt")), workers=1)
    buses = [e for e in store.events() if e["start"] == "2022-03-22"]
    assert len(buses) == 1 and buses[0]["sources"] == 2
    store.close()
