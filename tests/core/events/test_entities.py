"""Names in text: people, organisations, places, each thing under one name."""

from __future__ import annotations

import pytest

from core.events.entities import find_mentions
from core.events.gazetteer import place


def _names(text: str) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for m in find_mentions(text):
        seen.setdefault(m.name, m.kind)
    return list(seen.items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President Ruth Wanjiru met her Nigerian counterpart Bola Adeyemi in Nairobi.",
            [("Ruth Wanjiru", "person"), ("Bola Adeyemi", "person"), ("Nairobi", "place")],
        ),
        (
            "Defence ministry spokesman Karl Meier said the army would take part.",
            [("Karl Meier", "person")],
        ),
        (
            "The European Union and the WHO sent teams to the Middle East.",
            [("European Union", "organisation"), ("WHO", "organisation"),
             ("Middle East", "place")],
        ),
        # a nationality, a weekday and a month are no names
        ("On Monday the Brazilian delegation left in March.", []),
        # a season in a name is not an actor either
        ("Athletes gathered for the Winter Olympics in Peking.", [("Beijing", "place")]),
        # the same person, first in full and then by the surname alone
        (
            "Foreign Minister Ana Ruiz arrived. Ruiz then left for Bombay.",
            [("Ana Ruiz", "person"), ("Mumbai", "place")],
        ),
        # a family name first ("Xi" for "Xi Jinping") works the same way
        (
            "Chinese Premier Li Qiang spoke. Li said the talks went well.",
            [("Li Qiang", "person")],
        ),
        # an acronym takes the name it abbreviates when the text gives it
        (
            "The International Energy Agency warned. The IEA expects prices to rise.",
            [("International Energy Agency", "organisation")],
        ),
    ],
)  # fmt: skip
def test_names_and_kinds(text, expected):
    assert _names(text) == expected


def test_short_names_are_the_ones_the_text_uses():
    mentions = find_mentions("Chinese Premier Li Qiang spoke. Li left. Mayor Jo Dunn stayed.")
    assert {m.name: m.short for m in mentions} == {"Li Qiang": "Li", "Jo Dunn": "Dunn"}


def test_mentions_point_into_the_text():
    text = "Envoy Omar Sall flew to Kiev on Monday."
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Kiev", "Kyiv"), ("Kyiv", "Kyiv"), ("U.S.", "United States"), ("Britain", "United Kingdom"),
     ("Reading", None), ("March", None), ("Texas", "Texas"), ("Africa", "Africa")],
)  # fmt: skip
def test_gazetteer_spellings(name, canonical):
    assert place(name) == canonical


@pytest.mark.parametrize(
    ("text", "name", "kind", "short"),
    [
        ("General Motion Corp said it would close.", "General Motion Corp", "organisation",
         "General Motion Corp"),
        ("Bank of Ruritania officials met.", "Bank of Ruritania", "organisation",
         "Bank of Ruritania"),
        ("Shares of Orvell Motor Co rose.", "Orvell Motor Co", "organisation", "Orvell Motor Co"),
        ("Van Halst said the talks had failed.", "Van Halst", "person", "Van Halst"),
    ],
)  # fmt: skip
def test_names_are_kept_whole(text, name, kind, short):
    (mention,) = find_mentions(text)
    assert (mention.name, mention.kind, mention.short) == (name, kind, short)


@pytest.mark.parametrize(
    ("text", "language", "person", "country"),
    [
        ("Канцлер Германии Олаф Шольц прилетел в Варшаву.", "ru", "Олаф Шольц", "Germany"),
        ("Вчера президент Франции Эммануэль Макрон звонил в Пекин.", "ru",
         "Эммануэль Макрон", "France"),
        ("Прем'єр-міністр Польщі Дональд Туск приїхав до Львова.", "uk", "Дональд Туск", "Poland"),
    ],
)  # fmt: skip
def test_a_country_after_a_role_is_no_part_of_the_persons_name(text, language, person, country):
    found = [(m.name, m.kind) for m in find_mentions(text, language=language)]
    assert (person, "person") in found
    assert (country, "place") in found


def test_a_first_name_that_is_also_a_city_stays_the_persons():
    found = [(m.name, m.kind) for m in find_mentions("President Vladimir Putin spoke.")]
    assert found == [("Vladimir Putin", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Skyward Dynamics won the contract.",
        "Norfield Logistics opened a depot.",
        "Tarrow Therapeutics filed its results.",
    ],
)
def test_a_company_named_by_its_trade_is_no_person(text):
    """A company's name ends on its trade's word ("Dynamics", "Logistics"): not a person, so
    the "it" of the next sentence can stand for it."""
    name = " ".join(text.split()[:2])
    assert _names(text) == [(name, "organisation")]


def test_it_at_the_head_of_a_sentence_stands_for_the_company_named_before():
    from core.events.extract import extract_events
    from core.model import Document

    text = (
        "Skyward Dynamics signed a contract with the navy in 2024. "
        "It signed a second contract in 2025."
    )
    document = Document("t.txt", "", text, "2026-03-10", "header", "t", 0, "", "en")
    events = [(e.title, e.start) for e in extract_events(document)]
    assert ("Skyward Dynamics signed a second contract", "2025") in events
