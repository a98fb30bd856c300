from __future__ import annotations

from core.events import gazetteer


def test_place_list_is_built_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr("platformdirs.user_cache_dir", lambda *a, **k: str(tmp_path))
    gazetteer._places.cache_clear()
    built = gazetteer._places("en")
    (cached,) = tmp_path.glob("places-en-*.json")
    gazetteer._places.cache_clear()
    monkeypatch.setattr(gazetteer, "_build_places", lambda language: {})  # must not be needed now
    assert gazetteer._places("en") == built
    assert gazetteer.place("Kiev") == gazetteer.place("Kyiv") == "Kyiv"
    cached.write_text("{not json")  # a damaged cache is rebuilt, never trusted
    gazetteer._places.cache_clear()
    monkeypatch.setattr(gazetteer, "_build_places", lambda language: {"Oslo": "Oslo"})
    assert gazetteer._places("en") == {"Oslo": "Oslo"}
    gazetteer._places.cache_clear()
