"""A folder of reports of one story in five languages, as a user drops it: each article read
in its own language, one timeline, and the same happening reported in several languages one
event with a source in each (#16). The articles are our own, in tests/fixtures/multilingual."""

from __future__ import annotations

from pathlib import Path

from core.ingest import ingest

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "multilingual"


def _languages_by_day(store) -> dict[str, list[set[str]]]:
    language = {d["path"]: d["language"] for d in store.documents()}
    days: dict[str, list[set[str]]] = {}
    for event in store.events(with_sources=True):
        langs = {language[s["path"]] for s in event["sources"]}
        days.setdefault(event["start"][:10], []).append(langs)
    return days


def test_a_mixed_folder_gives_one_timeline_with_events_reported_across_languages(store):
    report = ingest(store, [FOLDER])
    assert len(report.added) == 5 and not report.failed and not report.unread
    assert sorted(d["language"] for d in store.documents()) == ["de", "en", "fr", "ru", "uk"]
    days = _languages_by_day(store)
    # Scholz in Kyiv on Monday 14 February, in Moscow the day after, Macron with Putin on
    # Monday 7 February: each one event with its sources in several languages
    assert max(len(langs) for langs in days["2022-02-14"]) >= 3
    assert max(len(langs) for langs in days["2022-02-15"]) >= 3
    assert max(len(langs) for langs in days["2022-02-07"]) >= 3
    # and no event of this story on any other day than those it tells
    assert set(days) <= {"2022-02-07", "2022-02-08", "2022-02-14", "2022-02-15"}
