"""Titles keep the sentence's own words, in their inflection and order; they only drop words."""

from __future__ import annotations

import pytest

from core.events.states import is_state
from core.events.titles import MAX_CHARS, headline, noun_headline, short_subject


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        ("Macron", "will travel to Moscow", "Macron will travel to Moscow"),
        ("Varga", "would visit Chile", "Varga would visit Chile"),
        ("The council", "is going to vote", "The council is going to vote"),
        ("Sall and Lind", "opened a new bridge", "Sall and Lind opened a new bridge"),
        ("The harbour", "was closed to traffic", "The harbour was closed to traffic"),
        ("348 children", "died", "348 children died"),  # the number agrees as written
        ("Reyes", "should resign", "Reyes should resign"),
        ("The board", "will also meet", "The board will meet"),  # an adverb of the verb group
        ("The board", "will not meet", "The board will not meet"),  # a negation stays
    ],
)
def test_words_keep_their_inflection(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # the figure a result is set against
        ("Lumo Corp", "earned 4 mln dlrs compared with 2 mln dlrs", "Lumo Corp earned 4 mln dlrs"),
        ("Exports", "rose 3 pct to 40 mln, up from 38 mln", "Exports rose 3 pct to 40 mln"),
        ("Exports", "rose 3 pct against 5 pct", "Exports rose 3 pct"),
        # asides in brackets and ticker codes
        ("Lumo Corp <LUM>", "sold its stake (about 5 pct)", "Lumo Corp sold its stake"),
        ("Lumo", "bought <Vela Trading Co>", "Lumo bought Vela Trading Co"),
        # a clause that only qualifies the news
        ("Police", "arrested two men who had fled", "Police arrested two men"),
        ("The strikers", "declared a strike as from noon", "The strikers declared a strike"),
    ],
)
def test_asides_and_comparisons_are_cut(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # never "in order", "due", "of the" at the end
        (
            "The port authority",
            "will close the northern harbour to all cargo ships in order to repair the quay",
            "The port authority will close the northern harbour to all cargo ships",
        ),
        (
            "The borough council",
            "postponed the vote on the new bypass road due to heavy snow in the valley",
            "The borough council postponed the vote on the new bypass road",
        ),
        # an infinitive after "expected" or "likely" is the news, never cut off
        (
            "The initial vaccine developed under the agreement",
            "is expected to be available to clinics",
            "The initial vaccine is expected to be available to clinics",
        ),
        # a long subject keeps its head
        (
            "Farmers in the wheat growing provinces of the south and the coast",
            "blocked the main road to the capital",
            "Farmers blocked the main road to the capital",
        ),
    ],
)
def test_long_titles_stop_at_a_phrase_boundary(subject, predicate, title):
    assert headline(subject, predicate) == title
    assert len(title) <= MAX_CHARS


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("There", "were calls for calm"),  # no one did anything
        ("1.5 mln dlrs", "was paid"),  # a bare figure
        ("including the harbour", "closed"),  # the rest of a phrase
        ("falling 3 pct", "said"),
        ("Fogg", "signed"),  # fine: a verb alone is a title
    ][:-1],
)
def test_no_title_rather_than_a_garbled_one(subject, predicate):
    assert headline(subject, predicate) == ""


@pytest.mark.parametrize(
    ("predicate", "state"),
    [
        ("was basically good", True),
        ("remained at 10 pct", True),
        ("compares with 17 mln dlrs", True),
        ("was one of two systems", True),
        ("totaled 16 billion dlrs", True),
        ("was located 200 miles east of the island", True),
        ("was closed", False),
        ("was the first leader to sign the pact", False),
        ("is expected to sign", False),
        ("had to close the plant", False),
        ("rose 12 pct", False),
    ],
)
def test_a_state_is_no_happening(predicate, state):
    assert is_state(predicate) is state


def test_quotes_and_brackets_are_balanced():
    assert headline("Ruiz", "hailed the “historic deal") == "Ruiz hailed the historic deal"
    assert "(" not in headline("Ruiz", "hailed the deal (signed")


def test_noun_headlines_keep_the_phrase():
    assert noun_headline("plans for naval drills near Crete") == "Plans for naval drills near Crete"


def test_a_reported_subject_keeps_its_head():
    assert short_subject("sales of its operating companies in the west", 40) == (
        "sales of its operating companies"
    )


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # a fixed phrase is matched word for word: "group" does not end on "up"
        ("the group", "bought 500,000 shares", "The group bought 500,000 shares"),
        # "against" cuts only a figure's comparison
        ("Students", "marched against the higher fees", "Students marched against the higher fees"),
        ("Exports", "rose 3 pct against 5 pct", "Exports rose 3 pct"),
        # a demonstrative with a noun is a subject; "due" after "is" is whole
        ("This week's auction", "left buyers cautious", "This week's auction left buyers cautious"),
        ("The report", "is due", "The report is due"),
        # nothing said of what is set; a lone adverb is no subject
        ("Fares", "are set", ""),
        ("normally", "incurs a loss", ""),
    ],
)
def test_titles_parse_round_three(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("The closing date", "is expected to be"),  # the infinitive went with the date
        ("The last fare rise", "was around"),
        ("The spring rise", "left ferry bookings 9 pct below"),  # below what is gone
    ],
)
def test_a_title_that_lost_its_complement_is_none(subject, predicate):
    assert headline(subject, predicate) == ""


def test_but_with_a_new_subject_ends_the_title():
    title = headline("Farm spending", "looked strong but this was mainly because of rain")
    assert title == "Farm spending looked strong"


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("A boycott", "to protest against the new tax"),  # no finite verb for the subject
        ("the club", "being sold to a local owner"),
        ("Depending on the weather, the ferry", "may sail at noon"),  # a phrase, no subject
        ("a ruling on whether the mayor", "could stand again"),  # the inner clause's verb
        ("Output", "is expected to nine mln tonnes"),  # a plan's "to" with no verb
        ("The agency", "said its exports for the first six weeks"),  # the reported verb is gone
    ],
)
def test_a_title_needs_a_finite_verb_after_its_subject(subject, predicate):
    assert headline(subject, predicate) == ""


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        ("The agency", "said prices rose", "The agency said prices rose"),
        ("The union", "announced new sanctions", "The union announced new sanctions"),
        ("Shipping of grain", "resumed", "Shipping of grain resumed"),
    ],
)
def test_a_finite_verb_keeps_the_title(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("subject", "predicate", "title"),
    [
        # a count before its "of" names nothing: no title rather than "said one"
        (
            "The fishing cooperative",
            "said one of its trawlers and one of its freezer ships would stay in port",
            "",
        ),
        (
            "The rail operator",
            "will cancel a number of evening and weekend services and two night trains",
            "",
        ),
        # a noun that waits for its "of" keeps it when a title a little long can
        (
            "The city's transport department",
            "will publish the results of its cycling survey at a meeting in June",
            "The city's transport department will publish the results of its cycling survey",
        ),
    ],
)
def test_a_noun_keeps_the_of_that_says_what_it_is(subject, predicate, title):
    assert headline(subject, predicate) == title


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        (
            "The airline",
            "said the average price of its return tickets to the islands of the southern archipelago"
            " rose 5 pct",
        ),
        (
            "The ferry company",
            "said the number of passengers on its night crossings to the northern islands in winter"
            " fell sharply",
        ),
    ],
)
def test_a_report_cut_before_its_verb_is_no_title(subject, predicate):
    assert headline(subject, predicate) == ""  # not "The airline said the average price …"
