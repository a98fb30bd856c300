"""The chronology benchmark's scorer, on an article of our own in a temporary set."""

from __future__ import annotations

import json

from benchmarks.chronology import matches, run_set

ARTICLE = """Harbour council approves new ferry terminal

By Lena Moss | Published 12 May 2022

The Westport harbour council approved plans for a new ferry terminal on Tuesday after a debate.
The old terminal, built in 1931, will close next spring.
"""


def test_a_gold_event_matches_on_its_words_and_the_start_of_its_date():
    event = {"title": "Council approved terminal", "sentence": "", "start": "2022-05-10"}
    assert matches({"all": ["approved", "Terminal"], "date": "2022-05"}, event)
    assert not matches({"all": ["approved", "ferry"], "date": "2022-05"}, event)
    assert not matches({"all": ["approved"], "date": "2022-05-11"}, event)
    assert not matches({"all": ["approved"], "date": "2022-05", "precision": "month"}, event)


def test_a_set_is_ingested_redated_to_its_gold_day_and_its_events_kept_by_file(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    gold = [{"file": "ferry.txt", "lang": "en", "dct": "2022-05-19", "dct_how": "byline",
             "events": [], "forbidden": []}]  # fmt: skip
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    _, by_file, detected = run_set(tmp_path)
    assert detected["ferry.txt"].startswith("2022-05-12")  # as the byline prints it
    starts = {e["start"] for e in by_file["ferry.txt"] if "approved" in e["sentence"]}
    assert starts == {"2022-05-17"}  # Tuesday before the gold day, not before the byline's
