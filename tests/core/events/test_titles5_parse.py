"""Titles a reader can parse (titles5): the subject's noun read as the verb, a name's word
read as an auxiliary, an aside read as the object, a comparison's "from", a name cut short,
an aside taken for the subject, and an expectation cut before what is expected."""

from __future__ import annotations

import pytest

from core.events.titles import headline
from tests.core.events.articles import check_events, events_of


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a plural noun that is a verb's form as well, before a phrase, is the subject's noun
        ("East German exports to the Soviet Union fell below one billion marks worth in "
         "February for the first time since 1985, trade data showed.",
         [("title", "East German exports fell below one billion marks", "1991-02"),
          ("not-title", "East German exports")]),
        ("Danish imports from Norway climbed to 2.4 billion crowns in February.",
         [("title", "Danish imports from Norway climbed to 2.4 billion crowns", "1991-02")]),
        ("Canadian exports to Mexico slipped 4 pct in January, officials said.",
         [("title", "Canadian exports to Mexico slipped 4 pct", "1991-01"),
          ("not-title", "Canadian exports")]),
        # "do" inside a name is no auxiliary
        ('The Folha do Norte paper, in a column today headed "Hard Times," said: "The harvest '
         'has failed."',
         [("no-title-ending", "paper")]),
        # a capital article after the verb opens an aside, not the object
        ("Harlan Foods reported sales of 61.3 mln dlrs for the quarter ended May 31, A 4.1 pct "
         "gain over the same period last year.",
         [("no-title", "reported A"), ("title", "Harlan Foods reported sales of 61.3 mln dlrs")]),
        # "from" after "to <figure>" is the figure a measure came from
        ("Steel output fell in 1990 to 8.2 mln tonnes from 9.1 mln in 1989.",
         [("title", "Steel output fell to 8.2 mln tonnes", "1990")]),
        # a year is no such figure: the move is the news
        ("The bureau changed its reference year to 1980 from 1970 last month.",
         [("title", "The bureau changed its reference year to 1980 from 1970", "1991-02")]),
        # a name's last word is no dangling participle
        ("A parents' group, Oakfield Neighbours United, said on Tuesday it would appeal.",
         [("title", "A parents' group Oakfield Neighbours United said it would appeal",
           "1991-03-12")]),
        # the object of an expectation and its infinitive are one thought
        ("The senior fund official said he expects Norway's gross domestic product (GDP) to "
         "expand three pct or slightly more in the fiscal year beginning in July.",
         [("no-title-ending", "gross domestic product")]),
    ],
)  # fmt: skip
def test_english_titles_parse(text, checks):
    check_events(events_of(text, "en", "1991-03-15"), checks)


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # "Le contrat," is the subject, not a scene before it; the aside is no subject
        # "permis" is "permettre"'s participle as well
        ("Le permis, d'une durée de dix ans, avait été délivré en mai 2019 à la société "
         "Morvan Génie, alors que trois dossiers étaient plus complets.",
         [("title", "Le permis avait été délivré à la société Morvan Génie", "2019-05"),
          ("no-title", "D'une durée")]),
        ("Le contrat, d'un montant de 800 000 euros, avait été confié en mai 2019 à "
         "l'entreprise Morvan Génie, alors que trois offres étaient moins chères.",
         [("no-title", "D'un montant")]),
    ],
)  # fmt: skip
def test_french_titles_parse(text, checks):
    check_events(events_of(text, "fr", "2021-03-15"), checks)


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # an infinitive after the plural: it was the verb ("plans | to close")
        ("The mill", "plans to close two kilns", "The mill plans to close two kilns"),
        # a pronoun before it: the verb too ("He | exports to firms …")
        ("He", "exports to the firms he founded", "He exports to the firms"),
        # a figure the measure came to, then where it came from
        ("Net income", "rose to 4.2 mln dlrs from 3.9 mln dlrs", "Net income rose to 4.2 mln dlrs"),
        # an expectation is not cut inside its object
        ("The agency", "expects defaults of small business loans to ease this year",
         "The agency expects defaults of small business loans to ease this year"),
        # the first infinitive is the verb's own; a purpose after it may go
        ("The firm", "expects to spend about 300 mln Canadian dlrs to bring the mine into "
         "production", "The firm expects to spend about 300 mln Canadian dlrs"),
        # two doers of one verb are one clause, not two fused
        ("Rescue teams and the coastguard", "have moved 40 people",
         "Rescue teams and the coastguard have moved 40 people"),
        ("The ferry", "was held and the crew were questioned", ""),
        # a place it moved from is no figure
        ("The firm", "moved its offices to 5 Main Street from Boston",
         "The firm moved its offices to 5 Main Street from Boston"),
    ],
)  # fmt: skip
def test_english_headlines(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("text", "checks"),
    [
        # a second clause fused after "and": no title tells both, and the date is one's
        ("Each share will carry a voucher and three vouchers will give the right to buy a "
         "ticket between March 3, 1991 and April 3, 1991.",
         [("no-title", "and three vouchers")]),
        ("Cargo flights and 30 arrivals had been cancelled by noon on Friday.",
         [("title", "Cargo flights and 30 arrivals had been cancelled")]),
    ],
)  # fmt: skip
def test_fused_clauses(text, checks):
    check_events(events_of(text, "en", "1991-03-15"), checks)
