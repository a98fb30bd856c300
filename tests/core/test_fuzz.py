"""Random and mutilated input through every reader, the tagger and the extractor.

Bounded for CI (a few hundred examples in all). For a longer run:
``HYPOTHESIS_PROFILE=long uv run pytest tests/core/test_fuzz.py``.
"""

from __future__ import annotations

import os
import random
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.events.extract import extract_events
from core.ingest import events_of, process_file
from core.model import Document
from core.reading.readers import ReadError, read_documents
from core.temporal.tagger import tag
from core.timeval import parse_value

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SUFFIXES = [".txt", ".md", ".html", ".htm", ".mhtml", ".pdf", ".docx", ".eml", ".sgm", ".tml"]

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long", max_examples=2000, deadline=20000,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ABSURD = ["31 February 2022", "February 30", "year 99999", "0000-00-00", "on the 45th",
          "in 1", "99:99", "May May May", "the 1990s90s", "Q5 2022", "week 60", "$27", "50%",
          "2022-13-45", "\u0000\u0007", "\u202e2022", "Monday" * 50]  # fmt: skip
PLAIN = ["on Monday", "last week", "two days later", "in 2014", "Feb. 4", "tomorrow",
         "the following day", "at 3 p.m."]  # fmt: skip
DATEISH = st.sampled_from([*ABSURD, *PLAIN])
TEXT = st.lists(st.one_of(st.text(max_size=40), DATEISH), max_size=40).map(" ".join)


def _check_documents(path: Path) -> None:
    try:
        documents = read_documents(path)
    except ReadError as exc:
        assert exc.reason and str(path) in str(exc)
        return
    for document in documents:
        assert parse_value(document.published) is not None, document.published
        assert 0 <= document.body_start <= len(document.text)
        # as ingest does: events in a language read, none in another (random bytes may read as
        # a few Greek or Cyrillic letters, whose language Datelines does not read)
        for event in events_of(document):
            assert document.text[event.char_start : event.char_end] == event.sentence
            assert event.start_ts < event.end_ts


@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _check_documents(path)


def _mutations() -> list[tuple[str, bytes]]:
    rng = random.Random(20221104)
    cases = []
    for fixture in sorted(FIXTURES.iterdir()):
        data = fixture.read_bytes()
        for kind in ("truncate", "flip", "control", "repeat", "nest"):
            mutated = bytearray(data)
            if kind == "truncate":
                mutated = mutated[: rng.randrange(len(data) + 1)]
            elif kind == "flip":
                for _ in range(max(1, len(data) // 50)):
                    mutated[rng.randrange(len(data))] = rng.randrange(256)
            elif kind == "control":
                at = rng.randrange(len(data) + 1)
                mutated[at:at] = bytes(rng.randrange(32) for _ in range(64))
            elif kind == "repeat":
                mutated = mutated * 20
            else:
                mutated = b"<div>" * 5000 + mutated + b"</div>" * 5000
            cases.append((f"{fixture.stem}-{kind}{fixture.suffix}", bytes(mutated)))
    return cases


@pytest.mark.parametrize(
    ("name", "data"), _mutations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_mutilated_fixtures_are_read_or_refused(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    _check_documents(path)


@given(text=TEXT, day=st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1)))
def test_tagger_never_fails_and_spans_point_into_the_text(text, day):
    for timex in tag(text, day):
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@given(text=TEXT)
def test_extractor_never_fails_on_odd_text(text):
    document = Document("/fuzz.txt", "Fuzz", text, "2022-02-04", "user", "h")
    for event in extract_events(document):
        assert text[event.char_start : event.char_end] == event.sentence


def test_huge_line_is_refused_with_its_reason_not_analysed(tmp_path):
    path = tmp_path / "log.txt"
    path.write_text("2022-02-04 12:00:01 GET /index.html 200 " * 60_000 + "\n")
    result = process_file(path, frozenset())
    assert result.documents == []
    assert "too long to analyse" in result.failed[0][1]
