"""Every export format, read back by an independent reader."""

from __future__ import annotations

import csv
import io
import json
import re

import icalendar
import jsonschema
import pytest
from markdown_it import MarkdownIt

from core.export.formats import timelinejs, write_ics, write_markdown, write_timelinejs
from core.export.records import stored_record, write_csv, write_json
from core.model import Document, Entity, Event, to_seconds
from core.timeval import parse_value

TIMELINEJS_SCHEMA = {  # the parts of TimelineJS3's JSON format that a loader requires
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "text"],
                "properties": {
                    "start_date": {"$ref": "#/$defs/date"},
                    "end_date": {"$ref": "#/$defs/date"},
                    "text": {
                        "type": "object",
                        "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
                    },
                    "group": {"type": "string"},
                    "unique_id": {"type": "string"},
                },
            },
        }
    },
    "$defs": {
        "date": {
            "type": "object",
            "required": ["year"],
            "additionalProperties": False,
            "properties": {
                "year": {"type": "integer"},
                "month": {"type": "integer", "minimum": 1, "maximum": 12},
                "day": {"type": "integer", "minimum": 1, "maximum": 31},
                "hour": {"type": "integer", "minimum": 0, "maximum": 23},
                "minute": {"type": "integer", "minimum": 0, "maximum": 59},
            },
        }
    },
}


def _event(title, value, kind="meeting", undated=False, sentence=None, entities=()):
    v = parse_value(value)
    return Event(title, value, None, v.precision, undated, kind, sentence or f"{title}.", 0, 10,
                 to_seconds(v.start), to_seconds(v.end), tuple(entities))  # fmt: skip


@pytest.fixture
def records(store):
    first = Document("/news/a.txt", "Harbour news", "x" * 50, "2022-03-09T08:40", "header", "a")
    second = Document("/news/b.txt", "City desk", "y" * 50, "2022-03-10", "dateline", "b")
    store.add_document(first, [
        _event("Bridge reopens, council says", "2022-03-21", entities=[Entity("Oslo", "place")]),
        _event("Repair work began", "2021-06", kind="other"),
        _event("Bridge closed", "2020"),
        _event("Mayor cuts the ribbon", "2022-03-14T10:30"),
        _event("Residents plan a street party", "2022-03-09", undated=True),
    ])  # fmt: skip
    same = lambda e, c: next((i for i, x in c if x.event.title == e.event.title), None)  # noqa: E731
    store.add_document(second, [_event("Bridge reopens, council says", "2022-03-21")], same)
    return [stored_record(r) for r in store.events(with_sources=True)]


def test_json_and_csv_carry_every_field_and_source(records):
    out = io.StringIO()
    write_json(records, out)
    data = json.loads(out.getvalue())
    reopening = next(e for e in data if e["title"].startswith("Bridge reopens"))
    assert [s["path"] for s in reopening["sources"]] == ["/news/a.txt", "/news/b.txt"]
    assert reopening["entities"] == [{"text": "Oslo", "kind": "place"}]
    out = io.StringIO()
    write_csv(records, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["start"] for r in rows] == [r["start"] for r in records]
    assert next(r for r in rows if r["title"].startswith("Bridge reopens"))["sources"] == "2"


def test_timelinejs_loads_and_keeps_only_known_precision(records):
    doc = timelinejs(records)
    jsonschema.validate(doc, TIMELINEJS_SCHEMA)
    out = io.StringIO()
    write_timelinejs(records, out)
    assert json.loads(out.getvalue()) == doc
    by_title = {e["text"]["headline"]: e for e in doc["events"]}
    assert by_title["Bridge closed"]["start_date"] == {"year": 2020}
    assert by_title["Repair work began"]["start_date"] == {"year": 2021, "month": 6}
    assert by_title["Mayor cuts the ribbon"]["start_date"] == {
        "year": 2022, "month": 3, "day": 14, "hour": 10, "minute": 30
    }  # fmt: skip
    assert "City desk" in by_title["Bridge reopens, council says"]["text"]["text"]
    assert len({e["unique_id"] for e in doc["events"]}) == len(doc["events"])


def test_ics_has_one_event_per_dated_event(records):
    out = io.StringIO()
    write_ics(records, out)
    calendar = icalendar.Calendar.from_ical(out.getvalue())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert "Residents plan a street party" not in events  # undated: not on a calendar
    assert len(events) == 4
    reopening = events["Bridge reopens, council says"]
    assert str(reopening.decoded("DTSTART")) == "2022-03-21"  # all-day
    assert "City desk" in str(reopening["DESCRIPTION"])
    assert events["Mayor cuts the ribbon"].decoded("DTSTART").hour == 10
    assert str(events["Repair work began"].decoded("DTEND")) == "2021-07-01"


def test_markdown_is_a_chronology_grouped_by_date(records):
    out = io.StringIO()
    write_markdown(records, out)
    tokens = MarkdownIt().parse(out.getvalue())
    headings = [
        (tokens[i].tag, tokens[i + 1].content)
        for i, t in enumerate(tokens) if t.type == "heading_open"
    ]  # fmt: skip
    assert headings[0] == ("h1", "Chronology")
    dates = [text for tag, text in headings if tag == "h2"]
    assert dates[:2] == ["2020", "June 2021"]
    assert "Monday 21 March 2022" in dates
    assert "Monday 14 March 2022, 10:30" in dates
    assert "Reported Wednesday 9 March 2022, no date given" in dates
    assert not any(re.search(r"\d{4}-\d\d", d) for d in dates)  # no codes: people read these
    assert "*Harbour news*, 9 Mar 2022, 08:40" in out.getvalue()  # when it was published
    assert sum(t.type == "blockquote_open" for t in tokens) == 6  # one per source
