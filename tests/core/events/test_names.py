"""One name across spellings, scripts, cases and the names a language gives people its own way."""

from __future__ import annotations

import pytest

from core.events.names import entity_entries, entity_key, name_key


@pytest.mark.parametrize(
    ("spellings", "kind"),
    [
        (["Scholz", "Шольц", "Шольца", "Шольцем"], "person"),
        (["Macron", "Макрон", "Макрона", "Макроном"], "person"),
        (["Putin", "Poutine", "Путин", "Путиным", "Путіна"], "person"),
        (["Zelensky", "Selenskyj", "Зеленський", "Зеленського", "Зеленским"], "person"),
        (["Biden", "Байден", "Байдена"], "person"),
        (["Xi Jinping", "Си Цзиньпин", "Сі Цзіньпін"], "person"),
        (["Shoigu", "Choïgou", "Шойгу"], "person"),
        (["Khamenei", "Jamenei"], "person"),
        (["Dnipro", "Дніпро", "Дніпра", "Дніпром"], "place"),
    ],
)
def test_every_spelling_of_a_name_has_one_key(spellings: list[str], kind: str) -> None:
    keys = {entity_key(name, kind) for name in spellings}
    assert len(keys) == 1, {name: entity_key(name, kind) for name in spellings}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Scholz", "Schulz"), ("Putin", "Biden"), ("Poutine", "Pouting"), ("Xi", "Li")],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert entity_key(a, "person") != entity_key(b, "person")


def test_an_organisation_keeps_its_last_letter() -> None:
    assert entity_key("NATO", "organisation") != entity_key("Nat", "organisation")
    assert entity_key("НАТО", "organisation") == entity_key("NATO", "organisation")


def test_an_exonym_joins_merging_keys_too() -> None:
    assert name_key("Vladimir Poutine") == name_key("Wladimir Putin")


def _entries(rows: list[tuple[int, str, str, int]]) -> list[list[str]]:
    shown = entity_entries(rows)
    names = {i: name for i, name, _, _ in rows}
    grouped: dict[int, list[str]] = {}
    for entity_id, head in shown.items():
        grouped.setdefault(head, []).append(names[entity_id])
    return sorted(sorted(g) for g in grouped.values())


def test_one_entry_per_person_across_scripts_cases_and_surnames() -> None:
    rows = [
        (1, "Olaf Scholz", "person", 3), (2, "Олаф Шольц", "person", 2),
        (3, "Шольцем", "person", 1), (4, "Emmanuel Macron", "person", 2),
        (5, "Макрона", "person", 1), (6, "Macron", "person", 1),
        (7, "Эммануэль Макрон", "person", 1), (8, "Kyiv", "place", 4),
        (9, "Vladimir Poutine", "person", 1), (10, "Владимиром Путиным", "person", 1),
    ]  # fmt: skip
    assert _entries(rows) == [
        ["Emmanuel Macron", "Macron", "Макрона", "Эммануэль Макрон"],
        ["Kyiv"],
        ["Olaf Scholz", "Олаф Шольц", "Шольцем"],
        ["Vladimir Poutine", "Владимиром Путиным"],
    ]


def test_a_surname_alone_joins_the_full_name_only_when_there_is_one() -> None:
    rows = [(1, "George Bush", "person", 2), (2, "Jeb Bush", "person", 1), (3, "Bush", "person", 1)]
    assert _entries(rows) == [["Bush"], ["George Bush"], ["Jeb Bush"]]


def test_latin_spellings_that_only_a_case_ending_joins_stay_apart() -> None:
    rows = [(1, "Ross", "person", 1), (2, "Rossi", "person", 1), (3, "Place", "place", 1)]
    assert _entries(rows) == [["Place"], ["Ross"], ["Rossi"]]


def test_the_entry_shows_a_full_name_in_latin_letters() -> None:
    rows = [
        (1, "Олаф Шольц", "person", 5),
        (2, "Olaf Scholz", "person", 1),
        (3, "Шольц", "person", 9),
    ]
    shown = entity_entries(rows)
    assert set(shown.values()) == {2}
