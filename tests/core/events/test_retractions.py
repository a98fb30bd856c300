"""A correction note telling what an earlier version of the article wrongly said ("Correction:
A previous version of this story said the pier reopened in 2009.") gives no event: the paper
withdrew that date. The sentence after it, the right date, is read as any other."""

import pytest

from tests.core.events.articles import check_events, events_of

CASES = [
    # (language, publication date, text, checks)
    (
        "en",
        "2023-05-10",
        "The marina reopened on May 2 after a winter of dredging. Correction: An earlier version "
        "of this story said the marina reopened on April 28.",
        [("has", "2023-05-02"), ("not", "2023-04-28")],
    ),
    (
        "en",
        "2023-05-10",
        "Editor's note: A previous version of this article stated that the lighthouse was first "
        "lit in 1911.",
        [("none",)],
    ),
    (
        "en",
        "2023-05-10",
        "Clarification, 9 May: This report originally gave the year of the brewery merger as 2004.",
        [("none",)],
    ),
    # not a correction: an earlier draft of a law, or a version of a car, is news
    (
        "en",
        "2023-05-10",
        "An earlier draft of the bill was rejected by the senate in March.",
        [("has", "2023-03")],
    ),
    (
        "de",
        "2023-05-10",
        "Korrektur: In einer früheren Version dieses Beitrags stand, das Hallenbad sei im Jahr "
        "2011 eröffnet worden.",
        [("not", "2011")],
    ),
    (
        "fr",
        "2023-05-10",
        "Rectificatif : une première version de cet article indiquait que le musée avait ouvert "
        "ses portes en 2011.",
        [("not", "2011")],
    ),
    (
        "es",
        "2023-05-10",
        "Fe de erratas: en una versión previa de esta nota se decía que el puerto se inauguró en "
        "2011.",
        [("not", "2011")],
    ),
    (
        "ru",
        "2023-05-10",
        "Поправка: в первой версии этой заметки говорилось, что бассейн открыли в 2011 году.",
        [("not", "2011")],
    ),
    (
        "uk",
        "2023-05-10",
        "Виправлення: у попередній версії цієї статті йшлося, що басейн відкрили у 2011 році.",
        [("not", "2011")],
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "checks"), CASES)
def test_correction_notes_give_no_event(
    language: str, published: str, text: str, checks: list[tuple[str, ...]]
) -> None:
    check_events(events_of(text, language, published), checks)
