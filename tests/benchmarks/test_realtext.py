"""The hand chronology checker, on a folder of our own."""

from __future__ import annotations

import json

from benchmarks.realtext.validate import check

ARTICLE = """Quarry reopens after flood

The Dunmore quarry reopened on Monday, three weeks after the river burst its banks.
Owners said the pumps had cleared the lower pit by Friday.
"""


def _folder(tmp_path, events, dct="2023-03-06"):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "quarry.txt").write_text(ARTICLE, encoding="utf-8")
    meta = [{"file": "quarry.txt", "lang": "en", "dct": "2023-03-06", "source": "ours"}]
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    gold = [{"file": "quarry.txt", "lang": "en", "dct": dct, "events": events, "forbidden": []}]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_a_chronology_whose_words_sit_in_one_sentence_has_no_slip(tmp_path):
    events = [{"id": "e1", "date": "2023-03-06", "all": ["quarry", "reopened"]}]
    assert check(_folder(tmp_path, events)) == 0


def test_a_bad_date_and_a_wrong_publication_date_are_slips(tmp_path):
    events = [{"id": "e2", "date": "March 2023", "all": ["cleared"]}]
    assert check(_folder(tmp_path, events, dct="2023-03-07")) == 2


def test_words_of_two_near_sentences_are_shown_to_be_checked_by_eye(tmp_path, capsys):
    events = [{"id": "e1", "date": "2023-03-06", "all": ["reopened", "pumps"]}]
    assert check(_folder(tmp_path, events)) == 0
    assert "window only: quarry.txt e1" in capsys.readouterr().out
