"""The entities events name, and the events naming each."""

from __future__ import annotations

from core.model import Entity
from tests.core.store.build import bridge_article, bridge_event


def test_entity_event_ids_are_the_events_naming_it(store):
    putin, beijing = Entity("Putin", "person"), Entity("Beijing", "place")
    meet = bridge_event("Putin and Xi meet", 100.0)
    object.__setattr__(meet, "entities", (putin, beijing))
    visit = bridge_event("Putin visits Minsk", 200.0)
    object.__setattr__(visit, "entities", (putin,))
    store.add_document(
        bridge_article("a", "/a.txt"), [meet, visit, bridge_event("Buses return", 300.0)]
    )
    ids = {r[3]: r[0] for r in store.event_rows()}
    assert store.entity_event_ids("Putin", "person") == sorted(
        [ids["Putin and Xi meet"], ids["Putin visits Minsk"]]
    )
    assert store.entity_event_ids("Beijing", "place") == [ids["Putin and Xi meet"]]
    assert store.entity_event_ids("Putin", "place") == []


def _named(title: str, day: int, *names: tuple[str, str]):
    event = bridge_event(title, day * 86400.0)
    object.__setattr__(event, "entities", tuple(Entity(n, k) for n, k in names))
    return event


def _store_reports(store) -> dict[str, int]:
    store.add_document(
        bridge_article("de", "/de.txt"),
        [_named("Scholz reist nach Kiew", 1, ("Olaf Scholz", "person"), ("Kyiv", "place")),
         _named("Macron fliegt nach Moskau", 5, ("Macron", "person"))],
    )  # fmt: skip
    store.add_document(
        bridge_article("ru", "/ru.txt"),
        [_named("Шольц посетит Киев", 9, ("Олаф Шольц", "person"), ("Kyiv", "place")),
         _named("Встреча с Шольцем", 13, ("Шольцем", "person")),
         _named("Макрона ждут в Москве", 17, ("Эммануэль Макрон", "person"))],
    )  # fmt: skip
    store.add_document(
        bridge_article("fr", "/fr.txt"),
        [_named("Poutine reçoit Emmanuel Macron", 21, ("Emmanuel Macron", "person"),
                ("Vladimir Poutine", "person"))],
    )  # fmt: skip
    return {r[3]: r[0] for r in store.event_rows()}


def test_the_entity_list_holds_one_entry_per_person_in_any_script_or_case(store):
    ids = _store_reports(store)
    pairs, entities = store.entity_links(["person", "place"])
    assert sorted(name for _, name, _ in entities) == [
        "Emmanuel Macron", "Kyiv", "Olaf Scholz", "Vladimir Poutine"
    ]  # fmt: skip
    scholz = next(i for i, name, _ in entities if name == "Olaf Scholz")
    assert sorted(e for e, n in pairs if n == scholz) == sorted(
        ids[t] for t in ("Scholz reist nach Kiew", "Шольц посетит Киев", "Встреча с Шольцем")
    )
    assert store.entity_event_ids("Emmanuel Macron", "person") == sorted(
        ids[t] for t in
        ("Macron fliegt nach Moskau", "Макрона ждут в Москве", "Poutine reçoit Emmanuel Macron")
    )  # fmt: skip


def test_export_by_a_name_in_another_script_finds_every_spelling(store):
    ids = _store_reports(store)
    entity_id = store.entity_id("Шольца")
    assert entity_id is not None
    found = {r[3] for r in store.events_in_window(0, 30 * 86400.0, entity_id=entity_id)}
    assert found == {"Scholz reist nach Kiew", "Шольц посетит Киев", "Встреча с Шольцем"}
    assert ids  # the store held every report


def test_entities_stored_before_keys_get_theirs_and_show_as_one_entry(tmp_path):
    import sqlite_utils

    from core.store import open_store
    from core.store.schema import migrations

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m006_entity_keys")
    db["entities"].insert_all(
        [{"id": 1, "name": "Olaf Scholz", "kind": "person"},
         {"id": 2, "name": "Олаф Шольц", "kind": "person"}]
    )  # fmt: skip
    db.close()
    store = open_store(path)
    try:
        keys = store.db.execute("SELECT name, key FROM entities ORDER BY id").fetchall()
        assert keys[0][1] == keys[1][1] != ""
        assert [name for _, name, _ in store.entity_links(["person"])[1]] == ["Olaf Scholz"]
    finally:
        store.close()
