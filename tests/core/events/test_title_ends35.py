"""Titles that keep their point: a company's "Ltd." that ends its sentence, and a bare year
before a noun that leaves the verb its preposition (sentences of our own)."""

from __future__ import annotations

import pytest

from core.events.sentences import split_sentences
from tests.core.events.articles import starts_and_titles


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a capital common noun then a lower-case word: a new sentence
        ("The rig was sold to Narvik Ltd. Payment was made in cash.", 2),
        ("The depot went to Ostra Corp. Terms were not disclosed.", 2),
        # a capital preposition or determiner: a new sentence
        ("The vans came from Telmo Inc. In a statement, Telmo said little.", 2),
        # an adjective's noun: "Net income", "Record date"
        ("Its parent is Brill Co. Net income fell by half.", 2),
        # the company's name goes on, or a role and a name follow: one sentence
        ("Holm Corp. International said it shut a mill.", 1),
        ("Shares of Vanto Corp. Chairman and chief executive Ray Holm rose.", 1),
        ("A unit of Kesto Inc. Chairman Rui Sato said it grew.", 1),
        ("Pell Jr. Co said it raised its payout.", 1),
    ],
)
def test_a_company_stop_ends_a_sentence_before_a_common_noun(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


def test_the_next_sentence_does_not_fuse_into_the_company_title() -> None:
    events = starts_and_titles(
        "Dunmore Mills Ltd said on Monday it will pay a dividend of 8 cts on May 20. "
        "The notes were placed by Kerran Ltd. Record date is May 9.",
        "1987-04-06T12:00",
    )
    assert ("1987-05-20", "Dunmore Mills Ltd will pay a dividend of 8 cts") in events
    assert not any("Record date" in title for _, title in events)


@pytest.mark.parametrize(
    ("body", "start", "title"),
    [
        (
            "Tavern Foods said on Tuesday it would comment on 1986 results of its bakery unit.",
            "1987-03-03",
            "Tavern Foods said it would comment on results of its bakery unit",
        ),
        (
            "Kolby Inc said on Monday it was working on 1988 budgets for its shops.",
            "1987-03-02",
            "Kolby Inc said it was working on budgets for its shops",
        ),
    ],
)
def test_a_year_before_a_noun_leaves_the_verb_its_preposition(
    body: str, start: str, title: str
) -> None:
    assert (start, title) in starts_and_titles(body, "1987-03-04T12:00")


@pytest.mark.parametrize(
    "body",
    [
        "In 1986 sales rose 4 pct at Tavern Foods.",  # a fronted date: its preposition goes
        "Tavern Foods said in 1986 profits fell sharply.",  # a clause of its own after it
    ],
)
def test_a_year_that_dates_a_clause_is_no_noun_modifier(body: str) -> None:
    assert not any(" in " in f" {title} " for _, title in starts_and_titles(body, "1987-03-04"))


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # "in" dates the verb: it goes with its year, whatever word follows
        ("A reporter asked Mira in 1985 whether the work was hard.", "asked Mira whether"),
        # "of" a bare year before a noun dates nothing: the bonds' year
        (
            "Norra Rail said on Monday it placed £60m of 2040 bonds with pension funds.",
            "placed £60m of bonds with pension funds",
        ),
    ],
)
def test_only_a_preposition_that_dates_nothing_stays_before_a_year(body: str, title: str) -> None:
    assert any(title in t for _, t in starts_and_titles(body, "2022-03-04"))


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The farm board on Monday adopted a grain-storage plan to fend off rising feed prices.",
            "The farm board adopted a grain-storage plan to fend off rising feed prices",
        ),
        (
            "The bakers' guild said on Monday it will use all its savings to contest the new flour tariff.",
            "The bakers' guild said it will use all its savings to contest the new flour tariff",
        ),
    ],
)
def test_a_long_title_keeps_the_purpose_its_object_was_for(body: str, title: str) -> None:
    assert ("2000-02-28", title) in starts_and_titles(body, "2000-03-04T12:00")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # guards: a purpose that would end on a modifier or on its bare verb is left out
        (
            "The regional airline said on Monday it had hired a consultancy firm in Leeds to "
            "announce a major restructuring of its routes in the north.",
            "The regional airline said it had hired a consultancy firm in Leeds",
        ),
        (
            "The father of the boy said on Monday he wants consular officials based in the "
            "capital to meet the family at the ranch before the hearing.",
            "The father of the boy said he wants consular officials based in the capital",
        ),
    ],
)
def test_a_purpose_that_cannot_end_on_its_noun_is_left_out(body: str, title: str) -> None:
    assert ("2000-02-28", title) in starts_and_titles(body, "2000-03-04T12:00")


def test_a_purpose_after_a_place_may_still_go() -> None:
    events = starts_and_titles(
        "The mayor met in Tampa on Monday with the governors of four states to discuss "
        "the storm damage to roads.",
        "2000-03-04T12:00",
    )
    assert ("2000-02-28", "The mayor met in Tampa") in events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # a list after the subject's preposition stays whole: goods, or names
        ("Prices of oats, rye and sorghum fell on Monday.", "Prices of oats, rye and sorghum fell"),
        (
            "Shares of Velko, Ardent and Pimsey rose on Monday.",
            "Shares of Velko, Ardent and Pimsey rose",
        ),
        # an aside set off by two commas still goes
        ("Shares of Velko, a maker of kilns and ovens, rose on Monday.", "Shares of Velko rose"),
    ],
)
def test_a_list_after_the_subjects_preposition_stays_whole(body: str, title: str) -> None:
    assert ("1987-03-02", title) in starts_and_titles(body, "1987-03-04T12:00")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The Pacora Mining Group said on Monday it would open new offices in Cusco, Oruro, "
            "Salta and Arica.",
            "The Pacora Mining Group said it would open new offices",
        ),
    ],
)
def test_a_long_title_is_not_cut_inside_a_list_of_names(body: str, title: str) -> None:
    assert ("1987-03-02", title) in starts_and_titles(body, "1987-03-04T12:00")


@pytest.mark.parametrize(
    ("body", "start", "title"),
    [
        (
            "Dorval Freres in March said it estimated 1986 consolidated trading profit at "
            "215 mln francs, up from 190 mln for 1985.",
            "1987-03",
            "Dorval Freres said it estimated consolidated trading profit at 215 mln francs",
        ),
        (
            "The union leader said on Monday he had described the old steel plant as a relic "
            "of another century.",
            "1987-03-30",
            "The union leader said he had described the old steel plant as a relic",
        ),
    ],
)
def test_a_long_title_keeps_what_the_object_was_estimated_at_or_listed_as(
    body: str, start: str, title: str
) -> None:
    assert (start, title) in starts_and_titles(body, "1987-04-04T12:00")


def test_a_month_before_a_gerund_leaves_no_debris() -> None:
    events = starts_and_titles(
        "The brokers said they could not say how much grain would be loaded for May shipping "
        "because the port is shut.",
        "1987-03-04T12:00",
    )
    assert events and not any("loaded shipping" in title for _, title in events)
