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
    # the German and the French report of the meeting say where in words of their own or not
    # at all: still one meeting with Putin that day
    assert len(days["2022-02-07"]) == 1
    # and no event of this story on any other day than those it tells (the English report's
    # "…, a government spokesman said on Friday" is the announcement, on 11 February)
    told = {"2022-02-07", "2022-02-08", "2022-02-11", "2022-02-14", "2022-02-15"}
    assert set(days) <= told


def test_the_kyiv_visit_has_a_source_in_every_language(store):
    ingest(store, [FOLDER])
    assert {"de", "en", "fr", "ru", "uk"} in _languages_by_day(store)["2022-02-14"]


def test_the_entity_list_names_each_person_and_place_once(store):
    ingest(store, [FOLDER])
    _, entities = store.entity_links(["person", "place"])
    names = sorted(name for _, name, _ in entities)
    # Scholz, Шольц, Шольцем; Macron, Макрон; Putin, Poutine, Путиным; Kyiv, Kiew, Київ …
    assert [n for n in names if "Scholz" in n or "Шольц" in n] == ["Olaf Scholz"]
    assert [n for n in names if "Macron" in n or "Макрон" in n] == ["Emmanuel Macron"]
    assert len([n for n in names if "Put" in n or "Pout" in n or "Пут" in n]) == 1
    assert len([n for n in names if n in ("Kyiv", "Kiev", "Kiew", "Київ", "Киев")]) == 1
