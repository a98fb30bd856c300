"""Russian and Ukrainian sentences that open on a plural verb, their doers unnamed ("they
opened …"): the verb is the clause's, and the happening is dated as when a date opens it."""

from __future__ import annotations

import pytest

from tests.core.events.articles import check_events, events_of

PUBLISHED = "2025-10-17"  # a Friday


@pytest.mark.parametrize(
    ("language", "text", "checks"),
    [
        ("ru", "Построили новый мост в 1911 году.", [("title", "Построили новый мост", "1911")]),
        (
            "ru",
            "Откроют новую школу 1 сентября следующего года.",
            [("title", "Откроют новую школу", "2026-09-01")],
        ),
        ("uk", "Відремонтували дах у березні.", [("title", "Відремонтували дах", "2025-03")]),
        (
            "uk",
            "Встановлять нові ліхтарі до кінця листопада.",
            [("title", "Встановлять нові ліхтарі", "2025-11")],
        ),
        # a numeral that ends as a verb's plural opens no verb-first clause
        ("uk", "Десять людей евакуювали в середу.", [("not-title", "Десять")]),
    ],
)
def test_a_plural_verb_opening_the_sentence(language: str, text: str, checks: list) -> None:
    check_events(events_of(text, language, PUBLISHED), checks)
