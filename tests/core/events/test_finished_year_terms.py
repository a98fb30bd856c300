"""Two dates that belong to something other than the clause's happening.

A bare "the year" told in the past while most of the publication's year is still ahead is a
finished year's (last year's, or a fiscal year's): the tagger reads it as the current year, so
the happening keeps no date. A forecast, "this year", "earlier in the year", a span the words
after it bound, and the last quarter of the year keep theirs.

A trade's terms written straight before their dates after a noun ("sought oats for export
shipment June 6-20") date the goods, not the seeking or the selling."""

import pytest

from tests.core.events.articles import check_events, events_of

MARCH = "1987-03-11"
NOVEMBER = "1987-11-18"

YEAR_CASES = [
    # a finished year, told in March: no date
    ("For the year, Brindle Mills reported a net loss of 4.1 mln dlrs.", MARCH, [("not", "1987")]),
    (
        "Quarro Corp's net profit for the full year rose 12 pct to 80 mln dlrs, it said.",
        MARCH,
        [("not", "1987")],
    ),
    ("In the full year, orders at Pellam Tools gained two pct.", MARCH, [("not", "1987")]),
    (
        "Tessaly Paper said it made large gains on asset sales during the year.",
        MARCH,
        [("not", "1987")],
    ),
    # the year still running, or a forecast: kept
    ("Earlier in the year, Ostrander Foods sold its dairy arm.", MARCH, [("has", "1987")]),
    ("This year Ostrander Foods sold its dairy arm.", MARCH, [("has", "1987")]),
    (
        "Bread prices in Varnia rose 12 pct in the first two months of the year.",
        MARCH,
        [("has", "1987")],
    ),
    (
        "The Larch News Agency quoted comments by assembly members on the draft work program "
        "for the year ahead.",
        MARCH,
        [("has", "1987")],
    ),
    (
        "For the year, Brindle Mills reported a net loss of 4.1 mln dlrs.",
        NOVEMBER,
        [("has", "1987")],
    ),
    (
        "Velmar Shoes will open 12 new stores during the year, its chairman said.",
        MARCH,
        [("has", "1987")],
    ),
]


@pytest.mark.parametrize(("sentence", "published", "checks"), YEAR_CASES)
def test_a_bare_year_told_in_the_past(sentence, published, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", published), checks)


TERMS_CASES = [
    (
        "The grain board is seeking offers of 9,000 tonnes of oats for export shipment "
        "June 6-20, an official said.",
        [("not", "1987-06-06")],
    ),
    (
        "The state refiner offered 200,000 barrels of naphtha for export July 1-15, traders said.",
        [("not", "1987-07-01")],
    ),
    (
        "Kettering Grain sold two cargoes of malting barley to Norway for shipment May 10/25 "
        "at yesterday's tender.",
        [("not", "1987-05-10"), ("has", "1987-03-10")],
    ),
    # the shipment itself told, or securities bought for delivery the same day: kept
    (
        "The reserve bank is taking up paper on behalf of clients for delivery today, a dealer said.",
        [("has", "1987-03-11")],
    ),
    ("The barley cargo is scheduled for shipment May 4-June 2.", [("has", "1987-05-04")]),
]


@pytest.mark.parametrize(("sentence", "checks"), TERMS_CASES)
def test_terms_straight_before_their_dates(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", MARCH), checks)


# A month right after "spot", "nearby" or "distant" in a futures report is a contract's month,
# not when prices moved.
CONTRACT_CASES = [
    (
        "Hog futures traded unevenly at midsession, with spot June leading the gains and "
        "distant June off most.",
        [("not", "1986-06"), ("not", "1987-06")],
    ),
    ("Strength in spot July is likely to carry over, brokers said.", [("not", "1987-07")]),
    ("The Garnet refinery closed in May for repairs.", [("has", "1986-05")]),
]


@pytest.mark.parametrize(("sentence", "checks"), CONTRACT_CASES)
def test_a_spot_or_distant_month_is_a_contract(sentence, checks):
    check_events(events_of(f"A headline\n\n{sentence}", "en", "1987-04-08"), checks)
