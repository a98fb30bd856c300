"""The window's counts and messages in one voice (ui.wording): thousands separated,
singular or plural as the number asks, and what adding articles did said plainly."""

from __future__ import annotations

import pytest

from core.ingest import IngestReport, Progress
from ui.wording import (
    count,
    ingest_summary,
    progress_format,
    search_matches,
    shown_counts,
    timeline_counts,
)


@pytest.mark.parametrize(
    ("n", "noun", "text"),
    [(0, "article", "0 articles"), (1, "article", "1 article"), (1, "event", "1 event"),
     (27742, "event", "27,742 events"), (2, "more event", "2 more events")],
)  # fmt: skip
def test_count(n: int, noun: str, text: str) -> None:
    assert count(n, noun) == text


def test_the_filter_bar_and_the_status_bar_say_the_same_numbers() -> None:
    assert shown_counts(9, 27742, 0) == "9 of 27,742 events shown"
    assert shown_counts(1, 1, 1) == "1 of 1 event shown, 1 article hidden"
    assert search_matches(11, "Senate") == "11 events match “Senate”"
    assert search_matches(1, "bus") == "1 event matches “bus”"
    assert timeline_counts(1759, 1023) == "1,759 events from 1,023 articles"
    assert timeline_counts(1, 1) == "1 event from 1 article"
    assert timeline_counts(0, 0) == ""


def test_the_summary_of_an_archive_says_what_merging_left() -> None:
    report = IngestReport(added=[f"reut2-000.sgm#{i}" for i in range(1000)], events=1870)
    assert ingest_summary(report, 1759, 1023) == (
        "1,000 articles added, 1,870 events found, 1,759 new after merging repeats; the "
        "timeline has 1,759 events from 1,023 articles"
    )
    assert ingest_summary(report, 2244 + 1870 - 23, 2002, before=2244) == (
        "1,000 articles added, 1,870 events found, 1,847 new after merging repeats; the "
        "timeline has 4,091 events from 2,002 articles"
    )
    assert ingest_summary(report, 1870, 1000) == (
        "1,000 articles added, 1,870 events found; the timeline has 1,870 events from "
        "1,000 articles"
    )
    assert ingest_summary(report) == "1,000 articles added, 1,870 events found"


def test_the_summary_names_what_was_there_already_failed_or_cancelled() -> None:
    report = IngestReport(added=["a"], present=["b", "c"], failed=[("d", "unreadable")],
                          events=1, cancelled=True)  # fmt: skip
    assert ingest_summary(report, 5, 3) == (
        "1 article added, 2 already there, 1 problem (see Problems), 1 event found — "
        "cancelled; the timeline has 5 events from 3 articles"
    )


def test_the_summary_points_to_problems_once() -> None:
    report = IngestReport(added=["a"], failed=[("d", "unreadable")], skipped=[("r", "a README")],
                          unread=[("e", "Estonian")], events=2)  # fmt: skip
    assert ingest_summary(report) == (
        "1 article added, 1 problem, 1 skipped as not articles, 1 in a language not read yet "
        "(see Problems), 2 events found"
    )


def test_progress_counts_the_files_dropped_or_one_archive_s_articles() -> None:
    one_archive = Progress(0, 1, 120, 0, "/corpus/reut2-000.sgm", 6, 8)
    assert progress_format(one_archive) == "reut2-000.sgm: %p% of its articles"
    folder = Progress(5, 32, 900, 0, "/corpus/reut2-004.sgm", 40, 97)  # shares: not shown
    assert progress_format(folder) == "5 of 32 files"
    assert progress_format(Progress(1, 1, 3, 0, "/a.txt", 1, 1)) == "1 of 1 file"
