"""Ukrainian articles of our own with the chronology a reader would write (date, words of the
event's title). ``DEV`` was written first and the rules fixed on it; ``AFTER`` was written
only once the fixes were done, to measure them on text nobody tuned for. An entry still
missed is listed in ``MISSED`` and expected to fail, so that finding it shows."""

from __future__ import annotations

import pytest

from tests.core.lang.chronology import score

DEV: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "chornobyl-uk.txt": [
        ("1986-04-26", ("вибухнув",)),
        ("1986-04-27", ("евакуювали",)),
        ("1986-04-28", ("повідомило",)),
        ("1986-04-26", ("створив", "комісію")),
        ("1986-12", ("завершили", "саркофага")),
    ],
    "zarplata-uk.txt": [
        ("2025-02-12", ("затвердив", "підвищення")),
        ("2025-02-13", ("привітали",)),
        ("2024-09", ("ухвалила",)),
        ("2025-04-01", ("набуває чинності",)),
        ("2025-02-17", ("зустрінеться",)),
    ],
    "orkestr-uk.txt": [
        ("2023-10-21", ("виступить",)),
        ("2023-10-20", ("репетицію",)),
        ("2023-W39", ("повернувся",)),
        ("2023-10-01", ("звернувся",)),
        ("2023-09-01", ("надійшли",)),
        ("1902", ("заснували",)),
    ],
}
AFTER: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "khabar-uk.txt": [
        ("2024-11-27", ("засудив",)),
        ("2023-03", ("затримали",)),
        ("2023-08-02", ("направила",)),
        ("2024-W47", ("просив",)),
        ("2024-12-20", ("апеляцію",)),
    ],
    "reis-uk.txt": [
        ("1923-05-26", ("вилетів",)),
        ("1923-05-26", ("перевірили",)),
        ("1923-05-26", ("приземлилася",)),
        ("1923-05-27", ("повернувся",)),
        ("1923-SU", ("відкрила",)),
        ("1929", ("передали",)),
    ],
}
MISSED: set[tuple[str, str, tuple[str, ...]]] = {
    ("chornobyl-uk.txt", "1986-04-28", ("повідомило",)),
    ("khabar-uk.txt", "2024-12-20", ("апеляцію",)),
}
# Articles where a listed event still comes out with another date.
WRONG: set[str] = set()


def _cases(table: dict) -> list:
    return [
        pytest.param(
            name,
            entry,
            marks=[pytest.mark.xfail(strict=True, reason="missed")]
            if (name, *entry) in MISSED
            else [],
            id=f"{name}:{entry[0]}:{entry[1][0]}",
        )
        for name, entries in table.items()
        for entry in entries
    ]


@pytest.mark.parametrize(("name", "entry"), _cases(DEV) + _cases(AFTER))
def test_a_listed_event_comes_out_with_its_date(name: str, entry: tuple) -> None:
    found, _ = score(name, "uk", [entry])
    assert found == [entry]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n, marks=[pytest.mark.xfail(strict=True, reason="wrong date")] if n in WRONG else []
        )
        for n in [*DEV, *AFTER]
    ],
)
def test_no_listed_event_comes_out_with_another_date(name: str) -> None:
    _, wrong = score(name, "uk", (DEV | AFTER)[name])
    assert wrong == []
